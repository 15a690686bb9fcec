import { stem } from '../../../../src/matching/text';

describe('Porter stemmer', () => {
  // Pairs from the published algorithm's examples, and the domain's own words.
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['troubled', 'troubl'],
    ['sized', 'size'],
    ['hopping', 'hop'],
    ['falling', 'fall'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['rational', 'ration'],
    ['digitizer', 'digit'],
    ['operator', 'oper'],
    ['hopeful', 'hope'],
    ['goodness', 'good'],
    ['revival', 'reviv'],
    ['allowance', 'allow'],
    ['adjustable', 'adjust'],
    ['replacement', 'replac'],
    ['adoption', 'adopt'],
    ['effective', 'effect'],
    ['probate', 'probat'],
    ['rate', 'rate'],
    ['cease', 'ceas'],
    ['controll', 'control'],
    ['roll', 'roll'],
    ['generalizations', 'gener'],
    ['soldering', 'solder'],
    ['soldered', 'solder'],
    ['solder', 'solder'],
    ['batteries', 'batteri'],
    ['battery', 'batteri'],
    ['sensors', 'sensor'],
    ['emitting', 'emit'],
    ['diodes', 'diod'],
    ['fermentation', 'ferment'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['organic', 'organic'],
    ['organization', 'organiz'],
    ['productivity', 'productiv'],
    ['product', 'product'],
  ])('keeps apart words Porter would conflate: %s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each(['5g', 'iso9001', 'el', 'ai'])('leaves short words and tokens with digits alone: %s', (word) => {
    expect(stem(word)).toBe(word);
  });
});
