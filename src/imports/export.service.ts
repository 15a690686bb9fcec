import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { InvalidInputError } from '../common/errors';
import { ExportRecord, exportSection, KeysById } from './export-records';
import { LIST_SEPARATOR } from './parse-csv';
import { isListSpec, isObjectsSpec, PropertySpec } from './property-spec';
import type { ImportFormat } from './read-document';
import { RECORD_SPECS } from './record-specs';
import { RecordType, SECTION_ORDER } from './record-types';

/** Excel opens a CSV as UTF-8 only when it starts with a byte order mark; the importer accepts one. */
const BOM = '\uFEFF';

/**
 * Writes the database out in the musubi data format (docs/data-format.md): JSON with every
 * section, or CSV for one record type. Records refer to one another by key, so an export
 * imported into an empty database recreates the same records. Read in one REPEATABLE READ
 * transaction so the sections agree with one another.
 */
export class ExportService {
  constructor(private readonly dataSource: DataSource) {}

  async exportRecords(format: ImportFormat, type?: RecordType | null): Promise<string> {
    if (format === 'json') return this.exportJson(type ? [type] : SECTION_ORDER);
    if (!type)
      throw InvalidInputError.of(
        'type',
        'CSV は 1 種類のレコードを出力します。種別 (type) を指定してください',
        'a CSV export holds one record type: give the type',
        'required',
      );
    return this.exportCsv(type);
  }

  /** The JSON document: `{ "regions": [...], ..., "needs": [...] }`. */
  async exportJson(types: readonly RecordType[] = SECTION_ORDER): Promise<string> {
    return `${JSON.stringify(await this.exportDocument(types), null, 2)}\n`;
  }

  async exportDocument(types: readonly RecordType[] = SECTION_ORDER): Promise<Partial<Record<RecordType, ExportRecord[]>>> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const keys = await KeysById.read(manager);
      const document: Partial<Record<RecordType, ExportRecord[]>> = {};
      for (const type of SECTION_ORDER.filter((t) => types.includes(t))) document[type] = await exportSection(manager, type, keys);
      return document;
    });
  }

  /** One record type as CSV with a BOM: a header of property names, lists joined with `;`, nested lists as JSON. */
  async exportCsv(type: RecordType): Promise<string> {
    const records = (await this.exportDocument([type]))[type] ?? [];
    const specs = RECORD_SPECS[type];
    const rows = records.map((record) => specs.map((spec) => csvCell(spec, record[spec.name])));
    return BOM + stringify([specs.map((spec) => spec.name), ...rows]);
  }
}

function csvCell(spec: PropertySpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isListSpec(spec)) return (value as unknown[]).join(LIST_SEPARATOR);
  if (isObjectsSpec(spec)) return (value as unknown[]).length > 0 ? JSON.stringify(value) : '';
  return String(value);
}
