import { randomUUID } from 'node:crypto';
import { createClient, GraphQLRequestError } from './client';
import { FindCompanyDocument, PartnerNeedsDocument, PublishedSeedsDocument, RegisterCompanyDocument, SubmitNeedDocument } from './gql/graphql';

/**
 * A partner portal's loop: list published seeds; find the company by its corporate number (or
 * register it); submit a need with an idempotency key, retried once as a portal would after a
 * time-out (the same need comes back, not a second one); read it back with its status,
 * consultation step and introductions.
 *
 *   MUSUBI_API_KEY=mk_… MUSUBI_CORPORATE_NUMBER=<13 digits> npm run partner:example [-- --json]
 *
 * Environment:
 *   MUSUBI_URL               GraphQL endpoint (default http://localhost:4000/graphql)
 *   MUSUBI_API_KEY           partner API key, sent as X-API-Key (the SUBMIT_NEEDS scope)
 *   MUSUBI_CORPORATE_NUMBER  the company's 法人番号; or MUSUBI_COMPANY_ID, its global ID
 *   MUSUBI_COMPANY_NAME      registers the company under this name when the number is not known yet
 *   MUSUBI_IDEMPOTENCY_KEY   your own record's id for the submission (default: a new UUID)
 *   MUSUBI_SEARCH            optional text to look for in the seeds
 *   Without a company, only the seeds are listed.
 *
 * Exit code 0 on success, 1 when the server refused a call (its error codes are printed).
 */
interface Summary {
  seeds: { totalCount: number; titles: string[] };
  company: { id: string; nameJa: string; corporateNumber: string | null; registered: boolean } | null;
  submittedNeed: { id: string; key: string; title: string; status: string } | null;
  retryReturnedSameNeed: boolean | null;
  readBack: { status: string; consultationStep: number; introductions: Array<{ targetName: string | null; status: string }> } | null;
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const url = process.env.MUSUBI_URL ?? 'http://localhost:4000/graphql';
  const client = createClient({ url, apiKey: process.env.MUSUBI_API_KEY || undefined });
  const say = (line: string) => {
    if (!json) console.log(line);
  };

  try {
    const { seeds } = await client.request(PublishedSeedsDocument, { first: 5, contains: process.env.MUSUBI_SEARCH || null });
    const summary: Summary = {
      seeds: { totalCount: seeds.totalCount, titles: seeds.edges.map((edge) => edge.node.title) },
      company: null,
      submittedNeed: null,
      retryReturnedSameNeed: null,
      readBack: null,
    };
    say(`公開シーズ ${seeds.totalCount} 件 / ${seeds.totalCount} published seeds; the newest:`);
    for (const { node } of seeds.edges) say(`  - ${node.title} (TRL ${node.trl ?? '?'}, ${node.institution.nameJa})`);

    summary.company = await findOrRegisterCompany(client);
    if (!summary.company) {
      say('No company given (MUSUBI_CORPORATE_NUMBER or MUSUBI_COMPANY_ID): no need submitted / 企業の指定がないためニーズは登録しません');
      if (json) console.log(JSON.stringify(summary));
      return 0;
    }
    say(`企業 / Company: ${summary.company.nameJa}${summary.company.registered ? ' (registered now / 新規登録)' : ''}`);

    const idempotencyKey = process.env.MUSUBI_IDEMPOTENCY_KEY || `example-${randomUUID()}`;
    const input = {
      companyId: summary.company.id,
      idempotencyKey,
      category: 'TECHNICAL' as const,
      title: 'はんだ接合部のボイド率を下げたい (連携ポータル経由)',
      description: 'リフロー後の X 線検査でボイド率が 15% を超える基板があり、原因の切り分けと対策の相談先を探しています。',
      keywords: ['はんだ', 'ボイド', 'リフロー'],
      wantedForms: ['TECHNICAL_GUIDANCE' as const],
    };
    const { submitNeed } = await client.request(SubmitNeedDocument, { input });
    // A portal that timed out sends the same request again: the idempotency key returns the first need.
    const { submitNeed: retried } = await client.request(SubmitNeedDocument, { input });
    summary.submittedNeed = { id: submitNeed.id, key: submitNeed.key, title: submitNeed.title, status: submitNeed.status };
    summary.retryReturnedSameNeed = retried.id === submitNeed.id;
    say(`ニーズを登録しました / Need submitted: ${submitNeed.title} (${submitNeed.status}, idempotency key ${idempotencyKey})`);
    say(`再送しても同じニーズ / The retry returned the same need: ${summary.retryReturnedSameNeed}`);

    const { partnerNeeds } = await client.request(PartnerNeedsDocument, { first: 1, idempotencyKey });
    const need = partnerNeeds.edges[0]?.node;
    if (need) {
      summary.readBack = {
        status: need.status,
        consultationStep: need.consultationStep,
        introductions: need.introductions.map((i) => ({ targetName: i.targetName, status: i.status })),
      };
      say(`読み戻し / Read back: ${need.status}, 相談段階 step ${need.consultationStep}, 紹介 ${need.introductions.length} 件 introductions`);
    }
    if (json) console.log(JSON.stringify(summary));
    return 0;
  } catch (error) {
    if (error instanceof GraphQLRequestError) {
      console.error(`The server refused the request (HTTP ${error.status}): ${error.message}`);
      if (json) console.log(JSON.stringify({ error: { status: error.status, codes: error.codes } }));
      return 1;
    }
    if (error instanceof TypeError && error.message === 'fetch failed') {
      console.error(`Cannot reach ${url}: is the server running (npm start)? / サーバーに接続できません`);
      return 2;
    }
    throw error;
  }
}

/** The company by corporate number (registered under MUSUBI_COMPANY_NAME when new), or by MUSUBI_COMPANY_ID. */
async function findOrRegisterCompany(client: ReturnType<typeof createClient>): Promise<Summary['company']> {
  const corporateNumber = process.env.MUSUBI_CORPORATE_NUMBER;
  if (!corporateNumber) {
    const id = process.env.MUSUBI_COMPANY_ID;
    return id ? { id, nameJa: '(MUSUBI_COMPANY_ID)', corporateNumber: null, registered: false } : null;
  }
  const { partnerCompany } = await client.request(FindCompanyDocument, { corporateNumber });
  if (partnerCompany) return { ...partnerCompany, registered: false };
  const nameJa = process.env.MUSUBI_COMPANY_NAME;
  if (!nameJa) throw new Error(`No company has the corporate number ${corporateNumber}: set MUSUBI_COMPANY_NAME to register it`);
  const { registerPartnerCompany } = await client.request(RegisterCompanyDocument, { input: { corporateNumber, nameJa } });
  return { ...registerPartnerCompany.company, registered: registerPartnerCompany.created };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
