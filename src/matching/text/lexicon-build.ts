/**
 * Derives musubi's compact bilingual lexicon from EDICT-format dictionary lines (the EDRDG's
 * EDICT and compdic, as Debian's `edict` package installs them). Pure: text in, text out, so
 * that a unit test can build from a committed excerpt and the CLI (src/cli/build-lexicon.ts)
 * only reads and writes files.
 *
 * Kept: technical and everyday nouns, verbs and adjectives. Dropped: particles, interjections,
 * expressions, adverbs, counters, prefixes/suffixes; archaic, obscure, rare, vulgar, slang,
 * honorific and similar senses; irregular and outdated spellings; single-kana headwords;
 * hiragana-only words that are not common; single-kanji words that are not common or have
 * many senses (the others keep their first two); glosses longer than four words or made of generic words.
 */
import { normalise } from './normalise';
import { containsJapanese } from './scripts';
import {
  LEXICON_JAPANESE_STOPWORDS,
  ENGLISH_SECTION,
  JAPANESE_SECTION,
  MAX_FORMS_PER_KEY,
  MAX_PHRASES_PER_FORM,
  MAX_PHRASE_TOKENS,
  isUsefulKey,
  phraseKey,
  weightedKeys,
} from './lexicon-format';
import { GRAMMAR_POS, ParsedLine, SKIP_LINE_TAGS, SKIP_SENSE_TAGS, parseEdictLine } from './edict-line';

/** A dictionary file's text (already decoded) with a short name for the header. */
export interface LexiconSource {
  readonly name: string;
  readonly text: string;
}

export interface LexiconBuildOptions {
  /** Free text for the header line, e.g. "Debian edict 2021.02.03-1". */
  readonly sourceVersion: string;
}

