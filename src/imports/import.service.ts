import fs from 'node:fs/promises';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { checkRecords, propertyPosition } from './check-records';
import { checkNeedCompanies } from './check-need-companies';
import { checkReferences } from './check-references';
import { failedReport, fileProblem, ImportCount, ImportProblem, ImportReport } from './import-report';
import { importMessages as msg } from './import-messages';
import { KeyDirectory } from './key-directory';
import { decodeUtf8, formatFromFileName, ImportFormat, readDocument } from './read-document';
import { RecordType, SECTION_ORDER } from './record-types';
import type { SourceDocument } from './source-document';
import { detectNeedDuplicates, detectSeedDuplicates } from '../duplicates/duplicate-detector';
import { indexNeeds, indexSeeds } from '../matching/index';
import type { Viewer } from '../auth/viewer';
import { ChangeActor, changeActorOf, SYSTEM_ACTOR } from '../history/change-record';
import { writeSection } from './write-section';

export interface ImportOptions {
  /** The record type of a CSV file (otherwise read from the file name, e.g. `seeds.csv`). */
  type?: RecordType | null;
  /** Check and count everything, then roll back: the report says what an import would do. */
  dryRun?: boolean;
  /** Who imports, as the history records it; omitted: the system (the command line). */
  by?: Viewer | null;
}

/** Thrown inside the transaction to undo it (dry run, or problems found) without being an error. */
class Rollback extends Error {}

/**
 * Imports records in the musubi data format (docs/data-format.md), JSON or CSV.
 *
 * One call is one transaction and all-or-nothing: any bad record means nothing is written and
 * the report lists every problem found (row, column, Japanese and English, never the value).
 * Records are matched by key: new keys are inserted, known ones updated, and records that
 * already hold the file's values are counted as unchanged and not touched, so importing the
 * same file twice changes nothing. Imports are serialised by an advisory lock.
 */
export class ImportService {
  constructor(private readonly dataSource: DataSource) {}

  /** Imports a `.json` or `.csv` file; a CSV's type comes from `options.type` or its name. */
  async importFile(filePath: string, options: ImportOptions = {}): Promise<ImportReport> {
    const format = formatFromFileName(filePath);
    if (!format) return failedReport([fileProblem(msg.unknownFormat())], options.dryRun);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(filePath);
    } catch {
      return failedReport([fileProblem(msg.unreadableFile())], options.dryRun);
    }
    const text = decodeUtf8(bytes);
    if (text === null) return failedReport([fileProblem(msg.notUtf8(), options.type ?? null)], options.dryRun);
    return this.importText(text, { ...options, format, fileName: path.basename(filePath) });
  }

  /** Imports text already in memory (the GraphQL mutation's `content`). */
  async importText(text: string, options: ImportOptions & { format: ImportFormat; fileName?: string }): Promise<ImportReport> {
    return this.importDocuments([readDocument(text, options)], options);
  }

  /** Imports several parsed documents in one transaction, in order (the demo loader's reference + demo data). */
  async importDocuments(documents: SourceDocument[], options: { dryRun?: boolean; by?: Viewer | null } = {}): Promise<ImportReport> {
    const dryRun = options.dryRun ?? false;
    let report: ImportReport = failedReport([], dryRun);
    try {
      await this.dataSource.transaction(async (manager) => {
        report = await this.importWithin(manager, documents, dryRun, options.by ? changeActorOf(options.by) : SYSTEM_ACTOR);
        if (!report.ok || dryRun) throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    return report;
  }

  /**
   * Imports inside a transaction the caller owns (demo reset wipes and reloads in one). The
   * caller must roll back when the report is not ok: nothing is written then anyway, but the
   * transaction may hold the reads.
   */
  async importWithin(manager: EntityManager, documents: SourceDocument[], dryRun = false, actor: ChangeActor = SYSTEM_ACTOR): Promise<ImportReport> {
    const readProblems = documents.flatMap((document) => document.problems.map((problem) => labelled(problem, document.label)));
    if (readProblems.length > 0) return failedReport(readProblems, dryRun);

    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('musubi.import'))`);
    const checked = checkRecords(documents);
    const ids = new KeyDirectory();
    const problems = [
      ...checked.problems,
      ...(await checkReferences(manager, checked.records, ids)),
      ...(await checkNeedCompanies(manager, checked.records, ids)),
    ];
    if (problems.length > 0) return failedReport(sortProblems(problems, documents), dryRun);

    const counts: ImportCount[] = [];
    for (const type of SECTION_ORDER) {
      const records = checked.records.get(type);
      if (records) counts.push(await writeSection(manager, type, records, ids, actor));
    }
    // The matching index follows in the same transaction, so imported seeds and needs match at once.
    const writtenIds = (type: 'seeds' | 'needs') => (checked.records.get(type) ?? []).map((record) => ids.require(type, record.identity as string));
    await indexSeeds(manager, writtenIds('seeds'));
    await indexNeeds(manager, writtenIds('needs'));
    await detectSeedDuplicates(manager, writtenIds('seeds'));
    await detectNeedDuplicates(manager, writtenIds('needs'));
    return { ok: true, dryRun, counts, problems: [] };
  }
}

const labelled = (problem: ImportProblem, label: string | undefined): ImportProblem => (label ? { ...problem, source: label } : problem);

/** Problems in reading order: by document, section, row, property; file-level ones first. */
function sortProblems(problems: ImportProblem[], documents: SourceDocument[]): ImportProblem[] {
  const documentIndex = (problem: ImportProblem) =>
    Math.max(
      0,
      documents.findIndex((d) => d.label === problem.source),
    );
  const sectionIndex = (problem: ImportProblem) => (problem.section ? SECTION_ORDER.indexOf(problem.section) : -1);
  return [...problems].sort(
    (a, b) =>
      documentIndex(a) - documentIndex(b) ||
      sectionIndex(a) - sectionIndex(b) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (propertyPosition.get(a) ?? -1) - (propertyPosition.get(b) ?? -1),
  );
}
