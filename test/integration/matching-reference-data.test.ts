import { Client } from 'pg';
import { ensureMatchIndex } from '../../src/matching/index';
import { MatchingService } from '../../src/matching/matching.service';
import { loadReferenceData, makeSolderingNeedAndSeed } from '../support/factories';
import { TestDatabase, createTestDatabase } from '../support/test-database';
import { waitFor } from '../support/wait-for';

/**
 * Rankings read the taxonomy, regions, consortium names and active weights from memory; a change
 * committed anywhere (another instance, `npm run calibrate`, psql) reaches every listening
 * instance through LISTEN/NOTIFY, so no instance keeps explaining with a stale name or weight.
 */
describe('matching reference data in memory', () => {
  let db: TestDatabase;
  let needId: string;
  let first: MatchingService;
  let second: MatchingService;
  let other: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    await loadReferenceData(ds);
    needId = (await makeSolderingNeedAndSeed(ds)).id;
    await ensureMatchIndex(ds);
    // Two instances over one database, and a third party writing through its own connection.
    first = new MatchingService(ds);
    second = new MatchingService(ds);
    await first.start();
    await second.start();
    other = new Client({ connectionString: db.url });
    await other.connect();
  });
  afterAll(async () => {
    await first.stop();
    await second.stop();
    await other.end();
    await db.drop();
  });

  const factor = async (service: MatchingService, name: string) =>
    (await service.candidatesForNeed(needId, { first: 1 })).edges[0].node.explanation.find((f) => f.factor === name)!;

  it('explains with a field renamed by another connection, in every instance, without a restart', async () => {
    expect((await factor(first, 'FIELD_PROXIMITY')).sentenceJa).not.toContain('(改名)');
    expect((await factor(second, 'FIELD_PROXIMITY')).sentenceJa).not.toContain('(改名)');
    await other.query(`UPDATE research_field SET name_ja = name_ja || '(改名)' WHERE code = 'clusters.electronics.soldering'`);
    for (const service of [first, second]) {
      await waitFor(
        async () => (await factor(service, 'FIELD_PROXIMITY')).sentenceJa.includes('(改名)'),
        () => 'the renamed field in the explanation',
      );
    }
  });

  it('ranks with weights activated by another connection, and with the configured ones again once none is active', async () => {
    const configured = (await factor(first, 'TEXT_RELEVANCE')).weight;
    await other.query(`INSERT INTO weight_set (version, weights, created_by, active, activated_at) VALUES (1, $1, 'test', true, now())`, [
      { textRelevance: 0.9, fieldProximity: 0.1, trlFit: 0, regionFit: 0, collaborationFormFit: 0, warmPath: 0, researcherLoad: 0, freshness: 0 },
    ]);
    for (const service of [first, second]) {
      await waitFor(
        async () => Math.abs((await factor(service, 'TEXT_RELEVANCE')).weight - 0.9) < 1e-9,
        () => 'the activated weight',
      );
    }
    expect(await first.engine.activeWeightVersion()).toBe(1);
    await other.query(`UPDATE weight_set SET active = false`);
    await waitFor(
      async () => Math.abs((await factor(second, 'TEXT_RELEVANCE')).weight - configured) < 1e-9,
      () => 'the configured weight again',
    );
    expect(await second.engine.activeWeightVersion()).toBeNull();
  });

  it('reads no reference table per ranking while listening, and every one when not started', async () => {
    // The statements that read a whole reference table (retrieval also walks the taxonomy, inside its own statement).
    const referenceReads = () => db.statements.statements.filter((s) => /^SELECT [^()]* FROM (research_field|region|weight_set|consortium)\b/.test(s));
    // A miss reads in the ranking's transaction and fills the cache in the background (the test
    // before changed a field): once filled, rankings read no reference table.
    await waitFor(
      async () => {
        db.statements.reset();
        await factor(first, 'REGION_FIT');
        return referenceReads().length === 0;
      },
      () => `rankings without reference reads; the last one read: ${referenceReads().join('; ')}`,
    );
    const unstarted = new MatchingService(db.dataSource);
    db.statements.reset();
    await factor(unstarted, 'REGION_FIT');
    expect(referenceReads().length).toBeGreaterThanOrEqual(3);
  });
});
