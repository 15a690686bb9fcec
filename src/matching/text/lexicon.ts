import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { englishTokens } from './english';
import { JapaneseToken, isContentPartOfSpeech, japaneseTokens } from './japanese-words';
import {
  ENGLISH_SECTION,
  JAPANESE_SECTION,
  LEXICON_JAPANESE_STOPWORDS,
  LEXICON_PATH,
  WeightedKeys,
  decodeSenses,
  phraseKey,
  weightedKeys,
} from './lexicon-format';
import { memoise } from './memo';
import { normalise } from './normalise';
import { containsJapanese } from './scripts';

export { LEXICON_JAPANESE_STOPWORDS, GENERIC_ENGLISH_WORDS, phraseKey } from './lexicon-format';

/**
 * A Japanese–English lexicon derived from the EDRDG's EDICT (see data/LEXICON-LICENSE.md),
 * with English as the pivot: every gloss phrase, normalised and stemmed token by token, is a
 * key ("sink marks" and "sink mark" → "sink mark"). A Japanese word yields the keys of its
 * glosses, an English text the keys it contains, so 柿 and "persimmon" meet on "persimmon".
 * Pure (no database), loaded once on first use.
 */

/** One pivot key found in a text. */
export interface LexiconMatch {
  /** Stemmed English phrase ("sink mark", "dissolv oxygen"). */
  readonly key: string;
  /** The text as it matched (溶存酸素, "dissolved oxygen"). */
  readonly surface: string;
  /** 1 for English; for a Japanese word its share of the word's senses (the keys of one word sum to 1). */
  readonly weight: number;
}

export interface Lexicon {
  /** Japanese forms (headwords and kana spellings) the lexicon knows (counted on first use). */
  readonly size: number;
  /** Distinct pivot keys. */
  keyCount(): number;
  /**
   * Pivot keys of the Japanese words of a normalised text. A match begins and ends on lindera
   * token boundaries and is the longest run of consecutive tokens that is a known form (so
   * 溶存酸素 = 溶存+酸素 is one match, and 金 is never matched inside 金型). A one-token match
   * must be a content word and no stopword (する, こと, 対応 … give nothing). Each match yields
   * its form's keys with their weights.
   */
  matchJapanese(normalisedText: string): LexiconMatch[];
  /** The same over a text's morphemes (japaneseTokens), for an analyser that has them already. */
  matchJapaneseTokens(tokens: readonly JapaneseToken[]): LexiconMatch[];
  /**
   * Pivot keys in the Latin-script tokens of a normalised text: the longest known key (up to
   * four stemmed tokens) at each position, so "dissolved oxygen" is one key; weight 1.
   */
  matchEnglish(normalisedText: string): LexiconMatch[];
  /** Display: the key's English phrase as the dictionary writes it, or a Japanese form having it; the key itself when unknown. */
  label(key: string, language: 'ja' | 'en'): string;
  /** English phrases of a Japanese word, heaviest first ([] when unknown). */
  translateJapanese(word: string): string[];
  /** Japanese forms having the key of an English phrase, the ones for which it weighs most first. */
  translateEnglish(phrase: string): string[];
}

/** Timing and size of the last load, for logs and the report. */
export interface LexiconLoadStats {
  readonly forms: number;
  readonly keys: number;
  /** Bytes of the decompressed text (held outside the JS heap). */
  readonly bytes: number;
  /** Decompressing and finding the sections; reading the file is not included. */
  readonly parseMs: number;
}

/** Token counts a Japanese match may span (the longest forms are long compounds). */
const MAX_MATCH_TOKENS = 8;
/** Stemmed tokens an English key may have. */
const MAX_KEY_TOKENS = 4;

// Parts of speech that may not begin or end a multi-token match (a form never starts with a particle).
const EDGE_POS_FORBIDDEN = new Set(['助詞', '助動詞', '記号']);

const NEWLINE = 0x0a;
const TAB = 0x09;

/**
 * One sorted section of the file, searched in place: the bytes stay in one Buffer (outside
 * the JS heap) and a lookup is a binary search over byte offsets (each probe backs up to the
 * start of its line and compares the key's bytes); only the line found is decoded. So loading
 * parses nothing.
 */
class SortedSection {
  constructor(
    private readonly bytes: Buffer,
    /** Offset of the section's first line. */
    private readonly from: number,
    /** Offset just past the section's last newline. */
    private readonly to: number,
  ) {}

