/** Entry point of `npm run logto:doctor` (see `--help`). */
import { runDoctor } from './doctor-command';
import { loadEnvFiles } from './env-files';
import { processIo } from './output';

loadEnvFiles();
process.exitCode = await runDoctor(process.argv.slice(2), processIo());
