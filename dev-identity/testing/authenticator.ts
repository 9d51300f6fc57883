/**
 * A software authenticator for the contract tests: it answers WebAuthn registration options the
 * way a browser and a platform authenticator would (ES256 key, `none` attestation), so
 * `registration/verify` runs `@simplewebauthn/server`'s real checks end to end.
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';

import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';

export type RegistrationOptions = { challenge: string; rp: { id?: string; name: string } };

export type CredentialOptions = {
  /** What the browser writes into `clientDataJSON` (the page's origin). */
  origin: string;
  /** The RP ID the authenticator hashes; default: `options.rp.id`. */
  rpId?: string;
  /** The user-verified flag; Logto requires it. Default true. */
  userVerified?: boolean;
  /** Overrides the challenge the browser signs (to test a mismatch). */
  challenge?: string;
  transports?: string[];
};

/** User present, user verified, attested credential data included. */
const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

/** The public key as a COSE EC2 map: kty 2, alg -7 (ES256), crv 1 (P-256), x, y. */
function coseKey(x: Buffer, y: Buffer): Uint8Array {
  return isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, new Uint8Array(x)],
      [-3, new Uint8Array(y)],
    ]),
  );
}

/** A `payload` for `POST /api/verifications/web-authn/registration/verify`. */
export function createCredential(options: RegistrationOptions, settings: CredentialOptions) {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const x = Buffer.from(jwk.x ?? '', 'base64url');
  const y = Buffer.from(jwk.y ?? '', 'base64url');
  const credentialId = randomBytes(16);
  const rpId = settings.rpId ?? options.rp.id ?? '';
  const flags = FLAG_UP | FLAG_AT | (settings.userVerified === false ? 0 : FLAG_UV);
  const idLength = Buffer.alloc(2);
  idLength.writeUInt16BE(credentialId.length);
  const authData = Buffer.concat([
    createHash('sha256').update(rpId).digest(),
    Buffer.from([flags]),
    Buffer.alloc(4), // sign count 0
    Buffer.alloc(16), // AAGUID: none
    idLength,
    credentialId,
    Buffer.from(coseKey(x, y)),
  ]);
  const attestationObject = isoCBOR.encode(
    new Map<string, string | Uint8Array | Map<string, string>>([
      ['fmt', 'none'],
      ['attStmt', new Map<string, string>()],
      ['authData', new Uint8Array(authData)],
    ]),
  );
  const clientDataJSON = JSON.stringify({
    type: 'webauthn.create',
    challenge: settings.challenge ?? options.challenge,
    origin: settings.origin,
    crossOrigin: false,
  });
  const id = isoBase64URL.fromBuffer(new Uint8Array(credentialId));
  return {
    type: 'WebAuthn',
    id,
    rawId: id,
    response: {
      clientDataJSON: Buffer.from(clientDataJSON).toString('base64url'),
      attestationObject: isoBase64URL.fromBuffer(attestationObject),
      transports: settings.transports ?? ['internal', 'hybrid'],
    },
    authenticatorAttachment: 'platform',
    clientExtensionResults: { credProps: { rk: true } },
  };
}
