/**
 * EDICT's line format, as the EDRDG's EDICT and compdic files write it: the tags a line and
 * its senses carry, and a parser from one line to its headword, reading and tagged senses.
 * What the lexicon keeps of them is decided in lexicon-build.ts.
 */

// Whole line dropped: irregular or outdated kanji/kana (EDICT gives each spelling its own line).
export const SKIP_LINE_TAGS = new Set(['iK', 'ik', 'oK', 'ok', 'io', 'oik']);

// Sense dropped: register, style and domains far from industry–academia matching.
export const SKIP_SENSE_TAGS = new Set([
  'arch',
  'obs',
  'obsc',
  'rare',
  'vulg',
  'sl',
  'm-sl',
  'X',
  'hon',
  'hum',
  'pol',
  'joc',
  'derog',
  'poet',
  'chn',
  'male',
  'fem',
  'fam',
  'col',
  'id',
  'proverb',
  'yoji',
  'on-mim',
  'Buddh',
  'Shinto',
  'sumo',
  'shogi',
  'baseb',
  'mahj',
  'hanaf',
  'MA',
  'hist',
  'sens',
  'ksb',
  'kyb',
  'osb',
  'ktb',
  'tsb',
  'thb',
  'tsug',
  'kyu',
  'rkb',
  'nab',
  'hob',
]);

// Parts of speech that carry no topic; a sense whose parts of speech are all here is dropped.
export const GRAMMAR_POS = new Set([
  'exp',
  'int',
  'prt',
  'conj',
  'aux',
  'aux-v',
  'aux-adj',
  'cop',
  'cop-da',
  'pn',
  'ctr',
  'num',
  'pref',
  'suf',
  'adv',
  'adv-to',
  'n-adv',
  'n-t',
  'unc',
  'adj-pn',
]);

export const POS_TAGS = new Set([
  ...GRAMMAR_POS,
  'n',
  'n-suf',
  'n-pref',
  'n-pr',
  'vs',
  'vs-s',
  'vs-i',
  'vs-c',
  'vt',
  'vi',
  'vk',
  'vn',
  'vr',
  'vz',
  'v1',
  'v1-s',
  'v2a-s',
  'v4h',
  'v4r',
  'v5aru',
  'v5b',
  'v5g',
  'v5k',
  'v5k-s',
  'v5m',
  'v5n',
  'v5r',
  'v5r-i',
  'v5s',
  'v5t',
  'v5u',
  'v5u-s',
  'v5uru',
  'adj-i',
  'adj-ix',
  'adj-na',
  'adj-no',
  'adj-f',
  'adj-t',
  'adj-nari',
  'adj-ku',
  'adj-shiku',
]);

const TAG_GROUP = /^\(([A-Za-z0-9-]+(?:,[A-Za-z0-9-]+)*)\)\s*/;
const SENSE_NUMBER = /^\((\d+)\)\s*/;
const ANY_LEADING_PAREN = /^\([^()]*\)\s*/;
const LINE = /^(\S+)(?: \[([^\]]+)\])? \/(.*)\/\s*$/;

export interface Sense {
  readonly pos: readonly string[];
  readonly tags: ReadonlySet<string>;
  readonly glosses: string[];
}

export interface ParsedLine {
  readonly headword: string;
  readonly reading: string | undefined;
  readonly common: boolean;
  readonly lineTags: ReadonlySet<string>;
  readonly senses: readonly Sense[];
}

/** Parses one EDICT line ("漆 [うるし] /(n) (1) East-Asian lacquer/japan/(n) (2) …/(P)/"), or undefined. */
export function parseEdictLine(line: string): ParsedLine | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  const [, headword, reading, body] = m;
  const fields = body.split('/');
  let common = false;
  const lineTags = new Set<string>();
  const senses: Array<{ pos: string[]; tags: Set<string>; glosses: string[] }> = [];
  let previousPos: string[] = [];
  for (const raw of fields) {
    let field = raw.trim();
    if (field === '(P)') {
      common = true;
      continue;
    }
    if (field === '' || field.startsWith('EntL')) continue;
    const tags = new Set<string>();
    let newSense = senses.length === 0;
    for (;;) {
      const number = SENSE_NUMBER.exec(field);
      if (number) {
        newSense = true;
        field = field.slice(number[0].length);
        continue;
      }
      const group = TAG_GROUP.exec(field);
      if (group && group[1].split(',').every((t) => POS_TAGS.has(t) || SKIP_SENSE_TAGS.has(t) || SKIP_LINE_TAGS.has(t) || /^[a-zA-Z-]{2,8}$/.test(t))) {
        for (const t of group[1].split(',')) tags.add(t);
        field = field.slice(group[0].length);
        continue;
      }
      const other = ANY_LEADING_PAREN.exec(field);
      if (other && /^\((?:See|ant:|Ant:|from|usu\.|oft\.|lit:|orig\.)/.test(other[0])) {
        field = field.slice(other[0].length);
        continue;
      }
      break;
    }
    const pos = [...tags].filter((t) => POS_TAGS.has(t));
    if (pos.length > 0) newSense = true;
    for (const t of tags) if (SKIP_LINE_TAGS.has(t)) lineTags.add(t);
    if (newSense || senses.length === 0) {
      senses.push({ pos: pos.length > 0 ? pos : previousPos, tags: new Set([...tags].filter((t) => !POS_TAGS.has(t))), glosses: [] });
      if (pos.length > 0) previousPos = pos;
    } else {
      for (const t of tags) if (!POS_TAGS.has(t)) senses[senses.length - 1].tags.add(t);
    }
    senses[senses.length - 1].glosses.push(field);
  }
  return { headword, reading, common, lineTags, senses };
}
