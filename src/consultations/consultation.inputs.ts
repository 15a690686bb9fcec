import { IsOptional, MaxLength, Min, Max, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../common/connection';
import { messages } from '../common/validation';
import { ConsultationChannel, ConsultationStatus } from './consultation.enums';

@InputType({ description: 'A consultation taken in by a window / 相談の受付' })
export class OpenConsultationInput {
  @Field(() => ID, { description: 'The need the consultation is about' })
  needId: string;

  @Field(() => ConsultationChannel, { description: 'How the company reached the window' })
  channel: ConsultationChannel;

  @Field(() => ID, { nullable: true, description: 'The window (a coordinator); default: the caller’s own coordinator record' })
  windowId?: string | null;

  @Field(() => String, { nullable: true, description: 'What the company asked / 相談内容のメモ' })
  @MaxLength(4000, messages.maxLength(4000))
  note?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the next action is due; default 7 days from now' })
  dueAt?: Date | null;
}

@InputType({ description: 'Hand a consultation to the next step / 次の段階へ引き継ぐ' })
export class EscalateConsultationInput {
  @Field(() => ID, { description: 'The consultation' })
  id: string;

  @Field({ description: 'Why the current step cannot solve it / 引継ぎの理由' })
  @MaxLength(2000, messages.maxLength(2000))
  reason: string;

  @Field(() => Int, { description: 'The version you last read' })
  expectedVersion: number;

  @Field(() => Date, { nullable: true, description: 'When the next action is due; default 5 days (step 2) or 10 days (step 3) from now' })
  dueAt?: Date | null;
}

@InputType({ description: 'Resolve or close a consultation / 相談の解決・終了' })
export class FinishConsultationInput {
  @Field(() => ID, { description: 'The consultation' })
  id: string;

  @Field({ description: 'How it was resolved, or why it is closed / 対応結果・終了理由' })
  @MaxLength(2000, messages.maxLength(2000))
  reason: string;

  @Field(() => Int, { description: 'The version you last read' })
  expectedVersion: number;
}

@InputType({ description: 'Which consultations to list / 相談の絞り込み' })
export class ConsultationFilter {
  @Field({ nullable: true, description: 'Only those the caller holds (their coordinator record) / 自分の担当' })
  heldByMe?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only those this coordinator holds' })
  holderId?: string;

  @Field(() => Int, { nullable: true, description: 'Only those at this step (1–3)' })
  @Min(1, messages.intRange(1, 3))
  @Max(3, messages.intRange(1, 3))
  step?: number;

  @Field(() => [ConsultationStatus], { nullable: true, description: 'Only these states (default: all)' })
  status?: ConsultationStatus[];

  @Field({ nullable: true, description: 'Only open ones whose next action is overdue / 期限切れ' })
  overdue?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only those about this need' })
  needId?: string;
}

@ArgsType()
export class ConsultationsArgs extends PageArgs {
  @Field(() => ConsultationFilter, { nullable: true, description: 'Filter' })
  @IsOptional()
  @ValidateNested()
  filter?: ConsultationFilter;
}
