import { describe, expect, it } from 'vitest';

import { detectImageType } from './account-api/image-type';
import { setUpHarness, type Harness } from './testing/harness';
import { solidPng } from './testing/images';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

const png = () => solidPng(1);

function upload(
  file: Buffer | undefined,
  { token, name = 'ada.png', type = 'image/png' } = {} as {
    token?: string;
    name?: string;
    type?: string;
  },
) {
  const form = new FormData();
  if (file) form.set('file', new Blob([new Uint8Array(file)], { type }), name);
  else form.set('other', 'value');
  return h.api('/api/my-account/user-assets/avatar', { method: 'POST', token, body: form });
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(await response.json()).toMatchObject({ code });
}

describe('POST /api/my-account/user-assets/avatar (§3.9)', () => {
  it('stores the picture and answers a URL that serves it; the avatar is unchanged', async () => {
    const token = await h.token();
    const response = await upload(png(), { token });
    expect(response.status).toBe(200);
    const { url } = (await response.json()) as { url: string };
    expect(url).toMatch(new RegExp(`^${h.url}/user-assets/[0-9a-f-]+\\.png$`));
    const served = await fetch(url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png());
    const account = await h.api('/api/my-account', { token });
    expect(await account.json()).toMatchObject({ avatar: null });
  });

  it('judges the content, not the declared type or name', async () => {
    const token = await h.token();
    const response = await upload(png(), { token, name: 'ada.txt', type: 'text/plain' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { url: string }).url).toMatch(/\.png$/);
  });

  it('fails the guard first when there is no file, even without the scope', async () => {
    const response = await upload(undefined, { token: await h.token(['openid']) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'guard.invalid_input',
      message: 'The request files is invalid.',
    });
  });

  it('needs the token before anything else', async () => {
    await expectError(await upload(undefined), 401, 'auth.authorization_header_missing');
  });

  it('needs the profile scope (401)', async () => {
    await expectError(
      await upload(png(), { token: await h.token(['openid']) }),
      401,
      'auth.unauthorized',
    );
  });

  it('needs the avatar field editable', async () => {
    await h.control('PUT', '/account-center', { fields: { avatar: 'ReadOnly' } });
    await expectError(
      await upload(png(), { token: await h.token() }),
      400,
      'account_center.field_not_editable',
    );
  });

  it('refuses a file over 20 MB before looking at it', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    await expectError(
      await upload(big, { token: await h.token() }),
      400,
      'guard.file_size_exceeded',
    );
  });

  it('refuses SVG, text and a truncated PNG', async () => {
    const token = await h.token();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    await expectError(
      await upload(svg, { token, type: 'image/svg+xml' }),
      400,
      'guard.mime_type_not_allowed',
    );
    await expectError(
      await upload(Buffer.from('hello'), { token }),
      400,
      'guard.mime_type_not_allowed',
    );
    await expectError(
      await upload(png().subarray(0, 40), { token }),
      400,
      'guard.mime_type_not_allowed',
    );
  });

  it('answers storage.not_configured after the content checks, until a reset', async () => {
    const token = await h.token();
    await h.control('PUT', '/storage', { configured: false });
    await expectError(
      await upload(Buffer.from('hello'), { token }),
      400,
      'guard.mime_type_not_allowed',
    );
    await expectError(await upload(png(), { token }), 400, 'storage.not_configured');
    await h.control('POST', '/reset');
    expect((await upload(png(), { token: await h.token() })).status).toBe(200);
  });

  it('forgets stored files on reset', async () => {
    const response = await upload(png(), { token: await h.token() });
    const { url } = (await response.json()) as { url: string };
    await h.control('POST', '/reset');
    expect((await fetch(url)).status).toBe(404);
  });
});

describe('detectImageType', () => {
  const riff = (body: Buffer, declared = body.length + 4) => {
    const header = Buffer.alloc(8);
    header.write('RIFF', 0, 'ascii');
    header.writeUInt32LE(declared, 4);
    return Buffer.concat([header, Buffer.from('WEBP'), body]);
  };

  it('knows JPEG, PNG, GIF, WebP and BMP by their bytes and end markers', () => {
    expect(detectImageType(png())?.contentType).toBe('image/png');
    expect(
      detectImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 0xff, 0xd9]))?.extension,
    ).toBe('jpg');
    expect(detectImageType(Buffer.from('GIF89a\x01\x00;', 'latin1'))?.extension).toBe('gif');
    expect(detectImageType(riff(Buffer.from('VP8 ')))?.extension).toBe('webp');
    const bmp = Buffer.alloc(30);
    bmp.write('BM', 0, 'ascii');
    bmp.writeUInt32LE(30, 2);
    expect(detectImageType(bmp)?.extension).toBe('bmp');
  });

  it('refuses files cut short', () => {
    expect(detectImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toBeUndefined();
    expect(detectImageType(Buffer.from('GIF89a\x01\x00', 'latin1'))).toBeUndefined();
    expect(detectImageType(riff(Buffer.from('VP8 '), 100))).toBeUndefined();
  });
});
