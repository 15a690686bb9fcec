import type { BilingualMessage } from '../common/errors';
import type { RecordType } from './record-types';

/**
 * One thing wrong with an import. `row` is the 1-based data row of a CSV file (the row under
 * the header is 1) or the 1-based position in a JSON section; null for the file as a whole.
 * `column` is the CSV header as written or the JSON property path. Values are never echoed.
 */
export interface ImportProblem {
  section: RecordType | null;
  row: number | null;
  column: string | null;
  messageJa: string;
  messageEn: string;
  /** Which input the problem is in, when one import reads several (the demo loader). */
  source?: string;
}

export interface ImportCount {
  type: RecordType;
  created: number;
  updated: number;
  unchanged: number;
}

/** What an import did (or, with problems or a dry run, would have done). */
export interface ImportReport {
  /** True when the input had no problems (and, unless a dry run, was written). */
  ok: boolean;
  dryRun: boolean;
  counts: ImportCount[];
  problems: ImportProblem[];
}

export function fileProblem(message: BilingualMessage, section: RecordType | null = null, column: string | null = null): ImportProblem {
  return { section, row: null, column, messageJa: message.ja, messageEn: message.en };
}

export function failedReport(problems: ImportProblem[], dryRun = false): ImportReport {
  return { ok: false, dryRun, counts: [], problems };
}
