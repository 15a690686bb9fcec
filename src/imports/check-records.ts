import type { BilingualMessage } from '../common/errors';
import type { ImportProblem } from './import-report';
import { importMessages as msg } from './import-messages';
import { orderParentsFirst } from './parent-order';
import { identityProperty, RECORD_SPECS } from './record-specs';
import { RecordType, SECTION_ORDER } from './record-types';
import type { SourceDocument, SourceSection } from './source-document';
import { RecordValues, validateRecord } from './validate-record';

/** A record that passed (or failed) validation, with where it came from. */
export interface CheckedRecord {
  type: RecordType;
  row: number;
  source?: string;
  section: SourceSection;
  /** Its key (or code); null when that itself is missing or malformed. */
  identity: string | null;
  values: RecordValues;
}

export interface CheckedImport {
  /** Per section, in import order; self-referencing sections ordered parents first. */
  records: Map<RecordType, CheckedRecord[]>;
  problems: ImportProblem[];
}

/** Sections whose records can name a parent of the same section. */
const SELF_PARENTED: RecordType[] = ['regions', 'fields', 'institutions'];

/**
 * Everything that can be checked without the database: each record against the format, keys
 * unique per section across all documents, and parent chains that do not loop.
 */
export function checkRecords(documents: SourceDocument[]): CheckedImport {
  const problems: ImportProblem[] = [];
  const records = new Map<RecordType, CheckedRecord[]>();
  const firstRow = new Map<string, number>();

  for (const type of SECTION_ORDER) {
    for (const document of documents) {
      for (const section of document.sections.filter((s) => s.type === type)) {
        for (const source of section.records) {
          const { values, problems: found } = validateRecord(type, source.raw);
          const record: CheckedRecord = {
            type,
            row: source.row,
            source: document.label,
            section,
            identity: (values[identityProperty(type)] as string | null) ?? null,
            values,
          };
          for (const problem of [...source.readProblems, ...found]) problems.push(problemAt(record, problem.path, problem.message));
          if (record.identity !== null) {
            const seenAt = firstRow.get(`${type}:${record.identity}`);
            if (seenAt !== undefined) problems.push(problemAt(record, identityProperty(type), msg.duplicateKey(seenAt)));
            else firstRow.set(`${type}:${record.identity}`, record.row);
          }
          // push, not a copy per record: a section can hold 100,000 records.
          const list = records.get(type);
          if (list) list.push(record);
          else records.set(type, [record]);
        }
      }
    }
  }

  for (const type of SELF_PARENTED) {
    const list = records.get(type);
    if (!list) continue;
    const { ordered, cyclic } = orderParentsFirst(
      list,
      (record) => record.identity ?? `\0row${record.row}`,
      (record) => (record.values.parent as string | null) ?? null,
    );
    for (const record of cyclic) problems.push(problemAt(record, 'parent', msg.parentCycle()));
    // Records left out of the order (in or under a loop) stay listed so references to them resolve.
    const placed = new Set(ordered);
    records.set(type, [...ordered, ...list.filter((record) => !placed.has(record))]);
  }
  return { records, problems };
}

/** Where a problem's property stands in its record type, so a row's problems read left to right. */
export const propertyPosition = new WeakMap<ImportProblem, number>();

export function problemAt(record: CheckedRecord, path: string, message: BilingualMessage): ImportProblem {
  const property = /^[A-Za-z]+/.exec(path)?.[0];
  const problem: ImportProblem = {
    section: record.type,
    row: record.row,
    column: record.section.columnLabel(path),
    messageJa: message.ja,
    messageEn: message.en,
    ...(record.source ? { source: record.source } : {}),
  };
  propertyPosition.set(
    problem,
    RECORD_SPECS[record.type].findIndex((spec) => spec.name === property),
  );
  return problem;
}
