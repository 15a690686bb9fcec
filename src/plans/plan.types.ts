import { ArrayMaxSize, ArrayMinSize, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../common/connection';
import { messages } from '../common/validation';
import { IntroductionTargetKind } from '../introductions/introduction.enums';
import { PlanRole, PlanStatus } from './plan.enums';
import { SupportPlan } from './support-plan.entity';

@ObjectType({ description: 'A part of a proposed support plan: a role, its target and why / 支援プラン候補の構成要素' })
export class PlanPartCandidate {
  @Field(() => PlanRole, { description: 'Its role in the plan' })
  role: PlanRole;

  @Field(() => IntroductionTargetKind, { description: 'What the target is (seed, institution, consortium, funding programme …)' })
  targetKind: IntroductionTargetKind;

  @Field(() => ID, { description: 'Global ID of the target: pass it to `proposePlan`' })
  targetId: string;

  @Field({ description: 'The target’s name in Japanese' })
  labelJa: string;

  @Field({ description: 'The target’s name in English (Japanese when it has none)' })
  labelEn: string;

  @Field(() => Float, {
    description:
      'The part’s score 0–1 on the plan scale, comparable across kinds of part (0.4 a possible fit, 0.7 a strong one, whatever the source), marked down when over capacity',
  })
  score: number;

  @Field({ description: 'True when the target takes no more work now (ranked down; the reason says why) / 受入れ上限' })
  overCapacity: boolean;

  @Field({ description: 'Why this part, in Japanese / 理由' })
  reasonJa: string;

  @Field({ description: 'Why this part, in English' })
  reasonEn: string;

  /** Database id of the target, for the field resolvers. */
  dbId: string;
}

@ObjectType({ description: 'A ranked support plan for a need: complementary parts and why they fit / 支援プラン候補' })
export class PlanCandidate {
  @Field(() => Int, { description: '1-based rank' })
  rank: number;

  @Field(() => Float, {
    description:
      'Plan score 0–1: the parts’ scores weighted by what the need asks for (a missing part counts 0), moved up or down by how the parts fit each other, never clipped',
  })
  score: number;

  @Field(() => [PlanPartCandidate], { description: 'The parts, in the order the need’s category asks for them' })
  parts: PlanPartCandidate[];

  @Field(() => [PlanRole], { description: 'Roles the category asks for that no fitting candidate fills / 欠けている役割' })
  missingRoles: PlanRole[];

  @Field({ description: 'Why these parts together, in Japanese / プランの説明' })
  explanationJa: string;

  @Field({ description: 'Why these parts together, in English' })
  explanationEn: string;
}

@ObjectType({ description: 'A candidate left out of every plan, and why (a declared conflict of interest) / 除外した候補' })
export class PlanExclusion {
  @Field(() => PlanRole, { description: 'The role it would have filled' })
  role: PlanRole;

  @Field(() => ID, { description: 'Global ID of the target' })
  targetId: string;

  @Field({ description: 'The target’s name in Japanese' })
  labelJa: string;

  @Field({ description: 'Why it is left out, in Japanese / 除外理由' })
  reasonJa: string;

  @Field({ description: 'Why it is left out, in English' })
  reasonEn: string;
}

@ObjectType({ description: 'Support plans proposed for a need, best first, and what was left out / 支援プランの候補' })
export class PlanCandidates {
  @Field(() => [PlanCandidate], { description: 'Plans, best first' })
  plans: PlanCandidate[];

  @Field(() => [PlanExclusion], { description: 'Candidates never placed in a plan, with the reason' })
  excluded: PlanExclusion[];
}

@InputType({ description: 'One part of a support plan: its role and exactly one target / 支援プランの構成要素' })
export class PlanPartInput {
  @Field(() => PlanRole, { description: 'The role it plays' })
  role: PlanRole;

  @Field(() => ID, { nullable: true, description: 'A seed (research)' })
  seedId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A researcher (research)' })
  researcherId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An institution (testing, management, or a bank for funding)' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A consortium (network)' })
  consortiumId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A funding programme (funding)' })
  fundingProgrammeId?: string | null;
}

@InputType({ description: 'Propose a support plan: the need and its parts; each part becomes an introduction / 支援プランを提案する' })
export class ProposePlanInput {
  @Field(() => ID, { description: 'The need' })
  needId: string;

  @Field(() => [PlanPartInput], { description: 'The parts, one per role (1–5)' })
  @ArrayMinSize(1, messages.required())
  @ArrayMaxSize(5, messages.listMax(5))
  @ValidateNested({ each: true })
  parts: PlanPartInput[];

  @Field(() => String, { nullable: true, description: 'Why this plan / 提案メモ' })
  @MaxLength(2000, messages.maxLength(2000))
  note?: string | null;
}

@InputType({ description: 'Add a part to a plan in a role it does not fill yet / 構成要素を追加する' })
export class AddPlanPartInput {
  @Field(() => ID, { description: 'The plan' })
  planId: string;

  @Field(() => Int, { description: 'The plan’s version as read' })
  expectedVersion: number;

  @Field(() => PlanPartInput, { description: 'The new part' })
  @ValidateNested()
  part: PlanPartInput;

  @Field(() => String, { nullable: true, description: 'Why / 理由' })
  @MaxLength(2000, messages.maxLength(2000))
  reason?: string | null;
}

@InputType({ description: 'Replace a plan’s part in one role by another target (the old introduction is withdrawn, its row kept) / 構成要素を差し替える' })
export class ReplacePlanPartInput {
  @Field(() => ID, { description: 'The plan' })
  planId: string;

  @Field(() => Int, { description: 'The plan’s version as read' })
  expectedVersion: number;

  @Field(() => PlanPartInput, { description: 'The new part (its role names the part replaced)' })
  @ValidateNested()
  part: PlanPartInput;

  @Field(() => String, { nullable: true, description: 'Why / 理由' })
  @MaxLength(2000, messages.maxLength(2000))
  reason?: string | null;
}

@InputType({ description: 'Drop a plan’s part (its open introduction is withdrawn, its row kept) / 構成要素を外す' })
export class DropPlanPartInput {
  @Field(() => ID, { description: 'The plan' })
  planId: string;

  @Field(() => Int, { description: 'The plan’s version as read' })
  expectedVersion: number;

  @Field(() => PlanRole, { description: 'The role of the part dropped' })
  role: PlanRole;

  @Field(() => String, { nullable: true, description: 'Why / 理由' })
  @MaxLength(2000, messages.maxLength(2000))
  reason?: string | null;
}

@InputType({ description: 'Filter support plans / 支援プランの絞り込み' })
export class SupportPlanFilter {
  @Field(() => ID, { nullable: true, description: 'Only this need’s plans' })
  needId?: string | null;

  @Field(() => [PlanStatus], { nullable: true, description: 'Only plans in these statuses' })
  status?: PlanStatus[] | null;
}

@ArgsType()
export class SupportPlansArgs extends PageArgs {
  @Field(() => SupportPlanFilter, { nullable: true, description: 'Filter' })
  filter?: SupportPlanFilter | null;
}

@ObjectType({ description: 'A page of support plans, newest first' })
export class SupportPlanConnection extends Connection(SupportPlan, 'SupportPlan') {}
