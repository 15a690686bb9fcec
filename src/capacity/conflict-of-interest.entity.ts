import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../common/global-id';
import { Company } from '../companies/company.entity';
import { Researcher } from '../people/researcher.entity';

/**
 * A researcher's declared conflict of interest with a company (利益相反): while it stands the
 * researcher and their seeds are never proposed for that company's needs. Withdrawing keeps the
 * row (who, when), so the history of declarations stays readable.
 */
@ObjectType({ description: 'A declared conflict of interest: this researcher must not be introduced to this company / 利益相反の申告' })
@Entity()
@Index('uq_conflict_of_interest_active', ['researcherId', 'companyId'], { unique: true, where: `"withdrawn_at" IS NULL` })
export class ConflictOfInterest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id', description: 'Global ID of the declaration' })
  get globalId(): string {
    return toGlobalId('ConflictOfInterest', this.id);
  }

  @Index('idx_conflict_of_interest_researcher')
  @Column({ type: 'uuid' })
  researcherId: string;

  @ManyToOne(() => Researcher, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'researcher_id', foreignKeyConstraintName: 'fk_conflict_of_interest_researcher' })
  researcher?: Researcher;

  @Index('idx_conflict_of_interest_company')
  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_conflict_of_interest_company' })
  company?: Company;

  @Field(() => String, { nullable: true, description: 'Why (e.g. a family tie, a paid advisory role) / 理由' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  declaredByAccountId: string | null;

  @Field({ description: 'When it was declared / 申告日時' })
  @CreateDateColumn({ type: 'timestamptz' })
  declaredAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn; null while it stands / 取り下げ日時' })
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}
