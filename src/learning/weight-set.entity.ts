import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MatchFactorName } from '../matching/matching.types';

/** Before/after figures of a calibration on the held-out outcomes. */
export interface CalibrationMetrics {
  trainCount: number;
  testCount: number;
  logLossBefore: number | null;
  logLossAfter: number | null;
  aucBefore: number | null;
  aucAfter: number | null;
}

@ObjectType({ description: 'One factor’s weight / 要素の重み' })
export class FactorWeight {
  @Field(() => MatchFactorName, { description: 'The factor' })
  factor: MatchFactorName;

  @Field(() => Float, { description: 'Its weight (the weights of a set sum to 1)' })
  weight: number;
}

/**
 * A versioned set of ranking weights fitted by `npm run calibrate` from recorded outcomes. At
 * most one is active; the matching service ranks with it, else with the configured weights.
 */
@ObjectType({ description: 'A versioned set of ranking weights fitted from outcomes / 重みセット (学習結果)' })
@Entity()
@Index('uq_weight_set_active', ['active'], { unique: true, where: `"active"` })
export class WeightSet {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int, { description: 'Version number, 1, 2, …' })
  @Column({ type: 'int', unique: true })
  version: number;

  /** Factor name → weight (normalised). */
  @Column({ type: 'jsonb' })
  weights: Record<string, number>;

  @Field({ description: 'Who or what created it (e.g. `npm run calibrate`)' })
  @Column({ type: 'text' })
  createdBy: string;

  @Field({ description: 'When it was created' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  metrics: CalibrationMetrics;

  @Field({ description: 'Whether ranking uses it now' })
  @Column({ type: 'boolean', default: false })
  active: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was last activated' })
  @Column({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null;
}
