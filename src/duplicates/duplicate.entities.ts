import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { MatchKind } from '../matching/index/match-index.entities';
import { Seed } from '../seeds/seed.entity';

/**
 * A detected near-duplicate pair (src/duplicates/duplicate-detector.ts), stored in both
 * directions so that a record's candidates are one index range. Rewritten whenever either
 * record is written; only pairs at or above DUPLICATE_SIMILARITY_THRESHOLD are kept.
 */
@Entity()
@Check('chk_duplicate_candidate_kind', `"kind" IN ('SEED', 'NEED')`)
@Index('idx_duplicate_candidate_other', ['kind', 'otherId'])
export class DuplicateCandidate {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_duplicate_candidate' })
  kind: MatchKind;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_duplicate_candidate' })
  recordId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_duplicate_candidate' })
  otherId: string;

  /** duplicateSimilarity of the two records' analysed terms, 0–1. */
  @Column({ type: 'real' })
  similarity: number;

  @CreateDateColumn({ type: 'timestamptz' })
  detectedAt: Date;
}

/**
 * A coordinator's decision that a seed duplicates another, with who and when; unmarking keeps
 * the row (with who and when unmarked), so the history stays. One active mark per seed.
 */
@Entity()
@Index('uq_seed_duplicate_mark_active', ['seedId'], { unique: true, where: `"unmarked_at" IS NULL` })
@Index('idx_seed_duplicate_mark_duplicate_of', ['duplicateOfId'])
@Check('chk_seed_duplicate_mark_not_self', `"seed_id" <> "duplicate_of_id"`)
export class SeedDuplicateMark {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_seed_duplicate_mark' })
  id: string;

  @Column({ type: 'uuid' })
  seedId: string;

  @ManyToOne(() => Seed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seed_id', foreignKeyConstraintName: 'fk_seed_duplicate_mark_seed' })
  seed?: Seed;

  /** The seed it duplicates (the one to keep). */
  @Column({ type: 'uuid' })
  duplicateOfId: string;

  @ManyToOne(() => Seed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'duplicate_of_id', foreignKeyConstraintName: 'fk_seed_duplicate_mark_duplicate_of' })
  duplicateOf?: Seed;

  @Column({ type: 'uuid', nullable: true })
  markedByAccountId: string | null;

  /** Role of the account that marked it (ADMIN, COORDINATOR). */
  @Column({ type: 'text' })
  markedByRole: string;

  @CreateDateColumn({ type: 'timestamptz' })
  markedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  unmarkedByAccountId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  unmarkedAt: Date | null;
}
