import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { generateDataset } from '../../bench/synthetic-data';
import type { AnalysedText, DocumentText } from '../../src/matching/text';

/**
 * A varied Japanese/English corpus for checking that a change to the analysis pipeline keeps
 * its output: the evaluation sets (hand-written needs and seeds in both languages, full-width
 * forms, loan words, mixed scripts), the demo data, a slice of the benchmark's synthetic
 * corpus and a few edge cases. The golden file holds a digest of each document's analysis
 * (terms, length, surfaces) as the analyser made it when the file was written.
 */
export const ANALYSIS_GOLDEN_FILE = path.join(__dirname, '..', 'fixtures', 'analysis', 'golden.json');

export interface CorpusDocument {
  readonly id: string;
  readonly document: DocumentText;
}

type Row = { key?: string; title?: string; summary?: string; description?: string; keywords?: string[] };

const root = path.join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, Row[]>;

function documentsOf(source: string, rows: Row[] | undefined, body: 'summary' | 'description'): CorpusDocument[] {
  return (rows ?? []).map((row, i) => ({
    id: `${source}/${row.key ?? i}`,
    document: { title: row.title ?? '', body: row[body] ?? '', keywords: row.keywords ?? [] },
  }));
}

const EDGE_CASES: CorpusDocument[] = [
  { id: 'edge/empty', document: { title: '', body: '', keywords: [] } },
  { id: 'edge/full-width', document: { title: 'ＯＬＥＤ１２３ｶﾀｶﾅの評価', body: '８５℃／８５％ＲＨで試験する。', keywords: ['ＩｏＴ'] } },
  {
    id: 'edge/mixed',
    document: {
      title: '有機electronicsとIoT機器',
      body: 'フレッティング摩耗 (fretting wear) をsensorで測る。溶存酸素 and dissolved oxygen.',
      keywords: ['金型', '金'],
    },
  },
  {
    id: 'edge/latin-only',
    document: { title: 'Sink marks in injection moulding', body: 'We reduce sink marks and burrs.', keywords: ['persimmon', 'lacquer'] },
  },
  { id: 'edge/kana', document: { title: 'ねじのゆるみ', body: 'ヒケとバリとダイシング。メタボロミクスデータを使う。', keywords: ['ヒートシンク'] } },
];

/** The corpus, in a fixed order. */
export function analysisCorpus(): CorpusDocument[] {
  const dev = readJson('eval/dataset.json');
  const heldout = readJson('eval/heldout.json');
  const demo = readJson('src/demo/data/demo.json');
  const synthetic = generateDataset(1000, 3) as unknown as Record<string, Row[]>;
  return [
    ...documentsOf('dev-seed', dev.seeds, 'summary'),
    ...documentsOf('dev-need', dev.needs, 'description'),
    ...documentsOf('heldout-seed', heldout.seeds, 'summary'),
    ...documentsOf('heldout-need', heldout.needs, 'description'),
    ...documentsOf('demo-seed', demo.seeds, 'summary'),
    ...documentsOf('demo-need', demo.needs, 'description'),
    ...documentsOf('synthetic-seed', synthetic.seeds.slice(0, 150), 'summary'),
    ...documentsOf('synthetic-need', synthetic.needs.slice(0, 50), 'description'),
    ...EDGE_CASES,
  ];
}

/** A short digest of an analysis: terms, weights, length and surfaces in a canonical order. */
export function analysisDigest(analysed: AnalysedText): string {
  const canonical = JSON.stringify({
    length: analysed.length,
    terms: Object.entries(analysed.terms).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    surfaces: Object.entries(analysed.surfaces ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

export interface AnalysisGolden {
  /** ANALYSER_VERSION when written: a new concept table or lexicon changes the analysis on purpose. */
  readonly analyserVersion: number;
  readonly digests: Record<string, string>;
}
