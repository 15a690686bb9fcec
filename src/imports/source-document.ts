import type { ImportProblem } from './import-report';
import type { RecordType } from './record-types';
import type { FieldProblem } from './validate-record';

/** One record as read from a file, before validation. */
export interface SourceRecord {
  /** 1-based CSV data row or JSON array position. */
  row: number;
  raw: Record<string, unknown>;
  /** Problems found while reading cells (e.g. a nested list cell that is not JSON). */
  readProblems: FieldProblem[];
}

export interface SourceSection {
  type: RecordType;
  records: SourceRecord[];
  /** How a property path is shown to the user: the CSV header as written, or the JSON path itself. */
  columnLabel(path: string): string;
}

/** A parsed input file: its sections, or the problems that kept it from being read. */
export interface SourceDocument {
  /** Shown with problems when one import reads several documents (e.g. `demo.json`). */
  label?: string;
  sections: SourceSection[];
  problems: ImportProblem[];
}

export const identityLabel = (path: string): string => path;
