import { IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../common/connection';
import { messages } from '../common/validation';
import { DeclineReason, IntroductionStatus, IntroductionTargetKind, OutcomeType } from './introduction.enums';

@InputType('ProposeMatchInput', {
  description: 'Propose an introduction: the need and exactly one of seed, researcher, institution, consortium, funding programme / マッチングを提案する',
})
export class ProposeIntroductionInput {
  @Field(() => ID, { description: 'The need' })
  needId: string;

  @Field(() => ID, { nullable: true, description: 'Introduce to this seed' })
  seedId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Introduce to this researcher' })
  researcherId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Introduce to this institution' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Introduce to this consortium' })
  consortiumId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Introduce to this funding programme (its provider, for an application) / 資金制度' })
  fundingProgrammeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why this introduction / 提案メモ' })
  @MaxLength(2000, messages.maxLength(2000))
  note?: string | null;
}

@InputType('TransitionMatchInput', { description: 'Move an introduction one step (or decline / withdraw it) / マッチングの状態を進める' })
/** The outcome fields (reason, declineReason, outcomeType, amountYen, startDate) repeat in RecordPastOutcomeInput: type-graphql inputs do not inherit fields from an undecorated base. */
export class TransitionIntroductionInput {
  @Field(() => String, { nullable: true, description: 'Why / a note: free text (required with declineReason OTHER) / 理由・メモ' })
  @MaxLength(2000, messages.maxLength(2000))
  reason?: string | null;

  @Field(() => DeclineReason, { nullable: true, description: 'Required when declining / 辞退理由 (必須)' })
  declineReason?: DeclineReason | null;

  @Field(() => OutcomeType, { nullable: true, description: 'Required when agreeing / 成約の種類 (必須)' })
  outcomeType?: OutcomeType | null;

  @Field(() => Number, { nullable: true, description: 'Amount in yen, when agreeing / 金額 (円)' })
  @Min(0, messages.nonNegative())
  amountYen?: number | null;

  @Field(() => String, { nullable: true, description: 'Start date of the agreed collaboration, YYYY-MM-DD / 開始日' })
  startDate?: string | null;

  @Field(() => ID, { description: 'The introduction' })
  id: string;

  @Field(() => Int, { description: 'The version you last read' })
  expectedVersion: number;

  @Field(() => IntroductionStatus, { description: 'The next state: the next step, DECLINED or WITHDRAWN' })
  to: IntroductionStatus;
}

@InputType('AnswerMatchInput', { description: 'A researcher’s answer to a proposal made to them: accept (→ INTRODUCED) or decline / 研究者の回答' })
export class AnswerIntroductionInput {
  @Field(() => ID, { description: 'The introduction' })
  id: string;

  @Field(() => Int, { description: 'The version you last read' })
  expectedVersion: number;

  @Field({ description: 'True: accept to be introduced; false: decline (declineReason required)' })
  accept: boolean;

  @Field(() => DeclineReason, { nullable: true, description: 'Required when declining' })
  declineReason?: DeclineReason | null;

  @Field(() => String, { nullable: true, description: 'A note / メモ' })
  @MaxLength(2000, messages.maxLength(2000))
  reason?: string | null;
}

@InputType({ description: 'An administrator records an outcome that happened earlier, skipping the steps in between / 過去の結果の記録' })
export class RecordPastOutcomeInput {
  @Field(() => String, { nullable: true, description: 'Why / a note: free text (required with declineReason OTHER) / 理由・メモ' })
  @MaxLength(2000, messages.maxLength(2000))
  reason?: string | null;

  @Field(() => DeclineReason, { nullable: true, description: 'Required when declining / 辞退理由 (必須)' })
  declineReason?: DeclineReason | null;

  @Field(() => OutcomeType, { nullable: true, description: 'Required when agreeing / 成約の種類 (必須)' })
  outcomeType?: OutcomeType | null;

  @Field(() => Number, { nullable: true, description: 'Amount in yen, when agreeing / 金額 (円)' })
  @Min(0, messages.nonNegative())
  amountYen?: number | null;

  @Field(() => String, { nullable: true, description: 'Start date of the agreed collaboration, YYYY-MM-DD / 開始日' })
  startDate?: string | null;

  @Field(() => ID, { description: 'The introduction' })
  id: string;

  @Field(() => Int, { description: 'The version you last read' })
  expectedVersion: number;

  @Field(() => IntroductionStatus, { description: 'The state it reached (any later state)' })
  to: IntroductionStatus;

  @Field({ description: 'When it happened (not in the future, not before the proposal) / 発生日時' })
  occurredAt: Date;
}

@InputType('MatchListFilter', { description: 'Which introductions to list / マッチングの絞り込み' })
export class IntroductionListFilter {
  @Field(() => ID, { nullable: true, description: 'Only those of this need' })
  needId?: string;

  @Field(() => ID, { nullable: true, description: 'Only those to this seed' })
  seedId?: string;

  @Field(() => ID, { nullable: true, description: 'Only those to this researcher' })
  researcherId?: string;

  @Field(() => IntroductionTargetKind, { nullable: true, description: 'Only those to this kind of target' })
  targetKind?: IntroductionTargetKind;

  @Field(() => [IntroductionStatus], { nullable: true, description: 'Only these states' })
  status?: IntroductionStatus[];

  @Field({ nullable: true, description: 'Only those the caller proposed' })
  proposedByMe?: boolean;
}

@ArgsType()
export class IntroductionsArgs extends PageArgs {
  @Field(() => IntroductionListFilter, { nullable: true, description: 'Filter' })
  @IsOptional()
  @ValidateNested()
  filter?: IntroductionListFilter;
}
