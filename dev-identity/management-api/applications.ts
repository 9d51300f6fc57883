import { z } from 'zod';

import { LogtoError } from '../errors';
import type { Router } from '../http/router';
import type { StoredApplication } from '../state/applications';

import { managementRoute, type ManagementDeps } from './route';

/** Absolute http(s) URLs only (Logto also takes `*` wildcards and native schemes; the stand-in does not). */
const redirectUri = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hash === '';
    } catch {
      return false;
    }
  },
  { message: 'Invalid redirect URI' },
);

/** Logto's `applicationPatchGuard.deepPartial()`, for the columns the stand-in keeps. */
const patchBody = z.object({
  name: z.string().min(1).optional(),
  description: z.string().nullable().optional(),
  oidcClientMetadata: z
    .object({
      redirectUris: z.array(redirectUri).optional(),
      postLogoutRedirectUris: z.array(redirectUri).optional(),
      backchannelLogoutUri: z.url().optional(),
      backchannelLogoutSessionRequired: z.boolean().optional(),
      logoUri: z.string().optional(),
    })
    .optional(),
  customClientMetadata: z.record(z.string(), z.unknown()).optional(),
  customData: z.record(z.string(), z.unknown()).optional(),
});

/** Logto's `findApplicationById` failure. */
const notFound = (id: string) =>
  new LogtoError('entity.not_exists_with_id', {
    status: 404,
    interpolation: { name: 'applications', id },
  });

/** The app, or Logto's 404 for its ID. */
function existing(app: StoredApplication | undefined, id: string): StoredApplication {
  if (!app) {
    throw notFound(id);
  }
  return app;
}

/** `GET`/`PATCH /api/applications/:id` (Management API); PATCH merges `oidcClientMetadata` one level deep. */
export function registerApplicationRoutes(router: Router, deps: ManagementDeps): void {
  router.get(
    '/api/applications/:id',
    managementRoute(deps, {}, ({ state, params }) => {
      const id = params.id ?? '';
      // `isAdmin` is Logto's deprecated internal admin role, not a Management API role.
      return { ...existing(state.applications.find(id), id), isAdmin: false };
    }),
  );

  router.patch(
    '/api/applications/:id',
    managementRoute(deps, { body: patchBody }, ({ state, params, body }) => {
      const id = params.id ?? '';
      return existing(state.applications.update(id, body), id);
    }),
  );
}
