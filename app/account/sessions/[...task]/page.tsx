import {
  SessionTaskPage,
  sessionTaskMetadata,
  type SessionTaskRouteProps,
} from '../../sessions/_tasks/task-routes';

export async function generateMetadata(props: SessionTaskRouteProps) {
  return sessionTaskMetadata('sessions', props);
}

export default function TaskRoute(props: SessionTaskRouteProps) {
  return <SessionTaskPage area="sessions" {...props} />;
}
