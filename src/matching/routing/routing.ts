import type { AnalysedText } from '../text';
import {
  DEFAULT_MATCHING_PARAMETERS,
  analysedNeed,
  describeFieldProximity,
  describeRegionFit,
  describeTextRelevance,
  describeWarmPath,
  fieldProximity,
  regionFit,
  selfScore,
  textRelevance,
  unitInterval,
  warmPath,
} from '../scoring';
import { compareCodePoints } from '../../common/compare';
import { normaliseInOrder } from '../scoring/weights';
import { defaultTermLabels, termScoreShare } from '../scoring/text-evidence';
import { sharedTermsLine, withReasons } from '../scoring/summary';
import type { TermLabels } from '../scoring/text-evidence';
import type { FactorResult, LocalisedText, MatchingContext, MatchingParameters, NeedCategory, NeedProfile, TextRelevanceDetail } from '../scoring';
import { INSTITUTION_KIND_NAMES, InstitutionKindName, NEED_CATEGORY_NAMES, ROUTING_RULES, SUPPORT_MENU_NAMES, SupportMenuName } from './routing-rules';

/**
 * Ranking of routing targets (institutions and consortia) for a need: pure, like the seed
 * ranking, over plain objects. Factors: how well the target's kind and menus fit the need's
 * category (the routing table), text (its own description and equipment, or its best seed),
 * fields, region and a warm path.
 */
export const ROUTING_FACTOR_NAMES = ['routingFit', 'textRelevance', 'fieldProximity', 'regionFit', 'warmPath'] as const;
export type RoutingFactorName = (typeof ROUTING_FACTOR_NAMES)[number];
export type RoutingWeights = Readonly<Record<RoutingFactorName, number>>;

/** Institutions: the routing rule matters most, then what they can actually do for this need. */
export const DEFAULT_INSTITUTION_ROUTING_WEIGHTS: RoutingWeights = {
  routingFit: 0.35,
  textRelevance: 0.3,
  fieldProximity: 0.15,
  regionFit: 0.15,
  warmPath: 0.05,
};
/** Consortia have no kind to route by: fields and text decide, region and membership refine. */
export const DEFAULT_CONSORTIUM_ROUTING_WEIGHTS: RoutingWeights = { routingFit: 0, textRelevance: 0.4, fieldProximity: 0.3, regionFit: 0.2, warmPath: 0.1 };

export interface RoutingFitDetail {
  readonly category: NeedCategory;
  readonly kind: InstitutionKindName | null;
  /** The level of the first rule met, 0 when none. */
  readonly level: number;
  /** The target's menus the rule asked for. */
  readonly matchedMenus: readonly SupportMenuName[];
}

/** The routing table's level for an institution of this kind and menus. */
export function routingFit(category: NeedCategory, kind: InstitutionKindName | null, menus: readonly string[]): FactorResult<RoutingFitDetail> {
  for (const rule of ROUTING_RULES[category]) {
    if (kind === null || !rule.kinds.includes(kind)) continue;
    const matchedMenus = (rule.menus ?? []).filter((menu) => menus.includes(menu));
    if (rule.menus && matchedMenus.length === 0) continue;
    return { value: unitInterval(rule.level), detail: { category, kind, level: rule.level, matchedMenus } };
  }
  return { value: 0, detail: { category, kind, level: 0, matchedMenus: [] } };
}

/** "経営的課題の相談先: 金融機関(資金支援、経営支援)" / "Routing for a management need: financial institution (funding, management support)". */
export function describeRoutingFit(detail: RoutingFitDetail): LocalisedText {
  const category = NEED_CATEGORY_NAMES[detail.category];
  const kind = detail.kind ? INSTITUTION_KIND_NAMES[detail.kind] : { ja: '種別不明', en: 'unknown kind' };
  if (detail.level === 0) {
    return { ja: `${category.ja}の通常の相談先ではない(${kind.ja})`, en: `Not a usual destination for a ${category.en} (${kind.en})` };
  }
  const menus = detail.matchedMenus.map((m) => SUPPORT_MENU_NAMES[m]);
  const ja = menus.length > 0 ? `(${menus.map((m) => m.ja).join('、')})` : '';
  const en = menus.length > 0 ? ` (${menus.map((m) => m.en).join(', ')})` : '';
  return { ja: `${category.ja}の相談先: ${kind.ja}${ja}`, en: `Routing for a ${category.en}: ${kind.en}${en}` };
}

/** A routing target as plain data. */
export interface RoutingTarget {
  readonly id: string;
  /** The institution's kind; null for a consortium. */
  readonly kind: InstitutionKindName | null;
  readonly supportMenus: readonly string[];
  readonly fieldCodes: readonly string[];
  readonly regionCode: string | null;
  /** Consortia the target belongs to (for a consortium: itself). */
  readonly consortiumIds: readonly string[];
  /** Its own text: description, equipment and menus (a consortium: name and description). */
  readonly analysed: AnalysedText;
  /** Its best-fitting seed for this need, when one was retrieved, with that seed's text factor (seed corpus). */
  readonly bestSeed?: { readonly id: string; readonly title: string; readonly text: FactorResult<TextRelevanceDetail> } | null;
}

export interface TargetTextDetail extends TextRelevanceDetail {
  /** The seed whose text won, or null when the target's own text did. */
  readonly seedId: string | null;
  readonly seedTitle: string | null;
}