  /** The value (after the tab) of the line whose key is `key`, or undefined. */
  get(key: string): string | undefined {
    const target = Buffer.from(key, 'utf8');
    const start = this.lowerBound(target);
    if (start >= this.to) return undefined;
    const { end, tab } = this.lineAt(start);
    return this.bytes.compare(target, 0, target.length, start, tab) === 0 ? this.bytes.toString('utf8', tab + 1, end) : undefined;
  }

  /** Whether some key begins with `prefix` (so a longer match is still possible). */
  hasPrefix(prefix: string): boolean {
    const target = Buffer.from(prefix, 'utf8');
    const start = this.lowerBound(target);
    if (start >= this.to) return false;
    const { tab } = this.lineAt(start);
    return tab - start >= target.length && this.bytes.compare(target, 0, target.length, start, start + target.length) === 0;
  }

  private lineAt(start: number): { end: number; tab: number } {
    const end = this.bytes.indexOf(NEWLINE, start);
    const tab = this.bytes.indexOf(TAB, start);
    return { end, tab: tab < 0 || tab > end ? end : tab };
  }

  /** Start of the first line whose key is ≥ target (byte order), or `to`. */
  private lowerBound(target: Buffer): number {
    let lo = this.from; // the answer is a line start in [lo, hi]
    let hi = this.to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const lineStart = Math.max(mid === this.from ? mid : this.bytes.lastIndexOf(NEWLINE, mid - 1) + 1, lo);
      const { end, tab } = this.lineAt(lineStart);
      // Buffer#compare orders the source (the line's key) against the target: < 0 when the line comes first.
      if (this.bytes.compare(target, 0, target.length, lineStart, tab) < 0) lo = end + 1;
      else hi = lineStart;
    }
    return lo;
  }

  /** Lines in the section (counted on demand). */
  count(): number {
    let n = 0;
    for (let i = this.bytes.indexOf(NEWLINE, this.from); i >= 0 && i < this.to; i = this.bytes.indexOf(NEWLINE, i + 1)) n++;
    return n;
  }
}

/**
 * Loads the lexicon file (see lexicon-format.ts): gzip or plain bytes, or its text. Only the
 * decompression and two searches for the section markers happen here; lookups search the bytes.
 */
