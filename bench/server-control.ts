import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FromServer, ServerState, ToServer } from './server-process';

/** The server child process as run.ts drives it. */
export interface ServerProcess {
  url: string;
  pid: number;
  call(message: ToServer): Promise<ServerState>;
  /** Waits (at most 120 s) until the server is idle: leftovers of a run must not count in the next. */
  quiesce(): Promise<void>;
  stop(): Promise<void>;
}

/** Forks bench/server-process (compiled .js, or .ts under ts-node) and waits for its URL. */
export function startServer(databaseUrl: string, jwtSecret: string): Promise<ServerProcess> {
  return forkServer('server-process', { DATABASE_URL: databaseUrl, NODE_ENV: 'production', MUSUBI_JWT_SECRET: jwtSecret });
}

/** Forks the PostGraphile peer (bench/peer/postgraphile-process) on the same database. */
export function startPeer(databaseUrl: string): Promise<ServerProcess> {
  return forkServer('peer/postgraphile-process', { DATABASE_URL: databaseUrl, NODE_ENV: 'production' });
}

function forkServer(script: string, env: Record<string, string>): Promise<ServerProcess> {
  const underTsNode = __filename.endsWith('.ts');
  const child: ChildProcess = fork(path.join(__dirname, `${script}.${underTsNode ? 'ts' : 'js'}`), [], {
    env: { ...process.env, ...env },
    execArgv: underTsNode ? ['-r', 'ts-node/register/transpile-only'] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // SIGTERM to the node process itself: it drains, closes its pool and exits.
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const call = (message: ToServer) =>
    new Promise<ServerState>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The server process did not answer within 60 s')), 60_000);
      child.once('message', (reply: FromServer) => {
        clearTimeout(timer);
        if (reply.type === 'state') resolve(reply);
        else reject(new Error(`Unexpected message from the server process: ${reply.type}`));
      });
      child.send(message);
    });
  // A request whose client went away (autocannon closes its sockets at the end of a run) counts
  // as finished while its handler still runs: idle also means no SQL for a second.
  const quiesce = async () => {
    const deadline = Date.now() + 120_000;
    let previous = -1;
    for (;;) {
      const state = await call({ op: 'read' });
      if ((state.inFlight === 0 && state.total === previous) || Date.now() > deadline) return;
      previous = state.total;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error('The server did not start within 120 s'));
    }, 120_000);
    child.once('message', (message: FromServer) => {
      clearTimeout(timer);
      if (message.type === 'ready') resolve({ url: message.url, pid: child.pid!, call, quiesce, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server process exited with code ${code} before it was ready`));
    });
  });
}

/** Resident memory of a process now, and its peak, in MB, from /proc (Linux). */
export function rssMb(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}
