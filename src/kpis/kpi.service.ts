import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { InvalidInputError } from '../common/errors';
import { assertRegionCode } from '../common/references';
import { DECLINE_REASON_JA, DeclineReason, OUTCOME_TYPE_JA, OutcomeType } from '../introductions/introduction.enums';
import type { MatchingService } from '../matching/matching.service';
import { DEFAULT_MATCHING_PARAMETERS } from '../matching/scoring';
import { regionWithinSql, SqlParams } from '../common/sql-params';
import { fiscalYearLabel, fiscalYearRange, japaneseFiscalYearLabel, median } from './fiscal-year';
import { PlanRole } from '../plans/plan.enums';
import { KpiReport } from './kpi.types';

/** A need whose best seed candidate scores below this has "no candidate" (a gap). */
export const DEFAULT_GAP_THRESHOLD = DEFAULT_MATCHING_PARAMETERS.fit.possible;
/** Needs assessed for gaps at most (each costs one ranking). */
export const MAX_GAP_NEEDS = 200;

export interface KpiRequest {
  fiscalYear: number;
  regionCode?: string | null;
  institutionId?: string | null;
  gapThreshold?: number | null;
}

/**
 * The year's figures, counted from the records: consultation events, introductions and their
 * transitions, and a ranking per need for the gaps. Fiscal years run April–March, cut at
 * midnight Asia/Tokyo. Filters: `regionCode` (the need's company in that region or one inside
 * it) and `institutionId` (consultations whose window or holder belongs to it; introductions
 * it proposed through its coordinators or that target it, its seeds or its researchers).
 */
