import type { ConnectionShape } from '../common/connection';
import { InputProblem, InvalidInputError } from '../common/errors';
import { DEFAULT_LAB_CAP, DEFAULT_MMR_LAMBDA, FACTOR_NAMES, resolveWeights, termItem, termScoreShare } from './scoring';
import type { DiversityOptions, FactorExplanation, FactorName, MatchedTermDetail, MatchingWeights, TermLabels } from './scoring';
import type { RoutingFactor } from './routing';
import { termKind } from './text';
import type { TermKind } from './text';
import { DEFAULT_MATCH_PAGE_SIZE, MAX_MATCH_PAGE_SIZE } from './matching.inputs';
import { MatchFactor, MatchFactorName, MatchTermKind } from './matching.types';

/** Per-query weights as clients send them: any subset of the factors, nulls meaning "not given". */
export type WeightOverrides = { readonly [F in FactorName]?: number | null };

/** Diversity as clients send it. */
export interface DiversityRequest {
  mode: 'NONE' | 'LAB_CAP' | 'MMR';
  maxPerLab?: number | null;
  minRelativeScore?: number | null;
  lambda?: number | null;
}

const mustNotBeNegative = { ja: '0 以上の数を指定してください', en: 'must be a number of at least 0' };

/**
 * Merges a query's weights into the configured ones and normalises them. A negative or unknown
 * weight is BAD_USER_INPUT on `weights.<factor>`; all weights zero is BAD_USER_INPUT on `weights`.
 */
export function resolveQueryWeights(overrides: WeightOverrides | null | undefined, base: MatchingWeights): MatchingWeights {
  const given: Partial<Record<FactorName, number>> = {};
  const problems: InputProblem[] = [];
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (value === null || value === undefined) continue;
    if (!(FACTOR_NAMES as readonly string[]).includes(name)) {
      problems.push({ field: `weights.${name}`, ja: '未知の要素です', en: 'is not a known factor', constraint: 'knownFactor' });
    } else if (!Number.isFinite(value) || value < 0) {
      problems.push({ field: `weights.${name}`, ...mustNotBeNegative, constraint: 'min' });
    } else {
      given[name as FactorName] = value;
    }
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  const merged = FACTOR_NAMES.reduce((sum, f) => sum + (given[f] ?? base[f]), 0);
  if (!(merged > 0)) throw InvalidInputError.of('weights', '少なくとも1つの重みを正の数にしてください', 'needs at least one positive weight', 'positiveWeight');
  return resolveWeights(given, base);
}

/** The diversity re-ranking a request asks for; defaults are the scoring module's. */
export function resolveDiversity(request: DiversityRequest | null | undefined): DiversityOptions | undefined {
  if (!request) return undefined;
  switch (request.mode) {
    case 'NONE':
      return { mode: 'none' };
    case 'LAB_CAP': {
      const maxPerLab = request.maxPerLab ?? DEFAULT_LAB_CAP.maxPerLab;
      const minRelativeScore = request.minRelativeScore ?? DEFAULT_LAB_CAP.minRelativeScore;
      const problems: InputProblem[] = [];
      if (!Number.isInteger(maxPerLab) || maxPerLab < 1)
        problems.push({ field: 'diversity.maxPerLab', ja: '1 以上の整数で指定してください', en: 'must be an integer of at least 1', constraint: 'min' });
      if (!(minRelativeScore >= 0 && minRelativeScore <= 1))
        problems.push({ field: 'diversity.minRelativeScore', ja: '0〜1 で指定してください', en: 'must be from 0 to 1', constraint: 'range' });
      if (problems.length > 0) throw new InvalidInputError(problems);
      return { mode: 'labCap', maxPerLab, minRelativeScore };
    }
    case 'MMR': {
      const lambda = request.lambda ?? DEFAULT_MMR_LAMBDA;
      if (!(lambda >= 0 && lambda <= 1)) throw InvalidInputError.of('diversity.lambda', '0〜1 で指定してください', 'must be from 0 to 1', 'range');
      return { mode: 'mmr', lambda };
    }
  }
}

export interface PageWindow {
  offset: number;
  first: number;
}

