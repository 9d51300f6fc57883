import { describe, expect, it } from 'vitest';

import type { PendingChange } from '@/lib/auth/flow-cookies';
import { pathAfterChange, removalErrorPath, resumePath, rowOfOutcome } from '@/lib/security/paths';

const mfa = (change: PendingChange) => change;

describe('two-step verification paths', () => {
  it('leads a next step to its task and a finished change to its row', () => {
    const secret = mfa({ kind: 'mfa', change: { kind: 'totpSecret' } });
    expect(pathAfterChange(secret, 'totpSecretReady')).toBe('/account/security/mfa/totp');
    expect(rowOfOutcome('totpSecretReady')).toBeUndefined();
    const bind = mfa({ kind: 'mfa', change: { kind: 'bindTotp', code: '123456' } });
    expect(pathAfterChange(bind, 'totpSaved')).toBe('/account/security?done=totpSaved#mfa-totp');
    expect(rowOfOutcome('passkeyRenamed')).toBe('mfa-passkeys');
    expect(rowOfOutcome('usernameSaved')).toBe('username');
  });

  it('shows a failure after step-up on the task it belongs to', () => {
    expect(resumePath(mfa({ kind: 'mfa', change: { kind: 'bindTotp', code: '1' } }))).toBe(
      '/account/security/mfa/totp?resume=mfa',
    );
    expect(
      resumePath(mfa({ kind: 'mfa', change: { kind: 'renamePasskey', id: 'a b', name: 'x' } })),
    ).toBe('/account/security/mfa/passkeys/a%20b/rename?resume=mfa');
    expect(resumePath(mfa({ kind: 'mfa', change: { kind: 'mfaOnSignIn', enabled: true } }))).toBe(
      '/account/security?resume=mfa#mfa-sign-in',
    );
  });

  it('sends a refusal back with its code, the switch under its own parameter', () => {
    expect(
      removalErrorPath(
        mfa({ kind: 'mfa', change: { kind: 'bindBackupCodes' } }),
        'session.mfa.backup_code_can_not_be_alone',
      ),
    ).toBe('/account/security/mfa/backup-codes?error=session.mfa.backup_code_can_not_be_alone');
    expect(
      removalErrorPath(
        mfa({ kind: 'mfa', change: { kind: 'mfaOnSignIn', enabled: false } }),
        'account_center.field_not_editable',
      ),
    ).toBe('/account/security?mfaError=account_center.field_not_editable#mfa-sign-in');
    expect(
      removalErrorPath(
        mfa({ kind: 'mfa', change: { kind: 'removeFactor', id: 'p1', factor: 'WebAuthn' } }),
        'verification_record.not_found',
      ),
    ).toBe('/account/security/mfa/passkeys/p1/remove?error=verification_record.not_found');
  });
});
