import { NotFoundMessage } from '@/components/shell/not-found-message';

/**
 * A 404 under `/account` (a task that doesn't exist, or one the tenant doesn't offer), shown in
 * the account shell; caught here, it is rendered on the server, so it reads without JavaScript.
 */
export default function AccountNotFound() {
  return <NotFoundMessage />;
}
