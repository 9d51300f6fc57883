import 'server-only';

import { z } from 'zod';

import { accountRequest } from '@/lib/account-api/client';
import type { Session } from '@/lib/auth/session';

const createdRecordSchema = z.object({ verificationRecordId: z.string(), expiresAt: z.string() });
const verifiedRecordSchema = z.object({ verificationRecordId: z.string() });

export type VerificationIdentifier = { type: 'email' | 'phone'; value: string };

/** `POST /api/verifications/password`: a step-up record, created only when the password is right. */
export const verifyPassword = (session: Session, password: string) =>
  accountRequest('/api/verifications/password', {
    session,
    method: 'POST',
    json: { password },
    schema: createdRecordSchema,
  });

/**
 * `POST /api/verifications/verification-code`: sends a 6-digit code. To the current address it is
 * a step-up record (`UserPermissionValidation`); to a new one, proof of the new address.
 */
export const sendVerificationCode = (session: Session, identifier: VerificationIdentifier) =>
  accountRequest('/api/verifications/verification-code', {
    session,
    method: 'POST',
    json: { identifier },
    schema: createdRecordSchema,
  });

/** `POST /api/verifications/verification-code/verify`; the record id goes in `verificationId`. */
export const verifyVerificationCode = (
  session: Session,
  identifier: VerificationIdentifier,
  verificationId: string,
  code: string,
) =>
  accountRequest('/api/verifications/verification-code/verify', {
    session,
    method: 'POST',
    json: { identifier, verificationId, code },
    schema: verifiedRecordSchema,
  });

const socialRecordSchema = createdRecordSchema.extend({ authorizationUri: z.url() });

/** `POST /api/verifications/social`: a social record and the provider URL to send the browser to. */
export const createSocialVerification = (
  session: Session,
  body: { connectorId: string; state: string; redirectUri: string },
) =>
  accountRequest('/api/verifications/social', {
    session,
    method: 'POST',
    json: body,
    schema: socialRecordSchema,
  });

/** `POST /api/verifications/social/verify` with every callback parameter plus `redirectUri`. */
export const verifySocialVerification = (
  session: Session,
  verificationRecordId: string,
  connectorData: Record<string, string>,
) =>
  accountRequest('/api/verifications/social/verify', {
    session,
    method: 'POST',
    json: { verificationRecordId, connectorData },
    schema: verifiedRecordSchema,
  });
