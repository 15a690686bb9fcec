import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { KeyedRecord, Node } from '../common/base-record';
import { RecordStatus } from '../common/enums';
import { Institution } from '../institutions/institution.entity';
import { Region } from '../regions/region.entity';

@ObjectType({ implements: Node, description: 'A coordinator who triages consultations and proposes introductions / コーディネータ' })
@Entity()
@Check(`"status" IN ('ACTIVE', 'ARCHIVED')`)
// GIN indexes (trigram, array) are created by the SearchIndexes migration; declared so generate leaves them alone.
@Index('idx_coordinator_search_text', { synchronize: false })
export class Coordinator extends KeyedRecord {
  @Field({ description: 'Name / 氏名' })
  @Column({ type: 'text' })
  name: string;

  @Index()
  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: Institution;

  /** The area a regional coordinator serves (e.g. 置賜), if any. */
  @Index()
  @Column({ type: 'text', nullable: true })
  regionCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'region_code' })
  region?: Region | null;

  @Field(() => String, { nullable: true, description: 'E-mail' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Phone' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => RecordStatus, { description: 'Active or archived' })
  @Index()
  @Column({ type: 'text', default: RecordStatus.ACTIVE })
  status: RecordStatus;
}
