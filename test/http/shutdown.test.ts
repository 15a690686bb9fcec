import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePorts } from '../support/free-port';
import { waitFor, WAIT_CEILING_MS } from '../support/wait-for';

/**
 * The real `main.ts` in a process of its own, with its own embedded PostgreSQL and the demo
 * data: a signal arrives while a request is in flight (its body still being uploaded, so the
 * timing is certain), the request still gets its full answer, the process exits 0, and
 * PostgreSQL is gone.
 */
const ROOT = path.join(__dirname, '..', '..');
// Starting a server with its own PostgreSQL and demo data takes long on a loaded machine.
jest.setTimeout(3 * WAIT_CEILING_MS);
const BIG_LIST = JSON.stringify({
  query: 'query AllSeeds { seeds(first: 100) { totalCount edges { node { id title summary institution { nameJa } owners { nameJa } } } } }',
});

interface RunningServer {
  child: ChildProcess;
  port: number;
  logs: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The ports are free when probed, but the server binds them seconds later (PostgreSQL's first
 * start, migrations, demo data), and meanwhile any outgoing connection on the machine may be
 * given one of them as its local port: a start that loses that race is retried on new ports.
 */
async function startServer(dataDir: string): Promise<RunningServer> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startServerOnFreePorts(dataDir);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

async function startServerOnFreePorts(dataDir: string): Promise<RunningServer> {
  const [port, pgPort, opsPort] = await freePorts(3);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    MUSUBI_OPS_PORT: String(opsPort),
    MUSUBI_DATA_DIR: dataDir,
    MUSUBI_EMBEDDED_PG_PORT: String(pgPort),
    MUSUBI_SEED: 'demo',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  };
  delete env.DATABASE_URL;
  // node itself, not `npm start`: npm does not pass signals on.
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  return { child, port, logs, exited };
}

/**
 * Sends the headers with `Expect: 100-continue` and the first bytes of the body; resolves
 * `inFlight` when the server has read the headers and dispatched the request (it answers
 * 100 Continue then), so the test knows the request is in flight without guessing a delay.
 * `finish()` sends the rest and resolves with the response.
 */
function startSlowRequest(port: number) {
  let resolveResponse!: (value: { status: number; body: string }) => void;
  let rejectResponse!: (error: Error) => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    resolveResponse = resolve;
    rejectResponse = reject;
  });
  const req = http.request(
    {
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BIG_LIST), expect: '100-continue' },
    },
    (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolveResponse({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', rejectResponse);
    },
  );
  req.on('error', rejectResponse);
  const inFlight = new Promise<void>((resolve) => req.once('continue', () => resolve()));
  req.flushHeaders();
  return {
    inFlight: inFlight.then(() => void req.write(BIG_LIST.slice(0, 20))),
    finish() {
      req.end(BIG_LIST.slice(20));
      return response;
    },
  };
}

async function waitForLog(logs: string[], pattern: RegExp): Promise<void> {
  await waitFor(
    () => logs.some((line) => pattern.test(line)),
    () => `a log line matching ${pattern}:\n${logs.join('\n')}`,
  );
}

/** New connections are refused once the server has stopped listening (moments after the signal). */
async function refusesConnections(port: number): Promise<boolean> {
  return waitFor(
    () =>
      fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => false,
        () => true,
      ),
    () => `port ${port} to refuse connections`,
    { pollMs: 20 },
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('graceful shutdown of the real server process', () => {
  let base: string;
  let dataDir: string;
  let running: RunningServer | undefined;

  beforeAll(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-shutdown-'));
    // PostgreSQL runs as the `postgres` user when the tests run as root: it must reach the folder.
    fs.chmodSync(base, 0o755);
    dataDir = path.join(base, 'pg');
  });
  afterEach(() => {
    if (running && running.child.exitCode === null) running.child.kill('SIGKILL');
    running = undefined;
  });
  afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

  it.each(['SIGTERM', 'SIGINT'] as const)('on %s finishes the in-flight request, stops PostgreSQL and exits 0', async (signal) => {
    running = await startServer(dataDir);
    const { child, port, logs, exited } = running;
    const postmasterPid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isAlive(postmasterPid)).toBe(true);

    const slow = startSlowRequest(port);
    await slow.inFlight;
    child.kill(signal);
    await waitForLog(logs, new RegExp(`${signal} received`));

    // New connections are refused (within moments) while the in-flight request is still running.
    expect(await refusesConnections(port)).toBe(true);

    const response = await slow.finish();
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as { data: { seeds: { totalCount: number; edges: unknown[] } } };
    expect(body.data.seeds.totalCount).toBeGreaterThan(50);
    expect(body.data.seeds.edges).toHaveLength(Math.min(100, body.data.seeds.totalCount));

    expect(await exited).toEqual({ code: 0, signal: null });
    expect(logs.join('\n')).toMatch(/Stopped: requests finished, database closed/);
    expect(isAlive(postmasterPid)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });
});
