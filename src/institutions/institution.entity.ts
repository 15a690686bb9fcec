import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { KeyedRecord, Node } from '../common/base-record';
import { RecordStatus } from '../common/enums';
import { Region } from '../regions/region.entity';
import { Equipment } from './equipment';
import { InstitutionKind, SupportMenu } from './institution.enums';

@ObjectType({ implements: Node, description: 'A university, KOSEN, public lab, support organisation, bank, government body… / 機関' })
@Entity()
@Check(`"status" IN ('ACTIVE', 'ARCHIVED')`)
@Check('chk_institution_testing_capacity', `"testing_capacity_per_month" IS NULL OR "testing_capacity_per_month" >= 0`)
// GIN indexes (trigram, array) are created by the SearchIndexes migration; declared so generate leaves them alone.
@Index('idx_institution_search_text', { synchronize: false })
@Index('idx_institution_field_codes', { synchronize: false })
// The default list order, so a page is read from an index instead of sorting the table.
@Index(['nameJa', 'id'])
export class Institution extends KeyedRecord {
  @Field({ description: 'Official name in Japanese / 正式名称' })
  @Column({ type: 'text' })
  nameJa: string;

  @Field(() => String, { nullable: true, description: 'Name in English' })
  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Field(() => InstitutionKind, { description: 'Kind of institution / 種別' })
  @Index()
  @Column({ type: 'text' })
  kind: InstitutionKind;

  @Index()
  @Column({ type: 'text', nullable: true })
  regionCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'region_code' })
  region?: Region | null;

  /** Parent body, e.g. 工業技術センター for its 置賜試験場. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Institution | null;

  @Field(() => [String], { description: 'Field taxonomy codes; see `fields` for the nodes' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fieldCodes: string[];

  @Field(() => [SupportMenu], { description: 'Support menus offered / 支援メニュー' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  supportMenus: SupportMenu[];

  @Field(() => [Equipment], { description: 'Equipment offered / 保有設備' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  equipment: Equipment[];

  @Field(() => String, { nullable: true, description: 'Description / 概要' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Web site' })
  @Column({ type: 'text', nullable: true })
  websiteUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail (institutional)' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone (institutional)' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address / 所在地' })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Testing requests (受託試験・設備利用) a public lab takes per month; null: none declared / 月あたりの試験受入れ件数',
  })
  @Column({ type: 'int', nullable: true })
  testingCapacityPerMonth: number | null;

  @Field(() => RecordStatus, { description: 'Active or archived' })
  @Index()
  @Column({ type: 'text', default: RecordStatus.ACTIVE })
  status: RecordStatus;
}
