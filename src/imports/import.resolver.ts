import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { DataFormat, ImportRecordsInput, ImportRecordType } from './import.inputs';
import { ImportReportType } from './import-report.types';

/** Bulk import and export in the musubi data format. Bad rows are a normal result, not an error. */
@Resolver()
export class ImportResolver {
  @Mutation(() => ImportReportType, {
    description:
      'Imports records (JSON or CSV) in one all-or-nothing transaction; problems come back in the report and nothing is written / データを一括で取り込む',
  })
  importRecords(@Arg('input', () => ImportRecordsInput, { description: 'The file and how to read it' }) input: ImportRecordsInput, @Ctx() ctx: RequestContext): Promise<ImportReportType> {
    return ctx.services.imports.importText(input.content, { format: input.format, type: input.type, dryRun: input.dryRun }) as Promise<ImportReportType>;
  }

  @Query(() => String, { description: 'Exports records as JSON (all sections, or one type) or CSV (one type) / データを出力する' })
  exportRecords(
    @Arg('format', () => DataFormat, { description: 'JSON or CSV' }) format: DataFormat,
    @Arg('type', () => ImportRecordType, { nullable: true, description: 'Record type: required for CSV; for JSON, only this section' }) type: ImportRecordType | null,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return ctx.services.exports.exportRecords(format, type);
  }
}
