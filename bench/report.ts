import fs from 'node:fs';
import type { Diagnosis } from './diagnose';
import type { LoadResult } from './load';
import { PEER_PREFIX } from './peer/peer-operations';
import type { Options, SizeResult, StatementResult } from './results';

export interface Report {
  startedAt: string;
  command: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; database: string };
  options: Options;
  results: SizeResult[];
  /** Why the run stopped early, when it did. */
  error?: string | null;
}

const TRIVIAL = '{ __typename }';
const LIST = 'seeds(first: 50)';
const LOOKUP = 'seed(id:)';
const MATCH = 'matchCandidates(first: 20)';

/** Targets of issue 17 (issue 7's list share of the trivial query is kept). */
export const TARGETS = {
  matchP95Ms: { 10_000: 60, 100_000: 100 } as Record<number, number>,
  listShareOfTrivial: 0.4,
  /** musubi ÷ PostGraphile: throughput at least the peer's, p95 at most the peer's. */
  peerRatio: 1,
  importSeedsPerSecond: 2000,
  rssMbAt100k: 400,
  startSeconds: 3,
};

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const ms = (n: number) => (n < 10 ? n.toFixed(1) : int(n));
const percent = (n: number) => `${Math.round(n * 100)}%`;
const sizeLabel = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
/** A reason in a table cell: its first words; the whole text is listed under "notes". */
const short = (reason: string) => (reason.startsWith('failed') ? 'failed (notes)' : reason.split(' (')[0]);

function loadAt(result: SizeResult, name: string, connections: number): LoadResult | string {
  const entry = result.load[name];
  if (entry === undefined) return 'not measured';
  if (typeof entry === 'string') return entry;
  return entry.find((r) => r.connections === connections) ?? 'not measured';
}

const statementsOf = (result: SizeResult, name: string): string => {
  const entry = result.statements[name] as StatementResult | string | undefined;
  if (entry === undefined) return '–';
  return typeof entry === 'string' ? 'n/a' : entry.perRequest.toFixed(entry.perRequest % 1 === 0 ? 0 : 1);
};

