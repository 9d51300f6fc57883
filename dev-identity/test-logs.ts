/**
 * Test control for the audit log (test mode only): entries the stand-in's own sign-in page
 * cannot produce, such as a sign-in with a social account or a password reset, at a chosen age.
 */
import { z } from 'zod';

import { parseBody, sendJson } from './http/io';
import type { Router } from './http/router';
import type { StandInState } from './state';

const logBody = z.object({
  key: z.string().min(1),
  /** The user the entry is about, by username. */
  username: z.string().min(1),
  result: z.enum(['Success', 'Error']).default('Success'),
  /** How long ago it happened. */
  ageMs: z.number().int().min(0).default(0),
  ip: z.string().optional(),
  userAgent: z.string().optional(),
  /** More payload keys, as Logto adds them (`signInContext`, `payload`, `error`, …). */
  payload: z.record(z.string(), z.unknown()).default({}),
});

/** `POST /__test/logs`: adds one entry for a user; `201 { id }`. */
export function registerLogControls(router: Router, { state }: { state: StandInState }): void {
  router.post('/__test/logs', async ({ req, res }) => {
    const parsed = logBody.safeParse(await parseBody(req));
    if (!parsed.success) {
      sendJson(res, 400, { message: 'Invalid test-control body.', issues: parsed.error.issues });
      return;
    }
    const { key, username, result, ageMs, ip, userAgent, payload } = parsed.data;
    const user = state.users.findByUsername(username);
    if (!user) {
      sendJson(res, 404, { message: 'User not found.' });
      return;
    }
    const entry = state.logs.add(
      key,
      { ...payload, result, userId: user.id },
      { ip, userAgent },
      Date.now() - ageMs,
    );
    sendJson(res, 201, { id: entry.id });
  });
}
