import fs from 'node:fs';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { createDemoAccounts } from '../auth/demo-accounts';
import type { ImportProblem, ImportReport } from '../imports/import-report';
import { ImportService } from '../imports/import.service';
import { readDocument } from '../imports/read-document';
import { RECORD_TYPE_NAMES } from '../imports/record-types';
import type { SourceDocument } from '../imports/source-document';

export interface DemoLoadSummary {
  loaded: boolean;
  description: string;
}

/** The demo dataset, loaded in this order in one transaction. */
export const DEMO_FILES = ['reference.json', 'demo.json'];

/** The demo data did not pass the importer: nothing was loaded; the message lists every problem. */
export class DemoDataError extends Error {
  override name = 'DemoDataError';
  constructor(readonly report: ImportReport) {
    super(
      `デモデータを読み込めませんでした (${report.problems.length} 件の問題、何も書き込んでいません) / ` +
        `The demo data could not be loaded (${report.problems.length} problems, nothing was written):\n` +
        report.problems.slice(0, 50).map(describeProblem).join('\n') +
        (report.problems.length > 50 ? `\n  … ${report.problems.length - 50} more` : ''),
    );
  }
}

/**
 * Loads the demo dataset unless the database already holds institutions, seeds or needs (so a
 * restart adds nothing). Throws DemoDataError, listing every problem, when the data is bad.
 */
export async function loadDemoDataIfEmpty(dataSource: DataSource, documents: () => SourceDocument[] = readDemoDocuments): Promise<DemoLoadSummary> {
  const [{ present }] = (await dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM institution) OR EXISTS (SELECT 1 FROM seed) OR EXISTS (SELECT 1 FROM need) AS present`,
  )) as Array<{ present: boolean }>;
  if (present) return { loaded: false, description: 'the database already holds institutions, seeds or needs' };
  const report = await new ImportService(dataSource).importDocuments(documents());
  if (!report.ok) throw new DemoDataError(report);
  return { loaded: true, description: summarise(report) + (await demoLogins(dataSource)) };
}

/**
 * Empties every table of the domain (all entities, including ones added later) and loads the
 * demo dataset, in one transaction: if the demo data fails, the old data stays.
 */
export async function resetDemoData(dataSource: DataSource): Promise<DemoLoadSummary> {
  const documents = readDemoDocuments();
  const report = await dataSource.transaction(async (manager) => {
    await wipeDomainTables(dataSource, manager);
    const result = await new ImportService(dataSource).importWithin(manager, documents);
    if (!result.ok) throw new DemoDataError(result);
    return result;
  });
  return { loaded: true, description: summarise(report) + (await demoLogins(dataSource)) };
}

/** The demo accounts and key (README: "Demo logins"), never in production. */
async function demoLogins(dataSource: DataSource): Promise<string> {
  if (process.env.NODE_ENV === 'production') return '; no demo accounts (NODE_ENV=production)';
  const { accounts, apiKeys } = await createDemoAccounts(dataSource);
  return `; demo accounts ${accounts}, demo API keys ${apiKeys}`;
}

/** Every entity's table that exists (an entity may be registered before its migration has run). */
async function wipeDomainTables(dataSource: DataSource, manager: EntityManager): Promise<void> {
  const entityTables = dataSource.entityMetadatas.filter((metadata) => metadata.tableType === 'regular').map((metadata) => metadata.tableName);
  // The history of the wiped records goes with them (TRUNCATE passes change_record's append-only trigger on purpose).
  entityTables.push('change_record');
  const existing = (await manager.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY($1)`, [
    entityTables,
  ])) as Array<{
    tablename: string;
  }>;
  const tables = existing.map((row) => `"${row.tablename.replace(/"/g, '""')}"`);
  if (tables.length > 0) await manager.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
}

/** Reads the demo files from the source tree: the build copies no JSON, and this works from src and dist/src alike. */
export function readDemoDocuments(): SourceDocument[] {
  const folder = path.join(projectRoot(), 'src', 'demo', 'data');
  return DEMO_FILES.map((name) => ({ ...readDocument(fs.readFileSync(path.join(folder, name), 'utf8'), { format: 'json' }), label: name }));
}

/** The folder holding package.json and src/demo/data, found by walking up from this file. */
export function projectRoot(start = __dirname): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'src', 'demo', 'data', DEMO_FILES[0]))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`Cannot find the musubi project folder (with src/demo/data) above ${start}`);
  }
}

function summarise(report: ImportReport): string {
  return report.counts.map((c) => `${RECORD_TYPE_NAMES[c.type].en} ${c.created + c.updated + c.unchanged}`).join(', ');
}

function describeProblem(p: ImportProblem): string {
  const where = [p.source, p.section, p.row !== null ? `row ${p.row}` : null, p.column].filter(Boolean).join(' / ');
  return `  - ${where}: ${p.messageJa} / ${p.messageEn}`;
}
