import type { Harness } from './harness';
import { verificationClient, type Answer } from './verification';

/** A portal-side callback URL; the fake provider sends the browser back here. */
export const REDIRECT_URI = 'http://localhost:3999/callback/social/github-connector';

export type ProviderFields = {
  accountId?: string;
  name?: string;
  email?: string;
  decision?: 'authorize' | 'cancel';
};

/** The hidden `code`, `state`, `error`… fields of a form_post answer. */
export function formPostFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [, name = '', value = ''] of html.matchAll(
    /<input type="hidden" name="([^"]+)" value="([^"]*)">/g,
  )) {
    fields[name] = value.replaceAll('&amp;', '&');
  }
  return fields;
}

/** Helpers for the social verification and identity routes, bound to one harness. */
export function socialClient(h: Harness) {
  const v = verificationClient(h);

  const client = {
    start: (
      token: string,
      body: { connectorId?: string; state?: string; redirectUri?: string; scope?: string } = {},
    ) =>
      v.call('POST', '/api/verifications/social', token, {
        connectorId: 'github-connector',
        state: 'state-1',
        redirectUri: REDIRECT_URI,
        ...body,
      }),

    /** Press Authorize (or Cancel) on the provider page, like a browser with JavaScript off. */
    submit: (authorizationUri: string, fields: ProviderFields = {}) => {
      const url = new URL(authorizationUri);
      const form = new URLSearchParams();
      for (const name of ['redirect_uri', 'state', 'scope']) {
        const value = url.searchParams.get(name);
        if (value !== null) form.set(name, value);
      }
      form.set('accountId', fields.accountId ?? 'gh-ada');
      form.set('name', fields.name ?? 'Ada Lovelace');
      form.set('email', fields.email ?? 'ada@github.example');
      form.set('decision', fields.decision ?? 'authorize');
      return fetch(`${url.origin}${url.pathname}`, {
        method: 'POST',
        body: form,
        redirect: 'manual',
      });
    },

    /** The callback parameters the provider sent back (query or form_post). */
    callbackParams: async (response: Response): Promise<Record<string, string>> => {
      const location = response.headers.get('location');
      if (location) return Object.fromEntries(new URL(location).searchParams);
      return formPostFields(await response.text());
    },

    verify: (token: string, verificationRecordId: string, connectorData: Record<string, unknown>) =>
      v.call('POST', '/api/verifications/social/verify', token, {
        verificationRecordId,
        connectorData,
      }),

    /** Create a Social record, authorize on the provider page and verify: the verified record's ID. */
    verifiedRecord: async (
      token: string,
      fields: ProviderFields = {},
      connectorId = 'github-connector',
    ) => {
      const started = await client.start(token, { connectorId });
      if (started.status !== 201) throw new Error(`start failed: ${JSON.stringify(started)}`);
      const id = started.body.verificationRecordId as string;
      const params = await client.callbackParams(
        await client.submit(started.body.authorizationUri as string, fields),
      );
      const verified = await client.verify(token, id, { ...params, redirectUri: REDIRECT_URI });
      if (verified.status !== 200) throw new Error(`verify failed: ${JSON.stringify(verified)}`);
      return id;
    },

    link: (
      method: 'POST' | 'PUT',
      token: string,
      recordId: string,
      stepUp?: string,
    ): Promise<Answer> =>
      v.call(
        method,
        '/api/my-account/identities',
        token,
        { newIdentifierVerificationRecordId: recordId },
        stepUp,
      ),

    unlink: (token: string, target: string, stepUp?: string): Promise<Answer> =>
      v.call(
        'DELETE',
        `/api/my-account/identities/${encodeURIComponent(target)}`,
        token,
        undefined,
        stepUp,
      ),

    identities: async (token: string) =>
      (await v.call('GET', '/api/my-account', token)).body.identities,
  };
  return client;
}

export type SocialClient = ReturnType<typeof socialClient>;
