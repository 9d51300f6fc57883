import {
  ProfileTaskPage,
  profileTaskMetadata,
  type ProfileTaskRouteProps,
} from '../_tasks/task-routes';

export async function generateMetadata(props: ProfileTaskRouteProps) {
  return profileTaskMetadata(props);
}

export default function TaskRoute(props: ProfileTaskRouteProps) {
  return <ProfileTaskPage {...props} />;
}
