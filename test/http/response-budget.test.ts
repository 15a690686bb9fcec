import { toGlobalId } from '../../src/common/global-id';
import { Language } from '../../src/common/enums';
import { searchForm } from '../../src/common/text';
import { SeedOwner } from '../../src/seeds/seed-owner.entity';
import { Seed } from '../../src/seeds/seed.entity';
import { SeedStatus } from '../../src/seeds/seed.enums';
import { loadReferenceData, makeInstitution, makeResearcher } from '../support/factories';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * Issue 12 #1: lists without `first` (institution.seeds, seed.owners, researcher.seeds) were
 * costed as 10 items whatever they held, so nesting them returned tens of thousands of objects.
 * The cost now follows what execution returns: past the limit the response is refused whole.
 */
describe('the cost limit follows what the lists really hold', () => {
  let t: TestServer;
  let institutionId: string;
  const SEEDS = 102;

  beforeAll(async () => {
    t = await startTestServer({ MUSUBI_MAX_QUERY_COST: '10000', MUSUBI_MAX_ALIASES: '15' });
    await loadReferenceData(t.db.dataSource);
    const institution = await makeInstitution(t.db.dataSource);
    const researcher = await makeResearcher(t.db.dataSource, institution);
    institutionId = toGlobalId('Institution', institution.id);
    const summary = 'あ'.repeat(300);
    const seeds = await t.db.dataSource.getRepository(Seed).save(
      Array.from({ length: SEEDS }, (_, i) => ({
        key: `s.budget-${i}`,
        title: `シーズ ${i}`,
        summary,
        language: Language.JA,
        trl: 4,
        institutionId: institution.id,
        status: SeedStatus.PUBLISHED,
        searchText: searchForm(`シーズ ${i}`, summary),
      })),
    );
    await t.db.dataSource.getRepository(SeedOwner).save(seeds.map((seed) => ({ seedId: seed.id, researcherId: researcher.id, position: 0 })));
  });
  afterAll(() => t.close());

  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    return {
      status: response.status,
      bytes: Buffer.byteLength(text),
      body: JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, any> }> },
    };
  };

  const alias = (i: number) => `a${i}: institution(id: $id) { seeds { owners { seeds { id title summary } } } }`;

  it('refuses the reproduction (15 aliases over a researcher with 102 seeds) with QUERY_TOO_COMPLEX and a small response', async () => {
    const query = `query($id: ID!) { ${Array.from({ length: 15 }, (_, i) => alias(i)).join(' ')} }`;
    const { status, bytes, body } = await post(query, { id: institutionId });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_COST', max: 10000 });
    expect(body.errors![0].extensions!.found).toBeGreaterThan(10000);
    expect(body.errors).toHaveLength(1);
    expect(body.data ?? null).toBeNull();
    expect(status).toBe(400);
    expect(bytes).toBeLessThan(2000);
  });

  it('refuses even one alias: 102 × 102 seeds is over the limit', async () => {
    const { body, bytes } = await post(`query($id: ID!) { ${alias(0)} }`, { id: institutionId });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_COST' });
    expect(bytes).toBeLessThan(2000);
  });

  it('still answers the same lists when they stay within the limit', async () => {
    const { body } = await post(`query($id: ID!) { institution(id: $id) { seeds { id owners { nameJa } } } }`, { id: institutionId });
    expect(body.errors).toBeUndefined();
    expect((body.data as any).institution.seeds).toHaveLength(SEEDS);
  });
});
