import fs from 'node:fs';
import path from 'node:path';
import { buildLexicon, loadLexicon, normalise } from '../../../../src/matching/text';
import { cleanGloss } from '../../../../src/matching/text/lexicon-build';
import { parseEdictLine } from '../../../../src/matching/text/edict-line';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../../fixtures/lexicon', name), 'utf8');
const sources = () => [
  { name: 'EDICT', text: fixture('edict-excerpt.txt') },
  { name: 'COMPDIC', text: fixture('compdic-excerpt.txt') },
];
const build = () => buildLexicon(sources(), { sourceVersion: 'test excerpt' });

describe('lexicon build', () => {
  it('gives the same bytes when run twice, with both sections sorted', () => {
    const first = build().text;
    expect(build().text).toBe(first);
    const lines = first.split('\n');
    const section = (from: string, to: string) => lines.slice(lines.indexOf(from) + 1, to === '' ? lines.length - 1 : lines.indexOf(to));
    const keysOf = (rows: string[]) => rows.map((r) => Buffer.from(r.slice(0, r.indexOf('\t'))));
    for (const rows of [section('#japanese', '#english'), section('#english', '')]) {
      const keys = keysOf(rows);
      expect(rows.length).toBeGreaterThan(10);
      expect([...keys].sort(Buffer.compare)).toEqual(keys);
    }
  });

  it('names source, version and licence in its header', () => {
    const header = build().text.split('\n').slice(0, 3).join('\n');
    expect(header).toContain('EDRDG');
    expect(header).toContain('2021-02-03');
    expect(header).toContain('test excerpt');
    expect(header).toContain('CC BY-SA 3.0');
  });

  it('keeps nouns and loan words with trimmed glosses', () => {
    const lexicon = loadLexicon(build().text);
    expect(lexicon.translateJapanese('柿')).toEqual(['kaki', 'persimmon']);
    expect(lexicon.translateJapanese('グリース')).toEqual(['grease']);
    expect(lexicon.translateJapanese('溶存酸素')).toEqual(['dissolved oxygen']);
    expect(lexicon.translateJapanese('ヒートシンク')).toEqual(['heat sink']);
    expect(lexicon.translateJapanese('10進数')).toContain('decimal number');
    expect(lexicon.translateEnglish('persimmons')).toEqual(['柿']);
  });

  it('keeps a technical fourth sense by picking phrases round-robin over senses', () => {
    expect(loadLexicon(build().text).translateJapanese('ヒケ')).toEqual(['close', 'compare unfavourably', 'closing price', 'sink mark']);
  });

  it('drops grammar, vulgar and irregular entries, single kana and ambiguous single kanji', () => {
    const lexicon = loadLexicon(build().text);
    for (const word of ['する', '為る', 'こと', 'あのね', '手', '対応', '向ける']) expect([word, lexicon.translateJapanese(word)]).toEqual([word, []]);
    expect(lexicon.translateJapanese('糞')).toEqual([]); // (col)/(int) senses only
    expect(lexicon.translateJapanese('漆')).not.toContain('seven'); // numeral senses of other readings
    expect(lexicon.translateJapanese('鉄')).toEqual(['iron', 'strong and hard']); // (col) and third sense dropped
    expect(lexicon.translateJapanese('金')).toEqual(['money', 'gold', 'metal', 'valuable']);
  });

  it('adds the kana spelling of words usually written in kana only', () => {
    const lexicon = loadLexicon(build().text);
    expect(lexicon.translateJapanese('ねじ')).toContain('screw');
    expect(lexicon.translateJapanese('かき')).toEqual([]);
  });

  it('parses EDICT lines into senses with their tags', () => {
    const line = parseEdictLine('漆 [うるし] /(n) (1) East-Asian lacquer/japan/(n) (2) (uk) Chinese lacquer tree (Toxicodendron vernicifluum)/(P)/')!;
    expect(line.common).toBe(true);
    expect(line.senses.map((s) => [s.pos, [...s.tags], s.glosses])).toEqual([
      [['n'], [], ['East-Asian lacquer', 'japan']],
      [['n'], ['uk'], ['Chinese lacquer tree (Toxicodendron vernicifluum)']],
    ]);
  });

  it.each([
    ['to turn towards', true, 'turn towards'],
    ['to be dissolved', true, 'dissolved'],
    ['Japanese persimmon (Diospyros kaki)', false, 'Japanese persimmon'],
    ['a sink mark (casting, moulding)', false, 'sink mark'],
    ['to do', true, undefined],
    ['thing', false, undefined],
    ['particle indicating a command to the listener', false, undefined],
    ['to give (somebody) a good prodding', true, undefined],
    ['pre-', false, undefined],
  ])('cleans the gloss "%s"', (gloss, isVerb, expected) => {
    expect(cleanGloss(gloss, isVerb)).toBe(expected);
  });

  it('writes normalised Japanese forms', () => {
    for (const line of build().text.split('\n')) {
      if (line.startsWith('#') || line === '' || !/^[^\t]*[\p{Script=Han}\p{Script=Katakana}]/u.test(line)) continue;
      const form = line.slice(0, line.indexOf('\t'));
      expect(normalise(form)).toBe(form);
    }
  });
});
