import { Field, Int, ObjectType } from 'type-graphql';
import { ImportRecordType } from './import.inputs';

@ObjectType({ description: 'What an import did to one record type / 種別ごとの件数' })
export class ImportCountType {
  @Field(() => ImportRecordType, { description: 'Record type' })
  type: ImportRecordType;

  @Field(() => Int, { description: 'Records with a new key, inserted / 新規' })
  created: number;

  @Field(() => Int, { description: 'Known keys whose values changed / 更新' })
  updated: number;

  @Field(() => Int, { description: 'Known keys already holding these values, left alone / 変更なし' })
  unchanged: number;
}

@ObjectType('ImportProblem', { description: 'One problem in an imported file; the value itself is never repeated / 取り込みの問題' })
export class ImportProblemType {
  @Field(() => ImportRecordType, { nullable: true, description: 'Section (record type); null for the file as a whole' })
  section: ImportRecordType | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Data row: 1 is the first row under a CSV header, or the first record of a JSON section; null for the whole file',
  })
  row: number | null;

  @Field(() => String, { nullable: true, description: 'CSV header as written, or JSON property path (e.g. `patents[0].number`)' })
  column: string | null;

  @Field({ description: 'What is wrong, in Japanese' })
  messageJa: string;

  @Field({ description: 'What is wrong, in English' })
  messageEn: string;
}

@ObjectType('ImportReport', { description: 'Result of an import: all-or-nothing, so with problems nothing was written / 取り込み結果' })
export class ImportReportType {
  @Field({ description: 'True when the file had no problems (and, unless a dry run, was written)' })
  ok: boolean;

  @Field({ description: 'True when nothing was written on purpose (dryRun)' })
  dryRun: boolean;

  @Field(() => [ImportCountType], { description: 'Created, updated and unchanged records per type (empty when there were problems)' })
  counts: ImportCountType[];

  @Field(() => [ImportProblemType], { description: 'Every problem found, in file order' })
  problems: ImportProblemType[];
}