export class KpiService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
  ) {}

  async report(viewer: Viewer, request: KpiRequest): Promise<KpiReport> {
    const { fiscalYear } = request;
    if (!Number.isInteger(fiscalYear) || fiscalYear < 1989 || fiscalYear > 2200) {
      throw InvalidInputError.of('fiscalYear', '1989〜2200 の年度を指定してください', 'must be a fiscal year from 1989 to 2200', 'range');
    }
    const threshold = request.gapThreshold ?? DEFAULT_GAP_THRESHOLD;
    if (!(threshold >= 0 && threshold <= 1)) throw InvalidInputError.of('gapThreshold', '0〜1 で指定してください', 'must be from 0 to 1', 'range');
    const regionCode = request.regionCode ?? null;
    if (regionCode) await assertRegionCode(this.dataSource.manager, regionCode, 'regionCode');
    const institutionId = request.institutionId ?? null;
    const { start, end } = fiscalYearRange(fiscalYear);

    const p = new SqlParams();
    const from = p.add(start);
    const to = p.add(end);
    const needScope = (needColumn: string) =>
      regionCode
        ? `EXISTS (SELECT 1 FROM need rn JOIN company rc ON rc.id = rn.company_id WHERE rn.id = ${needColumn} AND ${regionWithinSql('rc.region_code', p.add(regionCode))})`
        : 'TRUE';
    const consultationScope = (alias: string) =>
      [
        needScope(`${alias}.need_id`),
        institutionId
          ? `EXISTS (SELECT 1 FROM coordinator k WHERE k.id IN (${alias}.window_id, ${alias}.holder_id) AND k.institution_id = ${p.add(institutionId)})`
          : 'TRUE',
      ].join(' AND ');
    const matchScope = (alias: string) => {
      if (!institutionId) return needScope(`${alias}.need_id`);
      const inst = p.add(institutionId);
      return `${needScope(`${alias}.need_id`)} AND (${alias}.institution_id = ${inst}
        OR EXISTS (SELECT 1 FROM seed s WHERE s.id = ${alias}.seed_id AND s.institution_id = ${inst})
        OR EXISTS (SELECT 1 FROM researcher r WHERE r.id = ${alias}.researcher_id AND r.institution_id = ${inst})
        OR EXISTS (SELECT 1 FROM coordinator k WHERE k.id = ${alias}.proposed_by_id AND k.institution_id = ${inst}))`;
    };

    const sql = `
      WITH steps AS (
        SELECT e.to_step AS step,
               count(*) FILTER (WHERE e.action IN ('OPENED', 'ESCALATED'))::int AS opened,
               count(*) FILTER (WHERE e.action = 'RESOLVED')::int AS resolved,
               count(*) FILTER (WHERE e.action = 'CLOSED')::int AS closed
        FROM consultation_event e JOIN consultation c ON c.id = e.consultation_id
        WHERE e.created_at >= ${from} AND e.created_at < ${to} AND ${consultationScope('c')}
        GROUP BY e.to_step),
      scoped AS (SELECT i.* FROM introduction i WHERE ${matchScope('i')})
      SELECT json_build_object(
        'steps', (SELECT coalesce(json_agg(steps), '[]') FROM steps),
        'proposed', (SELECT count(*) FROM scoped WHERE proposed_at >= ${from} AND proposed_at < ${to}),
        'introduced', (SELECT count(DISTINCT ev.match_id) FROM introduction_event ev JOIN scoped ON scoped.id = ev.match_id
                       WHERE ev.from_status = 'PROPOSED' AND ev.to_status NOT IN ('DECLINED', 'WITHDRAWN') AND ev.occurred_at >= ${from} AND ev.occurred_at < ${to}),
        'agreed', (SELECT coalesce(json_agg(json_build_object('outcomeType', outcome_type, 'amountYen', amount_yen, 'days', extract(epoch FROM agreed_at - proposed_at) / 86400)), '[]')
                   FROM scoped WHERE status = 'AGREED' AND agreed_at >= ${from} AND agreed_at < ${to}),
        'declined', (SELECT coalesce(json_agg(decline_reason), '[]') FROM scoped WHERE status = 'DECLINED' AND closed_at >= ${from} AND closed_at < ${to}),
        'withdrawn', (SELECT count(*) FROM scoped WHERE status = 'WITHDRAWN' AND closed_at >= ${from} AND closed_at < ${to}),
        'monthly', (SELECT coalesce(json_agg(m), '[]') FROM (
          SELECT to_char(proposed_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') AS month, 'PROPOSED' AS status, count(*)::int AS count
            FROM scoped WHERE proposed_at >= ${from} AND proposed_at < ${to} GROUP BY 1
          UNION ALL
          SELECT to_char(ev.occurred_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM'), ev.to_status::text, count(*)::int
            FROM introduction_event ev JOIN scoped ON scoped.id = ev.match_id
            WHERE ev.to_status <> 'PROPOSED' AND ev.occurred_at >= ${from} AND ev.occurred_at < ${to} GROUP BY 1, 2) m)
      ) AS figures`;
    const [{ figures }] = (await this.dataSource.query(sql, p.values)) as Array<{ figures: Figures }>;

    const agreedByOutcome = Object.values(OutcomeType)
      .map((outcomeType) => {
        const rows = figures.agreed.filter((a) => a.outcomeType === outcomeType);
        return { outcomeType, count: rows.length, amountYen: rows.reduce((sum, a) => sum + Number(a.amountYen ?? 0), 0) };
      })
      .filter((o) => o.count > 0);
    const declinedByReason = Object.values(DeclineReason)
      .map((declineReason) => ({ declineReason, count: figures.declined.filter((d) => d === declineReason).length }))
      .filter((d) => d.count > 0);
    const days = median(figures.agreed.map((a) => Number(a.days)));
    return {
      fiscalYear,
      label: fiscalYearLabel(fiscalYear),
      labelJa: japaneseFiscalYearLabel(fiscalYear),
      periodStart: start,
      periodEnd: end,
      regionCode,
      institutionId: request.institutionId ?? null,
      consultationsByStep: [1, 2, 3].map((step) => {
        const row = figures.steps.find((s) => s.step === step);
        return { step, opened: row?.opened ?? 0, resolved: row?.resolved ?? 0, closed: row?.closed ?? 0 };
      }),
      matches: {
        proposed: Number(figures.proposed),
        introduced: Number(figures.introduced),
        agreed: figures.agreed.length,
        declined: figures.declined.length,
        withdrawn: Number(figures.withdrawn),
      },
      matchesByMonth: monthsOf(fiscalYear).map((month) => {
        const count = (status: string) => figures.monthly.find((m) => m.month === month && m.status === status)?.count ?? 0;
        return {
          month,
          proposed: count('PROPOSED'),
          introduced: count('INTRODUCED'),
          meeting: count('MEETING'),
          negotiating: count('NEGOTIATING'),
          agreed: count('AGREED'),
          declined: count('DECLINED'),
          withdrawn: count('WITHDRAWN'),
        };
      }),
      agreedByOutcome,
      declinedByReason,
      medianDaysToAgreement: days === null ? null : Math.round(days * 10) / 10,
      gapThreshold: threshold,
      gapsByField: await this.gaps(start, end, regionCode, threshold),
      plans: await this.plans(start, end, regionCode),
    };
  }

  /** The same tables as CSV for reports: UTF-8 with a BOM (so Excel reads the Japanese), Japanese headers. */
  async csv(viewer: Viewer, request: KpiRequest): Promise<string> {
    const r = await this.report(viewer, request);
    const year = `${r.labelJa} (${r.label})`;
    const rows: Array<[string, string, string, number | string, number | string]> = [];
    for (const s of r.consultationsByStep) {
      rows.push([year, '相談 (段階別)', `段階${s.step} 受付・引継ぎ`, s.opened, '']);
      rows.push([year, '相談 (段階別)', `段階${s.step} 解決`, s.resolved, '']);
      rows.push([year, '相談 (段階別)', `段階${s.step} 終了`, s.closed, '']);
    }
    const m = r.matches;
    for (const [label, value] of [
      ['提案', m.proposed],
      ['紹介', m.introduced],
      ['成約', m.agreed],
      ['辞退', m.declined],
      ['取り下げ', m.withdrawn],
    ] as const)
      rows.push([year, 'マッチング', label, value, '']);
    for (const o of r.agreedByOutcome) rows.push([year, '成約 (種類別)', OUTCOME_TYPE_JA[o.outcomeType], o.count, o.amountYen]);
    for (const d of r.declinedByReason) rows.push([year, '辞退 (理由別)', DECLINE_REASON_JA[d.declineReason], d.count, '']);
    rows.push([year, '成約までの日数', '中央値 (日)', r.medianDaysToAgreement ?? '', '']);
    const pl = r.plans;
    for (const [label, value] of [
      ['提案', pl.proposed],
      ['成約', pl.agreed],
      ['一部成約', pl.partlyAgreed],
      ['資金申請の支援', pl.fundingApplicationsSupported],
      ['複数種の主体が関わったニーズ', pl.needsAnsweredByMultipleKinds],
      ['紹介のあったニーズ', pl.needsWithIntroductions],
    ] as const)
      rows.push([year, '支援プラン', label, value, '']);
    for (const p of pl.agreedPartsByRole) rows.push([year, '支援プラン (役割別の成約)', PLAN_ROLE_JA[p.role], p.count, '']);
    for (const g of r.gapsByField) {
      rows.push([year, `候補なしのニーズ (分野別, スコア${r.gapThreshold}未満)`, `${g.fieldNameJa} (${g.fieldCode})`, g.needsWithoutCandidate, '']);
      rows.push([year, 'ニーズ (分野別)', `${g.fieldNameJa} (${g.fieldCode})`, g.needs, '']);
    }
    return `\uFEFF${stringify(rows, { header: true, columns: ['年度', '表', '項目', '件数', '金額(円)'], record_delimiter: 'windows' })}`;
  }

  /**
   * Support plans of the year and the 産学官金 mix: each introduction's actor kind is research
   * (seed, researcher, university, KOSEN, research institute), public lab (public lab,
   * government), network (consortium), finance (funding programme, financial institution) or
   * support (support organisation, industry association, NPO).
   */
  private async plans(start: Date, end: Date, regionCode: string | null): Promise<KpiReport['plans']> {
    const p = new SqlParams();
    const from = p.add(start);
    const to = p.add(end);
    const scope = (column: string) =>
      regionCode
        ? `EXISTS (SELECT 1 FROM need rn JOIN company rc ON rc.id = rn.company_id WHERE rn.id = ${column} AND ${regionWithinSql('rc.region_code', p.add(regionCode))})`
        : 'TRUE';
    const [{ figures }] = (await this.dataSource.query(
      `WITH kinds AS (
         SELECT i.need_id, CASE
           WHEN i.target_kind IN ('SEED', 'RESEARCHER') THEN 'RESEARCH'
           WHEN i.target_kind = 'CONSORTIUM' THEN 'NETWORK'
           WHEN i.target_kind = 'FUNDING' THEN 'FINANCE'
           WHEN inst.kind IN ('UNIVERSITY', 'KOSEN', 'RESEARCH_INSTITUTE') THEN 'RESEARCH'
           WHEN inst.kind IN ('PUBLIC_LAB', 'GOVERNMENT') THEN 'PUBLIC_LAB'
           WHEN inst.kind = 'FINANCIAL_INSTITUTION' THEN 'FINANCE'
           ELSE 'SUPPORT' END AS kind, i.status
         FROM introduction i LEFT JOIN institution inst ON inst.id = i.institution_id
         WHERE i.proposed_at >= ${from} AND i.proposed_at < ${to} AND ${scope('i.need_id')}),
       per_need AS (SELECT need_id, count(DISTINCT kind) FILTER (WHERE status NOT IN ('DECLINED', 'WITHDRAWN')) AS kinds FROM kinds GROUP BY need_id)
       SELECT json_build_object(
         'proposed', (SELECT count(*) FROM support_plan sp WHERE sp.proposed_at >= ${from} AND sp.proposed_at < ${to} AND ${scope('sp.need_id')}),
         'agreed', (SELECT count(*) FROM support_plan sp WHERE sp.status = 'AGREED' AND sp.agreed_at >= ${from} AND sp.agreed_at < ${to} AND ${scope('sp.need_id')}),
         'partlyAgreed', (SELECT count(*) FROM support_plan sp WHERE sp.status = 'PARTLY_AGREED' AND sp.agreed_at >= ${from} AND sp.agreed_at < ${to} AND ${scope('sp.need_id')}),
         'byRole', (SELECT coalesce(json_agg(r), '[]') FROM (SELECT part.role, count(*)::int AS count FROM support_plan_part part JOIN introduction i ON i.id = part.introduction_id
                     WHERE i.status = 'AGREED' AND i.agreed_at >= ${from} AND i.agreed_at < ${to} AND ${scope('i.need_id')} GROUP BY part.role ORDER BY part.role) r),
         'funding', (SELECT count(*) FROM introduction i WHERE ${scope('i.need_id')} AND (
                      (i.target_kind = 'FUNDING' AND i.status NOT IN ('DECLINED', 'WITHDRAWN') AND i.proposed_at >= ${from} AND i.proposed_at < ${to})
                      OR (i.target_kind <> 'FUNDING' AND i.status = 'AGREED' AND i.outcome_type = 'GRANT_APPLICATION' AND i.agreed_at >= ${from} AND i.agreed_at < ${to}))),
         'needs', (SELECT count(*) FROM per_need),
         'multi', (SELECT count(*) FROM per_need WHERE kinds > 1)) AS figures`,
      p.values,
    )) as Array<{
      figures: {
        proposed: number;
        agreed: number;
        partlyAgreed: number;
        byRole: Array<{ role: PlanRole; count: number }>;
        funding: number;
        needs: number;
        multi: number;
      };
    }>;
    const needs = Number(figures.needs);
    const multi = Number(figures.multi);
    return {
      proposed: Number(figures.proposed),
      agreed: Number(figures.agreed),
      partlyAgreed: Number(figures.partlyAgreed),
      agreedPartsByRole: figures.byRole,
      fundingApplicationsSupported: Number(figures.funding),
      needsWithIntroductions: needs,
      needsAnsweredByMultipleKinds: multi,
      shareAnsweredByMultipleKinds: needs === 0 ? 0 : Math.round((multi / needs) * 1000) / 1000,
    };
  }

  /** Needs submitted in the year (in the region), by field, and those whose best seed scores below the threshold. */
  private async gaps(start: Date, end: Date, regionCode: string | null, threshold: number): Promise<KpiReport['gapsByField']> {
    const p = new SqlParams();
    const conditions = [`n.status <> 'ARCHIVED'`, `n.created_at >= ${p.add(start)}`, `n.created_at < ${p.add(end)}`];
    if (regionCode) conditions.push(regionWithinSql('co.region_code', p.add(regionCode)));
    const needs = (await this.dataSource.query(
      `SELECT n.id, n.field_codes FROM need n JOIN company co ON co.id = n.company_id WHERE ${conditions.join(' AND ')} ORDER BY n.created_at, n.id LIMIT ${MAX_GAP_NEEDS}`,
      p.values,
    )) as Array<{ id: string; field_codes: string[] }>;
    if (needs.length === 0) return [];
    const byField = new Map<string, { needs: number; gaps: number }>();
    for (const need of needs) {
      const { ranked } = await this.matching.ranking.rankSeeds(need.id, { diversity: { mode: 'none' } });
      const gap = (ranked[0]?.score ?? 0) < threshold;
      for (const code of need.field_codes) {
        const entry = byField.get(code) ?? { needs: 0, gaps: 0 };
        entry.needs += 1;
        if (gap) entry.gaps += 1;
        byField.set(code, entry);
      }
    }
    const names = (await this.dataSource.query(`SELECT code, name_ja, name_en FROM research_field WHERE code = ANY($1::text[])`, [
      [...byField.keys()],
    ])) as Array<{ code: string; name_ja: string; name_en: string }>;
    const nameOf = new Map(names.map((n) => [n.code, n]));
    return [...byField.entries()]
      .map(([fieldCode, e]) => ({
        fieldCode,
        fieldNameJa: nameOf.get(fieldCode)?.name_ja ?? fieldCode,
        fieldNameEn: nameOf.get(fieldCode)?.name_en ?? fieldCode,
        needs: e.needs,
        needsWithoutCandidate: e.gaps,
      }))
      .sort((a, b) => b.needsWithoutCandidate - a.needsWithoutCandidate || b.needs - a.needs || (a.fieldCode < b.fieldCode ? -1 : 1));
  }
}

const PLAN_ROLE_JA: Record<PlanRole, string> = { RESEARCH: '研究', TESTING: '試験・設備', NETWORK: 'ネットワーク', FUNDING: '資金', MANAGEMENT: '経営支援' };

interface Figures {
  steps: Array<{ step: number; opened: number; resolved: number; closed: number }>;
  proposed: number;
  introduced: number;
  agreed: Array<{ outcomeType: OutcomeType; amountYen: number | null; days: number }>;
  declined: DeclineReason[];
  withdrawn: number;
  monthly: Array<{ month: string; status: string; count: number }>;
}

/** `YYYY-MM` of the fiscal year's twelve months, April first. */
function monthsOf(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((i + 3) % 12) + 1;
    return `${month <= 3 ? fiscalYear + 1 : fiscalYear}-${String(month).padStart(2, '0')}`;
  });
}
