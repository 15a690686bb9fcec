import { toGlobalId } from '../common/global-id';
import type { MatchingService } from '../matching/matching.service';

/**
 * The rankings a support plan is assembled from, over database ids. The ONE place plans touch
 * the matching engine: when the engine interface (`MatchingEngine`: rankSeeds / rankInstitutions
 * / rankConsortia …) lands, only this file changes.
 */
export interface RankedSeed {
  readonly seedId: string;
  readonly title: string;
  readonly trl: number | null;
  readonly institutionId: string;
  readonly score: number;
  readonly summaryJa: string;
  readonly summaryEn: string;
}

export interface RankedInstitution {
  readonly institutionId: string;
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
  readonly score: number;
  readonly summaryJa: string;
  readonly summaryEn: string;
}

export interface PlanRankings {
  seeds(needId: string, first: number): Promise<RankedSeed[]>;
  institutions(needId: string, kinds: readonly string[], first: number): Promise<RankedInstitution[]>;
  consortia(needId: string, first: number): Promise<RankedConsortium[]>;
}

/** PlanRankings over today's MatchingService public methods (global ids in, candidates out). */
export function matchingServiceRankings(matching: MatchingService): PlanRankings {
  return {
    async seeds(needId, first) {
      const page = await matching.candidatesForNeed(toGlobalId('Need', needId), { first });
      return page.edges.map(({ node }) => ({
        seedId: node.seed.id,
        title: node.seed.title,
        trl: node.seed.trl,
        institutionId: node.seed.institutionId,
        score: node.score,
        summaryJa: node.summaryJa,
        summaryEn: node.summaryEn,
      }));
    },
    async institutions(needId, kinds, first) {
      const page = await matching.institutionsForNeed(toGlobalId('Need', needId), { first, filter: { institutionKind: kinds } });
      return page.edges.map(({ node }) => ({
        institutionId: node.institution.id,
        nameJa: node.institution.nameJa,
        nameEn: node.institution.nameEn,
        kind: node.institution.kind,
        supportMenus: node.institution.supportMenus,
        equipment: node.institution.equipment,
        score: node.score,
        summaryJa: node.summaryJa,
        summaryEn: node.summaryEn,
        matchedTerms: node.explanation.flatMap((f) => f.matchedTerms.flatMap((t) => [t.term, t.labelJa, t.labelEn])),
      }));
    },
    async consortia(needId, first) {
      const page = await matching.consortiaForNeed(toGlobalId('Need', needId), { first });
      return page.edges.map(({ node }) => ({
        consortiumId: node.consortium.id,
        nameJa: node.consortium.nameJa,
        nameEn: node.consortium.nameEn,
        score: node.score,
        summaryJa: node.summaryJa,
        summaryEn: node.summaryEn,
      }));
    },
  };
}
