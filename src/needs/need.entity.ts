import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { KeyedRecord, Node } from '../common/base-record';
import { CollaborationForm, Language } from '../common/enums';
import { Company } from '../companies/company.entity';
import { Coordinator } from '../people/coordinator.entity';
import { Confidentiality, NeedCategory, NeedStatus, NeedTimeline } from './need.enums';

const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@ObjectType({ implements: Node, description: "A company's problem to solve / 企業ニーズ・課題" })
@Entity()
@Check(`"desired_trl" IS NULL OR "desired_trl" BETWEEN 1 AND 9`)
@Check(`"consultation_step" BETWEEN 1 AND 3`)
@Check(`"budget_min_yen" IS NULL OR "budget_max_yen" IS NULL OR "budget_min_yen" <= "budget_max_yen"`)
@Check(`"status" IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'ARCHIVED')`)
@Check(`"category" IN ('TECHNICAL', 'RESEARCH', 'MANAGEMENT')`)
@Check(`"confidentiality" IN ('PUBLIC', 'RESTRICTED', 'CONFIDENTIAL')`)
// GIN indexes (trigram, array) are created by the SearchIndexes migration; declared so generate leaves them alone.
@Index('idx_need_search_text', { synchronize: false })
@Index('idx_need_field_codes', { synchronize: false })
// The default list order, so a page is read from an index instead of sorting the table.
@Index(['createdAt', 'id'])
// A partner's retried submission (same institution, same idempotency key) finds the need it made.
@Index('UQ_need_idempotency', ['submittedByInstitutionId', 'idempotencyKey'], { unique: true, where: `"idempotency_key" IS NOT NULL` })
@Index('IDX_need_submitted_by_institution', ['submittedByInstitutionId', 'createdAt'], { where: `"submitted_by_institution_id" IS NOT NULL` })
export class Need extends KeyedRecord {
  @Index()
  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Field({ description: 'Title / 件名' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'The problem in the company’s words / 課題の内容' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => NeedCategory, { description: 'Technical, research or management' })
  @Index()
  @Column({ type: 'text' })
  category: NeedCategory;

  @Field(() => Language, { description: 'Language the need is written in' })
  @Index()
  @Column({ type: 'text' })
  language: Language;

  @Field(() => [String], { description: 'Field taxonomy codes; see `fields` for the nodes' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fieldCodes: string[];

  @Field(() => [String], { description: 'Keywords / キーワード' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  @Field(() => Int, { nullable: true, description: 'Wished technology readiness level (1–9) / 希望する技術成熟度' })
  @Column({ type: 'smallint', nullable: true })
  desiredTrl: number | null;

  @Field(() => NeedTimeline, { description: 'Wished timeline / 希望時期' })
  @Column({ type: 'text', default: NeedTimeline.UNDECIDED })
  timeline: NeedTimeline;

  @Field(() => Number, { nullable: true, description: 'Lower end of the budget in yen / 予算下限 (円)' })
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  budgetMinYen: number | null;

  @Field(() => Number, { nullable: true, description: 'Upper end of the budget in yen / 予算上限 (円)' })
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  budgetMaxYen: number | null;

  @Field(() => [CollaborationForm], { description: 'Forms of collaboration the company wants / 希望する連携形態' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  wantedForms: CollaborationForm[];

  @Field(() => Confidentiality, { description: 'Who may see the need' })
  @Index()
  @Column({ type: 'text', default: Confidentiality.PUBLIC })
  confidentiality: Confidentiality;

  @Field(() => NeedStatus, { description: 'Status' })
  @Index()
  @Column({ type: 'text', default: NeedStatus.OPEN })
  status: NeedStatus;

  @Field(() => Int, { description: 'Consultation step 1–3: 1 any window, 2 total-support desk, 3 public lab collaboration office / 相談段階' })
  @Index()
  @Column({ type: 'smallint', default: 1 })
  consultationStep: number;

  /** The coordinator who holds the need now (担当). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  holderId: string | null;

  @ManyToOne(() => Coordinator, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'holder_id' })
  holder?: Coordinator | null;

  /** The institution of the partner key that submitted the need (its `partnerNeeds`), else null. */
  @Column({ type: 'uuid', nullable: true })
  submittedByInstitutionId: string | null;

  /** The partner's idempotency key: a retried submission with it returns this need. */
  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;
}
