import { z } from 'zod';

/**
 * `z` for every schema the browser may load. zod compiles object parsers with `new Function`
 * when it can, and even its probe for that counts as a CSP violation where there is no
 * 'unsafe-eval' (production). Importing `z` from here sets `jitless` before any schema is built.
 */
z.config({ jitless: true });

export { z };
