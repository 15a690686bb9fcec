import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DeclineReason, OutcomeType } from '../introductions/introduction.enums';
import { PlanRole } from '../plans/plan.enums';

@ObjectType({ description: 'Agreed parts of support plans of one role / 役割別の成約した構成要素' })
export class PlanRoleKpi {
  @Field(() => PlanRole, { description: 'Role' })
  role: PlanRole;
  @Field(() => Int, { description: 'Parts of this role agreed in the year' })
  count: number;
}

@ObjectType({ description: 'Support plans and how many kinds of actor answered the year’s needs / 支援プランと産学官金の組み合わせ' })
export class PlanKpi {
  @Field(() => Int, { description: 'Plans proposed in the year / 提案' })
  proposed: number;
  @Field(() => Int, { description: 'Plans whose every part agreed, reaching AGREED in the year / 成約' })
  agreed: number;
  @Field(() => Int, { description: 'Plans PARTLY_AGREED now whose first agreement fell in the year / 一部成約' })
  partlyAgreed: number;
  @Field(() => [PlanRoleKpi], { description: 'Plan parts agreed in the year, by role / 役割別の成約' })
  agreedPartsByRole: PlanRoleKpi[];
  @Field(() => Int, {
    description: 'Funding applications supported: introductions to a funding programme or agreed as GRANT_APPLICATION in the year / 資金申請の支援件数',
  })
  fundingApplicationsSupported: number;
  @Field(() => Int, { description: 'Needs with an introduction proposed in the year' })
  needsWithIntroductions: number;
  @Field(() => Int, {
    description:
      'Of those, needs whose introductions (not declined or withdrawn) reach more than one kind of actor: research, public lab, network, finance, support / 複数種の主体が関わったニーズ',
  })
  needsAnsweredByMultipleKinds: number;
  @Field(() => Float, { description: 'needsAnsweredByMultipleKinds ÷ needsWithIntroductions (0 when none) / 割合' })
  shareAnsweredByMultipleKinds: number;
}

@ObjectType({ description: 'Consultations at one step in the year / 段階別の相談件数' })
export class ConsultationStepKpi {
  @Field(() => Int, { description: 'Step 1–3' })
  step: number;
  @Field(() => Int, { description: 'Consultations that reached this step in the year (opened at step 1, escalated to 2 or 3) / 受付・引継ぎ件数' })
  opened: number;
  @Field(() => Int, { description: 'Consultations resolved at this step in the year / 解決件数' })
  resolved: number;
  @Field(() => Int, { description: 'Consultations closed without resolution at this step in the year / 終了件数' })
  closed: number;
}

@ObjectType('MatchKpi', { description: 'Introductions in the year / マッチング件数' })
export class IntroductionKpi {
  @Field(() => Int, { description: 'Proposed in the year / 提案' })
  proposed: number;
  @Field(() => Int, { description: 'Moved past PROPOSED (introduced or further) in the year / 紹介' })
  introduced: number;
  @Field(() => Int, { description: 'Agreed in the year / 成約' })
  agreed: number;
  @Field(() => Int, { description: 'Declined in the year / 辞退' })
  declined: number;
  @Field(() => Int, { description: 'Withdrawn in the year / 取り下げ' })
  withdrawn: number;
}

@ObjectType('MonthlyMatchKpi', { description: 'Introductions that reached each status in one month of the year (Asia/Tokyo) / 月別・状態別のマッチング件数' })
export class MonthlyIntroductionKpi {
  @Field({ description: 'Month as `YYYY-MM` (Asia/Tokyo), e.g. `2026-04`' })
  month: string;
  @Field(() => Int, { description: 'Proposed in the month / 提案' })
  proposed: number;
  @Field(() => Int, { description: 'Moved to INTRODUCED in the month / 紹介' })
  introduced: number;
  @Field(() => Int, { description: 'Moved to MEETING in the month / 面談' })
  meeting: number;
  @Field(() => Int, { description: 'Moved to NEGOTIATING in the month / 協議' })
  negotiating: number;
  @Field(() => Int, { description: 'Agreed in the month / 成約' })
  agreed: number;
  @Field(() => Int, { description: 'Declined in the month / 辞退' })
  declined: number;
  @Field(() => Int, { description: 'Withdrawn in the month / 取り下げ' })
  withdrawn: number;
}