const PHRASE_CHARS = /^[\p{Script=Latin}0-9 '\-.&+]+$/u;
const ORIGIN_QUALIFIER = /^(?:japanese|chinese|korean|east-asian|east asian|asian|western|european|american|indian) (.+)$/i;
const UNWANTED_IN_PHRASE = /\b(?:e\.g|i\.e|etc|someone|something|somebody|one's|oneself|sb|sth)\b|[!?…]|\.\.\./i;

/** A gloss as a phrase fit to be a key, or undefined: parentheticals, "to ", articles stripped. */
export function cleanGloss(gloss: string, isVerb: boolean): string | undefined {
  // "to give (somebody) a good prodding": idioms about people, even once the parenthesis is gone.
  if (/\b(?:someone|somebody|something|one's|oneself)\b/i.test(gloss)) return undefined;
  let text = gloss;
  // Parentheticals, innermost first (they nest: "(metal (esp. iron))").
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\([^()]*\)|\{[^{}]*\}|\[[^[\]]*\]/g, ' ');
  }
  text = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '')
    .trim();
  // "pre-", "-ism": glosses of prefixes and suffixes, not words.
  if (text === '' || UNWANTED_IN_PHRASE.test(text) || !PHRASE_CHARS.test(text) || /^-|-$/.test(text)) return undefined;
  if (/^to /i.test(text)) {
    if (!isVerb) return undefined;
    text = text.slice(3).replace(/^be /i, '');
  }
  text = text.replace(/^(?:a|an|the) /i, '');
  const key = phraseKey(text);
  if (key.split(' ').length > MAX_PHRASE_TOKENS || !isUsefulKey(key)) return undefined;
  return text;
}

const SINGLE_KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const SINGLE_KANJI = /^[\p{Script=Han}々〆]$/u;
const MAX_SINGLE_KANJI_SENSES = 6;
const SINGLE_KANJI_KEPT_SENSES = 2;
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;

/** An entry as kept: its Japanese forms and its senses' phrases. */
interface Candidate {
  readonly forms: string[];
  readonly common: boolean;
  readonly order: number;
  readonly senses: string[][];
}

function candidateOf(line: ParsedLine, order: number): Candidate | undefined {
  if ([...line.lineTags].some((t) => SKIP_LINE_TAGS.has(t))) return undefined;
  const senses: string[][] = [];
  let firstKeptSenseUsuallyKana = false;
  for (const sense of line.senses) {
    if ([...sense.tags].some((t) => SKIP_SENSE_TAGS.has(t) || SKIP_LINE_TAGS.has(t))) continue;
    if (sense.pos.length > 0 && sense.pos.every((p) => GRAMMAR_POS.has(p))) continue;
    const isVerb = sense.pos.some((p) => /^v/.test(p));
    const phrases: string[] = [];
    for (const gloss of sense.glosses) {
      const phrase = cleanGloss(gloss, isVerb);
      if (phrase === undefined) continue;
      phrases.push(phrase);
      // "Japanese persimmon" is what EDICT writes; "persimmon" is what an English text says.
      const bare = ORIGIN_QUALIFIER.exec(phrase)?.[1];
      if (bare !== undefined && isUsefulKey(phraseKey(bare))) phrases.push(bare);
    }
    if (phrases.length === 0) continue;
    if (senses.length === 0) firstKeptSenseUsuallyKana = sense.tags.has('uk');
    senses.push(phrases);
  }
  if (senses.length === 0) return undefined;

  const headword = normalise(line.headword);
  if (!containsJapanese(headword) || SINGLE_KANA.test(headword)) return undefined;
  if (HIRAGANA_ONLY.test(headword) && !line.common) return undefined;
  // One kanji is often a fragment with many readings and senses: keep common, concrete ones only.
  // 金 (gold, money, metal…) stays with its first two senses; 手 (hand, worker, means, trick… 13 senses) goes.
  if (SINGLE_KANJI.test(headword)) {
    if (!line.common || senses.length > MAX_SINGLE_KANJI_SENSES) return undefined;
    senses.splice(SINGLE_KANJI_KEPT_SENSES);
    // Capitalised glosses of one kanji are names and abbreviations (午 Horse, 伯 Brazil), not the word.
    for (const phrases of senses) phrases.splice(0, phrases.length, ...phrases.filter((p) => !/^\p{Lu}/u.test(p)));
    if (senses.every((p) => p.length === 0)) return undefined;
  }
  const forms = [headword];
  // A reading is a form of its own only when the word is usually written in kana (ねじ for 螺子);
  // otherwise かき would stand for persimmon, oyster, summer term, fire… at once.
  if (line.reading !== undefined && firstKeptSenseUsuallyKana) {
    const reading = normalise(line.reading);
    if (!SINGLE_KANA.test(reading) && KANA_ONLY.test(reading)) forms.push(reading);
  }
  const kept = forms.filter((f) => !LEXICON_JAPANESE_STOPWORDS.has(f));
  return kept.length > 0 ? { forms: kept, common: line.common, order, senses } : undefined;
}

/** Interleaves lists: first items of each, then second items… */
function roundRobin<T>(lists: ReadonlyArray<readonly T[]>): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

/**
 * The senses of one form from all its entries: common entries first, entries interleaved by
 * sense, phrases picked round-robin over senses (so a technical fourth sense such as ヒケ's
 * "sink mark" survives), duplicates by key removed, at most MAX_PHRASES_PER_FORM phrases.
 */
function sensesOfForm(candidates: readonly Candidate[]): string[][] {
  const ordered = [...candidates].sort((a, b) => Number(b.common) - Number(a.common) || a.order - b.order);
  const senses = roundRobin(ordered.map((c) => c.senses));
  const picked = new Map<number, string[]>();
  const seenKeys = new Set<string>();
  let count = 0;
  const slots = roundRobin(senses.map((phrases, senseIndex) => phrases.map((phrase) => ({ phrase, senseIndex }))));
  for (const { phrase, senseIndex } of slots) {
    if (count >= MAX_PHRASES_PER_FORM) break;
    const key = phraseKey(phrase);
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    picked.set(senseIndex, [...(picked.get(senseIndex) ?? []), phrase]);
    count++;
  }
  return [...picked.keys()].sort((a, b) => a - b).map((i) => picked.get(i)!);
}

/** Statistics of a build, for the CLI's report. */
export interface LexiconBuildResult {
  readonly text: string;
  readonly forms: number;
  readonly keys: number;
}

/**
 * Builds the lexicon file's text from EDICT-format sources (earlier sources win ties). The
 * output is sorted and depends only on the input, so building twice gives the same bytes.
 */
export function buildLexicon(sources: readonly LexiconSource[], options: LexiconBuildOptions): LexiconBuildResult {
  const byForm = new Map<string, Candidate[]>();
  let order = 0;
  const created: string[] = [];
  for (const source of sources) {
    for (const line of source.text.split(/\r?\n/)) {
      const createdAt = /Created: (\d{4}-\d{2}-\d{2})/.exec(line);
      if (createdAt && line.startsWith('　？？？')) {
        created.push(`${source.name} ${createdAt[1]}`);
        continue;
      }
      const parsed = parseEdictLine(line);
      const candidate = parsed && candidateOf(parsed, order++);
      if (!candidate) continue;
      for (const form of candidate.forms) byForm.set(form, [...(byForm.get(form) ?? []), candidate]);
    }
  }

  const formSenses = new Map<string, string[][]>();
  const common = new Set<string>();
  for (const [form, candidates] of byForm) {
    // ヒート・シンク: the dotted spelling is dropped when the plain one exists.
    if (form.includes('・') && byForm.has(form.replaceAll('・', ''))) continue;
    if (candidates.some((c) => c.common)) common.add(form);
    const senses = sensesOfForm(candidates);
    if (senses.length > 0) formSenses.set(form, senses);
  }
  // Forms with the same senses (ヒケ, 引け) are written once: the others point to the first.
  const canonical = new Map<string, string>();
  for (const form of [...formSenses.keys()].sort(compareCodePoints)) {
    const encoded = encodeSenses(formSenses.get(form)!);
    if (!canonical.has(encoded)) canonical.set(encoded, form);
  }
  const japanese: string[] = [];
  const formsByKey = new Map<string, Array<{ form: string; weight: number }>>();
  for (const form of [...formSenses.keys()].sort(compareCodePoints)) {
    const senses = formSenses.get(form)!;
    const encoded = encodeSenses(senses);
    const first = canonical.get(encoded)!;
    japanese.push(first === form ? `${form}\t${encoded}` : `${form}\t=${first}`);
    const weighted = weightedKeys(senses);
    weighted.keys.forEach((key, i) => {
      const list = formsByKey.get(key) ?? [];
      list.push({ form, weight: weighted.weights[i] });
      formsByKey.set(key, list);
    });
  }
  const english: string[] = [];
  for (const key of [...formsByKey.keys()].sort(compareCodePoints)) {
    const forms = formsByKey
      .get(key)!
      .sort(
        (a, b) =>
          Number(common.has(b.form)) - Number(common.has(a.form)) ||
          b.weight - a.weight ||
          [...a.form].length - [...b.form].length ||
          compareCodePoints(a.form, b.form),
      )
      .slice(0, MAX_FORMS_PER_KEY)
      .map((f) => f.form);
    english.push(`${key}\t${forms.join('|')}`);
  }
  const header = [
    `# musubi lexicon v2: ${japanese.length} Japanese forms, ${english.length} English pivot keys.`,
    `# Source: ${sources.map((s) => s.name).join(' + ')} of the Electronic Dictionary Research and Development Group (EDRDG)${created.length > 0 ? `, created ${created.join(', ')}` : ''}; ${options.sourceVersion}.`,
    '# Licence: Creative Commons Attribution-ShareAlike 3.0 (CC BY-SA 3.0), as the EDRDG licence requires; derived (filtered, trimmed) data. See LEXICON-LICENSE.md.',
    '# Sections, each sorted by UTF-8 bytes for binary search:',
    '#   #japanese: form TAB senses (";") of gloss phrases ("|") as written, or "=" and the form with the same senses',
    `#   #english: pivot key (stemmed phrase) TAB forms having it ("|"): common ones first, then by weight; at most ${MAX_FORMS_PER_KEY}`,
  ];
  const text = `${[...header, JAPANESE_SECTION, ...japanese, ENGLISH_SECTION, ...english].join('\n')}\n`;
  return { text, forms: japanese.length, keys: english.length };
}

function encodeSenses(senses: ReadonlyArray<readonly string[]>): string {
  return senses.map((s) => s.join('|')).join(';');
}

/** Code-point order, which is UTF-8 byte order (the loader binary-searches the bytes). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