const CURSOR_PREFIX = 'rank:';

/** Cursors over a deterministic ranking are positions: `rank:<n>` in base64url. */
export function encodeRankCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The window a request asks for; BAD_USER_INPUT on `first` or `after` when out of range or malformed. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined): PageWindow {
  const size = first ?? DEFAULT_MATCH_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_MATCH_PAGE_SIZE) {
    throw InvalidInputError.of('first', `1〜${MAX_MATCH_PAGE_SIZE} の整数で指定してください`, `must be an integer from 1 to ${MAX_MATCH_PAGE_SIZE}`, 'range');
  }
  if (!after) return { offset: 0, first: size };
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const position = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isInteger(position) || position < 0) throw InvalidInputError.of('after', 'カーソルの形式が正しくありません', 'is not a valid cursor', 'cursor');
  return { offset: position + 1, first: size };
}

/**
 * A page of an already ranked list; the cursor of an item is its 0-based position. `toNode`
 * converts only the page's items (building explanations for 300 candidates to show 20 is waste).
 */
export function pageOf<T, N = T>(items: readonly T[], window: PageWindow, toNode: (item: T) => N = (item) => item as unknown as N): ConnectionShape<N> {
  const slice = items.slice(window.offset, window.offset + window.first);
  const edges = slice.map((item, i) => ({ cursor: encodeRankCursor(window.offset + i), node: toNode(item) }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: window.offset + window.first < items.length,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

const FACTOR_ENUM: Record<FactorName | RoutingFactor['factor'], MatchFactorName> = {
  textRelevance: MatchFactorName.TEXT_RELEVANCE,
  fieldProximity: MatchFactorName.FIELD_PROXIMITY,
  trlFit: MatchFactorName.TRL_FIT,
  regionFit: MatchFactorName.REGION_FIT,
  collaborationFormFit: MatchFactorName.COLLABORATION_FORM_FIT,
  warmPath: MatchFactorName.WARM_PATH,
  researcherLoad: MatchFactorName.RESEARCHER_LOAD,
  freshness: MatchFactorName.FRESHNESS,
  routingFit: MatchFactorName.ROUTING_FIT,
};

const TERM_KIND: Record<TermKind, MatchTermKind> = {
  concept: MatchTermKind.CONCEPT,
  lex: MatchTermKind.LEXICON,
  phon: MatchTermKind.PHONETIC,
  word: MatchTermKind.WORD,
  bigram: MatchTermKind.BIGRAM,
};

interface DetailShape {
  matches?: readonly MatchedTermDetail[];
  rawScore?: number;
  commonField?: string | null;
  sharedConsortiumIds?: readonly string[];
}

/**
 * A factor of the pure ranking (seed or routing) as the GraphQL MatchFactor; `score` is the
 * candidate's, for the shares.
 */
export function toMatchFactor(factor: FactorExplanation | RoutingFactor, labels: TermLabels, score: number): MatchFactor {
  const detail = factor.detail as DetailShape;
  const termShare = factor.factor === 'textRelevance' ? termScoreShare(factor.contribution, score, detail.rawScore ?? 0) : 0;
  const matchedTerms =
    factor.factor === 'textRelevance'
      ? (detail.matches ?? []).map((m) => {
          const item = termItem(m, labels);
          return {
            term: m.surface,
            weight: m.contribution,
            kind: TERM_KIND[termKind(m.term)],
            labelJa: item?.ja ?? m.surface,
            labelEn: item?.en ?? m.surface,
            share: m.contribution * termShare,
          };
        })
      : [];
  return {
    factor: FACTOR_ENUM[factor.factor],
    value: factor.value,
    weight: factor.weight,
    contribution: factor.contribution,
    share: score > 0 ? factor.contribution / score : 0,
    sentenceJa: factor.sentence.ja,
    sentenceEn: factor.sentence.en,
    matchedTerms,
    sharedFieldCodes: factor.factor === 'fieldProximity' && detail.commonField ? [detail.commonField] : [],
    sharedConsortiumIds: factor.factor === 'warmPath' ? [...(detail.sharedConsortiumIds ?? [])] : [],
  };
}
