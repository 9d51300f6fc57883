import { existsSync } from 'node:fs';

/**
 * Load the `.env*` files Next.js would read for this `NODE_ENV`, so the commands see the same
 * variables as the portal. Variables already in the environment win.
 */
export function loadEnvFiles(cwd = process.cwd()): void {
  const mode = process.env.NODE_ENV === 'production' ? 'production' : 'development';
  for (const file of [`.env.${mode}.local`, '.env.local', `.env.${mode}`, '.env']) {
    const path = `${cwd}/${file}`;
    if (existsSync(path)) process.loadEnvFile(path);
  }
}
