import { PORTAL_CLIENT_ID } from '../defaults';
import { LogtoError } from '../errors';

import type { AuthContext } from './auth';

/** Clients the stand-in knows, with their first-party flag. */
const knownClients: ReadonlyMap<string, { isThirdParty: boolean }> = new Map([
  [PORTAL_CLIENT_ID, { isThirdParty: false }],
]);

/**
 * The first-party guard of §1.8 (after v1.42.0): mutations from a third-party or unknown client
 * fail with 403. It fails closed; a token without a client ID skips it.
 */
export function assertFirstPartyClient({ clientId }: AuthContext): void {
  if (clientId === undefined) {
    return;
  }
  const client = knownClients.get(clientId);
  if (!client || client.isThirdParty) {
    throw new LogtoError('auth.third_party_application_forbidden', { status: 403 });
  }
}