@ObjectType({ description: 'Agreed introductions of one outcome type / 成約の種類別件数' })
export class OutcomeKpi {
  @Field(() => OutcomeType, { description: 'Outcome type' })
  outcomeType: OutcomeType;
  @Field(() => Int, { description: 'How many' })
  count: number;
  @Field(() => Number, { description: 'Sum of the recorded amounts in yen / 金額合計 (円)' })
  amountYen: number;
}

@ObjectType({ description: 'Declines for one reason / 辞退理由別件数' })
export class DeclineKpi {
  @Field(() => DeclineReason, { description: 'Reason' })
  declineReason: DeclineReason;
  @Field(() => Int, { description: 'How many' })
  count: number;
}

@ObjectType({ description: 'Needs of one field and those without a good candidate: gaps in the research supply / 分野別の空白' })
export class FieldGapKpi {
  @Field({ description: 'Field code' })
  fieldCode: string;
  @Field({ description: 'Field name in Japanese' })
  fieldNameJa: string;
  @Field({ description: 'Field name in English' })
  fieldNameEn: string;
  @Field(() => Int, { description: 'Needs of the field submitted in the year' })
  needs: number;
  @Field(() => Int, { description: 'Of those, needs whose best seed candidate scores below the threshold / 候補なし' })
  needsWithoutCandidate: number;
}

@ObjectType({ description: 'The year’s figures, counted from the records (never typed in) / 年度の実績 (KPI)' })
export class KpiReport {
  @Field(() => Int, { description: 'Fiscal year (April–March), e.g. 2025' })
  fiscalYear: number;
  @Field({ description: 'Label, e.g. `FY2025`' })
  label: string;
  @Field({ description: '和暦の年度, e.g. `令和7年度`' })
  labelJa: string;
  @Field({ description: 'First instant of the year (April 1 00:00 Asia/Tokyo)' })
  periodStart: Date;
  @Field({ description: 'First instant after the year (next April 1 00:00 Asia/Tokyo)' })
  periodEnd: Date;
  @Field(() => String, { nullable: true, description: 'Region filter: the company’s region or one inside it' })
  regionCode: string | null;
  @Field(() => ID, { nullable: true, description: 'Institution filter' })
  institutionId: string | null;
  @Field(() => [ConsultationStepKpi], { description: 'Consultations per step / 段階別の相談' })
  consultationsByStep: ConsultationStepKpi[];
  @Field(() => IntroductionKpi, { description: 'Introductions / マッチング' })
  matches: IntroductionKpi;
  @Field(() => [MonthlyIntroductionKpi], {
    description: 'The twelve months of the year, April first, with the introductions that reached each status in the month (for charts) / 月別のマッチング',
  })
  matchesByMonth: MonthlyIntroductionKpi[];
  @Field(() => [OutcomeKpi], { description: 'Agreed introductions by outcome type / 成約の種類別' })
  agreedByOutcome: OutcomeKpi[];
  @Field(() => [DeclineKpi], { description: 'Declines by reason / 辞退理由別' })
  declinedByReason: DeclineKpi[];
  @Field(() => Float, { nullable: true, description: 'Median days from proposal to agreement, for those agreed in the year / 提案から成約までの日数 (中央値)' })
  medianDaysToAgreement: number | null;
  @Field(() => Float, { description: 'Score below which a need’s best candidate counts as no candidate' })
  gapThreshold: number;
  @Field(() => [FieldGapKpi], { description: 'Needs without a candidate above the threshold, by field (gaps in the region’s research supply) / 分野別の空白' })
  gapsByField: FieldGapKpi[];
  @Field(() => PlanKpi, { description: 'Support plans, agreed parts by role, funding applications, needs answered by several kinds of actor / 支援プラン' })
  plans: PlanKpi;
}
