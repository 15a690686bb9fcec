import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Need } from '../needs/need.entity';
import { Account } from './account.entity';
import { AccountRole } from './auth.enums';

/** How a confidential need was read. */
export type AccessRoute = 'READ' | 'EXPORT';

/**
 * One read of a CONFIDENTIAL need's withheld details (company, description, budget…) by a
 * coordinator or administrator: who, which need, when. Written in the request that read it.
 */
@ObjectType({ description: 'A read of a confidential need (who, when) / 非公開ニーズの閲覧記録' })
@Entity()
@Index(['needId', 'createdAt'])
export class AccessLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'account_id' })
  account?: Account | null;

  /** Kept as written, so the record survives a changed or removed account. */
  @Field({ description: 'E-mail of the account that read it' })
  @Column({ type: 'text' })
  accountEmail: string;

  @Field(() => AccountRole, { description: 'Role of the account at the time' })
  @Column({ type: 'text' })
  role: AccountRole;

  @Column({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Field({ description: 'READ (through the API) or EXPORT' })
  @Column({ type: 'text', default: 'READ' })
  route: AccessRoute;

  @Field({ description: 'When it was read' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
