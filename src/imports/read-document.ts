import path from 'node:path';
import { fileProblem } from './import-report';
import { importMessages as msg } from './import-messages';
import { parseCsv } from './parse-csv';
import { parseJson } from './parse-json';
import { RecordType, recordTypeFromFileName } from './record-types';
import type { SourceDocument } from './source-document';

export type ImportFormat = 'json' | 'csv';

export interface ReadOptions {
  format: ImportFormat;
  /** The record type of a CSV file; taken from `fileName` when omitted. */
  type?: RecordType | null;
  fileName?: string;
}

/** Parses text in either format; a CSV needs a type, given or read from its file name. */
export function readDocument(text: string, options: ReadOptions): SourceDocument {
  if (options.format === 'json') return parseJson(text);
  const type = options.type ?? (options.fileName ? recordTypeFromFileName(options.fileName) : null);
  if (!type) return { sections: [], problems: [fileProblem(msg.csvTypeMissing())] };
  return parseCsv(text, type);
}

/** The format a file name's extension stands for. */
export function formatFromFileName(fileName: string): ImportFormat | null {
  const extension = path.extname(fileName).toLowerCase();
  return extension === '.json' ? 'json' : extension === '.csv' ? 'csv' : null;
}

/**
 * Decodes file bytes as UTF-8, refusing anything else: Excel in Japan saves CSV as Shift_JIS
 * by default, and reading that as UTF-8 would silently store mojibake.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
