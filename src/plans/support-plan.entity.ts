import { Field, Float, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BaseRecord, Node } from '../common/base-record';
import { Introduction } from '../introductions/introduction.entity';
import { Need } from '../needs/need.entity';
import { Coordinator } from '../people/coordinator.entity';
import { PlanEventAction, PlanRole, PlanStatus } from './plan.enums';

/**
 * A support plan (支援プラン): several introductions for one need, chosen to complement each
 * other (research, testing, network, funding, management). Each part is an Introduction with its
 * own life; the plan's status follows them (plan-assembly.ts `planStatusOf`). Score and
 * explanation are the snapshot of the last change.
 */
@ObjectType({ implements: Node, description: 'A support plan: complementary introductions for one need / 支援プラン (産学官金の組み合わせ)' })
@Entity()
@Check('chk_support_plan_status', `"status" IN ('ACTIVE', 'PARTLY_AGREED', 'AGREED', 'CLOSED')`)
export class SupportPlan extends BaseRecord {
  @Index('idx_support_plan_need_id')
  @Column({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_support_plan_need' })
  need?: Need;

  @Field(() => PlanStatus, { description: 'Follows the parts: ACTIVE, PARTLY_AGREED, AGREED or CLOSED / 状態' })
  @Index('idx_support_plan_status')
  @Column({ type: 'text', default: PlanStatus.ACTIVE })
  status: PlanStatus;

  @Field(() => Float, { description: 'Plan score 0–1 at the last change (snapshot) / プランスコア' })
  @Column({ type: 'double precision' })
  score: number;

  @Field({ description: 'Why these parts together, in Japanese (snapshot) / プランの説明' })
  @Column({ type: 'text' })
  explanationJa: string;

  @Field({ description: 'Why these parts together, in English (snapshot)' })
  @Column({ type: 'text' })
  explanationEn: string;

  @Field(() => String, { nullable: true, description: 'The proposer’s note / 提案メモ' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Index('idx_support_plan_proposed_by_id')
  @Column({ type: 'uuid', nullable: true })
  proposedById: string | null;

  @ManyToOne(() => Coordinator, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'proposed_by_id', foreignKeyConstraintName: 'fk_support_plan_proposed_by' })
  proposedBy?: Coordinator | null;

  @Column({ type: 'uuid', nullable: true })
  proposedByAccountId: string | null;

  @Field({ description: 'When it was proposed / 提案日時' })
  @Index('idx_support_plan_proposed_at')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  proposedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it became AGREED or PARTLY_AGREED first / 成約日' })
  @Index('idx_support_plan_agreed_at')
  @Column({ type: 'timestamptz', nullable: true })
  agreedAt: Date | null;
}

/** One part of a plan: a role and the introduction that fills it. A dropped or replaced part keeps its row. */
@ObjectType({ description: 'A part of a support plan: a role and its introduction / 支援プランの構成要素' })
@Entity()
@Check('chk_support_plan_part_role', `"role" IN ('RESEARCH', 'TESTING', 'NETWORK', 'FUNDING', 'MANAGEMENT')`)
@Index('uq_support_plan_part_live_role', ['planId', 'role'], { unique: true, where: `"removed_at" IS NULL` })
export class SupportPlanPart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('idx_support_plan_part_plan')
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => SupportPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_support_plan_part_plan' })
  plan?: SupportPlan;

  @Field(() => PlanRole, { description: 'Its role in the plan / 役割' })
  @Column({ type: 'text' })
  role: PlanRole;

  @Index('idx_support_plan_part_introduction')
  @Column({ type: 'uuid' })
  introductionId: string;

  @ManyToOne(() => Introduction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'introduction_id', foreignKeyConstraintName: 'fk_support_plan_part_introduction' })
  introduction?: Introduction;

  @Field(() => Float, { nullable: true, description: 'The part’s score when placed (after any capacity mark-down) / 要素のスコア' })
  @Column({ type: 'double precision', nullable: true })
  partScore: number | null;

  @Field({ description: 'Why this part, in Japanese / 理由' })
  @Column({ type: 'text' })
  reasonJa: string;

  @Field({ description: 'Why this part, in English' })
  @Column({ type: 'text' })
  reasonEn: string;

  @Field({ description: 'When it was added / 追加日時' })
  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was dropped or replaced; null while it is part of the plan / 削除日時' })
  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  replacedById: string | null;
}

/** One change of a plan: who, when, what, why. Never changed once written. */
@ObjectType({ description: 'One change of a support plan / 支援プランの履歴' })
@Entity()
@Index('idx_support_plan_event_plan_occurred', ['planId', 'occurredAt'])
export class SupportPlanEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => SupportPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_support_plan_event_plan' })
  plan?: SupportPlan;

  @Field(() => PlanEventAction, { description: 'What happened' })
  @Column({ type: 'text' })
  action: PlanEventAction;

  @Field(() => PlanRole, { nullable: true, description: 'The role concerned, for part changes' })
  @Column({ type: 'text', nullable: true })
  role: PlanRole | null;

  @Column({ type: 'uuid', nullable: true })
  partId: string | null;

  @Field(() => PlanStatus, { nullable: true, description: 'The plan’s status after the change' })
  @Column({ type: 'text', nullable: true })
  status: PlanStatus | null;

  @Column({ type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Field({ description: 'Role of the account that acted (ADMIN, COORDINATOR, RESEARCHER); SYSTEM when a part’s introduction moved the status' })
  @Column({ type: 'text' })
  actorRole: string;

  @Field(() => String, { nullable: true, description: 'Why / 理由・メモ' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field({ description: 'When it happened / 日時' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