export interface RoutingFactor {
  readonly factor: RoutingFactorName;
  readonly value: number;
  readonly weight: number;
  /** weight × value; a target's contributions sum exactly to its score. */
  readonly contribution: number;
  readonly sentence: LocalisedText;
  readonly detail: unknown;
}

export interface RankedTarget {
  readonly id: string;
  readonly score: number;
  readonly rank: number;
  readonly factors: readonly RoutingFactor[];
}

/**
 * Validates and normalises routing weights like the seed weights: non-negative, not all zero,
 * summing to exactly 1 in factor order (the last positive weight takes the remainder).
 */
export function normaliseRoutingWeights(weights: RoutingWeights): RoutingWeights {
  const values = ROUTING_FACTOR_NAMES.map((f) => (Number.isFinite(weights[f]) && weights[f] > 0 ? weights[f] : 0));
  const total = values.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error('routing weights must have a positive weight');
  const normalised = normaliseInOrder(values, total);
  return Object.fromEntries(ROUTING_FACTOR_NAMES.map((f, i) => [f, normalised[i]])) as Record<RoutingFactorName, number>;
}

/**
 * Ranks routing targets for a need: scores each, orders by score then id. `context.corpus`
 * describes the targets' own texts. Factors with weight 0 are left out of the explanation.
 */
export function rankRoutingTargets(
  need: NeedProfile,
  targets: readonly RoutingTarget[],
  context: MatchingContext,
  options: { weights: RoutingWeights; parameters?: MatchingParameters },
): RankedTarget[] {
  const parameters = options.parameters ?? DEFAULT_MATCHING_PARAMETERS;
  const weights = normaliseRoutingWeights(options.weights);
  const query = analysedNeed(need);
  const self = selfScore(query, context.corpus, parameters.bm25);
  const names = context.names ?? {};
  const scored = targets.map((target) => {
    const own = textRelevance({ query, document: target.analysed, corpus: context.corpus, selfScore: self }, parameters);
    const seedWins = target.bestSeed != null && target.bestSeed.text.value > own.value;
    const text = seedWins ? target.bestSeed!.text : own;
    const { rawScore, selfScore: textSelfScore, relativeScore, matches } = text.detail; // matches is a getter: read it, a spread would not
    const textDetail: TargetTextDetail = {
      rawScore,
      selfScore: textSelfScore,
      relativeScore,
      matches,
      seedId: seedWins ? target.bestSeed!.id : null,
      seedTitle: seedWins ? target.bestSeed!.title : null,
    };
    // The terms' shares of the score need the score: the sentence is worded after the sum below.
    const textSentence = (share: number) => describeTextRelevance(text.detail, names.terms ?? defaultTermLabels(), parameters.text.explainedTerms, share);
    const seedSentence = (sentence: LocalisedText): LocalisedText =>
      seedWins ? { ja: `${sentence.ja}(シーズ「${textDetail.seedTitle}」)`, en: `${sentence.en} (seed “${textDetail.seedTitle}”)` } : sentence;
    const results: Record<RoutingFactorName, { value: number; detail: unknown; sentence: LocalisedText }> = (() => {
      const routing = routingFit(need.category, target.kind, target.supportMenus);
      const field = fieldProximity(need.fieldCodes, target.fieldCodes, context.taxonomy, parameters.field);
      const region = regionFit(need.regionCode, target.regionCode, context.regions, parameters.region);
      const warm = warmPath(need.consortiumIds, target.consortiumIds, false, parameters.warmPath);
      return {
        routingFit: { value: routing.value, detail: routing.detail, sentence: describeRoutingFit(routing.detail) },
        textRelevance: { value: text.value, detail: textDetail, sentence: { ja: '', en: '' } },
        fieldProximity: { value: field.value, detail: field.detail, sentence: describeFieldProximity(field.detail, names) },
        regionFit: { value: region.value, detail: region.detail, sentence: describeRegionFit(region.detail, names) },
        warmPath: { value: warm.value, detail: warm.detail, sentence: describeWarmPath(warm.detail, names) },
      };
    })();
    let score = 0;
    const factors: RoutingFactor[] = [];
    for (const factor of ROUTING_FACTOR_NAMES) {
      const weight = weights[factor];
      if (weight === 0) continue;
      const value = unitInterval(results[factor].value);
      const contribution = weight * value;
      score += contribution;
      factors.push({ factor, value, weight, contribution, sentence: results[factor].sentence, detail: results[factor].detail });
    }
    const worded = factors.map((f) =>
      f.factor === 'textRelevance' ? { ...f, sentence: seedSentence(textSentence(termScoreShare(f.contribution, score, text.detail.rawScore))) } : f,
    );
    return { id: target.id, score, factors: worded };
  });
  scored.sort((a, b) => b.score - a.score || compareCodePoints(a.id, b.id));
  return scored.map((s, i) => ({ ...s, rank: i + 1 }));
}

/**
 * Why this institution or consortium, in one line per language: what the texts share (its own
 * or its best seed's) and, when the target is a usual destination for the need's category, the
 * routing reason.
 */
export function summariseRouting(factors: readonly RoutingFactor[], labels: TermLabels): LocalisedText {
  const text = factors.find((f) => f.factor === 'textRelevance');
  const routing = factors.find((f) => f.factor === 'routingFit');
  const reason = routing && routing.value > 0 ? routing.sentence : undefined;
  return withReasons(sharedTermsLine(text ? (text.detail as TextRelevanceDetail).matches : [], labels), reason ? [reason.ja] : [], reason ? [reason.en] : []);
}
