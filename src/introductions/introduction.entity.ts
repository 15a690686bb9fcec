import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BaseRecord, Node } from '../common/base-record';
import { Consortium } from '../consortia/consortium.entity';
import { FundingProgramme } from '../funding/funding-programme.entity';
import { Institution } from '../institutions/institution.entity';
import type { MatchFactor } from '../matching/matching.types';
import { Need } from '../needs/need.entity';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { Seed } from '../seeds/seed.entity';
import { DeclineReason, IntroductionStatus, IntroductionTargetKind, OutcomeType } from './introduction.enums';

const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * An introduction (マッチング): a need paired with a seed, researcher, institution or
 * consortium, with the score and explanation as they were when it was proposed (a snapshot,
 * never recomputed), and its life (introduction-states.ts), each step an IntroductionEvent row.
 * Table `introduction`: MATCH is an SQL keyword.
 */
@ObjectType('Match', {
  implements: Node,
  description: 'An introduction of a need to a seed, researcher, institution, consortium or funding programme, followed to an outcome / マッチング (紹介)',
})
@Entity({ name: 'introduction' })
@Check('chk_introduction_one_target', `num_nonnulls("seed_id", "researcher_id", "institution_id", "consortium_id", "funding_programme_id") = 1`)
@Check(`"status" IN ('PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING', 'AGREED', 'DECLINED', 'WITHDRAWN')`)
@Check(`"status" <> 'AGREED' OR "outcome_type" IS NOT NULL`)
@Check(`"status" <> 'DECLINED' OR "decline_reason" IS NOT NULL`)
@Check(`"amount_yen" IS NULL OR "amount_yen" >= 0`)
// One open introduction per pair; a second proposal while it is open is refused (CONFLICT).
@Index('uq_introduction_open_pair', ['needId', 'targetId'], { unique: true, where: `"status" IN ('PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING')` })
export class Introduction extends BaseRecord {
  /** The GraphQL type (and global ID) keeps the name `Match`: clients depend on it. */
  static readonly graphqlName = 'Match';

  @Index()
  @Column({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Field(() => IntroductionTargetKind, { description: 'What the need is introduced to / 紹介先の種類' })
  @Column({ type: 'text' })
  targetKind: IntroductionTargetKind;

  /** The one set of seedId, researcherId, institutionId, consortiumId, fundingProgrammeId (for the pair index). */
  @Column({ type: 'uuid' })
  targetId: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  seedId: string | null;

  @ManyToOne(() => Seed, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'seed_id' })
  seed?: Seed | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  researcherId: string | null;

  @ManyToOne(() => Researcher, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'institution_id' })
  institution?: Institution | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  consortiumId: string | null;

  @ManyToOne(() => Consortium, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'consortium_id' })
  consortium?: Consortium | null;

  @Index('idx_introduction_funding_programme')
  @Column({ type: 'uuid', nullable: true })
  fundingProgrammeId: string | null;

  @ManyToOne(() => FundingProgramme, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'funding_programme_id', foreignKeyConstraintName: 'fk_introduction_funding_programme' })
  fundingProgramme?: FundingProgramme | null;

  @Field(() => IntroductionStatus, { description: 'Where it stands / 状態' })
  @Index()
  @Column({ type: 'text', default: IntroductionStatus.PROPOSED })
  status: IntroductionStatus;

  @Field(() => String, { nullable: true, description: 'The proposer’s note / 提案メモ' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Float, { nullable: true, description: 'Score 0–1 when proposed (snapshot); null when the engine could not score the pair' })
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  /** The explanation when proposed (MatchFactor[] as JSON); resolved with the viewer's rights. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  explanation: MatchFactor[];

  /** Factor values 0–1 of the scored seed pair when proposed: the features `npm run calibrate` fits on. */
  @Column({ type: 'jsonb', nullable: true })
  factorValues: Record<string, number> | null;

  @Field(() => Int, { nullable: true, description: 'Version of the weight set the snapshot was scored with; null for the configured weights' })
  @Column({ type: 'int', nullable: true })
  weightsVersion: number | null;

  /** The proposing coordinator, if the account has one. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  proposedById: string | null;

  @ManyToOne(() => Coordinator, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: Coordinator | null;

  @Column({ type: 'uuid', nullable: true })
  proposedByAccountId: string | null;

  @Field({ description: 'When it was proposed / 提案日時' })
  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  proposedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was agreed (成約日)' })
  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  agreedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was declined or withdrawn' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => DeclineReason, { nullable: true, description: 'Why it was declined / 辞退理由' })
  @Column({ type: 'text', nullable: true })
  declineReason: DeclineReason | null;

  @Field(() => String, { nullable: true, description: 'The decline in free text / 辞退理由の詳細' })
  @Column({ type: 'text', nullable: true })
  declineNote: string | null;

  @Field(() => OutcomeType, { nullable: true, description: 'What it became, when agreed / 成約の種類' })
  @Column({ type: 'text', nullable: true })
  outcomeType: OutcomeType | null;

  @Field(() => Number, { nullable: true, description: 'Amount in yen, when agreed and known / 金額 (円)' })
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  amountYen: number | null;

  @Field(() => String, { nullable: true, description: 'Start date of the agreed collaboration (YYYY-MM-DD) / 開始日' })
  @Column({ type: 'date', nullable: true })
  startDate: string | null;
}

/** One transition of an introduction: who, when, why. Never changed once written. */
@ObjectType('MatchEvent', { description: 'One transition of an introduction / マッチングの履歴' })
@Entity({ name: 'introduction_event' })
@Index(['introductionId', 'occurredAt'])
export class IntroductionEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'match_id' })
  introductionId: string;

  @ManyToOne(() => Introduction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  introduction?: Introduction;

  @Field(() => IntroductionStatus, { nullable: true, description: 'State before (null for the proposal)' })
  @Column({ type: 'text', nullable: true })
  fromStatus: IntroductionStatus | null;

  @Field(() => IntroductionStatus, { description: 'State after' })
  @Index()
  @Column({ type: 'text' })
  toStatus: IntroductionStatus;

  @Column({ type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorCoordinatorId: string | null;

  @Field({ description: 'Role of the account that acted (ADMIN, COORDINATOR, RESEARCHER)' })
  @Column({ type: 'text' })
  actorRole: string;

  @Field(() => String, { nullable: true, description: 'Why / 理由・メモ' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field({ description: 'When it happened (for a recorded past outcome: the date given) / 日時' })
  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Field({ description: 'True when an administrator recorded it afterwards, skipping steps' })
  @Column({ type: 'boolean', default: false })
  pastRecord: boolean;

  @Field({ description: 'When it was written' })
  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
