import { toGlobalId } from '../../src/common/global-id';
import { SeedStatus } from '../../src/seeds/seed.enums';
import { loadReferenceData, makeInstitution, makeResearcher, makeSeed } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

/**
 * `seeds` and `seed(id:)` read a selection of plain columns and the owners / institution / fields
 * relations in one statement (src/seeds/seed-read.query.ts); anything else (here: a researcher's
 * `email`, which has its own rule) takes the DataLoader path. Both must answer the same.
 */
describe('seeds read in one statement', () => {
  let t: TestServer;
  const NODE = `id key title summary trl language status version keywords fieldCodes collaborationForms createdAt updatedAt publishedAt isFictional
    owners { id nameJa nameEn key } institution { id nameJa kind } fields { id code nameJa parentCode }`;
  /** The same selection plus a field with a resolver of its own: no compiled read. */
  const withEmail = NODE.replace('owners { id nameJa nameEn key }', 'owners { id nameJa nameEn key email }');
  const dropEmails = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, v) => (key === 'email' ? undefined : v)));

  beforeAll(async () => {
    t = await startTestServer({});
    await loadReferenceData(t.db.dataSource);
    const lab = await makeInstitution(t.db.dataSource, { nameJa: '置賜試験場', regionCode: 'JP-06-OKITAMA' });
    const first = await makeResearcher(t.db.dataSource, lab, { nameJa: '伊藤 一郎' });
    const second = await makeResearcher(t.db.dataSource, lab, { nameJa: '佐藤 二郎' });
    // Owners in listed order (second before first) and fields in the order given, not alphabetical.
    for (let i = 0; i < 12; i++) {
      await makeSeed(t.db.dataSource, i % 2 ? [second, first] : [first], {
        title: `有機EL 試料 ${i}`,
        keywords: ['有機EL', `k${i}`],
        fieldCodes: i % 3 ? ['organic-electronics.oled-lighting', 'clusters.embedded-iot'] : ['clusters.embedded-iot'],
        publishedAt: new Date(Date.UTC(2026, 0, i + 1)),
      });
    }
    await makeSeed(t.db.dataSource, [first], { title: '下書き', status: SeedStatus.DRAFT });
  });
  afterAll(() => t.close());

  it('lists the same page, cursors and relations as the DataLoader path, in one statement for any page size', async () => {
    const list = (node: string, after?: string) =>
      t.gql(`query($after: String) { seeds(first: 5, after: $after) { edges { cursor node { ${node} } } pageInfo { hasNextPage endCursor } } }`, { after });
    t.db.statements.reset();
    const compiled = expectNoErrors(await list(NODE)).seeds;
    expect(t.db.statements.count).toBe(1);
    const loaded = expectNoErrors(await list(withEmail)).seeds;
    expect(t.db.statements.count).toBeGreaterThan(2);
    expect(compiled).toEqual(dropEmails(loaded));
    expect(compiled.edges).toHaveLength(5);
    expect(compiled.edges.map((e: any) => e.node.title)).toEqual(['有機EL 試料 11', '有機EL 試料 10', '有機EL 試料 9', '有機EL 試料 8', '有機EL 試料 7']);
    expect(compiled.edges[0].node.owners.map((o: any) => o.nameJa)).toEqual(['佐藤 二郎', '伊藤 一郎']);
    expect(compiled.edges[1].node.fields.map((f: any) => f.code)).toEqual(['organic-electronics.oled-lighting', 'clusters.embedded-iot']);
    expect(compiled.edges[0].node.publishedAt).toBe('2026-01-12T00:00:00.000Z');

    // Answers depend on who asks: never stored by a cache on the way.
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ seeds(first: 1) { edges { node { title } } } }' }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');

    const next = expectNoErrors(await list(NODE, compiled.pageInfo.endCursor)).seeds;
    expect(next).toEqual(dropEmails(expectNoErrors(await list(withEmail, compiled.pageInfo.endCursor)).seeds));
    expect(next.edges.map((e: any) => e.node.title)[0]).toBe('有機EL 試料 6');
  });

  it('reads one seed the same way, and still hides a draft from anonymous callers', async () => {
    const page = expectNoErrors(await t.gql(`{ seeds(first: 12) { edges { node { id } } } }`)).seeds.edges;
    const lookup = (node: string, id: string) => t.gql(`query($id: ID!) { seed(id: $id) { ${node} } }`, { id });
    for (const { node } of page.slice(0, 3)) {
      t.db.statements.reset();
      const compiled = expectNoErrors(await lookup(NODE, node.id)).seed;
      expect(t.db.statements.count).toBe(1);
      expect(compiled).toEqual(dropEmails(expectNoErrors(await lookup(withEmail, node.id)).seed));
    }
    const [draft] = (await t.db.dataSource.query(`SELECT id FROM seed WHERE status = 'DRAFT'`)) as Array<{ id: string }>;
    expect(expectNoErrors(await lookup(NODE, toGlobalId('Seed', draft.id))).seed).toBeNull();
    expect(
      expectNoErrors(await t.as('COORDINATOR').gql(`query($id: ID!) { seed(id: $id) { title owners { nameJa } } }`, { id: toGlobalId('Seed', draft.id) })).seed,
    ).toEqual({
      title: '下書き',
      owners: [{ nameJa: '伊藤 一郎' }],
    });
  });

  it('counts the objects the compiled read returns against the cost limit, as the DataLoader path does', async () => {
    const limited = await startTestServer({ MUSUBI_MAX_QUERY_COST: '30' });
    try {
      await loadReferenceData(limited.db.dataSource);
      const lab = await makeInstitution(limited.db.dataSource, { nameJa: '庄内試験場', regionCode: 'JP-06-SHONAI' });
      const owners = await Promise.all(Array.from({ length: 20 }, (_, i) => makeResearcher(limited.db.dataSource, lab, { nameJa: `研究者 ${i}` })));
      for (let i = 0; i < 3; i++) await makeSeed(limited.db.dataSource, owners);
      // Estimated at 10 (owners assumed 10 scalars each, cost 0), but 3 seeds with 20 owners each return 67 objects.
      const query = (owner: string) => `{ seeds(first: 3) { edges { node { title owners { ${owner} } } } } }`;
      for (const owner of ['nameJa', 'nameJa email']) {
        const refused = await limited.gql(query(owner));
        expect(refused.status).toBe(400);
        expect(refused.data).toBeUndefined();
        expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
      }
    } finally {
      await limited.close();
    }
  });
});
