import { Field, Float, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../common/connection';
import { Consortium } from '../consortia/consortium.entity';
import { Institution } from '../institutions/institution.entity';
import { Need } from '../needs/need.entity';
import { Researcher } from '../people/researcher.entity';
import { Seed } from '../seeds/seed.entity';

export enum MatchFactorName {
  TEXT_RELEVANCE = 'TEXT_RELEVANCE',
  FIELD_PROXIMITY = 'FIELD_PROXIMITY',
  TRL_FIT = 'TRL_FIT',
  REGION_FIT = 'REGION_FIT',
  COLLABORATION_FORM_FIT = 'COLLABORATION_FORM_FIT',
  WARM_PATH = 'WARM_PATH',
  RESEARCHER_LOAD = 'RESEARCHER_LOAD',
  FRESHNESS = 'FRESHNESS',
  ROUTING_FIT = 'ROUTING_FIT',
}
registerEnumType(MatchFactorName, {
  name: 'MatchFactorName',
  description: 'A factor of a match score / マッチングの評価要素',
  valuesConfig: {
    TEXT_RELEVANCE: { description: 'テキストの一致 text relevance: BM25 over words, character bigrams and bilingual concepts' },
    FIELD_PROXIMITY: { description: '分野の近さ field taxonomy proximity' },
    TRL_FIT: { description: '技術成熟度の適合 TRL fit (a seed below the wished TRL loses more than one above)' },
    REGION_FIT: { description: '地域 region: same area > same prefecture > cooperating prefectures > elsewhere' },
    COLLABORATION_FORM_FIT: { description: '連携形態 collaboration forms offered versus wanted' },
    WARM_PATH: { description: 'つながり warm path: shared consortium or earlier collaboration' },
    RESEARCHER_LOAD: { description: '研究者の負荷 researcher load (open introductions)' },
    FRESHNESS: { description: '鮮度 freshness of the candidate' },
    ROUTING_FIT: { description: '振り分けの適合 routing fit: institution kind and support menus for the need’s category (institutions only)' },
  },
});

export enum MatchTermKind {
  CONCEPT = 'CONCEPT',
  LEXICON = 'LEXICON',
  PHONETIC = 'PHONETIC',
  WORD = 'WORD',
  BIGRAM = 'BIGRAM',
}
registerEnumType(MatchTermKind, {
  name: 'MatchTermKind',
  description: 'Kind of matched term / 一致した語の種類',
  valuesConfig: {
    CONCEPT: { description: '概念 a bilingual concept (有機EL = OLED): matches across Japanese and English' },
    LEXICON: { description: '辞書語 a word of the bilingual dictionary (柿 = persimmon, ヒケ = sink mark): matches across Japanese and English' },
    PHONETIC: { description: '音写 a katakana loan word and the English word it sounds like (フレッティング = fretting)' },
    WORD: { description: '単語 a word (Japanese morpheme or stemmed English word)' },
    BIGRAM: { description: '文字bigram two kanji/katakana characters (catches words the dictionary splits differently)' },
  },
});

@ObjectType({ description: 'A term both sides share, with its share of the text score / 一致した語' })
export class MatchedTerm {
  @Field({ description: 'The term as written (in the query, or else in the candidate)' })
  term: string;

  @Field(() => Float, { description: 'Its BM25 contribution to the raw text score (before the text factor is normalised to 0–1)' })
  weight: number;

  @Field(() => MatchTermKind, { description: 'Concept, word or character bigram' })
  kind: MatchTermKind;

  @Field({ description: 'Display label in Japanese (a concept’s Japanese name; across languages the pair, 「ヒケ ↔ sink marks」)' })
  labelJa: string;

  @Field({ description: 'Display label in English (a concept’s English name; across languages the pair, "sink marks ↔ ヒケ")' })
  labelEn: string;

  @Field(() => Float, { description: 'Its share of the candidate’s whole score, 0–1' })
  share: number;
}

export enum MatchFit {
  STRONG = 'STRONG',
  POSSIBLE = 'POSSIBLE',
  WEAK = 'WEAK',
}
registerEnumType(MatchFit, {
  name: 'MatchFit',
  description: 'How well a candidate fits, read from its score with fixed thresholds (README: How matching works) / 適合度',
  valuesConfig: {
    STRONG: { description: '有力 score ≥ 0.5: strong shared evidence, worth an introduction' },
    POSSIBLE: { description: '可能性あり 0.3 ≤ score < 0.5: some shared evidence, read the reasons first' },
    WEAK: { description: '弱い score < 0.3: little or no shared evidence' },
  },
});

/** What every ranked candidate says beyond its score: fit and a one-line summary. */
@InterfaceType('Candidate', { description: 'A ranked candidate’s verdict: how well it fits and why, in one line / 候補の適合度と要約' })
export abstract class CandidateVerdict {
  @Field(() => MatchFit, { description: 'STRONG / POSSIBLE / WEAK, from the score (same thresholds for every need)' })
  fit: MatchFit;

  @Field({ description: 'Why this candidate, in one line of Japanese / 推薦理由の要約' })
  summaryJa: string;

  @Field({ description: 'Why this candidate, in one line of English' })
  summaryEn: string;
}

@ObjectType({
  description:
    'One factor of a candidate’s score and why / 評価要素と理由. For seeds, needs and researchers text relevance sets the level and gates the others: its `contribution` is `weight` × `value`, every other factor’s is text value × `weight` × `value`. For institutions and consortia (routing) each contribution is `weight` × `value`. The contributions of a candidate’s explanation sum to its `score`.',
})
export class MatchFactor {
  @Field(() => MatchFactorName, { description: 'Which factor' })
  factor: MatchFactorName;

  @Field(() => Float, { description: 'The factor’s value, 0–1' })
  value: number;

  @Field(() => Float, { description: 'Its normalised weight (the weights of one query sum to 1)' })
  weight: number;

  @Field(() => Float, { description: 'Its part of the score; the contributions sum to the score' })
  contribution: number;

  @Field(() => Float, { description: 'contribution ÷ score: its share of the score, 0–1 (0 when the score is 0)' })
  share: number;

  @Field({ description: 'Why, in Japanese / 理由' })
  sentenceJa: string;

  @Field({ description: 'Why, in English' })
  sentenceEn: string;

  @Field(() => [MatchedTerm], { description: 'For TEXT_RELEVANCE: the shared terms, largest contribution first; empty for other factors' })
  matchedTerms: MatchedTerm[];

  /** Codes behind `sharedFields` (resolved by MatchFactorResolver). */
  sharedFieldCodes: string[];

  /** Ids behind `sharedConsortia`. */
  sharedConsortiumIds: string[];
}

@ObjectType({ description: 'A seed ranked for a need / シーズ候補', implements: CandidateVerdict })
export class SeedCandidate extends CandidateVerdict {
  @Field(() => Seed, { description: 'The seed' })
  seed: Seed;

  @Field(() => Float, { description: 'Score 0–1: the sum of the explanation’s contributions' })
  score: number;

  @Field(() => Int, { description: '1-based rank after diversity re-ranking' })
  rank: number;

  @Field(() => [MatchFactor], { description: 'Every factor with its value, weight, contribution and reason' })
  explanation: MatchFactor[];

  @Field(() => Int, {
    description:
      'How many duplicates of this seed (marked by a coordinator, or near-identical text of the same owner or institution) ranked lower and are folded into this entry / 同じ内容の他の候補の数',
  })
  duplicateCount: number;

  @Field(() => [Seed], { description: 'Those folded duplicates, best ranked first / 同じ内容の他の候補' })
  duplicates: Seed[];
}

@ObjectType({ description: 'A need ranked for a seed; what the viewer may not see of the need is withheld / ニーズ候補', implements: CandidateVerdict })
export class NeedCandidate extends CandidateVerdict {
  @Field(() => Need, { description: 'The need, as the viewer may see it' })
  need: Need;

  @Field(() => Float, { description: 'Score 0–1: the sum of the explanation’s contributions' })
  score: number;

  @Field(() => Int, { description: '1-based rank after diversity re-ranking' })
  rank: number;

  @Field(() => [MatchFactor], { description: 'Every factor with its value, weight, contribution and reason' })
  explanation: MatchFactor[];
}

@ObjectType({ description: 'A researcher ranked for a need by their seeds / 研究者候補', implements: CandidateVerdict })
export class ResearcherCandidate extends CandidateVerdict {
  @Field(() => Researcher, { description: 'The researcher' })
  researcher: Researcher;

  @Field(() => Float, { description: 'Score 0–1: the best seed’s score plus `furtherSeedsBonus`' })
  score: number;

  @Field(() => Int, { description: '1-based rank' })
  rank: number;

  @Field(() => Float, { description: 'Bonus for further fitting seeds beyond the best one' })
  furtherSeedsBonus: number;

  @Field(() => [MatchFactor], { description: 'The best seed’s explanation (its contributions sum to the best seed’s score)' })
  explanation: MatchFactor[];

  @Field(() => [SeedCandidate], { description: 'The researcher’s best-fitting seeds (at most 3), best first' })
  bestSeeds: SeedCandidate[];
}

@ObjectType({ description: 'An institution ranked for a need (routing) / 機関候補', implements: CandidateVerdict })
export class InstitutionCandidate extends CandidateVerdict {
  @Field(() => Institution, { description: 'The institution' })
  institution: Institution;

  @Field(() => Float, { description: 'Score 0–1: the sum of the explanation’s contributions' })
  score: number;

  @Field(() => Int, { description: '1-based rank' })
  rank: number;

  @Field(() => [MatchFactor], { description: 'Routing fit, text, fields, region and warm path with reasons' })
  explanation: MatchFactor[];

  /** Id behind `bestSeed`. */
  bestSeedId: string | null;
}

@ObjectType({ description: 'A consortium ranked for a need / 研究会候補', implements: CandidateVerdict })
export class ConsortiumCandidate extends CandidateVerdict {
  @Field(() => Consortium, { description: 'The consortium' })
  consortium: Consortium;

  @Field(() => Float, { description: 'Score 0–1: the sum of the explanation’s contributions' })
  score: number;

  @Field(() => Int, { description: '1-based rank' })
  rank: number;

  @Field(() => [MatchFactor], { description: 'Text, fields, region and warm path with reasons' })
  explanation: MatchFactor[];

  /** Id behind `bestSeed`. */
  bestSeedId: string | null;
}

@ObjectType({ description: 'A page of seed candidates, best first' })
export class SeedCandidateConnection extends Connection(SeedCandidate, 'SeedCandidate') {}

@ObjectType({ description: 'A page of need candidates, best first' })
export class NeedCandidateConnection extends Connection(NeedCandidate, 'NeedCandidate') {}

@ObjectType({ description: 'A page of researcher candidates, best first' })
export class ResearcherCandidateConnection extends Connection(ResearcherCandidate, 'ResearcherCandidate') {}

@ObjectType({ description: 'A page of institution candidates, best first' })
export class InstitutionCandidateConnection extends Connection(InstitutionCandidate, 'InstitutionCandidate') {}

@ObjectType({ description: 'A page of consortium candidates, best first' })
export class ConsortiumCandidateConnection extends Connection(ConsortiumCandidate, 'ConsortiumCandidate') {}
