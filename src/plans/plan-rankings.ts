import type { MatchingEngine } from '../matching/engine/matching-engine';
import { toMatchFactor } from '../matching/matching-options';
import { summariseRouting } from '../matching/routing';
import { defaultTermLabels } from '../matching/scoring/text-evidence';

/**
 * The rankings a support plan is assembled from, over database ids: the ONE place plans touch
 * the matching engine. Whole rankings from `MatchingEngine` (no paging, no global ids, no
 * GraphQL shapes), cut to what the assembly combines.
 */
export interface RankedSeed {
  readonly seedId: string;
  readonly key: string;
  readonly title: string;
  readonly trl: number | null;
  readonly institutionId: string;
  readonly score: number;
  readonly summaryJa: string;
  readonly summaryEn: string;
}

export interface RankedInstitution {
  readonly institutionId: string;
  readonly key: string;
  readonly nameJa: string;
  readonly nameEn: string | null;
  readonly kind: string;
  readonly supportMenus: readonly string[];
  readonly equipment: ReadonlyArray<{ name: string; description: string | null }>;
  readonly score: number;
  readonly summaryJa: string;
  readonly summaryEn: string;
  /** Terms the engine matched (Japanese and English labels), to name fitting equipment. */
  readonly matchedTerms: readonly string[];
}

export interface RankedConsortium {
  readonly consortiumId: string;
  readonly nameJa: string;
  readonly nameEn: string | null;
  /** Stable, human-meaningful key (e.g. `c.organic-electronics`): the last tie-break. */
  readonly key: string;
  readonly regionCode: string | null;
  readonly score: number;
  readonly summaryJa: string;
  readonly summaryEn: string;
  /** The engine's evidence 0–1: how well fields and text fit, and region (the assembly's tie-breaks). */
  readonly fieldFit: number;
  readonly textFit: number;
  readonly regionFit: number;
}

export interface PlanRankings {
  seeds(needId: string, first: number): Promise<RankedSeed[]>;
  institutions(needId: string, kinds: readonly string[], first: number): Promise<RankedInstitution[]>;
  consortia(needId: string, first: number): Promise<RankedConsortium[]>;
}

const factorValue = (factors: ReadonlyArray<{ factor: string; value: number }>, name: string) => factors.find((f) => f.factor === name)?.value ?? 0;

/** PlanRankings over the matching engine's whole rankings (as a coordinator sees the need). */
export function engineRankings(engine: MatchingEngine): PlanRankings {
  return {
    async seeds(needId, first) {
      // Seeds of researchers with a declared conflict stay in: the assembly lists them as left out, with the reason.
      const { ranked } = await engine.rankSeeds(needId, { filter: { keepConflictsOfInterest: true } });
      return ranked.slice(0, first).map((r) => {
        const summary = r.summary();
        return {
          seedId: r.id,
          key: r.candidate.key,
          title: r.candidate.profile.title,
          trl: r.candidate.profile.trl,
          institutionId: r.candidate.profile.institutionId,
          score: r.score,
          summaryJa: summary.ja,
          summaryEn: summary.en,
        };
      });
    },
    async institutions(needId, kinds, first) {
      const ranked = await engine.rankInstitutions(needId, { institutionKinds: kinds });
      return ranked.slice(0, first).map((r) => {
        const summary = summariseRouting(r.factors, defaultTermLabels());
        return {
          institutionId: r.target.id,
          key: r.target.key,
          nameJa: r.target.nameJa,
          nameEn: r.target.nameEn,
          kind: r.target.kind,
          supportMenus: r.target.supportMenus,
          equipment: r.target.equipment,
          score: r.score,
          summaryJa: summary.ja,
          summaryEn: summary.en,
          matchedTerms: r.factors
            .map((f) => toMatchFactor(f, defaultTermLabels(), r.score))
            .flatMap((f) => f.matchedTerms.flatMap((t) => [t.term, t.labelJa, t.labelEn])),
        };
      });
    },
    async consortia(needId, first) {
      const ranked = await engine.rankConsortia(needId);
      return ranked.slice(0, first).map((r) => {
        const summary = summariseRouting(r.factors, defaultTermLabels());
        return {
          consortiumId: r.target.id,
          nameJa: r.target.nameJa,
          nameEn: r.target.nameEn,
          key: r.target.key,
          regionCode: r.target.regionCode,
          score: r.score,
          summaryJa: summary.ja,
          summaryEn: summary.en,
          fieldFit: factorValue(r.factors, 'fieldProximity'),
          textFit: factorValue(r.factors, 'textRelevance'),
          regionFit: factorValue(r.factors, 'regionFit'),
        };
      });
    },
  };
}
