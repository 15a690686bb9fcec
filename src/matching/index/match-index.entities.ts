import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The matching index: what BM25 needs from PostgreSQL, kept current inside the transactions
 * that change seeds and needs (src/matching/index/match-indexer.ts). `kind` separates the two
 * corpora: seeds are ranked for a need against seed statistics, needs for a seed against need
 * statistics. Only what can be matched is indexed: PUBLISHED seeds, needs not ARCHIVED.
 */
export type MatchKind = 'SEED' | 'NEED';

/** One indexed document: its analysed terms (for the ranking step) and its BM25 length. */
@Entity()
@Check('chk_match_document_kind', `"kind" IN ('SEED', 'NEED')`)
export class MatchDocument {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_match_document' })
  kind: MatchKind;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_match_document' })
  docId: string;

  /** Sum of the weighted term frequencies (AnalysedText.length). */
  @Column({ type: 'real' })
  length: number;

  /** Term → weighted frequency (AnalysedText.terms). */
  @Column({ type: 'jsonb' })
  terms: Record<string, number>;

  /** Term → how it was first written, for explanations (AnalysedText.surfaces). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  surfaces: Record<string, string>;

  /** The ANALYSER_VERSION the terms were made with; a different one triggers a rebuild at start. */
  @Column({ type: 'integer' })
  analyserVersion: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A posting: one term of one document with its weighted frequency. */
@Entity()
@Check('chk_match_term_kind', `"kind" IN ('SEED', 'NEED')`)
// Term then impact: retrieval reads each query term's best postings first, with what the exact
// BM25 needs (weight, document length), from the index alone (no visit to match_document).
@Index('idx_match_term_kind_term_impact', ['kind', 'term', 'impact', 'docId', 'weight', 'docLength'])
export class MatchTerm {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_match_term' })
  kind: MatchKind;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_match_term' })
  docId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_match_term' })
  term: string;

  @Column({ type: 'real' })
  weight: number;

  /** The document's length (MatchDocument.length), repeated here for the BM25 document factor. */
  @Column({ type: 'real' })
  docLength: number;

  /**
   * The posting's BM25 document factor when it was indexed (see postingImpactSql): the order in
   * which retrieval reads a term's postings, so that its cap per term keeps the postings that
   * weigh most. Scores are computed exactly, with the current average length.
   */
  @Column({ type: 'real' })
  impact: number;
}

/** Document frequency of a term in one corpus (ts_rank has no IDF; BM25 needs this table). */
@Entity()
@Check('chk_match_term_stat_kind', `"kind" IN ('SEED', 'NEED')`)
export class MatchTermStat {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_match_term_stat' })
  kind: MatchKind;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_match_term_stat' })
  term: string;

  @Column({ type: 'integer' })
  df: number;
}

/** Size of one corpus: document count and total length (average length = total / count). */
@Entity()
@Check('chk_match_corpus_kind', `"kind" IN ('SEED', 'NEED')`)
export class MatchCorpus {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_match_corpus' })
  kind: MatchKind;

  @Column({ type: 'integer' })
  documentCount: number;

  @Column({ type: 'double precision' })
  totalLength: number;
}

export const MATCH_INDEX_ENTITIES = [MatchDocument, MatchTerm, MatchTermStat, MatchCorpus];
