import { createClient, GraphQLRequestError } from './client';
import { PublishedSeedsDocument, SubmitNeedDocument } from './gql/graphql';

/**
 * A partner portal's two calls: list published seeds, then submit a need on a company's behalf.
 *
 *   MUSUBI_API_KEY=mk_… MUSUBI_COMPANY_ID=<company global ID> npm run partner:example [-- --json]
 *
 * Environment:
 *   MUSUBI_URL         GraphQL endpoint (default http://localhost:4000/graphql)
 *   MUSUBI_API_KEY     partner API key, sent as X-API-Key (submitting needs the SUBMIT_NEEDS scope)
 *   MUSUBI_COMPANY_ID  the company the need is for; without it only the seeds are listed
 *   MUSUBI_SEARCH      optional text to look for in the seeds
 *
 * Exit code 0 on success, 1 when the server refused a call (its error codes are printed).
 */
interface Summary {
  seeds: { totalCount: number; titles: string[] };
  submittedNeed: { id: string; key: string; title: string; status: string } | null;
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const url = process.env.MUSUBI_URL ?? 'http://localhost:4000/graphql';
  const companyId = process.env.MUSUBI_COMPANY_ID;
  const client = createClient({ url, apiKey: process.env.MUSUBI_API_KEY || undefined });
  const say = (line: string) => {
    if (!json) console.log(line);
  };

  try {
    const { seeds } = await client.request(PublishedSeedsDocument, { first: 5, contains: process.env.MUSUBI_SEARCH || null });
    const summary: Summary = { seeds: { totalCount: seeds.totalCount, titles: seeds.edges.map((edge) => edge.node.title) }, submittedNeed: null };
    say(`公開シーズ ${seeds.totalCount} 件 / ${seeds.totalCount} published seeds; the newest:`);
    for (const { node } of seeds.edges) say(`  - ${node.title} (TRL ${node.trl ?? '?'}, ${node.institution.nameJa})`);

    if (companyId) {
      const { submitNeed } = await client.request(SubmitNeedDocument, {
        input: {
          companyId,
          category: 'TECHNICAL',
          title: 'はんだ接合部のボイド率を下げたい (連携ポータル経由)',
          description: 'リフロー後の X 線検査でボイド率が 15% を超える基板があり、原因の切り分けと対策の相談先を探しています。',
          keywords: ['はんだ', 'ボイド', 'リフロー'],
          wantedForms: ['TECHNICAL_GUIDANCE'],
        },
      });
      summary.submittedNeed = { id: submitNeed.id, key: submitNeed.key, title: submitNeed.title, status: submitNeed.status };
      say(`ニーズを登録しました / Need submitted: ${submitNeed.title} (${submitNeed.status}, key ${submitNeed.key})`);
    } else {
      say('MUSUBI_COMPANY_ID is not set: no need submitted / MUSUBI_COMPANY_ID がないためニーズは登録しません');
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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