/** The aligned text table and the targets, as printed at the end of a run. */
export function printReport(report: Report): string {
  const { results, options, machine } = report;
  const rows: string[][] = [];
  const row = (label: string, cell: (r: SizeResult) => string) => rows.push([label, ...results.map(cell)]);
  const section = (title: string) => rows.push([title, ...results.map(() => '')]);

  summaryRows(results, options.connections, row, section);

  section('data');
  row('seeds / needs / researchers', (r) => `${int(r.counts.seeds)} / ${int(r.counts.needs)} / ${int(r.counts.researchers)}`);
  row('companies / institutions', (r) => `${int(r.counts.companies)} / ${int(r.counts.institutions)}`);
  row('generate (s)', (r) => r.generateSeconds.toFixed(1));
  row('machine load average before → after', (r) => `${r.loadAverage.before.toFixed(1)} → ${r.loadAverage.after.toFixed(1)}`);
  section('import (ImportService.importText, JSON)');
  row('seeds per second', (r) => int(r.import.seedsPerSecond));
  const floor = (r: SizeResult, rate: (f: Exclude<SizeResult['import']['copyFloor'], string>) => number) =>
    typeof r.import.copyFloor === 'string'
      ? r.import.copyFloor
      : `${int(rate(r.import.copyFloor))} (import at ${((r.import.seedsPerSecond / rate(r.import.copyFloor)) * 100).toFixed(0)} %)`;
  row('COPY floor: seed rows per second', (r) => floor(r, (f) => f.seedRowsPerSecond));
  row('COPY floor: seeds and their postings per second', (r) => floor(r, (f) => f.seedsWithPostingsPerSecond));
  row('all records per second', (r) => int(r.import.recordsPerSecond));
  row('seeds import time (s, files)', (r) => {
    const seeds = r.import.phases.find((p) => p.name === 'seeds')!;
    return `${seeds.seconds.toFixed(1)} (${seeds.files})`;
  });
  row('SQL statements per seed', (r) => r.import.statementsPerSeed.toFixed(2));
  const seedsPhase = (r: SizeResult) => r.import.phases.find((p) => p.name === 'seeds')!;
  const sqlShare = (r: SizeResult) => Object.values(seedsPhase(r).statements.msByKind ?? {}).reduce((a, b) => a + b, 0) / 1000 / seedsPhase(r).seconds;
  row('seeds: time waiting on SQL (details below)', (r) => percent(sqlShare(r)));
  row('VACUUM ANALYZE after (s)', (r) => r.import.vacuumAnalyzeSeconds.toFixed(1));
  row('matching index at start-up (s)', (r) => `${r.import.matchIndex.seconds.toFixed(1)} ${r.import.matchIndex.rebuilt ? '(rebuilt)' : '(current)'}`);

  for (const connections of options.connections) {
    section(`HTTP, concurrency ${connections}, ${options.seconds} s each`);
    row(`${MATCH} p50/p95/p99 ms`, (r) => {
      const m = loadAt(r, MATCH, connections);
      return typeof m === 'string' ? short(m) : `${ms(m.p50)} / ${ms(m.p95)} / ${ms(m.p99)}`;
    });
    row(`${MATCH} req/s`, (r) => {
      const m = loadAt(r, MATCH, connections);
      return typeof m === 'string' ? '–' : int(m.requestsPerSecond);
    });
    for (const name of [LIST, LOOKUP]) {
      row(`${name} req/s (of trivial)`, (r) => {
        const m = loadAt(r, name, connections);
        const t = loadAt(r, TRIVIAL, connections);
        if (typeof m === 'string' || typeof t === 'string') return typeof m === 'string' ? short(m) : int(m.requestsPerSecond);
        return `${int(m.requestsPerSecond)} (${percent(m.requestsPerSecond / t.requestsPerSecond)})`;
      });
      row(`${name} p50/p95 ms`, (r) => {
        const m = loadAt(r, name, connections);
        return typeof m === 'string' ? '–' : `${ms(m.p50)} / ${ms(m.p95)}`;
      });
    }
    row(`${TRIVIAL} req/s`, (r) => {
      const t = loadAt(r, TRIVIAL, connections);
      return typeof t === 'string' ? short(t) : int(t.requestsPerSecond);
    });
    row('failed requests (all operations)', (r) =>
      int(
        Object.values(r.load).reduce(
          (sum, e) => sum + (typeof e === 'string' ? 0 : e.filter((x) => x.connections === connections).reduce((s, x) => s + x.failures, 0)),
          0,
        ),
      ),
    );
  }

  row('matchCandidates edges in a checked answer', (r) => (r.edges[MATCH] === undefined ? '–' : String(r.edges[MATCH])));
  section('SQL statements per request');
  row('seeds(first: 10) → (first: 50)', (r) => `${statementsOf(r, 'seeds(first: 10)')} → ${statementsOf(r, LIST)}`);
  row('seed(id:)', (r) => statementsOf(r, LOOKUP));
  row('matchCandidates first 10 → 20', (r) => `${statementsOf(r, 'matchCandidates(first: 10)')} → ${statementsOf(r, MATCH)}`);
  row('{ __typename }', (r) => statementsOf(r, TRIVIAL));
  section('where the time goes (one request explained, CPU profiled after the load)');
  for (const name of [MATCH, LIST, LOOKUP]) {
    const of = (r: SizeResult) => diagnosisOf(r, name);
    row(`${name}: SQL execution / request ms`, (r) => {
      const d = of(r);
      return d ? `${ms(sqlMs(d))} / ${ms(d.requestMs)}` : '–';
    });
    row(`${name}: slowest statement ms`, (r) => {
      const d = of(r);
      const slowest = d ? [...d.statements].sort((a, b) => (b.executionMs || 0) - (a.executionMs || 0))[0] : undefined;
      return slowest ? `${ms(slowest.executionMs)} ${slowest.kind}` : '–';
    });
    row(`${name}: server CPU per request ms`, (r) => {
      const p = of(r)?.profile;
      return p ? ms(p.busyMs / p.profiledRequests) : '–';
    });
  }
  section('retrieval bounds against reading every posting (40 needs, top 20)');
  const quality = (r: SizeResult) => (typeof r.retrievalQuality === 'string' ? null : r.retrievalQuality);
  row('mean top-20 score: served / every posting', (r) => {
    const q = quality(r);
    return q ? `${q.meanTop20Score.bounded.toFixed(3)} / ${q.meanTop20Score.exhaustive.toFixed(3)}` : short(String(r.retrievalQuality ?? '–'));
  });
  row('top-20 overlap / same first candidate', (r) => {
    const q = quality(r);
    return q ? `${percent(q.top20Overlap)} / ${q.sameFirst} of ${q.needs}` : '–';
  });
  section('server resident memory (MB)');
  row('idle / warmed up', (r) => `${int(r.server.rssMb.idle)} / ${int(r.server.rssMb.warm)}`);
  row('after load / peak', (r) => `${int(r.server.rssMb.afterLoad)} / ${int(r.server.rssMb.peak)}`);

  const header = ['', ...results.map((r) => `${sizeLabel(r.seeds)} seeds`)];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((cells) => cells[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('   ')
      .trimEnd();
  const isSection = (cells: string[]) => cells.slice(1).every((c) => c === '');

  const out = [
    `musubi bench ${report.startedAt}: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.database}`,
    `command: ${report.command}`,
    '',
    line(header),
    ...rows.map((cells) => (isSection(cells) ? `-- ${cells[0]}` : line(cells))),
    '',
    'targets',
    ...targetLines(results),
    ...importLines(report),
    ...profileLines(report),
    ...noteLines(report),
  ];
  return `${out.join('\n')}\n`;
}

/** musubi ÷ PostGraphile as `a / b = r×`. */
function versus(a: number, b: number, format: (n: number) => string): string {
  return `${format(a)} / ${format(b)} = ${(a / b).toFixed(2)}×`;
}

/** The operation's result and its PostGraphile twin's at one concurrency, or null when either is missing. */
function pairAt(result: SizeResult, name: string, connections: number): [LoadResult, LoadResult] | null {
  const ours = loadAt(result, name, connections);
  const theirs = loadAt(result, `${PEER_PREFIX}${name}`, connections);
  return typeof ours === 'string' || typeof theirs === 'string' ? null : [ours, theirs];
}

type RowFn = (label: string, cell: (r: SizeResult) => string) => void;

/**
 * The one table a reader needs: musubi against PostGraphile on the list and the lookup, the
 * matching p95 with what its retrieval bounds cost in quality, the import, memory and start-up.
 * Details follow in the sections below it.
 */
function summaryRows(results: SizeResult[], concurrencies: number[], row: RowFn, section: (title: string) => void): void {
  section('summary: musubi / PostGraphile 5 = ratio (same database, same selection, interleaved runs)');
  for (const name of [LIST, LOOKUP]) {
    for (const c of concurrencies) {
      row(`${name} c${c} req/s (≥ 1× is ahead)`, (r) => {
        const pair = pairAt(r, name, c);
        return pair ? versus(pair[0].requestsPerSecond, pair[1].requestsPerSecond, int) : short(String(loadAt(r, `${PEER_PREFIX}${name}`, c)));
      });
      row(`${name} c${c} p95 ms (≤ 1× is ahead)`, (r) => {
        const pair = pairAt(r, name, c);
        return pair ? versus(pair[0].p95, pair[1].p95, ms) : '–';
      });
    }
  }
  for (const c of concurrencies) {
    row(`${MATCH} c${c} p50 / p95 ms`, (r) => {
      const m = loadAt(r, MATCH, c);
      return typeof m === 'string' ? short(m) : `${ms(m.p50)} / ${ms(m.p95)}`;
    });
  }
  row('  top-20 overlap with every posting read', (r) =>
    typeof r.retrievalQuality === 'string' ? short(r.retrievalQuality) : `${percent(r.retrievalQuality.top20Overlap)}`,
  );
  row('import seeds/s, musubi / COPY of seeds with postings', (r) => {
    const floor = r.import.copyFloor;
    return `${int(r.import.seedsPerSecond)} / ${typeof floor === 'string' || floor === undefined ? '–' : int(floor.seedsWithPostingsPerSecond)}`;
  });
  const peerFigures = (r: SizeResult) => (typeof r.peer === 'string' || r.peer === undefined ? null : r.peer);
  row('server RSS peak MB, musubi / PostGraphile', (r) => {
    const peer = peerFigures(r);
    return `${int(r.server.rssMb.peak)} / ${peer ? int(peer.rssMb.peak) : '–'}`;
  });
  row('start-up s on the loaded database, musubi / PostGraphile', (r) => {
    const peer = peerFigures(r);
    return `${r.server.startSeconds.toFixed(1)} / ${peer ? peer.startSeconds.toFixed(1) : '–'}`;
  });
}

function diagnosisOf(result: SizeResult, name: string): Diagnosis | null {
  const entry = result.diagnosis?.[name];
  return entry && typeof entry !== 'string' ? entry : null;
}

const sqlMs = (d: Diagnosis) => d.statements.reduce((sum, s) => sum + (s.executionMs || 0) + (s.planningMs || 0), 0);

/** Where the seeds import spends its time, per size: statements waited for, and the importer's CPU. */
function importLines(report: Report): string[] {
  const lines = report.results.map((r) => {
    const phase = r.import.phases.find((p) => p.name === 'seeds')!;
    const share = (ms: number) => percent(ms / 1000 / phase.seconds);
    const sql = Object.entries(phase.statements.msByKind ?? {})
      .slice(0, 3)
      .map(([kind, ms]) => `${kind} ${share(ms)}`);
    const cpu = (phase.profile?.byPackage ?? []).slice(0, 3).map((p) => `${p.name.replace('musubi ', '')} ${share(p.ms)}`);
    return `  ${sizeLabel(r.seeds)}: SQL ${sql.join(', ')}; CPU ${cpu.join(', ')}`;
  });
  return ['', 'seeds import time by statement kind (waiting) and by package (importer CPU)', ...lines];
}

/** The busiest packages of each profiled operation at the largest size. */
function profileLines(report: Report): string[] {
  const largest = report.results[report.results.length - 1];
  if (!largest) return [];
  const lines: string[] = [];
  for (const [name, entry] of Object.entries(largest.diagnosis ?? {})) {
    if (typeof entry === 'string' || !entry.profile) continue;
    const { busyMs, byPackage } = entry.profile;
    const parts = byPackage.slice(0, 6).map((p) => `${p.name} ${percent(p.ms / busyMs)}`);
    lines.push(`  ${name} at ${sizeLabel(largest.seeds)}: ${parts.join(', ')}`);
  }
  return lines.length > 0 ? ['', 'server CPU by package (self time)', ...lines] : [];
}

/** Why something was not measured, in full. */
function noteLines(report: Report): string[] {
  const notes = report.results.flatMap((r) =>
    Object.entries(r.load)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([name, reason]) => `  ${sizeLabel(r.seeds)} ${name}: ${reason}`)
      .concat(typeof r.retrievalQuality === 'string' ? [`  ${sizeLabel(r.seeds)} retrieval quality: ${r.retrievalQuality}`] : []),
  );
  if (report.error) notes.push(`  run stopped: ${report.error}`);
  return notes.length > 0 ? ['', 'notes', ...notes] : [];
}

function targetLines(results: SizeResult[]): string[] {
  const lines: string[] = [];
  const matchP95 = (r: SizeResult) => {
    const m = loadAt(r, MATCH, 1);
    return typeof m === 'string' ? null : m.p95;
  };
  for (const r of results) {
    const limit = TARGETS.matchP95Ms[r.seeds];
    if (limit === undefined) continue;
    const p95 = matchP95(r);
    lines.push(
      `  matchCandidates p95 at ${sizeLabel(r.seeds)}, concurrency 1 ≤ ${limit} ms: ${p95 === null ? 'not available' : `${ms(p95)} ms ${mark(p95 <= limit)}`}`,
    );
  }
  const measured = results.filter((r) => matchP95(r) !== null);
  for (let i = 1; i < measured.length; i++) {
    const [a, b] = [measured[i - 1], measured[i]];
    lines.push(
      `  matchCandidates p95 growth ${sizeLabel(a.seeds)} → ${sizeLabel(b.seeds)}: data × ${(b.seeds / a.seeds).toFixed(0)}, p95 × ${(matchP95(b)! / matchP95(a)!).toFixed(2)}`,
    );
  }
  for (const r of results) {
    const shares = [1, 16].map((c) => {
      const l = loadAt(r, LIST, c);
      const t = loadAt(r, TRIVIAL, c);
      return typeof l === 'string' || typeof t === 'string' ? null : { c, share: l.requestsPerSecond / t.requestsPerSecond };
    });
    const text = shares.filter((s) => s !== null).map((s) => `c${s!.c} ${percent(s!.share)} ${mark(s!.share >= TARGETS.listShareOfTrivial)}`);
    lines.push(`  list ≥ 40% of trivial throughput at ${sizeLabel(r.seeds)}: ${text.join(', ') || 'not measured'}`);
  }
  for (const r of results) {
    const verdicts = [LIST, LOOKUP].flatMap((name) =>
      [1, 16].map((c) => {
        const pair = pairAt(r, name, c);
        if (!pair) return `${name} c${c} not measured`;
        const [ours, theirs] = pair;
        const ok = ours.requestsPerSecond / theirs.requestsPerSecond >= TARGETS.peerRatio && ours.p95 / theirs.p95 <= TARGETS.peerRatio;
        return `${name} c${c} ${mark(ok)}`;
      }),
    );
    lines.push(`  list and lookup ahead of PostGraphile (req/s ≥ 1×, p95 ≤ 1×) at ${sizeLabel(r.seeds)}: ${verdicts.join(', ')}`);
  }
  for (const r of results) {
    lines.push(
      `  import ≥ ${int(TARGETS.importSeedsPerSecond)} seeds/s at ${sizeLabel(r.seeds)}: ${int(r.import.seedsPerSecond)} ${mark(r.import.seedsPerSecond >= TARGETS.importSeedsPerSecond)}`,
    );
  }
  for (const r of results.filter((x) => x.seeds === 100_000)) {
    const peak = r.server.rssMb.peak;
    lines.push(`  server RSS ≤ ${TARGETS.rssMbAt100k} MB at 100k (peak): ${int(peak)} MB ${mark(peak <= TARGETS.rssMbAt100k)}`);
  }
  for (const r of results) {
    const s = r.server.startSeconds;
    lines.push(`  start-up ≤ ${TARGETS.startSeconds} s on the loaded database at ${sizeLabel(r.seeds)}: ${s.toFixed(1)} s ${mark(s <= TARGETS.startSeconds)}`);
  }
  return lines;
}

/** `node dist/bench/report.js bench/results/<timestamp>.json` prints a saved run again. */
if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: node dist/bench/report.js bench/results/<timestamp>.json');
  process.stdout.write(printReport(JSON.parse(fs.readFileSync(file, 'utf8')) as Report));
}
