/**
 * `npm run eval:plans`: how often the best proposed support plan's parts match what a seasoned
 * coordinator would assemble (eval/plans.json), per kind of part. A fresh embedded PostgreSQL
 * with the demo data; the plans come from the same PlanService the API uses.
 *
 * Per role: recall = expected roles whose plan part is one of the accepted targets; coverage =
 * expected roles the plan fills at all; precision = plan parts of the role that are accepted
 * (over the plan parts of that role, for needs that list the role).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { fromGlobalId } from '../src/common/global-id';
import { createDataSource } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { loadDemoDataIfEmpty } from '../src/demo/demo-loader';
import { FundingService } from '../src/funding/funding.service';
import { IntroductionService } from '../src/introductions/introduction.service';
import { MatchingService } from '../src/matching/matching.service';
import { engineRankings } from '../src/plans/plan-rankings';
import { toPlanCandidates } from '../src/plans/plan.commands';
import { PlanService } from '../src/plans/plan.service';

interface Labelled {
  need: string;
  why: string;
  parts: Record<string, string[]>;
}

const ROLES = ['RESEARCH', 'TESTING', 'NETWORK', 'FUNDING', 'MANAGEMENT'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const labelled = (JSON.parse(fs.readFileSync(path.join(root, 'eval', 'plans.json'), 'utf8')) as { needs: Labelled[] }).needs;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-eval-plans-'));
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'musubi_eval' });
  try {
    const admin = new Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE musubi_eval_plans');
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = '/musubi_eval_plans';
    const dataSource = createDataSource({ url: url.toString() });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      await loadDemoDataIfEmpty(dataSource);
      const matching = new MatchingService(dataSource);
      const funding = new FundingService(dataSource);
      const plans = new PlanService(dataSource, engineRankings(matching.ranking), funding, new IntroductionService(dataSource, matching, undefined, funding));
      const keyOf = new Map<string, string>();
      for (const table of ['need', 'seed', 'institution', 'consortium', 'funding_programme', 'researcher']) {
        for (const r of (await dataSource.query(`SELECT id, key FROM ${table}`)) as Array<{ id: string; key: string }>) keyOf.set(r.id, r.key);
      }
      const idOfNeed = new Map([...keyOf].filter(([, k]) => k.startsWith('n.')).map(([id, k]) => [k, id]));
      const tally = Object.fromEntries(ROLES.map((r) => [r, { expected: 0, hit: 0, covered: 0, proposed: 0, accepted: 0 }]));
      let exact = 0;
      console.log(`musubi support-plan evaluation: ${labelled.length} needs (eval/plans.json)\n`);
      for (const item of labelled) {
        const needId = idOfNeed.get(item.need);
        if (!needId) throw new Error(`eval/plans.json: unknown need ${item.need}`);
        const { plans: ranked } = toPlanCandidates(await plans.candidates(needId, 3));
        const best = ranked[0];
        const got = new Map((best?.parts ?? []).map((p) => [p.role as string, keyOf.get(fromGlobalId(p.targetId).id) ?? p.targetId]));
        let allHit = true;
        const line: string[] = [];
        for (const role of ROLES) {
          const accepted = item.parts[role];
          const chosen = got.get(role);
          if (accepted) {
            tally[role].expected++;
            if (chosen) tally[role].covered++;
            if (chosen) tally[role].proposed++;
            const ok = !!chosen && accepted.includes(chosen);
            if (ok) {
              tally[role].hit++;
              tally[role].accepted++;
            } else allHit = false;
            line.push(`${role}: ${chosen ?? '—'} ${ok ? '✓' : '✗'}`);
          } else if (chosen) {
            line.push(`${role}: ${chosen} (not expected)`);
          }
        }
        if (allHit) exact++;
        console.log(`${item.need}  score ${best?.score.toFixed(3) ?? '—'}\n  ${line.join('\n  ')}`);
        // `-- --show n.key` prints that need's plans as a coordinator sees them.
        if (process.argv.includes('--show') && process.argv[process.argv.indexOf('--show') + 1] === item.need) console.log(JSON.stringify(ranked, null, 2));
      }
      console.log('\nrole         expected  covered  recall  precision');
      let e = 0;
      let h = 0;
      for (const role of ROLES) {
        const t = tally[role];
        if (t.expected === 0) continue;
        e += t.expected;
        h += t.hit;
        console.log(
          `${role.padEnd(12)} ${String(t.expected).padStart(8)}  ${String(t.covered).padStart(7)}  ${(t.hit / t.expected).toFixed(2).padStart(6)}  ${(t.proposed ? t.accepted / t.proposed : 0).toFixed(2).padStart(9)}`,
        );
      }
      console.log(`all parts    ${String(e).padStart(8)}           ${(h / e).toFixed(2).padStart(6)}`);
      console.log(`needs whose best plan matches in every expected role: ${exact} / ${labelled.length}`);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await cluster.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
