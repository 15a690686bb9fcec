import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePorts } from './free-port';
import { waitFor } from './wait-for';

/** The real `src/main.ts` in a process of its own (node itself, not `npm start`: npm does not pass signals on). */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** The operations port (/readyz, /metrics). */
  opsPort: number;
  url: string;
  logs: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

const ROOT = path.join(__dirname, '..', '..');

/** Starts the server with this environment (on top of ours) and waits until /readyz says ready. */
export async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const [port, opsPort] = await freePorts(2);
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    MUSUBI_OPS_PORT: String(opsPort),
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    ...env,
  };
  for (const [name, value] of Object.entries(fullEnv)) if (value === undefined) delete fullEnv[name];
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: ROOT,
    env: fullEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const collect = (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`the server exited early:\n${logs.join('\n')}`);
        return fetch(`http://127.0.0.1:${opsPort}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
      },
      () => `the server to become ready:\n${logs.join('\n')}`,
      { pollMs: 100 },
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    child,
    port,
    opsPort,
    url: `http://127.0.0.1:${port}/graphql`,
    logs,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
