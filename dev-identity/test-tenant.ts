/**
 * Test controls for the operator's view of the tenant (test mode only): a fresh self-hosted-like
 * tenant, the setup app's Management API role, and a look at an application.
 */
import type { ServerResponse } from 'node:http';

import { z } from 'zod';

import { MANAGEMENT_M2M_APP_ID, PORTAL_CLIENT_ID } from './defaults';
import { parseBody, sendJson } from './http/io';
import type { Router } from './http/router';
import type { StandInState } from './state';
import type { StoredApplication } from './state/applications';

const m2mBody = z.object({ hasManagementRole: z.boolean() });

/** The application without its secret, for assertions. */
function applicationView(state: StandInState, id: string) {
  const app = state.applications.find(id);
  if (!app) {
    return undefined;
  }
  const view: Partial<StoredApplication> = { ...app };
  delete view.secret;
  return { ...view, hasManagementRole: state.applications.hasManagementRole(id) };
}

/** `404` for an unknown application. */
const sendNotFound = (res: ServerResponse) =>
  sendJson(res, 404, { message: 'Application not found.' });

/** `POST /__test/fresh-tenant`, `PUT /__test/m2m`, `GET /__test/applications/:id`. */
export function registerTenantControls(router: Router, { state }: { state: StandInState }): void {
  router.post('/__test/fresh-tenant', async ({ req, res }) => {
    req.resume();
    state.freshTenant();
    sendJson(res, 200, {
      accountCenter: state.accountCenter,
      application: applicationView(state, PORTAL_CLIENT_ID),
    });
  });

  router.put('/__test/m2m', async ({ req, res }) => {
    const parsed = m2mBody.safeParse(await parseBody(req));
    if (!parsed.success) {
      sendJson(res, 400, { message: 'Invalid test-control body.', issues: parsed.error.issues });
      return;
    }
    state.applications.setManagementRole(MANAGEMENT_M2M_APP_ID, parsed.data.hasManagementRole);
    sendJson(res, 200, {
      hasManagementRole: state.applications.hasManagementRole(MANAGEMENT_M2M_APP_ID),
    });
  });

  router.get('/__test/applications/:id', async ({ res, params }) => {
    const view = applicationView(state, params.id ?? '');
    if (!view) {
      sendNotFound(res);
      return;
    }
    sendJson(res, 200, view);
  });
}
