import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, Node } from '../common/base-record';
import { Company } from './company.entity';

/** A certification a company holds, e.g. a lead-free soldering grade, valid until a date. */
@ObjectType({ implements: Node, description: 'A certification held by a company / 認定・資格' })
@Entity()
@Check(`"valid_until" IS NULL OR "issued_on" IS NULL OR "valid_until" >= "issued_on"`)
export class Certification extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Field({ description: 'Name / 名称 (e.g. 鉛フリーはんだ付け技術 1級)' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Issuing body / 認定機関' })
  @Column({ type: 'text', nullable: true })
  issuer: string | null;

  @Field(() => String, { nullable: true, description: 'Issue date (YYYY-MM-DD) / 認定日' })
  @Column({ type: 'date', nullable: true })
  issuedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Last valid date (YYYY-MM-DD) / 有効期限; null when it does not expire' })
  @Column({ type: 'date', nullable: true })
  validUntil: string | null;
}
