import { Language } from '../../src/common/enums';
import { InstitutionKind } from '../../src/institutions/institution.enums';
import { ensureMatchIndex } from '../../src/matching/index';
import { loadAnalysedDocuments, loadSeedProfiles } from '../../src/matching/retrieval';
import { withSnapshotSibling } from '../../src/database/snapshot-sibling';
import { Seed } from '../../src/seeds/seed.entity';
import { loadReferenceData, makeInstitution, makeResearcher, makeSeed } from '../support/factories';
import { TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * A ranking reads its candidates' stored term maps restricted to the query's terms, one lookup
 * per term on a map de-TOASTed once: the weights must be the stored ones, to the last bit, for
 * short maps kept in line and for long ones PostgreSQL keeps out of line.
 */
describe('seed profiles of ranking candidates', () => {
  let db: TestDatabase;
  let short: Seed;
  let long: Seed;

  beforeAll(async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    await loadReferenceData(ds);
    const lab = await makeInstitution(ds, { kind: InstitutionKind.UNIVERSITY, regionCode: 'JP-06-OKITAMA' });
    const owner = await makeResearcher(ds, lab);
    short = await makeSeed(ds, [owner], { title: 'はんだボイドの低減', summary: 'リフロー条件の最適化でボイドを減らす。' });
    // Hundreds of distinct made-up words: a term map PostgreSQL keeps out of line (TOAST).
    const words = Array.from({ length: 400 }, (_, i) => `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ment`);
    long = await makeSeed(ds, [owner], { title: 'Organic light-emitting lighting', summary: words.join(' '), language: Language.EN });
    await ensureMatchIndex(ds);
  });
  afterAll(() => db.drop());

  it('reads exactly the stored weights of the query terms a candidate holds, and nothing else', async () => {
    const whole = await loadAnalysedDocuments(db.dataSource.manager, 'SEED', [short.id, long.id], { surfaces: false });
    const longTerms = Object.keys(whole.get(long.id)!.terms);
    const [{ toasted }] = (await db.dataSource.query(
      `SELECT pg_column_toast_chunk_id(terms) IS NOT NULL AS toasted FROM match_document WHERE kind = 'SEED' AND doc_id = $1`,
      [long.id],
    )) as Array<{ toasted: boolean }>;
    expect(toasted).toBe(true);
    const queryTerms = [...longTerms.filter((_, i) => i % 3 === 0), ...Object.keys(whole.get(short.id)!.terms).slice(0, 3), 'w:absent-term', 'w:a,b'];

    const loaded = await loadSeedProfiles(db.dataSource.manager, [short.id, long.id], { companyId: null, asQuery: false, queryTerms });

    for (const seed of [short, long]) {
      const stored = whole.get(seed.id)!;
      const expected = Object.fromEntries(Object.entries(stored.terms).filter(([t]) => queryTerms.includes(t)));
      const analysed = loaded.get(seed.id)!.profile.analysed!;
      expect(analysed.terms).toEqual(expected);
      expect(Object.keys(analysed.terms)).toEqual(Object.keys(expected).sort());
      expect(analysed.length).toBe(stored.length);
      expect(analysed.surfaces).toBeUndefined();
    }
  });

  it('gives a candidate the columns scoring reads as the record holds them', async () => {
    const loaded = (await loadSeedProfiles(db.dataSource.manager, [long.id], { companyId: null, asQuery: false, queryTerms: ['w:organ'] })).get(long.id)!;
    const record = await db.dataSource.getRepository(Seed).findOneByOrFail({ id: long.id });
    expect(loaded.key).toBe(record.key);
    expect(loaded.institutionKind).toBe(InstitutionKind.UNIVERSITY);
    expect(loaded.profile).toMatchObject({
      title: record.title,
      summary: record.summary,
      keywords: record.keywords,
      fieldCodes: record.fieldCodes,
      trl: record.trl,
      collaborationForms: record.collaborationForms,
      institutionId: record.institutionId,
      regionCode: 'JP-06-OKITAMA',
    });
    expect(loaded.profile.updatedAt.getTime()).toBe(record.updatedAt.getTime());
  });

  it('reads the same profiles when the statement is split over a second connection on the snapshot', async () => {
    const ids = [long.id, short.id];
    const queryTerms = Object.keys((await loadAnalysedDocuments(db.dataSource.manager, 'SEED', ids, { surfaces: false })).get(short.id)!.terms);
    const options = { companyId: null, asQuery: false, queryTerms };
    // Two connections in the pool, as a server has after its first requests: one stays idle.
    await Promise.all([db.dataSource.query('SELECT 1'), db.dataSource.query('SELECT 1')]);
    const runner = db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const alone = await loadSeedProfiles(runner.manager, ids, options);
      db.statements.reset();
      const split = await withSnapshotSibling(db.dataSource, runner.manager, async (sibling) => {
        expect(sibling).not.toBeNull();
        return loadSeedProfiles(runner.manager, ids, { ...options, sibling });
      });
      await runner.query('COMMIT');
      expect(split).toEqual(alone);
      // One half on each connection: the profile statement was run twice, each time with one id.
      const halves = db.statements.statements.filter((q) => q.startsWith('SELECT x.id'));
      expect(halves).toHaveLength(2);
    } finally {
      await runner.release();
    }
  });
});
