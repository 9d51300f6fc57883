import { spawn, type ChildProcess } from 'node:child_process';

/** A server started in its own process group, with the tail of its output kept for errors. */
export type Server = { name: string; child: ChildProcess; output: () => string };

/** Every server started and not yet stopped, so a script can stop them all on any way out. */
const running = new Set<Server>();

/** Starts `command` in a new process group so that it and its children can be stopped together. */
export function startServer(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
): Server {
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server = { name, child, output: () => tail };
  running.add(server);
  return server;
}

/** Whether something already answers at `url` (any HTTP status counts). */
export async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/** Polls `url` until it answers, the server exits, or `timeoutMs` passes. */
export async function waitUntilUp(server: Server, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`${server.name} exited before answering ${url}:\n${server.output()}`);
    }
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${server.name} did not answer ${url} within ${timeoutMs} ms:\n${server.output()}`,
  );
}

/** Sends `signal` to the whole process group; false once the group is gone. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Stops the server's process group: SIGTERM, then SIGKILL if it lingers past `graceMs`. */
export async function stopServer(server: Server, graceMs = 5000): Promise<void> {
  running.delete(server);
  const { pid } = server.child;
  if (pid === undefined) return;
  if (!signalGroup(pid, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  // Signal 0 only checks whether any process of the group is still alive.
  while (Date.now() < deadline && signalGroup(pid, 0)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  signalGroup(pid, 'SIGKILL');
}

/** Stops every server started here and still running. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((server) => stopServer(server)));
}

/** On Ctrl-C or SIGTERM, stops every server started here, then exits with 130. */
export function stopAllServersOnSignals(log: (message: string) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the servers`);
      void stopAllServers().finally(() => process.exit(130));
    });
  }
}
