import { InvalidDiversityOptionsError, diversify } from '../../../../src/matching/scoring';

const items = [
  { id: 'a1', group: 'A', score: 0.9 },
  { id: 'a2', group: 'A', score: 0.89 },
  { id: 'a3', group: 'A', score: 0.88 },
  { id: 'a4', group: 'A', score: 0.87 },
  { id: 'b1', group: 'B', score: 0.6 },
  { id: 'c1', group: 'C', score: 0.3 },
];
const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id);

describe('diversify', () => {
  it.each([
    ['no re-ranking', { mode: 'none' as const }, ['a1', 'a2', 'a3', 'a4', 'b1', 'c1']],
    ['cap 2 per lab, others anywhere', { mode: 'labCap' as const, maxPerLab: 2 }, ['a1', 'a2', 'b1', 'c1', 'a3', 'a4']],
    // c1 (0.3) is less than half of a3 (0.88): it does not fit well enough to jump ahead.
    ['cap 2 per lab, others only if they fit', { mode: 'labCap' as const, maxPerLab: 2, minRelativeScore: 0.5 }, ['a1', 'a2', 'b1', 'a3', 'a4', 'c1']],
    ['cap 1 per lab', { mode: 'labCap' as const, maxPerLab: 1 }, ['a1', 'b1', 'c1', 'a2', 'a3', 'a4']],
    ['MMR with λ = 0.5', { mode: 'mmr' as const, lambda: 0.5 }, ['a1', 'b1', 'c1', 'a2', 'a3', 'a4']],
    ['MMR with λ = 1 is plain relevance', { mode: 'mmr' as const, lambda: 1 }, ['a1', 'a2', 'a3', 'a4', 'b1', 'c1']],
  ])('%s', (_case, options, expected) => {
    expect(ids(diversify(items, options))).toEqual(expected);
  });

  it('does not depend on input order, and breaks score ties by id', () => {
    const tied = [
      { id: 'x2', group: 'X', score: 0.5 },
      { id: 'x1', group: 'Y', score: 0.5 },
      { id: 'x3', group: 'Z', score: 0.5 },
    ];
    expect(ids(diversify(tied, { mode: 'none' }))).toEqual(['x1', 'x2', 'x3']);
    expect(ids(diversify([...items].reverse()))).toEqual(ids(diversify(items)));
  });

  it('keeps the items (and their scores) unchanged, only reordered', () => {
    expect([...diversify(items)].sort((a, b) => a.id.localeCompare(b.id))).toEqual(items);
  });

  it.each([[{ mode: 'labCap' as const, maxPerLab: 0 }], [{ mode: 'labCap' as const, maxPerLab: 1.5 }], [{ mode: 'mmr' as const, lambda: 1.2 }]])(
    'rejects %j',
    (options) => {
      expect(() => diversify(items, options)).toThrow(InvalidDiversityOptionsError);
    },
  );
});