export function loadLexicon(file: Buffer | string): Lexicon & { stats(): LexiconLoadStats } {
  const started = performance.now();
  const buffer = typeof file === 'string' ? Buffer.from(file, 'utf8') : file[0] === 0x1f && file[1] === 0x8b ? zlib.gunzipSync(file) : file;
  const sectionStart = (marker: string): number => {
    const at = buffer.indexOf(`\n${marker}\n`);
    if (at < 0) throw new Error(`Not a musubi lexicon file: no ${marker} section`);
    return at + marker.length + 2;
  };
  const japaneseFrom = sectionStart(JAPANESE_SECTION);
  const englishFrom = sectionStart(ENGLISH_SECTION);
  const japanese = new SortedSection(buffer, japaneseFrom, englishFrom - ENGLISH_SECTION.length - 1);
  const english = new SortedSection(buffer, englishFrom, buffer[buffer.length - 1] === NEWLINE ? buffer.length : buffer.length + 1);
  const parseMs = performance.now() - started;
  let sizes: { forms: number; keys: number } | undefined;
  const counted = () => (sizes ??= { forms: japanese.count(), keys: english.count() });

  // Words looked up again and again (装置, 材料…) are decoded and stemmed once.
  const formCache = new Map<string, WeightedKeys | null>();
  const keysOfForm = (form: string): WeightedKeys | undefined => {
    const cached = formCache.get(form);
    if (cached !== undefined) return cached ?? undefined;
    let value = LEXICON_JAPANESE_STOPWORDS.has(form) ? undefined : japanese.get(form);
    if (value?.startsWith('=')) value = japanese.get(value.slice(1));
    const keys = value === undefined ? undefined : weightedKeys(decodeSenses(value));
    if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
    formCache.set(form, keys ?? null);
    return keys;
  };

  const prefixCache = new Map<string, boolean>();
  const hasFormPrefix = (prefix: string): boolean => {
    let known = prefixCache.get(prefix);
    if (known === undefined) {
      known = japanese.hasPrefix(prefix);
      if (prefixCache.size >= FORM_CACHE_LIMIT) prefixCache.clear();
      prefixCache.set(prefix, known);
    }
    return known;
  };

  const longestFormAt = (tokens: readonly JapaneseToken[], start: number): { end: number; keys: WeightedKeys; surface: string } | undefined => {
    if (!containsJapanese(tokens[start].surface) || EDGE_POS_FORBIDDEN.has(tokens[start].partOfSpeech)) return undefined;
    let surface = '';
    const candidates: Array<{ end: number; text: string }> = [];
    for (let end = start + 1; end <= tokens.length && end - start <= MAX_MATCH_TOKENS; end++) {
      const last = tokens[end - 1];
      if (last.partOfSpeech === '記号') break; // punctuation and spaces end a word
      const base = last.baseForm && last.baseForm !== '*' && last.baseForm !== last.surface ? surface + last.baseForm : undefined;
      surface += last.surface;
      if (base !== undefined) candidates.push({ end, text: base });
      const extensible = hasFormPrefix(surface);
      if (extensible) candidates.push({ end, text: surface });
      else break; // no form begins with these tokens: a longer run cannot match either
    }
    for (let c = candidates.length - 1; c >= 0; c--) {
      const { end, text } = candidates[c];
      if (end - start === 1) {
        const t = tokens[start];
        if (!isContentPartOfSpeech(t.partOfSpeech, t.partOfSpeechSubcategory1 ?? '*')) continue;
      } else if (EDGE_POS_FORBIDDEN.has(tokens[end - 1].partOfSpeech)) continue;
      const keys = keysOfForm(text);
      if (keys && keys.keys.length > 0)
        return {
          end,
          keys,
          surface: tokens
            .slice(start, end)
            .map((t) => t.surface)
            .join(''),
        };
    }
    return undefined;
  };

  const matchJapaneseTokens = (tokens: readonly JapaneseToken[]): LexiconMatch[] => {
    const found: LexiconMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      const hit = longestFormAt(tokens, i);
      if (!hit) {
        i++;
        continue;
      }
      hit.keys.keys.forEach((key, k) => found.push({ key, surface: hit.surface, weight: hit.keys.weights[k] }));
      i = hit.end;
    }
    return found;
  };

  const isKey = memoise((key: string) => english.get(key) !== undefined);

  const matchEnglish = (normalisedText: string): LexiconMatch[] => {
    const tokens = englishTokens(normalisedText);
    const stems = tokens.map((t) => t.stem);
    const found: LexiconMatch[] = [];
    for (let i = 0; i < stems.length;) {
      let matched = 0;
      for (let n = Math.min(MAX_KEY_TOKENS, stems.length - i); n >= 1; n--) {
        const key = stems.slice(i, i + n).join(' ');
        if (!isKey(key)) continue;
        found.push({
          key,
          surface: tokens
            .slice(i, i + n)
            .map((t) => t.surface)
            .join(' '),
          weight: 1,
        });
        matched = n;
        break;
      }
      i += Math.max(matched, 1);
    }
    return found;
  };

  const formsOfKey = (key: string): string[] => english.get(key)?.split('|') ?? [];

  return {
    get size() {
      return counted().forms;
    },
    keyCount: () => counted().keys,
    matchJapanese: (normalisedText) => matchJapaneseTokens(japaneseTokens(normalisedText)),
    matchJapaneseTokens,
    matchEnglish,
    label(key, language) {
      const forms = formsOfKey(key);
      if (forms.length === 0) return key;
      if (language === 'ja') return forms[0];
      const keys = keysOfForm(forms[0]);
      return keys?.phrases[keys.keys.indexOf(key)] ?? key;
    },
    translateJapanese: (word) => [...(keysOfForm(normalise(word))?.phrases ?? [])],
    translateEnglish: (phrase) => formsOfKey(phraseKey(phrase)),
    stats: () => ({ ...counted(), bytes: buffer.length, parseMs }),
  };
}

/** Forms whose keys are kept decoded; the cache is simply emptied when full. */
const FORM_CACHE_LIMIT = 20_000;

/** The committed lexicon file, found by walking up from this file (works from src and dist/src). */
export function lexiconFile(start = __dirname): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, ...LEXICON_PATH);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`Cannot find ${LEXICON_PATH.join('/')} above ${start}`);
  }
}

let shared: (Lexicon & { stats(): LexiconLoadStats }) | undefined;

/** The shipped lexicon (src/matching/data/lexicon.tsv), loaded once on first use. */
export function defaultLexicon(): Lexicon {
  return (shared ??= loadLexicon(fs.readFileSync(lexiconFile())));
}

/** Load statistics of the shipped lexicon, or undefined before first use. */
export function defaultLexiconStats(): LexiconLoadStats | undefined {
  return shared?.stats();
}
