import conceptData from '../data/concepts.json';
import { englishTokens } from './english';
import { normalise } from './normalise';
import { containsJapanese } from './scripts';

/**
 * A concept of the bilingual concept table: one idea under all the names it goes by, so that
 * a Japanese need and an English seed meet on "concept:oled". Kept as data (JSON now, a
 * database table later) so administrators can add concepts without a release.
 */
export interface ConceptDefinition {
  /** Stable id, `[a-z0-9][a-z0-9.-]*`; becomes the term "concept:<id>". */
  readonly id: string;
  /** Japanese surface forms (variants, abbreviations); the first is the display label. */
  readonly ja: readonly string[];
  /** English surface forms; the first is the display label. */
  readonly en: readonly string[];
  /** Field taxonomy codes the concept belongs to (informational; for administrators and routing). */
  readonly fields?: readonly string[];
  /** Ids of broader concepts credited whenever this one is found (有機EL照明 also counts as 有機EL). */
  readonly broader?: readonly string[];
}

/** One concept found in a text. */
export interface ConceptOccurrence {
  readonly id: string;
  /** The text as it matched, or the narrower concept's surface for a broader concept. */
  readonly surface: string;
}

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

/** Raised with every problem found, so an administrator can fix a table in one pass. */
export class ConceptTableError extends Error {
  readonly code = 'INVALID_CONCEPT_TABLE';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid concept table: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
    this.name = 'ConceptTableError';
  }
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  ids?: string[];
}

const newNode = (): TrieNode => ({ next: new Map() });

function insert(root: TrieNode, keys: readonly string[], id: string): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = newNode()));
    node = child;
  }
  node.ids = [...(node.ids ?? []), id];
}

/** Longest path from `start` that ends at a node carrying ids. */
function longestMatch(root: TrieNode, keys: readonly string[], start: number, accept: (end: number) => boolean): { end: number; ids: string[] } | undefined {
  let node: TrieNode | undefined = root;
  let best: { end: number; ids: string[] } | undefined;
  for (let i = start; i < keys.length && node; i++) {
    node = node.next.get(keys[i]);
    if (node?.ids && accept(i + 1)) best = { end: i + 1, ids: node.ids };
  }
  return best;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9.-]*$/;
const LATIN_OR_DIGIT = /[\p{Script=Latin}0-9]/u;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function validate(raw: unknown): ConceptDefinition[] {
  if (!Array.isArray(raw)) throw new ConceptTableError(['the concept table must be a JSON array']);
  const problems: string[] = [];
  const concepts: ConceptDefinition[] = [];
  const ids = new Set<string>();
  raw.forEach((entry: unknown, index) => {
    const at = `concept #${index}`;
    if (typeof entry !== 'object' || entry === null) return void problems.push(`${at}: not an object`);
    const c = entry as Record<string, unknown>;
    if (typeof c.id !== 'string' || !ID_PATTERN.test(c.id)) return void problems.push(`${at}: id must match ${ID_PATTERN}`);
    if (ids.has(c.id)) problems.push(`${c.id}: duplicate id`);
    ids.add(c.id);
    for (const key of ['ja', 'en', 'fields', 'broader'] as const) {
      if (c[key] !== undefined && !isStringArray(c[key])) problems.push(`${c.id}: ${key} must be a list of strings`);
    }
    const ja = isStringArray(c.ja) ? c.ja : [];
    const en = isStringArray(c.en) ? c.en : [];
    if (ja.length + en.length === 0) problems.push(`${c.id}: needs at least one surface form`);
    concepts.push({
      id: c.id,
      ja,
      en,
      fields: isStringArray(c.fields) ? c.fields : [],
      broader: isStringArray(c.broader) ? c.broader : [],
    });
  });
  for (const c of concepts) {
    for (const b of c.broader ?? []) if (!ids.has(b)) problems.push(`${c.id}: broader concept "${b}" does not exist`);
  }
  if (problems.length > 0) throw new ConceptTableError(problems);
  return concepts;
}

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
  const concepts = validate(raw);
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

  const broaderClosure = (id: string): string[] => {
    const seen = new Set<string>();
    const stack = [...(byId.get(id)?.broader ?? [])];
    while (stack.length > 0) {
      const b = stack.pop()!;
      if (b === id || seen.has(b)) continue; // tolerate cycles an administrator may introduce
      seen.add(b);
      stack.push(...(byId.get(b)?.broader ?? []));
    }
    return [...seen].sort();
  };

  const withBroader = (found: ConceptOccurrence[]): ConceptOccurrence[] =>
    found.flatMap((o) => [o, ...broaderClosure(o.id).map((id) => ({ id, surface: o.surface }))]);

  const matchChars = (text: string): ConceptOccurrence[] => {
    const chars = [...text];
    const found: ConceptOccurrence[] = [];
    // A form that begins or ends with a Latin letter must not cut a Latin word ("有機el" in "有機electronics").
    const atBoundary = (index: number) => index <= 0 || index >= chars.length || !(LATIN_OR_DIGIT.test(chars[index - 1]) && LATIN_OR_DIGIT.test(chars[index]));
    for (let i = 0; i < chars.length; ) {
      const hit = atBoundary(i) ? longestMatch(charTrie, chars, i, atBoundary) : undefined;
      if (!hit) {
        i++;
        continue;
      }
      const surface = chars.slice(i, hit.end).join('');
      for (const id of hit.ids) found.push({ id, surface });
      i = hit.end;
    }
    return found;
  };

  const matchTokens = (text: string): ConceptOccurrence[] => {
    const tokens = englishTokens(text);
    const stems = tokens.map((t) => t.stem);
    const found: ConceptOccurrence[] = [];
    for (let i = 0; i < stems.length; ) {
      const hit = longestMatch(tokenTrie, stems, i, () => true);
      if (!hit) {
        i++;
        continue;
      }
      const surface = tokens.slice(i, hit.end).map((t) => t.surface).join(' ');
      for (const id of hit.ids) found.push({ id, surface });
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
    match: (normalisedText) => withBroader([...matchChars(normalisedText), ...matchTokens(normalisedText)]),
  };
}

let defaultTable: ConceptTable | undefined;

/** The concept table shipped in data/concepts.json, validated once on first use. */
export function defaultConceptTable(): ConceptTable {
  return (defaultTable ??= loadConceptTable(conceptData));
}
