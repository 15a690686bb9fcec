import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { KeyedRecord, Node } from '../common/base-record';
import { RecordStatus } from '../common/enums';
import { Region } from '../regions/region.entity';
import { CompanySize } from './company.enums';

@ObjectType({ implements: Node, description: 'A company, mostly an SME / 企業' })
@Entity()
@Check(`"status" IN ('ACTIVE', 'ARCHIVED')`)
@Check(`"employees" IS NULL OR "employees" >= 0`)
@Check('CHK_company_corporate_number', `"corporate_number" ~ '^[0-9]{13}$'`)
// GIN indexes (trigram, array) are created by the SearchIndexes migration; declared so generate leaves them alone.
@Index('idx_company_search_text', { synchronize: false })
@Index('idx_company_field_codes', { synchronize: false })
// The default list order, so a page is read from an index instead of sorting the table.
@Index(['nameJa', 'id'])
export class Company extends KeyedRecord {
  @Field({ description: 'Company name in Japanese / 企業名' })
  @Column({ type: 'text' })
  nameJa: string;

  @Field(() => String, { nullable: true, description: 'Company name in English' })
  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Field(() => String, { nullable: true, description: 'Industry / 業種' })
  @Column({ type: 'text', nullable: true })
  industry: string | null;

  @Index()
  @Column({ type: 'text', nullable: true })
  regionCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'region_code' })
  region?: Region | null;

  @Field(() => CompanySize, { nullable: true, description: 'Size / 規模' })
  @Column({ type: 'text', nullable: true })
  size: CompanySize | null;

  @Field(() => Int, { nullable: true, description: 'Number of employees / 従業員数' })
  @Column({ type: 'integer', nullable: true })
  employees: number | null;

  @Field(() => [String], { description: 'Capabilities / 保有技術・得意分野' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  capabilities: string[];

  @Field(() => [String], { description: 'Field taxonomy codes; see `fields` for the nodes' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fieldCodes: string[];

  @Field(() => String, { nullable: true, description: 'Description / 概要' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Web site' })
  @Column({ type: 'text', nullable: true })
  websiteUrl: string | null;

  @Field(() => RecordStatus, { description: 'Active or archived' })
  @Index()
  @Column({ type: 'text', default: RecordStatus.ACTIVE })
  status: RecordStatus;

  @Field(() => String, { nullable: true, description: 'Corporate number (13 digits) / 法人番号' })
  @Column({ type: 'text', nullable: true, unique: true })
  corporateNumber: string | null;
}
