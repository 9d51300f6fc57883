/** The doctor for `npm run dev`: its red lines as warnings; it never throws and never writes. */
import { parseDoctorArgs } from './args';
import { doctorFindings } from './doctor-command';
import { createHttp } from './http';
import { createOutput, type CommandIo } from './output';
import { knownSecrets, reportFailure } from './report';

/** One line per problem the doctor finds with the configured tenant (empty when all is well). */
export async function doctorWarnings(env: CommandIo['env'], timeoutMs = 5000): Promise<string[]> {
  const lines: string[] = [];
  const out = createOutput({
    env,
    stdout: () => undefined,
    stderr: (line) => lines.push(line),
    color: false,
    timeoutMs,
  });
  for (const secret of knownSecrets([], env)) out.secret(secret);
  try {
    const target = parseDoctorArgs([], env);
    if (target.help) return [];
    const { checks } = await doctorFindings(target, createHttp(timeoutMs), out);
    for (const check of checks.filter(({ status }) => status === 'fail')) {
      out.error(`${check.required ? '' : '(optional) '}${check.text}`);
    }
  } catch (error: unknown) {
    reportFailure(out, 'logto:doctor', error);
  }
  return lines;
}
