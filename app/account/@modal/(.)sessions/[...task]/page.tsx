import {
  SessionTaskDialog,
  type SessionTaskRouteProps,
} from '../../../sessions/_tasks/task-routes';

export default function TaskDialogRoute(props: SessionTaskRouteProps) {
  return <SessionTaskDialog area="sessions" {...props} />;
}
