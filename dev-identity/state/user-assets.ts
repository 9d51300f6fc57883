import { randomUUID } from 'node:crypto';

/** An uploaded file, kept in memory (account-api.md: real storage may be left out). */
export type StoredAsset = { bytes: Buffer; contentType: string };

/** The tenant's storage provider for user assets: whether one is configured, and the files. */
export class UserAssetStore {
  /** Off answers uploads with `400 storage.not_configured`, as a tenant without storage does. */
  configured = true;

  readonly #assets = new Map<string, StoredAsset>();

  /** Stores the bytes; returns the file name to serve them under (`<uuid>.<extension>`). */
  add(bytes: Buffer, contentType: string, extension: string): string {
    const name = `${randomUUID()}.${extension}`;
    this.#assets.set(name, { bytes, contentType });
    return name;
  }

  get(name: string): StoredAsset | undefined {
    return this.#assets.get(name);
  }

  clear(): void {
    this.#assets.clear();
    this.configured = true;
  }
}
