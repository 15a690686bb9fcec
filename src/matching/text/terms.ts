/**
 * Terms are plain strings with a kind prefix ("concept:oled", "lex:persimmon", "phon:frtng",
 * "word:電池", "bigram:電池") so that they can be stored and counted in PostgreSQL as they are,
 * and so that a word and a bigram with the same characters stay distinct (they are weighted
 * differently). Kinds, from the most to the least curated:
 * - concept: an entry of the hand-made bilingual concept table (有機EL = OLED);
 * - lex: a key of the bilingual dictionary (EDICT), English phrases as the pivot (柿 = persimmon);
 * - phon: the consonant skeleton of a katakana loan word or an English word (フレッティング = fretting);
 * - word: a Japanese content word or a stemmed English word;
 * - bigram: two kanji or katakana characters.
 */

export type TermKind = 'concept' | 'lex' | 'phon' | 'word' | 'bigram';

export const TERM_KINDS: readonly TermKind[] = ['concept', 'lex', 'phon', 'word', 'bigram'];

const KNOWN_KINDS: ReadonlySet<string> = new Set(TERM_KINDS);

/** A text reduced to weighted terms: what BM25 compares and what the database stores per document. */
export interface AnalysedText {
  /** Term → weighted frequency (occurrences × the weight of the part they occurred in). */
  readonly terms: Readonly<Record<string, number>>;
  /** Sum of all weighted frequencies: the document length BM25 normalises by. */
  readonly length: number;
  /** Term → how it was first written (for explanations); optional so stored terms can omit it. */
  readonly surfaces?: Readonly<Record<string, string>>;
}

/** Builds the term string of a kind and value. */
export function term(kind: TermKind, value: string): string {
  return `${kind}:${value}`;
}

/** The kind of a term; unknown prefixes count as words, so stored legacy terms still score. */
export function termKind(t: string): TermKind {
  const kind = t.slice(0, t.indexOf(':'));
  return KNOWN_KINDS.has(kind) ? (kind as TermKind) : 'word';
}

/** The value part of a term ("oled" of "concept:oled"). */
export function termValue(t: string): string {
  return t.slice(t.indexOf(':') + 1);
}

/** An empty analysis (for missing text). */
export const EMPTY_ANALYSIS: AnalysedText = { terms: {}, length: 0, surfaces: {} };

/** Collects weighted term occurrences; keeps the first surface seen per term. */
export class TermCounter {
  private readonly counts = new Map<string, number>();
  private readonly surfaces = new Map<string, string>();

  add(t: string, weight: number, surface?: string): void {
    this.counts.set(t, (this.counts.get(t) ?? 0) + weight);
    if (surface !== undefined && !this.surfaces.has(t)) this.surfaces.set(t, surface);
  }

  addAll(analysed: AnalysedText, weight: number): void {
    for (const [t, count] of Object.entries(analysed.terms)) this.add(t, count * weight, analysed.surfaces?.[t]);
  }

  /**
   * Adds another counter's terms scaled by a weight, as addAll(other.toAnalysedText()) would
   * (same sums, same first surfaces) without sorting and copying the part first.
   */
  addCounter(other: TermCounter, weight: number): void {
    for (const [t, count] of other.counts) if (count > 0) this.add(t, count * weight, other.surfaces.get(t));
  }

  /** Terms in sorted order, so equal inputs give byte-identical outputs whatever the insertion order. */
  toAnalysedText(): AnalysedText {
    const terms: Record<string, number> = {};
    const surfaces: Record<string, string> = {};
    let length = 0;
    for (const t of [...this.counts.keys()].sort()) {
      const count = this.counts.get(t)!;
      if (count <= 0) continue;
      terms[t] = count;
      length += count;
      const surface = this.surfaces.get(t);
      if (surface !== undefined) surfaces[t] = surface;
    }
    return { terms, length, surfaces };
  }
}

/** Merges analyses, each scaled by its weight (e.g. title counted twice). */
export function mergeAnalyses(parts: ReadonlyArray<{ analysed: AnalysedText; weight: number }>): AnalysedText {
  const counter = new TermCounter();
  for (const { analysed, weight } of parts) counter.addAll(analysed, weight);
  return counter.toAnalysedText();
}
