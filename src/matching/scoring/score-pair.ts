import { AnalysedText, containsJapanese, distinctSorted, termKind, termValue } from '../text';
import { combine, fitOf } from './combine';
import { FactorDetails, PairScore } from './explanation';
import { collaborationFormFit } from './factors/collaboration-form-fit';
import { fieldProximity } from './factors/field-proximity';
import { freshness } from './factors/freshness';
import { regionFit } from './factors/region-fit';
import { researcherLoad } from './factors/researcher-load';
import { selfScore, textRelevance } from './factors/text-relevance';
import { trlFit } from './factors/trl-fit';
import { warmPath } from './factors/warm-path';
import { MatchingParameters, MatchingParametersOverride, resolveParameters } from './parameters';
import { analysedNeed, analysedSeed } from './profile-text';
import { summarise } from './summary';
import { defaultTermLabels } from './text-evidence';
import { FactorResult, Language, LocalisedText, MatchingContext, NeedProfile, SeedProfile } from './types';
import { FACTOR_NAMES, FactorName, MatchingWeights, resolveWeights } from './weights';
import { PairWording, wordedFactor } from './worded-factor';

/** Which side is the query: the other side is ranked, and its collection supplies the corpus statistics. */
export type MatchDirection = 'SEEDS_FOR_NEED' | 'NEEDS_FOR_SEED';

export interface ScoringOptions {
  /** Per-query weight overrides (merged into `baseWeights`, then normalised). */
  readonly weights?: Partial<MatchingWeights>;
  /** Configured weights; DEFAULT_MATCHING_WEIGHTS when absent. */
  readonly baseWeights?: MatchingWeights;
  readonly parameters?: MatchingParametersOverride;
  /** Configured parameters; DEFAULT_MATCHING_PARAMETERS when absent. */
  readonly baseParameters?: MatchingParameters;
}

type Results = { readonly [F in FactorName]: FactorResult<FactorDetails[F]> };

/** Per-query state: resolved configuration, the query's terms and its BM25 self-score. */
interface PreparedQuery {
  readonly direction: MatchDirection;
  readonly context: MatchingContext;
  readonly weights: MatchingWeights;
  readonly parameters: MatchingParameters;
  readonly queryTerms: AnalysedText;
  /** The query's self-score over what a candidate in each language could share with it. */
  readonly querySelfScore: Readonly<Record<Language, number>>;
}

function prepare(direction: MatchDirection, query: AnalysedText, context: MatchingContext, options: ScoringOptions): PreparedQuery {
  const weights = resolveWeights(options.weights, options.baseWeights);
  const parameters = resolveParameters(options.parameters, options.baseParameters);
  const queryTerms = inSortedOrder(query);
  const selfIn = (language: Language) => selfScore(reachableTerms(queryTerms, language), context.corpus, parameters.bm25);
  return { direction, context, weights, parameters, queryTerms, querySelfScore: { JA: selfIn('JA'), EN: selfIn('EN') } };
}

/**
 * The same analysis with its terms inserted in sorted order: BM25 visits the query's terms sorted,
 * once per candidate, and sorting an already sorted list costs one comparison a term.
 */
function inSortedOrder(query: AnalysedText): AnalysedText {
  const terms: Record<string, number> = {};
  for (const t of Object.keys(query.terms).sort()) terms[t] = query.terms[t];
  return { ...query, terms };
}

/**
 * The query terms a candidate written in `language` could share: everything for a Japanese
 * candidate (Japanese texts carry English words too), and for an English one all but the
 * Japanese-script words and bigrams. Text relevance is taken relative to the query's score over
 * these, so that a seed in the other language that covers all the query says across languages
 * scores as high as a seed in the query's own language that covers all of it.
 */
export function reachableTerms(query: AnalysedText, language: Language): AnalysedText {
  if (language === 'JA') return query;
  const terms: Record<string, number> = {};
  let length = 0;
  for (const [t, w] of Object.entries(query.terms)) {
    const kind = termKind(t);
    if ((kind === 'word' || kind === 'bigram') && containsJapanese(termValue(t))) continue;
    terms[t] = w;
    length += w;
  }
  return { terms, length, surfaces: query.surfaces };
}

