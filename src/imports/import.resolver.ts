import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allowed } from '../auth/allowed';
import { FIELD_COSTS } from '../graphql/query-limits';
import type { RequestContext } from '../graphql/context';
import { DataFormat, ImportRecordsInput, ImportRecordType } from './import.inputs';
import { ImportReportType } from './import-report.types';

/** Bulk import and export in the musubi data format. Bad rows are a normal result, not an error. */
@Resolver()
export class ImportResolver {
  @Allowed('IMPORT_RECORDS')
  @Mutation(() => ImportReportType, {
    complexity: FIELD_COSTS.importRecords,
    description:
      'Imports records (JSON or CSV) in one all-or-nothing transaction; problems come back in the report and nothing is written / データを一括で取り込む',
  })
  importRecords(
    @Arg('input', () => ImportRecordsInput, { description: 'The file and how to read it' }) input: ImportRecordsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportReportType> {
    return ctx.services.imports.importText(input.content, {
      format: input.format,
      type: input.type,
      dryRun: input.dryRun,
      by: ctx.viewer,
    }) as Promise<ImportReportType>;
  }

  @Allowed('EXPORT_RECORDS')
  @Query(() => String, {
    complexity: FIELD_COSTS.exportRecords,
    description:
      'Exports records as JSON (all sections, or one type) or CSV (one type); an export with needs is recorded as a read of every confidential need / データを出力する',
  })
  async exportRecords(
    @Arg('format', () => DataFormat, { description: 'JSON or CSV' }) format: DataFormat,
    @Arg('type', () => ImportRecordType, { nullable: true, description: 'Record type: required for CSV; for JSON, only this section' })
    type: ImportRecordType | null,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    const text = await ctx.services.exports.exportRecords(format, type);
    if (type == null || type === ImportRecordType.NEEDS) await ctx.services.accessLog.recordExport(ctx.viewer);
    return text;
  }
}
