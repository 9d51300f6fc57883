import type { KoaContextWithOIDC } from 'oidc-provider';

export type { KoaContextWithOIDC };

export type Next = () => Promise<unknown>;
