import { Arg, Ctx, Field, FieldResolver, Float, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { MatchFactorName } from '../matching/matching.types';
import { FACTOR_NAMES } from '../matching/scoring';
import { FactorWeight, WeightSet } from './weight-set.entity';

@ObjectType({ description: 'Figures of a calibration on held-out outcomes / 学習の評価 (検証データ)' })
export class CalibrationFigures {
  @Field(() => Int, { description: 'Outcomes fitted on' })
  trainCount: number;
  @Field(() => Int, { description: 'Held-out outcomes measured on' })
  testCount: number;
  @Field(() => Float, { nullable: true, description: 'Log-loss with the weights before (lower is better)' })
  logLossBefore: number | null;
  @Field(() => Float, { nullable: true, description: 'Log-loss with the fitted weights' })
  logLossAfter: number | null;
  @Field(() => Float, { nullable: true, description: 'AUC with the weights before (higher is better)' })
  aucBefore: number | null;
  @Field(() => Float, { nullable: true, description: 'AUC with the fitted weights' })
  aucAfter: number | null;
}

const ENUM_OF = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase() as MatchFactorName;

@Resolver(() => WeightSet)
export class WeightSetResolver {
  @Allowed('MANAGE_WEIGHTS')
  @Query(() => [WeightSet], { description: 'Fitted ranking weight sets, newest first (administrators) / 重みセット一覧' })
  weightSets(@Ctx() ctx: RequestContext): Promise<WeightSet[]> {
    return ctx.services.learning.list();
  }

  @Allowed('MANAGE_WEIGHTS')
  @Mutation(() => WeightSet, { description: 'Makes a weight set the one ranking uses (administrators) / 重みセットを有効にする' })
  activateWeightSet(@Arg('version', () => Int, { description: 'The version' }) version: number, @Ctx() ctx: RequestContext): Promise<WeightSet> {
    return ctx.services.learning.activate(ctx.viewer, version);
  }

  @Allowed('MANAGE_WEIGHTS')
  @Mutation(() => WeightSet, {
    nullable: true,
    description: 'Rolls back to the previous version; null when the configured weights apply again / 1 つ前の重みに戻す',
  })
  rollbackWeightSet(@Ctx() ctx: RequestContext): Promise<WeightSet | null> {
    return ctx.services.learning.rollback(ctx.viewer);
  }

  @FieldResolver(() => [FactorWeight], { description: 'The weights, factor by factor' })
  weights(@Root() set: WeightSet): FactorWeight[] {
    return FACTOR_NAMES.map((name) => ({ factor: ENUM_OF(name), weight: Number(set.weights[name] ?? 0) }));
  }

  @FieldResolver(() => CalibrationFigures, { description: 'Before/after figures on held-out outcomes' })
  metrics(@Root() set: WeightSet): CalibrationFigures {
    return set.metrics as CalibrationFigures;
  }
}
