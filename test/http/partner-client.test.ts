import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ApiKeyService, generateApiKey } from '../../src/auth/api-key.service';
import { ApiKeyScope } from '../../src/auth/auth.enums';
import { toGlobalId } from '../../src/common/global-id';
import { Need } from '../../src/needs/need.entity';
import { loadReferenceData, makeCompany, makeInstitution, makeResearcher, makeSeed } from '../support/factories';
import { startTestServer, TestServer } from '../support/test-server';
import { WAIT_CEILING_MS } from '../support/wait-for';

// Each test runs CLI processes under ts-node: slow on a loaded machine, so a generous ceiling, not 60 s.
jest.setTimeout(3 * WAIT_CEILING_MS);

/**
 * examples/partner-client against the real server: its generated types are current, and its
 * script lists published seeds, finds (or registers) the company by its corporate number,
 * submits a need with an idempotency key (and retries it) and reads it back, both with automatic
 * persisted queries and with the server in allow-list mode using the client's own manifest.
 */
const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'partner-client');
const GENERATED = path.join(EXAMPLE, 'gql');

interface Summary {
  seeds: { totalCount: number; titles: string[] };
  company: { id: string; nameJa: string; corporateNumber: string | null; registered: boolean } | null;
  submittedNeed: { id: string; key: string; title: string; status: string } | null;
  retryReturnedSameNeed: boolean | null;
  readBack: { status: string; consultationStep: number; introductions: Array<{ targetName: string | null; status: string }> } | null;
  error?: { status: number; codes: string[] };
}

async function runExample(env: Record<string, string>): Promise<{ code: number; summary: Summary; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(EXAMPLE, 'run.ts'), '--json'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, summary: JSON.parse(stdout.trim().split('\n').pop()!) as Summary, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    const last = failed.stdout.trim().split('\n').pop();
    return { code: failed.code, summary: last ? (JSON.parse(last) as Summary) : ({} as Summary), stderr: failed.stderr };
  }
}

describe('partner client example (GraphQL Code Generator, client preset)', () => {
  it('has generated files that match a fresh run of the code generator (run it again after changing operations or the schema)', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-codegen-'));
    try {
      await run(process.execPath, [path.join(ROOT, 'node_modules', '.bin', 'graphql-codegen'), '--config', path.join(EXAMPLE, 'codegen.ts')], {
        cwd: ROOT,
        env: { ...process.env, PARTNER_CODEGEN_OUT: out },
      });
      const fresh = fs.readdirSync(out).sort();
      expect(fs.readdirSync(GENERATED).sort()).toEqual(fresh);
      for (const file of fresh) {
        const hint = `examples/partner-client/gql/${file} is stale: run npm run partner:codegen`;
        expect({ file, stale: fs.readFileSync(path.join(GENERATED, file), 'utf8') !== fs.readFileSync(path.join(out, file), 'utf8'), hint }).toEqual({
          file,
          stale: false,
          hint,
        });
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  describe.each([
    ['automatic persisted queries', {}],
    [
      'allow-list mode with the client’s own manifest',
      { MUSUBI_PERSISTED_QUERIES: 'allowlist', MUSUBI_ALLOWLIST_FILE: path.join(GENERATED, 'persisted-documents.json') },
    ],
  ])('against the server with %s', (_label, serverEnv: Record<string, string>) => {
    let t: TestServer;
    let apiKey: string;
    let companyId: string;

    beforeAll(async () => {
      t = await startTestServer(serverEnv);
      const ds = t.db.dataSource;
      await loadReferenceData(ds);
      const institution = await makeInstitution(ds);
      const researcher = await makeResearcher(ds, institution);
      await makeSeed(ds, [researcher], { title: '有機EL照明の長寿命化' });
      await makeSeed(ds, [researcher], { title: 'Printed organic thin-film transistors' });
      const company = await makeCompany(ds, { corporateNumber: '7000012050002' });
      companyId = toGlobalId('Company', company.id);
      // The partner's key, stored as an administrator would issue it (only its hash is kept).
      apiKey = generateApiKey();
      await new ApiKeyService(ds).store(apiKey, {
        name: '連携ポータル (テスト)',
        ownerInstitutionId: institution.id,
        scopes: [ApiKeyScope.READ_PUBLISHED, ApiKeyScope.SUBMIT_NEEDS],
        rateLimitPerMinute: 600,
      });
    });
    afterAll(() => t.close());

    it('lists published seeds, finds the company by its corporate number, submits a need twice with one idempotency key and reads it back', async () => {
      const { code, summary, stderr } = await runExample({
        MUSUBI_URL: t.url,
        MUSUBI_API_KEY: apiKey,
        MUSUBI_CORPORATE_NUMBER: '7000-0120-50002',
        MUSUBI_IDEMPOTENCY_KEY: `portal-${serverEnv.MUSUBI_PERSISTED_QUERIES ?? 'apq'}-1`,
      });
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(summary.seeds.totalCount).toBe(2);
      expect(summary.seeds.titles.sort()).toEqual(['Printed organic thin-film transistors', '有機EL照明の長寿命化']);
      expect(summary.company).toMatchObject({ id: companyId, corporateNumber: '7000012050002', registered: false });
      expect(summary.submittedNeed).toMatchObject({ status: 'OPEN', title: expect.stringContaining('ボイド') });
      expect(summary.retryReturnedSameNeed).toBe(true);
      expect(summary.readBack).toEqual({ status: 'OPEN', consultationStep: 1, introductions: [] });

      const stored = await t.db.dataSource.getRepository(Need).findBy({ idempotencyKey: `portal-${serverEnv.MUSUBI_PERSISTED_QUERIES ?? 'apq'}-1` });
      expect(stored).toHaveLength(1);
      expect(toGlobalId('Company', stored[0].companyId)).toBe(companyId);
    });

    it('registers a company it does not find, once', async () => {
      const env = { MUSUBI_URL: t.url, MUSUBI_API_KEY: apiKey, MUSUBI_CORPORATE_NUMBER: '5000012010024', MUSUBI_COMPANY_NAME: '置賜精工(架空)' };
      const first = await runExample(env);
      expect(first.code).toBe(0);
      expect(first.summary.company).toMatchObject({ nameJa: '置賜精工(架空)', corporateNumber: '5000012010024', registered: true });
      const second = await runExample(env);
      expect(second.summary.company).toEqual({ ...first.summary.company, registered: false });
      expect(second.summary.submittedNeed!.id).not.toBe(first.summary.submittedNeed!.id);
    });

    it('is refused, with the server’s error code, when submitting without a key', async () => {
      const { code, summary } = await runExample({ MUSUBI_URL: t.url, MUSUBI_API_KEY: '', MUSUBI_CORPORATE_NUMBER: '7000012050002' });
      expect(code).toBe(1);
      expect(summary.error?.codes[0]).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    });
  });
});
