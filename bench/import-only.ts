import 'reflect-metadata';
import os from 'node:os';
import { createLogger } from '../src/common/logger';
import { loadConfig } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { openDatabase } from '../src/database/database';
import { ImportService } from '../src/imports/import.service';
import { measureCopyFloor } from './copy-floor';
import { freshDatabase } from './database';
import { IMPORT_PHASES, importPhase } from './import-phases';
import { StatementCounter, timeEveryStatement } from './statement-counter';
import { generateDataset } from './synthetic-data';

/**
 * The import part of the benchmark alone, for quick A/B runs while working on the importer:
 * a fresh database, the synthetic directory, seeds and needs through the real ImportService,
 * then PostgreSQL's COPY floor for the same seeds. Prints one line of JSON on stdout.
 *
 * Usage: node dist/bench/import-only.js [--size 10000] [--seed 1]
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  const size = option('size', 10_000);
  const loadBefore = os.loadavg()[0];
  const dataset = generateDataset(size, option('seed', 1));
  const database = await freshDatabase(`import${size}`);
  try {
    const migrated = await openDatabase(loadConfig({ DATABASE_URL: database.url, MUSUBI_SEED: 'empty' }), createLogger('warn'));
    await migrated.close();
    const counter = new StatementCounter();
    const dataSource = createDataSource({ url: database.url, logging: true, logger: counter, statementTimeoutMs: 0 });
    timeEveryStatement(dataSource);
    await dataSource.initialize();
    try {
      const importer = new ImportService(dataSource);
      const log = (message: string) => process.stderr.write(`[import-only] ${message}\n`);
      const phases = [];
      for (const phase of IMPORT_PHASES) phases.push(await importPhase(importer, counter, dataset, phase, log, null));
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

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
