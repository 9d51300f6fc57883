import type { IncomingMessage } from 'node:http';

import { z } from 'zod';

import { assertThat, BodyParseError } from '../errors';
import { parseBody, sendEmpty, sendJson } from '../http/io';
import type { Router } from '../http/router';
import { isEditable } from '../state/account-center';

import { authenticate } from './auth';
import type { ApiDeps } from './context';
import { assertFirstPartyClient } from './first-party';
import { guard } from './guard';
import { detectImageType } from './image-type';

/** Logto's avatar limit (§3.9). */
export const MAX_AVATAR_BYTES = 20 * 1024 * 1024;

/** Read past the limit, so an oversized file meets its own error rather than a cut connection. */
const BODY_LIMIT_BYTES = MAX_AVATAR_BYTES + 4 * 1024 * 1024;

const filesGuard = z.object({
  file: z.array(z.object({ size: z.number(), name: z.string() })).min(1),
});

/** The request body as bytes (uploads are binary), or 413 past the limit. */
async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > BODY_LIMIT_BYTES) throw new BodyParseError('request entity too large', 413);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The uploaded files of a `multipart/form-data` body; anything else has none. */
async function readFiles(req: IncomingMessage): Promise<File[]> {
  const type = req.headers['content-type'] ?? '';
  const raw = await readBytes(req);
  if (!type.toLowerCase().startsWith('multipart/form-data')) return [];
  try {
    const form = await new Request('http://stand-in/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: new Uint8Array(raw),
    }).formData();
    return form.getAll('file').filter((entry): entry is File => entry instanceof File);
  } catch {
    return [];
  }
}

/**
 * `POST /api/my-account/user-assets/avatar` (§3.9), in its order of checks, and `GET
 * /user-assets/:name`, which serves what was stored (the tenant's storage provider, in memory).
 */
export function registerUserAssetRoutes(router: Router, { provider, state }: ApiDeps): void {
  router.post('/api/my-account/user-assets/avatar', async ({ req, res, url }) => {
    const auth = await authenticate(req.headers, provider);
    assertThat(state.accountCenter.enabled, 'account_center.not_enabled');
    const files = await readFiles(req);
    guard('files', filesGuard, { file: files.map(({ size, name }) => ({ size, name })) });
    const [file] = files as [File];
    assertThat(auth.scopes.has('profile'), 'auth.unauthorized', { status: 401 });
    assertFirstPartyClient(auth);
    assertThat(
      isEditable(state.accountCenter.fields, 'avatar'),
      'account_center.field_not_editable',
    );
    assertThat(file.size <= MAX_AVATAR_BYTES, 'guard.file_size_exceeded');
    const bytes = Buffer.from(await file.arrayBuffer());
    const type = detectImageType(bytes);
    assertThat(type, 'guard.mime_type_not_allowed');
    assertThat(state.userAssets.configured, 'storage.not_configured');
    const name = state.userAssets.add(bytes, type.contentType, type.extension);
    sendJson(res, 200, { url: `${url.origin}/user-assets/${name}` });
  });

  router.get('/user-assets/:name', async ({ res, params }) => {
    const asset = state.userAssets.get(params.name ?? '');
    if (!asset) {
      sendEmpty(res, 404);
      return;
    }
    res.writeHead(200, {
      'content-type': asset.contentType,
      'content-length': asset.bytes.length,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    res.end(asset.bytes);
  });
}

const storageBody = z.object({ configured: z.boolean() });

/** `PUT /__test/storage {configured}`: a tenant with or without a storage provider. */
export function registerUserAssetControls(router: Router, { state }: Pick<ApiDeps, 'state'>): void {
  router.put('/__test/storage', async ({ req, res }) => {
    const result = storageBody.safeParse(await parseBody(req).catch(() => undefined));
    if (!result.success) {
      sendJson(res, 400, { message: 'configured must be a boolean', issues: result.error.issues });
      return;
    }
    state.userAssets.configured = result.data.configured;
    sendJson(res, 200, { configured: state.userAssets.configured });
  });
}
