import {
  SessionTaskPage,
  sessionTaskMetadata,
  type SessionTaskRouteProps,
} from '../../sessions/_tasks/task-routes';

export async function generateMetadata(props: SessionTaskRouteProps) {
  return sessionTaskMetadata('apps', props);
}

export default function TaskRoute(props: SessionTaskRouteProps) {
  return <SessionTaskPage area="apps" {...props} />;
}
