import conceptData from '../data/concepts.json';
import { ConceptDefinition, ConceptTableError, validateConceptDefinitions } from './concept-definitions';
import { englishTokens } from './english';
import { normalise } from './normalise';
import { containsJapanese } from './scripts';
import { insert, longestMatch, newNode } from './trie';

export type { ConceptDefinition } from './concept-definitions';
export { ConceptTableError } from './concept-definitions';

/** One concept found in a text. */
export interface ConceptOccurrence {
  readonly id: string;
  /** The text as it matched, or the narrower concept's surface for a broader concept. */
  readonly surface: string;
  /** 1 for a concept named in the text; halved per step up to a broader concept (a hint, not a claim). */
  readonly weight: number;
}

/** How much a broader concept counts per step away from the concept actually named. */
export const BROADER_CONCEPT_DISCOUNT = 0.5;

export type DisplayLanguage = 'ja' | 'en';

/** A validated concept table with its matcher. */
export interface ConceptTable {
  readonly size: number;
  get(id: string): ConceptDefinition | undefined;
  /** Display label in a language, falling back to the other language, then to the id. */
  label(id: string, language: DisplayLanguage): string;
  /** Concepts found in a normalised text, longest match first, broader concepts added. */
  match(normalisedText: string): ConceptOccurrence[];
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}0-9]/u;

/** The forms of a concept as matcher keys: Japanese-script forms by character, others by stemmed token. */
function keysOf(form: string): { kind: 'chars' | 'tokens'; keys: string[] } | undefined {
  const normalised = normalise(form);
  if (normalised === '') return undefined;
  if (containsJapanese(normalised)) return { kind: 'chars', keys: [...normalised] };
  const tokens = englishTokens(normalised).map((t) => t.stem);
  return tokens.length > 0 ? { kind: 'tokens', keys: tokens } : undefined;
}

/**
 * Validates a concept table (the parsed JSON array, or rows an administrator extended) and
 * builds its matcher. Japanese-script forms match by longest substring of the normalised text
 * (so 太陽電池 is a solar cell, not a battery); other forms match as stemmed token sequences
 * (so "organic light-emitting diodes" finds "organic light-emitting diode").
 * @throws ConceptTableError listing every problem (bad ids, unknown broader ids, a form claimed by two concepts)
 */
export function loadConceptTable(raw: unknown): ConceptTable {
  const concepts = validateConceptDefinitions(raw);
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const charTrie = newNode();
  const tokenTrie = newNode();
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const c of concepts) {
    for (const form of [...c.ja, ...c.en]) {
      const keyed = keysOf(form);
      if (!keyed) continue;
      const signature = `${keyed.kind}:${keyed.keys.join('\u0001')}`;
      const previous = owner.get(signature);
      if (previous === c.id) continue; // variants that normalise alike (センサ / センサー)
      if (previous !== undefined) {
        problems.push(`form "${form}" of ${c.id} is already a form of ${previous}`);
        continue;
      }
      owner.set(signature, c.id);
      insert(keyed.kind === 'chars' ? charTrie : tokenTrie, keyed.keys, c.id);
    }
  }
  if (problems.length > 0) throw new ConceptTableError(problems);

  /** Broader concepts with their distance, breadth-first so each gets its shortest distance. */
  const broaderClosure = (id: string): Array<{ id: string; depth: number }> => {
    const depthOf = new Map<string, number>([[id, 0]]); // the start id guards against cycles
    const queue = [id];
    while (queue.length > 0) {
      const current = queue.shift()!;
      for (const b of [...(byId.get(current)?.broader ?? [])].sort()) {
        if (depthOf.has(b)) continue;
        depthOf.set(b, depthOf.get(current)! + 1);
        queue.push(b);
      }
    }
    depthOf.delete(id);
    return [...depthOf].map(([b, depth]) => ({ id: b, depth }));
  };

  const closures = new Map(concepts.map((c) => [c.id, broaderClosure(c.id)]));
  const withBroader = (found: ConceptOccurrence[]): ConceptOccurrence[] =>
    found.flatMap((o) => [o, ...(closures.get(o.id) ?? []).map((b) => ({ id: b.id, surface: o.surface, weight: BROADER_CONCEPT_DISCOUNT ** b.depth }))]);

  /** Japanese-script forms; returns the text with matched spans blanked for the token pass. */
  const matchChars = (text: string): { found: ConceptOccurrence[]; rest: string } => {
    const chars = [...text];
    const found: ConceptOccurrence[] = [];
    // A form that begins or ends with a Latin letter must not cut a Latin word ("有機el" in "有機electronics").
    const atBoundary = (index: number) => index <= 0 || index >= chars.length || !(LATIN_OR_DIGIT.test(chars[index - 1]) && LATIN_OR_DIGIT.test(chars[index]));
    for (let i = 0; i < chars.length;) {
      const hit = atBoundary(i) ? longestMatch(charTrie, chars, i, atBoundary) : undefined;
      if (!hit) {
        i++;
        continue;
      }
      const surface = chars.slice(i, hit.end).join('');
      for (const id of hit.ids) found.push({ id, surface, weight: 1 });
      chars.fill(' ', i, hit.end); // "iot機器" must not count again as "iot"
      i = hit.end;
    }
    return { found, rest: chars.join('') };
  };

  const matchTokens = (text: string): ConceptOccurrence[] => {
    const tokens = englishTokens(text);
    const stems = tokens.map((t) => t.stem);
    const found: ConceptOccurrence[] = [];
    for (let i = 0; i < stems.length;) {
      const hit = longestMatch(tokenTrie, stems, i, () => true);
      if (!hit) {
        i++;
        continue;
      }
      const surface = tokens
        .slice(i, hit.end)
        .map((t) => t.surface)
        .join(' ');
      for (const id of hit.ids) found.push({ id, surface, weight: 1 });
      i = hit.end;
    }
    return found;
  };

  return {
    size: concepts.length,
    get: (id) => byId.get(id),
    label(id, language) {
      const c = byId.get(id);
      if (!c) return id;
      const [first] = language === 'ja' ? [...c.ja, ...c.en] : [...c.en, ...c.ja];
      return first ?? id;
    },
    match(normalisedText) {
      const { found, rest } = matchChars(normalisedText);
      return withBroader([...found, ...matchTokens(rest)]);
    },
  };
}

let defaultTable: ConceptTable | undefined;

/** The concept table shipped in data/concepts.json, validated once on first use. */
export function defaultConceptTable(): ConceptTable {
  return (defaultTable ??= loadConceptTable(conceptData));
}
