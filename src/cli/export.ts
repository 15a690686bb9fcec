import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ExportService } from '../imports/export.service';
import { isRecordType, RecordType, SECTION_ORDER } from '../imports/record-types';
import { exitWithHelp, exitWithUsage, parseArguments, UsageError, withDatabase } from './cli-support';

const USAGE = `Usage / 使い方: npm run export -- [--format json|csv] [--type TYPE] [--out FILE]
  --format  json (default; every section) or csv (one record type); default from --out's extension
  --type    record type (${SECTION_ORDER.join(', ')}): required for csv; for json, only that section
  --out     file to write; default: standard output`;

/** `npm run export`: writes the database in the import format, so it can be imported elsewhere. */
function main(): void {
  let format: 'json' | 'csv';
  let type: RecordType | undefined;
  let out: string | undefined;
  try {
    const { positional, options } = parseArguments(process.argv.slice(2), ['format', 'type', 'out'], ['help']);
    if (options.help) exitWithHelp(USAGE);
    if (positional.length > 0) throw new UsageError('Unexpected argument / 不明な引数です');
    out = options.out as string | undefined;
    const fromExtension = out && path.extname(out).toLowerCase() === '.csv' ? 'csv' : 'json';
    const requested = (options.format as string | undefined) ?? fromExtension;
    if (requested !== 'json' && requested !== 'csv') throw new UsageError('--format must be json or csv / --format は json か csv です');
    format = requested;
    const requestedType = options.type as string | undefined;
    if (requestedType !== undefined && !isRecordType(requestedType)) throw new UsageError(`Unknown --type / 不明な種別です: ${requestedType}`);
    type = requestedType as RecordType | undefined;
    if (format === 'csv' && !type) throw new UsageError('CSV holds one record type: give --type / CSV には --type が必要です');
  } catch (error) {
    exitWithUsage(error, USAGE);
  }
  void withDatabase(async ({ dataSource }) => {
    const text = await new ExportService(dataSource).exportRecords(format, type);
    if (out) {
      fs.writeFileSync(out, text);
      process.stderr.write(`Wrote ${out} (${Buffer.byteLength(text)} bytes) / 書き出しました\n`);
    } else process.stdout.write(text);
    return 0;
  });
}

main();
