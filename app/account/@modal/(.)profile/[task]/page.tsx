import { ProfileTaskDialog, type ProfileTaskRouteProps } from '../../../profile/_tasks/task-routes';

export default function TaskDialogRoute(props: ProfileTaskRouteProps) {
  return <ProfileTaskDialog {...props} />;
}
