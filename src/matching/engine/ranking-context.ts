import type { EntityManager } from 'typeorm';
import type { ReferenceData } from '../reference';
import { resolveWeights } from '../scoring';
import { defaultTermLabels } from '../scoring/text-evidence';
import type { MatchingContext, MatchingWeights } from '../scoring';
import type { CorpusStats } from '../text';

/**
 * What a ranking reads besides its candidates: the weights in force and the context the pure
 * scoring needs (corpus statistics, taxonomy, regions, names for explanations). The reference
 * tables come from memory while their change listener runs (../reference).
 */
export class RankingSetup {
  constructor(
    private readonly reference: ReferenceData,
    private readonly baseWeights: MatchingWeights,
    private readonly now: () => Date,
  ) {}

  /**
   * The weights of a ranking: the active weight set (src/learning, `npm run calibrate`) when
   * there is one and it is valid, else the configured weights, with the query's overrides.
   * An activation or a rollback applies to the next ranking, also from the command line.
   */
  async weights(manager: EntityManager, overrides: Partial<MatchingWeights> | undefined): Promise<MatchingWeights> {
    const active = await this.reference.activeWeightSet(manager);
    let base = this.baseWeights;
    if (active) {
      try {
        base = resolveWeights(active.weights, this.baseWeights);
      } catch {
        base = this.baseWeights;
      }
    }
    return overrides ? resolveWeights(overrides, base) : base;
  }

  /** The ranking context over `corpus`; only the query side's consortia can be shared, so only their names are read. */
  async context(manager: EntityManager, corpus: CorpusStats, queryConsortiumIds: readonly string[]): Promise<MatchingContext> {
    const lookups = await this.reference.lookups(manager);
    const consortia = await this.reference.consortiumNames(manager, queryConsortiumIds);
    return {
      corpus,
      taxonomy: lookups.taxonomy,
      regions: lookups.regions,
      names: { fields: lookups.fieldNames, regions: lookups.regionNames, consortia, terms: defaultTermLabels() },
      now: this.now(),
    };
  }
}
