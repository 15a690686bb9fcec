import type { datasetCounts } from './synthetic-data';
import type { ImportPhase } from './import-phases';
import type { CopyFloor } from './copy-floor';
import type { LoadResult } from './load';
import type { Diagnosis } from './diagnose';
import type { RetrievalQuality } from './retrieval-quality';

/** The options of one `npm run bench` and what it measured for each size (written to bench/results as JSON). */
export interface Options {
  sizes: number[];
  quick: boolean;
  seed: number;
  /** Length of one measurement. */
  seconds: number;
  warmupSeconds: number;
  connections: number[];
  /** Sequential requests over which SQL statements are counted. */
  statementSamples: number;
  /** Path and name stem of this run's files in bench/results. */
  resultsPrefix: string;
}

export interface StatementResult {
  perRequest: number;
  byKind: Record<string, number>;
}

export interface SizeResult {
  seeds: number;
  counts: ReturnType<typeof datasetCounts>;
  database: string;
  /** 1-minute load average before and after: other work on the machine skews the figures. */
  loadAverage: { before: number; after: number };
  generateSeconds: number;
  import: {
    phases: ImportPhase[];
    seedsPerSecond: number;
    recordsPerSecond: number;
    statementsPerSeed: number;
    vacuumAnalyzeSeconds: number;
    /** ensureMatchIndex after the load, as at start-up. */
    matchIndex: { rebuilt: boolean; reason: string; seconds: number };
    /** PostgreSQL's COPY of the same seed rows (and their postings); a string says why it was not measured. */
    copyFloor: CopyFloor | string;
  };
  /** Start-up on the loaded database (fork to listening), and resident memory. */
  server: ServerFigures;
  /** The same for the PostGraphile peer; a string says why it was not measured. */
  peer: ServerFigures | string;
  /** Per operation name; a string says why it was not measured. */
  statements: Record<string, StatementResult | string>;
  /** Edges in the checked answer of each list-like operation (an empty answer would be fast for the wrong reason). */
  edges: Record<string, number>;
  load: Record<string, LoadResult[] | string>;
  /** EXPLAIN ANALYZE of one request's SQL and a CPU profile, per operation. */
  diagnosis: Record<string, Diagnosis | string>;
  /** The served top 20 against the one found by reading every posting; a string says why it was not measured. */
  retrievalQuality: RetrievalQuality | string;
}

export interface ServerFigures {
  startSeconds: number;
  rssMb: { idle: number; warm: number; afterLoad: number; peak: number };
}
