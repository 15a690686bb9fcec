import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { KeyedRecord, Node } from '../common/base-record';
import { RecordStatus } from '../common/enums';
import { CompanySize } from '../companies/company.enums';
import { Institution } from '../institutions/institution.entity';
import { FundingKind, FundingPurpose } from './funding.enums';

const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One application window (公募期間), dates inclusive, kept as JSON on the programme. */
@ObjectType({ description: 'An application window / 公募期間' })
export class ApplicationWindow {
  @Field({ description: 'First day applications are accepted (YYYY-MM-DD) / 公募開始日' })
  opensOn: string;

  @Field({ description: 'Last day applications are accepted (YYYY-MM-DD) / 締切日' })
  closesOn: string;
}

/**
 * A funding programme (補助金・助成金・融資制度): who provides it, what it pays for, who may
 * apply (sizes, regions, fields, TRL range), how much and when. Imported like other records;
 * ranked for a need by src/funding/funding-eligibility.ts.
 */
@ObjectType({ implements: Node, description: 'A funding programme: subsidy, grant or loan product / 資金制度 (補助金・助成金・融資)' })
@Entity()
@Check('chk_funding_programme_kind', `"kind" IN ('SUBSIDY', 'GRANT', 'LOAN')`)
@Check('chk_funding_programme_status', `"status" IN ('ACTIVE', 'ARCHIVED')`)
@Check('chk_funding_programme_trl_min', `"trl_min" IS NULL OR "trl_min" BETWEEN 1 AND 9`)
@Check('chk_funding_programme_trl_max', `"trl_max" IS NULL OR "trl_max" BETWEEN 1 AND 9`)
@Check('chk_funding_programme_rate', `"co_funding_rate" IS NULL OR ("co_funding_rate" > 0 AND "co_funding_rate" <= 1)`)
export class FundingProgramme extends KeyedRecord {
  @Field({ description: 'Name in Japanese / 制度名' })
  @Column({ type: 'text' })
  nameJa: string;

  @Field(() => String, { nullable: true, description: 'Name in English' })
  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Field(() => FundingKind, { description: 'Subsidy, grant or loan / 種類' })
  @Column({ type: 'text' })
  kind: FundingKind;

  /** The provider (prefecture, support organisation, bank …). */
  @Index('idx_funding_programme_provider')
  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_funding_programme_provider' })
  provider?: Institution;

  @Field(() => [FundingPurpose], { description: 'What it pays for / 使途' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  purposes: FundingPurpose[];

  @Field(() => String, { nullable: true, description: 'Purpose and conditions in words / 目的・概要' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => [CompanySize], { description: 'Company sizes that may apply; empty: any / 対象企業規模' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eligibleSizes: CompanySize[];

  @Field(() => [String], { description: 'Region codes whose companies may apply (with the regions inside them); empty: anywhere / 対象地域' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regionCodes: string[];

  @Field(() => [String], { description: 'Field codes it supports; empty: any / 対象分野' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fieldCodes: string[];

  @Field(() => Int, { nullable: true, description: 'Lowest TRL of the work it funds / 対象 TRL (下限)' })
  @Column({ type: 'smallint', nullable: true })
  trlMin: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest TRL of the work it funds / 対象 TRL (上限)' })
  @Column({ type: 'smallint', nullable: true })
  trlMax: number | null;

  @Field(() => Number, { nullable: true, description: 'Smallest amount in yen / 下限額 (円)' })
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  amountMinYen: number | null;

  @Field(() => Number, { nullable: true, description: 'Largest amount in yen / 上限額 (円)' })
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  amountMaxYen: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the cost it covers (補助率), e.g. 0.5; null for loans' })
  @Column({ type: 'double precision', nullable: true })
  coFundingRate: number | null;

  @Field(() => [ApplicationWindow], { description: 'Application windows; empty: applications all year / 公募期間' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  windows: ApplicationWindow[];

  @Field(() => String, { nullable: true, description: 'Web page of the programme' })
  @Column({ type: 'text', nullable: true })
  websiteUrl: string | null;

  @Field(() => RecordStatus, { description: 'Active or archived' })
  @Index('idx_funding_programme_status')
  @Column({ type: 'text', default: RecordStatus.ACTIVE })
  status: RecordStatus;
}
