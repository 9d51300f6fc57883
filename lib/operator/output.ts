/** Where a command writes, and the few facts about the terminal it needs. */
export type CommandIo = {
  env: Readonly<Record<string, string | undefined>>;
  /** One line to standard output. */
  stdout(line: string): void;
  /** One line to standard error. */
  stderr(line: string): void;
  /** Colour only on a terminal; plain text otherwise. */
  color: boolean;
  /** How long one HTTP request may take. */
  timeoutMs: number;
  /** Defaults to the global `fetch`; tests pass a recording one. */
  fetch?: typeof fetch;
};

/** A printer that never lets a known secret through. */
export type Output = {
  line(text?: string): void;
  error(text: string): void;
  /** Register a value (secret, token) to be replaced by `[redacted]` wherever it appears. */
  secret(value: string | undefined): void;
};

/** Wrap the IO so every line passes the redaction of registered secrets. */
export function createOutput(io: CommandIo): Output {
  const secrets = new Set<string>();
  const redact = (text: string) =>
    [...secrets].reduce((result, secret) => result.split(secret).join('[redacted]'), text);
  return {
    line: (text = '') => io.stdout(redact(text)),
    error: (text) => io.stderr(redact(text)),
    secret: (value) => {
      // Very short values would redact ordinary words; real secrets and tokens are long.
      if (value && value.length >= 6) secrets.add(value);
    },
  };
}

/** Whether to colour: a TTY, and no `NO_COLOR` or `TERM=dumb`. */
export function wantsColor(isTty: boolean | undefined, env: CommandIo['env']): boolean {
  return Boolean(isTty) && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** The IO of a real process; a closed pipe (`| head`) ends it quietly. */
export function processIo(env: CommandIo['env'] = process.env): CommandIo {
  const onPipeClosed = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  };
  process.stdout.on('error', onPipeClosed);
  process.stderr.on('error', onPipeClosed);
  return {
    env,
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    color: wantsColor(process.stdout.isTTY, env),
    timeoutMs: 15_000,
  };
}
