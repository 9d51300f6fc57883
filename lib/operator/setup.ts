/** Entry point of `npm run logto:setup` (see `--help`). */
import { loadEnvFiles } from './env-files';
import { processIo } from './output';
import { runSetup } from './setup-command';

loadEnvFiles();
process.exitCode = await runSetup(process.argv.slice(2), processIo());
