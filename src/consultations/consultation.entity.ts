import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BaseRecord, Node } from '../common/base-record';
import { Need } from '../needs/need.entity';
import { Coordinator } from '../people/coordinator.entity';
import { ConsultationAction, ConsultationChannel, ConsultationStatus } from './consultation.enums';

/**
 * A company's consultation (相談) about one need, taken in by a window and routed through the
 * three steps (docs/domain): 1 any window, 2 the total-support desk's regional coordinator,
 * 3 the public lab's collaboration office. At most one is open per need.
 */
@ObjectType({ implements: Node, description: 'A consultation about a need, routed through the three steps / 相談' })
@Entity()
@Check(`"step" BETWEEN 1 AND 3`)
@Check(`"status" IN ('OPEN', 'RESOLVED', 'CLOSED')`)
@Check(`"channel" IN ('VISIT', 'PHONE', 'EMAIL', 'WEB', 'EVENT', 'REFERRAL')`)
@Index('uq_consultation_open_need', ['needId'], { unique: true, where: `"status" = 'OPEN'` })
export class Consultation extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Field(() => ConsultationChannel, { description: 'How the company reached the window / 受付経路' })
  @Column({ type: 'text' })
  channel: ConsultationChannel;

  @Field(() => Int, { description: 'Step 1–3: 1 any window, 2 total-support desk, 3 public lab collaboration office / 相談段階' })
  @Index()
  @Column({ type: 'smallint', default: 1 })
  step: number;

  @Field(() => ConsultationStatus, { description: 'Open, resolved or closed / 状態' })
  @Index()
  @Column({ type: 'text', default: ConsultationStatus.OPEN })
  status: ConsultationStatus;

  /** The coordinator who holds it now (担当). */
  @Index()
  @Column({ type: 'uuid' })
  holderId: string;

  @ManyToOne(() => Coordinator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'holder_id' })
  holder?: Coordinator;

  /** The window (an institution's coordinator) who took it in. */
  @Index()
  @Column({ type: 'uuid' })
  windowId: string;

  @ManyToOne(() => Coordinator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'window_id' })
  window?: Coordinator;

  @Field(() => Date, { nullable: true, description: 'When the next action is due / 次の対応期限' })
  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What the company asked, in the window’s words / 相談内容のメモ' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'How it was resolved or why it was closed / 対応結果' })
  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved' })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/** One row of a consultation's history: who did what, when, why. Never changed once written. */
@ObjectType({ description: 'One step of a consultation’s history / 相談の履歴' })
@Entity()
@Index(['consultationId', 'createdAt'])
export class ConsultationEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Consultation;

  @Field(() => ConsultationAction, { description: 'What happened' })
  @Column({ type: 'text' })
  action: ConsultationAction;

  @Field(() => Int, { nullable: true, description: 'Step before (null when opened)' })
  @Column({ type: 'smallint', nullable: true })
  fromStep: number | null;

  @Field(() => Int, { description: 'Step after' })
  @Column({ type: 'smallint' })
  toStep: number;

  /** The holder after this event. */
  @Column({ type: 'uuid', nullable: true })
  holderId: string | null;

  /** The account that acted. */
  @Column({ type: 'uuid', nullable: true })
  actorAccountId: string | null;

  /** The acting account's coordinator record, if it has one. */
  @Column({ type: 'uuid', nullable: true })
  actorCoordinatorId: string | null;

  @Field({ description: 'Role of the account that acted (ADMIN, COORDINATOR …)' })
  @Column({ type: 'text' })
  actorRole: string;

  @Field(() => String, { nullable: true, description: 'Why / 理由' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field({ description: 'When / 日時' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
