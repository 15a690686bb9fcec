import 'reflect-metadata';
import path from 'node:path';
import { ImportService } from '../imports/import.service';
import { isRecordType, SECTION_ORDER } from '../imports/record-types';
import { exitWithHelp, exitWithUsage, parseArguments, UsageError, withDatabase } from './cli-support';
import { formatReport } from './report-table';

const USAGE = `Usage / 使い方: npm run import -- FILE [--type TYPE] [--dry-run]
  FILE       .json (all sections) or .csv (one record type) in the musubi data format (docs/data-format.md)
  --type     record type of a CSV file (${SECTION_ORDER.join(', ')}); default: from the file name (seeds.csv, 研究シーズ.csv)
  --dry-run  check and count only, write nothing / 書き込まずに検査する
Exit code: 0 imported, 1 problems found (nothing written), 2 usage or database error.`;

/** `npm run import -- FILE`: imports one file all-or-nothing and prints the report. */
function main(): void {
  let file: string;
  let type: string | undefined;
  let dryRun: boolean;
  try {
    const { positional, options } = parseArguments(process.argv.slice(2), ['type'], ['dry-run', 'help']);
    if (options.help) exitWithHelp(USAGE);
    if (positional.length !== 1) throw new UsageError('Give exactly one file / ファイルを 1 つ指定してください');
    [file] = positional;
    type = options.type as string | undefined;
    if (type !== undefined && !isRecordType(type)) throw new UsageError(`Unknown --type / 不明な種別です: ${type}`);
    dryRun = options['dry-run'] === true;
  } catch (error) {
    exitWithUsage(error, USAGE);
  }
  void withDatabase(async ({ dataSource }) => {
    const report = await new ImportService(dataSource).importFile(path.resolve(file), { type: type as never, dryRun });
    process.stdout.write(`${formatReport(report, path.basename(file))}\n`);
    return report.ok ? 0 : 1;
  });
}

main();
