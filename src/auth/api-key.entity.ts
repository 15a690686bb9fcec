import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../common/base-record';
import { Institution } from '../institutions/institution.entity';
import { ApiKeyScope } from './auth.enums';

/**
 * A partner portal's key. Only the SHA-256 of the key is stored: the key itself is shown once,
 * when it is created. The prefix (its first characters) lets people tell keys apart.
 */
@ObjectType({ description: 'A partner API key (the key itself is shown only once, at creation) / 連携先 API キー' })
@Entity()
@Check(`"rate_limit_per_minute" BETWEEN 1 AND 100000`)
export class ApiKey extends BaseRecord {
  @Field({ description: 'Name, e.g. the portal it is for' })
  @Column({ type: 'text' })
  name: string;

  @Index()
  @Column({ type: 'uuid' })
  ownerInstitutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_institution_id' })
  ownerInstitution?: Institution;

  @Field({ description: 'First characters of the key, to recognise it (e.g. in logs)' })
  @Index()
  @Column({ type: 'text' })
  prefix: string;

  /** Hex SHA-256 of the whole key: the one indexed lookup per request. */
  @Column({ type: 'text', unique: true })
  keyHash: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may do' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  scopes: ApiKeyScope[];

  @Field(() => Int, { description: 'Requests allowed per minute (token bucket)' })
  @Column({ type: 'integer', default: 60 })
  rateLimitPerMinute: number;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; a revoked key is refused' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last use (updated at most once a minute)' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  /** The documented demo key; refused when NODE_ENV=production. */
  @Field({ description: 'True for the demo key (refused in production)' })
  @Column({ type: 'boolean', default: false })
  isDemo: boolean;
}
