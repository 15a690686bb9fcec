import { DataSource, EntityManager, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { ConnectionShape, paginate, SortDirection } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { NotFoundError } from '../common/errors';
import { MatchFit } from '../matching/matching.types';
import { Need } from '../needs/need.entity';
import { assessFunding, FundingNeedProfile, FundingVerdict, HORIZON_MONTHS } from './funding-eligibility';
import { FundingProgramme } from './funding-programme.entity';
import { FundingCandidate, FundingCriterionName, FundingProgrammeFilter } from './funding.types';

const NEED = { ja: '企業ニーズ', en: 'Need' };

/** Today's date in Asia/Tokyo, YYYY-MM-DD: application windows are Japanese calendar days. */
export function tokyoDate(now: Date): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Funding programmes (補助金・助成金・融資制度): the list, and their ranking for a need by the
 * pure rules of funding-eligibility.ts (eligible first, then by fit), with every reason.
 */
export class FundingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Programmes, by name; active ones unless `includeArchived`. */
  async list(
    viewer: Viewer,
    filter: FundingProgrammeFilter | null | undefined,
    page: { first?: number; after?: string },
    maxPageSize?: number,
  ): Promise<ConnectionShape<FundingProgramme>> {
    const query = this.dataSource.getRepository(FundingProgramme).createQueryBuilder('programme');
    if (!filter?.includeArchived) query.andWhere('programme.status = :active', { active: RecordStatus.ACTIVE });
    if (filter?.providerId) query.andWhere('programme.provider_id = :provider', { provider: filter.providerId });
    if (filter?.kind) query.andWhere('programme.kind = :kind', { kind: filter.kind });
    return paginate(query, { expression: 'programme.name_ja', kind: 'text', direction: SortDirection.ASC }, page, maxPageSize);
  }

  /** Active programmes ranked for a need (`fundingCandidatesForNeed`). */
  async candidatesForNeed(viewer: Viewer, needId: string): Promise<FundingCandidate[]> {
    return this.rankForNeed(needId);
  }

  /** Active programmes ranked for a need by database id; `workTrl` is the TRL a plan's research part starts from. */
  async rankForNeed(needId: string, workTrl: number | null = null, manager: EntityManager = this.dataSource.manager): Promise<FundingCandidate[]> {
    const profile = await this.needProfile(manager, needId);
    const programmes = await manager.getRepository(FundingProgramme).find({ where: { status: RecordStatus.ACTIVE } });
    const today = tokyoDate(this.now());
    const ranked = programmes
      .map((programme) => ({ programme, verdict: assessFunding(programme, { ...profile, workTrl }, today) }))
      .sort(
        (a, b) => Number(b.verdict.eligible) - Number(a.verdict.eligible) || b.verdict.score - a.verdict.score || (a.programme.id < b.programme.id ? -1 : 1),
      );
    return ranked.map(({ programme, verdict }, i) => toCandidate(programme, verdict, i + 1));
  }

  /** One programme for one need: the proposal's snapshot. Null when the programme does not exist. */
  async assessPair(needId: string, programmeId: string): Promise<FundingVerdict | null> {
    const programme = await this.dataSource.getRepository(FundingProgramme).findOne({ where: { id: programmeId } });
    if (!programme) return null;
    return assessFunding(programme, await this.needProfile(this.dataSource.manager, needId), tokyoDate(this.now()));
  }

  /** Programmes by id (DataLoader batch). */
  async byIds(ids: readonly string[]): Promise<FundingProgramme[]> {
    return this.dataSource.getRepository(FundingProgramme).find({ where: { id: In([...ids]) } });
  }

  private async needProfile(manager: EntityManager, needId: string): Promise<FundingNeedProfile> {
    const need = await manager.getRepository(Need).findOne({ where: { id: needId } });
    if (!need) throw new NotFoundError(NEED, 'needId');
    const [company] = (await manager.query(
      `WITH RECURSIVE up(code) AS (SELECT c.region_code FROM company c WHERE c.id = $1 AND c.region_code IS NOT NULL
                                  UNION SELECT r.parent_code FROM region r JOIN up ON r.code = up.code WHERE r.parent_code IS NOT NULL)
       SELECT (SELECT size FROM company WHERE id = $1) AS size, coalesce((SELECT array_agg(code) FROM up), '{}') AS regions`,
      [need.companyId],
    )) as Array<{ size: FundingNeedProfile['companySize']; regions: string[] }>;
    return {
      category: need.category,
      fieldCodes: need.fieldCodes,
      desiredTrl: need.desiredTrl,
      budgetMaxYen: need.budgetMaxYen,
      companySize: company?.size ?? null,
      companyRegionCodes: company?.regions ?? [],
      horizonMonths: HORIZON_MONTHS[need.timeline] ?? 12,
    };
  }
}

function toCandidate(programme: FundingProgramme, verdict: FundingVerdict, rank: number): FundingCandidate {
  return {
    programme,
    rank,
    score: verdict.score,
    eligible: verdict.eligible,
    fit: verdict.eligible ? (verdict.score >= 0.7 ? MatchFit.STRONG : MatchFit.POSSIBLE) : MatchFit.WEAK,
    summaryJa: verdict.summaryJa,
    summaryEn: verdict.summaryEn,
    checks: verdict.checks.map((c) => ({ ...c, criterion: c.criterion as FundingCriterionName })),
    window: verdict.window ? { ...verdict.window } : null,
    windowOpenNow: verdict.windowOpenNow,
  };
}
