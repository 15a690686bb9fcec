import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import type { DataSource } from 'typeorm';
import { ImportService } from '../src/imports/import.service';
import { measureCopyFloor } from './copy-floor';
import { countingDataSource, freshDatabase } from './database';
import { IMPORT_PHASES, importPhase } from './import-phases';
import { generateDataset } from './synthetic-data';

/**
 * The import part of the benchmark alone, for quick A/B runs while working on the importer:
 * a fresh database, the synthetic directory, seeds and needs through the real ImportService,
 * then PostgreSQL's COPY floor for the same seeds. Prints one line of JSON on stdout.
 *
 * Usage: node dist/bench/import-only.js [--size 10000] [--seed 1] [--profile seeds.cpuprofile]
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  const size = option('size', 10_000);
  const profileIndex = args.indexOf('--profile');
  const profileFile = profileIndex >= 0 ? args[profileIndex + 1] : null;
  const loadBefore = os.loadavg()[0];
  const dataset = generateDataset(size, option('seed', 1));
  const database = await freshDatabase(`import${size}`);
  try {
    const { dataSource, counter } = await countingDataSource(database.url);
    try {
      const importer = new ImportService(dataSource);
      const log = (message: string) => process.stderr.write(`[import-only] ${message}\n`);
      const phases = [];
      let cpu = { node: 0, postgres: 0 };
      for (const phase of IMPORT_PHASES) {
        const before = { node: process.cpuUsage(), postgres: await postgresCpuSeconds(dataSource) };
        phases.push(await importPhase(importer, counter, dataset, phase, log, phase.name === 'seeds' ? profileFile : null));
        if (phase.name === 'seeds') {
          const node = process.cpuUsage(before.node);
          cpu = { node: (node.user + node.system) / 1e6, postgres: (await postgresCpuSeconds(dataSource)) - before.postgres };
        }
      }
      const seeds = phases.find((phase) => phase.name === 'seeds')!;
      const sqlMs = Object.values(seeds.statements.msByKind).reduce((sum, ms) => sum + ms, 0);
      await dataSource.query('ANALYZE');
      const floor = await measureCopyFloor(dataSource);
      const result = {
        size,
        seedsPerSecond: Math.round(seeds.recordsPerSecond),
        needsPerSecond: Math.round(phases.find((phase) => phase.name === 'needs')!.recordsPerSecond),
        statementsPerSeed: seeds.statements.total / seeds.records,
        sqlShare: sqlMs / (seeds.seconds * 1000),
        seedsSeconds: seeds.seconds,
        // CPU seconds of the seeds import: less sensitive to other work on the machine than its wall time.
        cpuSeconds: cpu,
        sqlMsByKind: seeds.statements.msByKind,
        statementsByKind: seeds.statements.byKind,
        copyFloor: floor,
        loadAverage: { before: loadBefore, after: os.loadavg()[0] },
      };
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.close();
  }
}

/**
 * CPU seconds used so far by the database's server processes, when they run on this machine
 * (the embedded cluster: /proc is readable); 0 otherwise.
 */
async function postgresCpuSeconds(dataSource: DataSource): Promise<number> {
  const rows = (await dataSource.query(`SELECT pid FROM pg_stat_activity`)) as Array<{ pid: number }>;
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Not on this machine, or the process ended.
    }
  }
  return ticks / 100;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
