import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../common/base-record';
import { Company } from '../companies/company.entity';
import { Institution } from '../institutions/institution.entity';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { AccountRole, AccountStatus } from './auth.enums';

/**
 * A person who signs in. The role decides the rights (policy.ts); the links say whose records
 * are "their own": a researcher's seeds, a company user's company and needs, a coordinator's
 * institution scope. The password hash and token version never leave the server.
 */
@ObjectType({ description: 'A sign-in account / ログインアカウント' })
@Entity()
@Check(`"role" IN ('ADMIN', 'COORDINATOR', 'RESEARCHER', 'COMPANY_USER')`)
@Check(`"status" IN ('ACTIVE', 'DISABLED')`)
@Check(`"token_version" >= 1`)
export class Account extends BaseRecord {
  /** NFKC-normalised and lower-cased, so `Ｓato@Example.jp` and `sato@example.jp` are one account. */
  @Field({ description: 'E-mail used to sign in (normalised, lower case)' })
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Field(() => String, { nullable: true, description: 'Name shown in the UI' })
  @Column({ type: 'text', nullable: true })
  displayName: string | null;

  @Field(() => AccountRole, { description: 'Role: decides what the account may see and do' })
  @Index()
  @Column({ type: 'text' })
  role: AccountRole;

  @Field(() => AccountStatus, { description: 'Active or disabled' })
  @Column({ type: 'text', default: AccountStatus.ACTIVE })
  status: AccountStatus;

  /** Part of every token; bumping it revokes all tokens issued before (sign-out everywhere). */
  @Column({ type: 'integer', default: 1 })
  tokenVersion: number;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  coordinatorId: string | null;

  @ManyToOne(() => Coordinator, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'coordinator_id' })
  coordinator?: Coordinator | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  researcherId: string | null;

  @ManyToOne(() => Researcher, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'company_id' })
  company?: Company | null;

  /** A coordinator's institution: the scope of their work. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => Institution, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'institution_id' })
  institution?: Institution | null;

  /** Created by the demo loader; refused at sign-in when NODE_ENV=production. */
  @Field({ description: 'True for the demo accounts (refused in production)' })
  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @Field(() => Date, { nullable: true, description: 'Last successful sign-in' })
  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;
}
