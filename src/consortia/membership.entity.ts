import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, Node } from '../common/base-record';
import { Company } from '../companies/company.entity';
import { Institution } from '../institutions/institution.entity';
import { Researcher } from '../people/researcher.entity';
import { MemberRole, MemberType } from './consortium.enums';
import { Consortium } from './consortium.entity';

/**
 * Membership of a company, institution or researcher in a consortium. Exactly one member
 * column is set, matching `memberType`; shared memberships are warm paths for introductions.
 */
@ObjectType({ implements: Node, description: 'Membership in a consortium / 研究会・協議会の会員' })
@Entity()
@Check(
  `("member_type" = 'COMPANY' AND "company_id" IS NOT NULL AND "institution_id" IS NULL AND "researcher_id" IS NULL) OR ` +
    `("member_type" = 'INSTITUTION' AND "institution_id" IS NOT NULL AND "company_id" IS NULL AND "researcher_id" IS NULL) OR ` +
    `("member_type" = 'RESEARCHER' AND "researcher_id" IS NOT NULL AND "company_id" IS NULL AND "institution_id" IS NULL)`,
)
@Index(['consortiumId', 'companyId'], { unique: true, where: '"company_id" IS NOT NULL' })
@Index(['consortiumId', 'institutionId'], { unique: true, where: '"institution_id" IS NOT NULL' })
@Index(['consortiumId', 'researcherId'], { unique: true, where: '"researcher_id" IS NOT NULL' })
export class ConsortiumMembership extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  consortiumId: string;

  @ManyToOne(() => Consortium, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consortium_id' })
  consortium?: Consortium;

  @Field(() => MemberType, { description: 'Which kind of member' })
  @Column({ type: 'text' })
  memberType: MemberType;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'company_id' })
  company?: Company | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'institution_id' })
  institution?: Institution | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  researcherId: string | null;

  @ManyToOne(() => Researcher, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher | null;

  @Field(() => MemberRole, { description: 'Role in the consortium' })
  @Column({ type: 'text', default: MemberRole.MEMBER })
  role: MemberRole;
}
