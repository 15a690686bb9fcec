import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { KeyedRecord, Node } from '../common/base-record';
import { RecordStatus } from '../common/enums';
import { Institution } from '../institutions/institution.entity';
import { Region } from '../regions/region.entity';

@ObjectType({ implements: Node, description: 'A standing research group or council for one field / 研究会・協議会' })
@Entity()
@Check(`"status" IN ('ACTIVE', 'ARCHIVED')`)
// GIN indexes (trigram, array) are created by the SearchIndexes migration; declared so generate leaves them alone.
@Index('idx_consortium_search_text', { synchronize: false })
@Index('idx_consortium_field_codes', { synchronize: false })
// The default list order, so a page is read from an index instead of sorting the table.
@Index(['nameJa', 'id'])
export class Consortium extends KeyedRecord {
  @Field({ description: 'Name in Japanese / 名称' })
  @Column({ type: 'text' })
  nameJa: string;

  @Field(() => String, { nullable: true, description: 'Name in English' })
  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Index()
  @Column({ type: 'text', nullable: true })
  regionCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'region_code' })
  region?: Region | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  secretariatId: string | null;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'secretariat_id' })
  secretariat?: Institution | null;

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
}