/** Scores the pair (need, seed); which of them is the query only changes text and freshness. */
function scorePair(need: NeedProfile, seed: SeedProfile, candidateTerms: AnalysedText, q: PreparedQuery): PairScore {
  const { context, parameters } = q;
  const names = context.names ?? {};
  const results: Results = {
    textRelevance: textRelevance(
      {
        query: q.queryTerms,
        document: candidateTerms,
        corpus: context.corpus,
        selfScore: q.querySelfScore[q.direction === 'SEEDS_FOR_NEED' ? seed.language : need.language],
      },
      parameters,
    ),
    fieldProximity: fieldProximity(need.fieldCodes, seed.fieldCodes, context.taxonomy, parameters.field),
    trlFit: trlFit(need.desiredTrl, seed.trl, parameters.trl),
    regionFit: regionFit(need.regionCode, seed.regionCode, context.regions, parameters.region),
    collaborationFormFit: collaborationFormFit(need.wantedForms, seed.collaborationForms, parameters.forms),
    warmPath: warmPath(
      need.consortiumIds,
      seed.consortiumIds,
      seed.pastCollaborationWithCompany || need.pastCollaborationWithSeed === true,
      parameters.warmPath,
    ),
    researcherLoad: researcherLoad(seed.openIntroductions, parameters.load),
    // The candidate's age: a stale seed, or an old need, is less likely to be still open.
    freshness: freshness(q.direction === 'SEEDS_FOR_NEED' ? seed.updatedAt : need.createdAt, context.now, parameters.freshness),
  };
  const values: Record<FactorName, number> = {
    textRelevance: results.textRelevance.value,
    fieldProximity: results.fieldProximity.value,
    trlFit: results.trlFit.value,
    regionFit: results.regionFit.value,
    collaborationFormFit: results.collaborationFormFit.value,
    warmPath: results.warmPath.value,
    researcherLoad: results.researcherLoad.value,
    freshness: results.freshness.value,
  };
  const { score, contributions } = combine(values, q.weights);
  // Sentences are worded only when read: a ranking scores hundreds of candidates and shows a page.
  const wording: PairWording = { names, parameters, score, textContribution: contributions.textRelevance };
  const factors = FACTOR_NAMES.map((factor) => wordedFactor(factor, values[factor], q.weights[factor], contributions[factor], results[factor].detail, wording));
  let summary: LocalisedText | undefined;
  return { score, fit: fitOf(score, parameters.fit), factors, summary: () => (summary ??= summarise(factors, names.terms ?? defaultTermLabels(), names)) };
}

/**
 * Prepares scoring of seeds for one need: weights and parameters are resolved, the need
 * analysed and its BM25 self-score computed once; the returned function scores one seed,
 * purely and deterministically. `context.corpus` must describe the seeds.
 * @throws InvalidMatchingWeightsError, InvalidMatchingParametersError
 */
export function createSeedScorer(need: NeedProfile, context: MatchingContext, options: ScoringOptions = {}): (seed: SeedProfile) => PairScore {
  const q = prepare('SEEDS_FOR_NEED', analysedNeed(need), context, options);
  // The factors read the need's lists sorted and distinct: made so once, not once per seed.
  const sorted: NeedProfile = { ...need, fieldCodes: distinctSorted(need.fieldCodes), wantedForms: distinctSorted(need.wantedForms) };
  return (seed) => scorePair(sorted, seed, analysedSeed(seed), q);
}

/**
 * The same with roles swapped: the seed's text is the query, needs are ranked, and
 * `context.corpus` must describe the needs. Structured factors read the pair the same way.
 */
export function createNeedScorer(seed: SeedProfile, context: MatchingContext, options: ScoringOptions = {}): (need: NeedProfile) => PairScore {
  const q = prepare('NEEDS_FOR_SEED', analysedSeed(seed), context, options);
  return (need) => scorePair(need, seed, analysedNeed(need), q);
}

/** Scores one seed for one need. */
export function scoreSeedForNeed(need: NeedProfile, seed: SeedProfile, context: MatchingContext, options?: ScoringOptions): PairScore {
  return createSeedScorer(need, context, options)(seed);
}

/** Scores one need for one seed. */
export function scoreNeedForSeed(seed: SeedProfile, need: NeedProfile, context: MatchingContext, options?: ScoringOptions): PairScore {
  return createNeedScorer(seed, context, options)(need);
}
