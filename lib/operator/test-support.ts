/** Test helpers: run a command in-process against a stand-in and record what it did. */
import type { CommandIo } from './output';

export type Recorded = {
  code: number;
  stdout: string;
  stderr: string[];
  /** Every request the command sent, in order. */
  requests: Array<{ method: string; path: string }>;
  /** Every access token Logto handed the command. */
  tokens: string[];
};

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/** A `fetch` that records requests and the tokens in `/oidc/token` answers. */
function recordingFetch(requests: Recorded['requests'], tokens: string[]): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push({ method: init?.method ?? 'GET', path: url.pathname });
    const response = await fetch(input, init);
    if (url.pathname === '/oidc/token') {
      const body = (await response
        .clone()
        .json()
        .catch(() => ({}))) as { access_token?: string };
      if (body.access_token) tokens.push(body.access_token);
    }
    return response;
  };
}

/** Run a command with the given argv and env, plain text, no colour. */
export async function runCommand(
  command: Command,
  argv: string[],
  env: CommandIo['env'],
  timeoutMs = 5000,
): Promise<Recorded> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const requests: Recorded['requests'] = [];
  const tokens: string[] = [];
  const code = await command(argv, {
    env,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    color: false,
    timeoutMs,
    fetch: recordingFetch(requests, tokens),
  });
  return { code, stdout: stdout.join('\n'), stderr, requests, tokens };
}

/** The checklist lines of an output (`  ✔ …`, `  ✘ …`, `  – …`). */
export const checklistLines = (stdout: string): string[] =>
  stdout.split('\n').filter((line) => /^ {2}[✔✘–] /.test(line));
