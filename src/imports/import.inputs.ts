import { IsByteLength, IsEnum, IsOptional } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { bilingual } from '../common/validation';
import { RECORD_TYPE_NAMES } from './record-types';

/** Largest `content` the mutation accepts. */
/** Below the HTTP body limit (1 MiB) so the mutation can always receive it; larger files go through `npm run import`. */
export const MAX_IMPORT_BYTES = 900 * 1024;

export enum DataFormat {
  JSON = 'json',
  CSV = 'csv',
}
registerEnumType(DataFormat, {
  name: 'DataFormat',
  description: 'File format of an import or export (docs/data-format.md) / データ形式',
  valuesConfig: {
    JSON: { description: 'JSON with every section (regions … needs) / 全区分を含む JSON' },
    CSV: { description: 'CSV holding one record type; lists separated by `;` / 1 種類のレコードの CSV' },
  },
});

/** The sections of the data format; the values are the JSON section names. */
export enum ImportRecordType {
  REGIONS = 'regions',
  FIELDS = 'fields',
  INSTITUTIONS = 'institutions',
  RESEARCHERS = 'researchers',
  COORDINATORS = 'coordinators',
  COMPANIES = 'companies',
  CONSORTIA = 'consortia',
  SEEDS = 'seeds',
  NEEDS = 'needs',
  FUNDING_PROGRAMMES = 'fundingProgrammes',
}
registerEnumType(ImportRecordType, {
  name: 'ImportRecordType',
  description: 'A record type (section) of the import/export format / レコード種別',
  valuesConfig: Object.fromEntries(
    Object.entries(ImportRecordType).map(([name, section]) => [name, { description: `${RECORD_TYPE_NAMES[section].ja} ${section}` }]),
  ),
});

@InputType({ description: 'A file to import / 取り込むファイル' })
export class ImportRecordsInput {
  @Field(() => DataFormat, { description: 'JSON (all sections) or CSV (one record type)' })
  @IsEnum(DataFormat)
  format: DataFormat;

  @Field(() => ImportRecordType, { nullable: true, description: 'Record type of a CSV file (required for CSV, ignored for JSON)' })
  @IsOptional()
  @IsEnum(ImportRecordType)
  type?: ImportRecordType | null;

  @Field({ description: 'The file content as UTF-8 text (at most 900 KB; use `npm run import` for larger files); a leading BOM is fine' })
  @IsByteLength(
    0,
    MAX_IMPORT_BYTES,
    bilingual('900 KB 以内にしてください (大きなファイルは npm run import で取り込めます)', 'must be at most 900 KB (use npm run import for larger files)'),
  )
  content: string;

  @Field({ defaultValue: false, description: 'Check and count only, write nothing / 書き込まずに検査だけ行う' })
  dryRun: boolean;
}
