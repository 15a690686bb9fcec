import { Arg, Ctx, Float, ID, Int, Query, Resolver } from 'type-graphql';
import { idOf } from '../common/global-id';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { KpiReport } from './kpi.types';

/** An empty institution filter means all institutions. */
const institutionIdOf = (globalId: string | null): string | null => (globalId ? idOf(globalId, 'Institution', 'institutionId') : null);

/** The year's figures; thin: arguments in, one service call. */
@Resolver()
export class KpiResolver {
  @Allowed('READ_KPIS')
  @Query(() => KpiReport, { description: 'The fiscal year’s figures (April–March, Asia/Tokyo), counted from the records / 年度の実績' })
  kpis(
    @Arg('fiscalYear', () => Int, { description: 'Fiscal year, e.g. 2025 for 令和7年度 (April 2025–March 2026)' }) fiscalYear: number,
    @Arg('regionCode', () => String, { nullable: true, description: 'Only needs of companies in this region (or inside it)' }) regionCode: string | null,
    @Arg('institutionId', () => ID, { nullable: true, description: 'Only records this institution handled or that target it' }) institutionId: string | null,
    @Arg('gapThreshold', () => Float, {
      nullable: true,
      description:
        'Best-candidate score below which a need counts as a gap (default 0.3, where POSSIBLE fit begins: a gap is a need whose best candidate is WEAK)',
    })
    gapThreshold: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<KpiReport> {
    return ctx.services.kpis.report(ctx.viewer, { fiscalYear, regionCode, institutionId: institutionIdOf(institutionId), gapThreshold });
  }

  @Allowed('READ_KPIS')
  @Query(() => String, { description: 'The same tables as CSV for reports: UTF-8 with BOM, Japanese headers / 実績の CSV' })
  kpiCsv(
    @Arg('fiscalYear', () => Int, { description: 'Fiscal year, e.g. 2025' }) fiscalYear: number,
    @Arg('regionCode', () => String, { nullable: true, description: 'Only needs of companies in this region (or inside it)' }) regionCode: string | null,
    @Arg('institutionId', () => ID, { nullable: true, description: 'Only records this institution handled or that target it' }) institutionId: string | null,
    @Arg('gapThreshold', () => Float, {
      nullable: true,
      description:
        'Best-candidate score below which a need counts as a gap (default 0.3, where POSSIBLE fit begins: a gap is a need whose best candidate is WEAK)',
    })
    gapThreshold: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return ctx.services.kpis.csv(ctx.viewer, { fiscalYear, regionCode, institutionId: institutionIdOf(institutionId), gapThreshold });
  }
}
