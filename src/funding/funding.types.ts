import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../common/connection';
import { CandidateVerdict } from '../matching/matching.types';
import { ApplicationWindow, FundingProgramme } from './funding-programme.entity';
import { FundingKind } from './funding.enums';

export enum FundingCriterionName {
  SIZE = 'SIZE',
  REGION = 'REGION',
  WINDOW = 'WINDOW',
  FIELD = 'FIELD',
  TRL = 'TRL',
  PURPOSE = 'PURPOSE',
  AMOUNT = 'AMOUNT',
}
registerEnumType(FundingCriterionName, {
  name: 'FundingCriterion',
  description: 'A condition of a funding programme checked against a need / 資金制度の要件',
  valuesConfig: {
    SIZE: { description: '企業規模 company size (decides eligibility)' },
    REGION: { description: '地域 the company’s region (decides eligibility)' },
    WINDOW: { description: '公募期間 an application window open now or within the need’s timeline (decides eligibility)' },
    FIELD: { description: '分野 supported fields (fit)' },
    TRL: { description: '技術成熟度 TRL range of the funded work (fit)' },
    PURPOSE: { description: '使途 what it pays for versus what the need needs (fit)' },
    AMOUNT: { description: '金額 amount and co-funding rate versus the budget (fit)' },
  },
});

@ObjectType({ description: 'One condition checked, met or not, and why / 要件の確認結果' })
export class FundingCheck {
  @Field(() => FundingCriterionName, { description: 'Which condition' })
  criterion: FundingCriterionName;

  @Field({ description: 'Met; SIZE, REGION or WINDOW unmet makes the programme ineligible' })
  ok: boolean;

  @Field({ description: 'Why, in Japanese / 理由' })
  ja: string;

  @Field({ description: 'Why, in English' })
  en: string;
}

@ObjectType({ description: 'A funding programme ranked for a need, eligible or not and why / 資金制度の候補', implements: CandidateVerdict })
export class FundingCandidate extends CandidateVerdict {
  @Field(() => FundingProgramme, { description: 'The programme' })
  programme: FundingProgramme;

  @Field(() => Int, { description: '1-based rank: eligible programmes first, by fit' })
  rank: number;

  @Field(() => Float, { description: 'Score 0–1: eligible programmes 0.4–1 by fit, ineligible ones below 0.2' })
  score: number;

  @Field({ description: 'Whether the company may apply (size, region and an application window) / 申請可否' })
  eligible: boolean;

  @Field(() => [FundingCheck], { description: 'Every condition with its reason / 要件ごとの確認' })
  checks: FundingCheck[];

  @Field(() => ApplicationWindow, { nullable: true, description: 'The window that counts: open now, or the next one within the need’s timeline' })
  window: ApplicationWindow | null;

  @Field({ description: 'Applications are accepted today / 公募中' })
  windowOpenNow: boolean;
}

@InputType({ description: 'Filter funding programmes / 資金制度の絞り込み' })
export class FundingProgrammeFilter {
  @Field(() => ID, { nullable: true, description: 'Only this provider’s programmes' })
  providerId?: string | null;

  @Field(() => FundingKind, { nullable: true, description: 'Only this kind' })
  kind?: FundingKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Include archived programmes (default false)' })
  includeArchived?: boolean | null;
}

@ArgsType()
export class FundingProgrammesArgs extends PageArgs {
  @Field(() => FundingProgrammeFilter, { nullable: true, description: 'Filter' })
  filter?: FundingProgrammeFilter | null;
}

@ObjectType({ description: 'A page of funding programmes' })
export class FundingProgrammeConnection extends Connection(FundingProgramme, 'FundingProgramme') {}
