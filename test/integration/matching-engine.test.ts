import { InstitutionKind } from '../../src/institutions/institution.enums';
import { DatabaseMatchingEngine } from '../../src/matching/engine/matching-engine';
import { ensureMatchIndex } from '../../src/matching/index';
import { loadReferenceData, makeInstitution, makeSolderingNeedAndSeed } from '../support/factories';
import { TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * The engine answers over database ids with whole ranked lists; a pair is scored by its place in
 * the whole list, never by a page of it (an institution ranked 51st used to be stored with a null
 * score because the workflow searched the first 50).
 */
describe('matching engine', () => {
  let db: TestDatabase;
  let engine: DatabaseMatchingEngine;
  let needId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    await loadReferenceData(ds);
    needId = (await makeSolderingNeedAndSeed(ds)).id;
    for (let i = 0; i < 60; i += 1) {
      await makeInstitution(ds, {
        nameJa: `支援機関${i}(架空)`,
        kind: InstitutionKind.SUPPORT_ORGANIZATION,
        regionCode: i % 2 ? 'JP-06-OKITAMA' : 'JP-13',
        description: i % 3 ? 'はんだ付けの技術相談' : '経営相談',
      });
    }
    await ensureMatchIndex(ds);
    engine = new DatabaseMatchingEngine(ds);
  });
  afterAll(() => db.drop());

  it('ranks every institution and scores the last one as its place in the whole list says', async () => {
    const ranked = await engine.rankInstitutions(needId);
    expect(ranked.length).toBeGreaterThan(50);
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
    const last = ranked[ranked.length - 1];
    const pair = await engine.scorePair(needId, { kind: 'INSTITUTION', id: last.id });
    expect(pair).not.toBeNull();
    expect(pair!.score).toBe(last.score);
    expect(pair!.explanation.map((f) => f.factor)).toContain('ROUTING_FIT');
  });

  it('scores a seed pair exactly as the seed ranking scores it, with fit and factor values', async () => {
    const { ranked } = await engine.rankSeeds(needId, { diversity: { mode: 'none' } });
    expect(ranked.length).toBeGreaterThan(0);
    const pair = await engine.scorePair(needId, { kind: 'SEED', id: ranked[0].id });
    expect(pair!.score).toBe(ranked[0].score);
    expect(Object.keys(pair!.factorValues!)).toContain('textRelevance');
    expect(await engine.scorePair(needId, { kind: 'SEED', id: '00000000-0000-0000-0000-000000000000' })).toBeNull();
  });
});
