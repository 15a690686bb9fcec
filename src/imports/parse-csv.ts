import { CsvError, parse } from 'csv-parse/sync';
import { propertyForHeader } from './csv-headers';
import { fileProblem, ImportProblem } from './import-report';
import { importMessages as msg } from './import-messages';
import { LIST_SEPARATORS, isListSpec, isObjectsSpec, PropertySpec } from './property-spec';
import { RECORD_SPECS } from './record-specs';
import type { RecordType } from './record-types';
import type { SourceDocument, SourceRecord } from './source-document';

/** Separates items in a list cell when exporting; reading also takes the full-width `；` (LIST_SEPARATORS). */
export const LIST_SEPARATOR = ';';

/**
 * Reads a CSV file holding records of one type: UTF-8 with or without a BOM, a header row of
 * property names or their Japanese aliases, list cells split on `;`, nested lists as JSON.
 * Rows whose cells are all blank are skipped but still counted, so row numbers match what a
 * spreadsheet shows (spreadsheet row = data row + 1).
 */
export function parseCsv(text: string, type: RecordType): SourceDocument {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = error instanceof CsvError && typeof (error as { lines?: unknown }).lines === 'number' ? (error as unknown as { lines: number }).lines : null;
    return { sections: [], problems: [fileProblem(msg.notCsv(line), type)] };
  }
  const [header, ...dataRows] = rows;
  if (!header || header.every((cell) => cell.trim() === '')) return { sections: [], problems: [fileProblem(msg.emptyCsv(), type)] };

  const specs = RECORD_SPECS[type];
  const names = specs.map((spec) => spec.name);
  const problems: ImportProblem[] = [];
  const columns: Array<PropertySpec | null> = header.map((heading) => {
    if (heading.trim() === '') return null;
    const property = propertyForHeader(type, heading, names);
    if (!property) problems.push(fileProblem(msg.unknownHeader(), type, heading.trim()));
    return specs.find((spec) => spec.name === property) ?? null;
  });
  columns.forEach((spec, index) => {
    if (spec && columns.indexOf(spec) !== index) problems.push(fileProblem(msg.duplicateHeader(), type, header[index].trim()));
  });
  if (problems.length > 0) return { sections: [], problems };

  const headingOf = new Map(columns.map((spec, index) => [spec?.name, header[index].trim()]));
  const records: SourceRecord[] = [];
  dataRows.forEach((cells, index) => {
    const row = index + 1;
    if (cells.every((cell) => cell.trim() === '')) return;
    const record: SourceRecord = { row, raw: {}, readProblems: [] };
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      problems.push({ section: type, row, column: null, messageJa: msg.tooManyCells().ja, messageEn: msg.tooManyCells().en });
    }
    columns.forEach((spec, column) => {
      const cell = cells[column] ?? '';
      if (!spec || cell.trim() === '') return;
      const value = cellValue(spec, cell);
      if (value === INVALID_JSON) record.readProblems.push({ path: spec.name, message: msg.jsonCell() });
      else record.raw[spec.name] = value;
    });
    records.push(record);
  });

  const columnLabel = (path: string) => {
    const property = /^[A-Za-z]+/.exec(path)?.[0] ?? path;
    return `${headingOf.get(property) ?? property}${path.slice(property.length)}`;
  };
  return { sections: [{ type, records, columnLabel }], problems };
}

const INVALID_JSON = Symbol('invalid JSON cell');

/** Converts one non-blank cell to what the JSON format would hold there. */
function cellValue(spec: PropertySpec, cell: string): unknown {
  // Split on the full-width ；too, as Japanese input methods type it; the items themselves stay as typed.
  if (isListSpec(spec)) return cell.split(LIST_SEPARATORS);
  if (isObjectsSpec(spec)) {
    try {
      const value: unknown = JSON.parse(cell);
      return Array.isArray(value) ? value : INVALID_JSON;
    } catch {
      return INVALID_JSON;
    }
  }
  return cell;
}
