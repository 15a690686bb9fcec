import { EntityManager } from 'typeorm';
import { AnalysedText, Bm25Parameters, DEFAULT_BM25_PARAMETERS } from '../text';
import { textHitsSql } from './bm25-sql';
import { fieldsAndDescendantsSql, regionWithinSql, SqlParams } from './sql-params';

/** How many candidates retrieval hands to the ranking step, and how much of the query it reads. */
export interface RetrievalOptions {
  /** Candidates returned at most (text hits first, then field-sharing ones). */
  readonly limit: number;
  /** Query terms used at most, those with the largest weight × IDF. */
  readonly maxQueryTerms: number;
  /**
   * Postings read at most per query term, highest BM25 impact first; null reads them all. A
   * bound keeps the cost from growing with the corpus, but a document cut from one term's list
   * is summed without that term and can fall out of the top `limit`: at 100k seeds a bound of
   * 2,000 changed the served top 20 of half the needs (the bench compares it with every posting).
   */
  readonly maxPostingsPerTerm: number | null;
  readonly bm25: Bm25Parameters;
}

// 24 query terms: the eval set scores the same as with 64 (nDCG@5 0.841, recall@100 1.000) at a third of the postings read.
// Every posting of those terms: the candidates are then the exact BM25 top 300. Safe early
// termination (MaxScore over impact-ordered postings) was built and measured slower than reading
// every posting at 100k seeds: the 24 heaviest terms of a need are still common there, so the
// bounds never let it skip most of the lists.
export const DEFAULT_RETRIEVAL_OPTIONS: RetrievalOptions = { limit: 300, maxQueryTerms: 24, maxPostingsPerTerm: null, bm25: DEFAULT_BM25_PARAMETERS };

/** One retrieved candidate: its id, its SQL BM25 score (null when found by a shared field only) and how it was found. */
export interface RetrievedCandidate {
  readonly id: string;
  readonly textScore: number | null;
  readonly via: 'TEXT' | 'FIELD';
}

/** What a query brings to retrieval: its analysed text and its field codes. */
export interface RetrievalQuery {
  readonly terms: AnalysedText;
  readonly fieldCodes: readonly string[];
}

export interface SeedRetrievalFilter {
  /** Region of the seed's institution, or a region inside it. */
  readonly regionCode?: string | null;
  readonly institutionKinds?: readonly string[] | null;
  readonly minTrl?: number | null;
  readonly collaborationForm?: string | null;
  readonly excludeSeedIds?: readonly string[] | null;
  /** True (the default): PUBLISHED only. False also admits DRAFT seeds, which are not in the text index and so come by shared field only. */
  readonly onlyPublished?: boolean | null;
  /** Leaves out seeds declined as NOT_RELEVANT for this need (the introduction records). */
  readonly notRelevantForNeedId?: string | null;
  /** Leaves out seeds with an owner who declared a conflict of interest with this company (never proposable, so never ranked). */
  readonly conflictOfInterestCompanyId?: string | null;
  /** Keeps such seeds for a caller that must say why they are left out (the support plans' `excluded` list); never for a list of proposable candidates. */
  readonly keepConflictsOfInterest?: boolean;
}

export interface NeedRetrievalFilter {
  /** Region of the need's company, or a region inside it. */
  readonly regionCode?: string | null;
  readonly category?: string | null;
  /** True (the default): OPEN and IN_PROGRESS needs; false: every need not ARCHIVED. */
  readonly onlyOpen?: boolean | null;
  readonly excludeNeedIds?: readonly string[] | null;
  /** For viewers who may not read CONFIDENTIAL needs' text: such needs come by shared field only, never by their hidden words. */
  readonly confidentialByFieldOnly?: boolean;
}

/** Conditions on the seed's own row or its institution (joined as `seed` and `institution`). */
function seedRowConditions(p: SqlParams, f: SeedRetrievalFilter): string[] {
  const conditions: string[] = [];
  if (f.regionCode) conditions.push(regionWithinSql('institution.region_code', p.add(f.regionCode)));
  if (f.institutionKinds?.length) conditions.push(`institution.kind = ANY(${p.add([...f.institutionKinds])}::text[])`);
  if (f.minTrl) conditions.push(`seed.trl >= ${p.add(f.minTrl)}`);
  if (f.collaborationForm) conditions.push(`${p.add(f.collaborationForm)} = ANY(seed.collaboration_forms)`);
  return conditions;
}

/**
 * Conditions on the seed's id alone (`id` is the column holding it). Each excluded set is a
 * small uncorrelated NOT IN: PostgreSQL hashes it once and probes it per document, where a
 * NOT EXISTS became an anti join rescanned for each of the thousands of summed documents.
 */
function seedIdConditions(p: SqlParams, f: SeedRetrievalFilter, id: string): string[] {
  const conditions: string[] = [];
  if (f.excludeSeedIds?.length) conditions.push(`${id} <> ALL(${p.add([...f.excludeSeedIds])}::uuid[])`);
  if (f.notRelevantForNeedId) {
    conditions.push(
      `${id} NOT IN (SELECT nr.seed_id FROM introduction nr WHERE nr.need_id = ${p.add(f.notRelevantForNeedId)}::uuid AND nr.seed_id IS NOT NULL AND nr.status = 'DECLINED' AND nr.decline_reason = 'NOT_RELEVANT')`,
    );
  }
  if (f.conflictOfInterestCompanyId) {
    conditions.push(
      `${id} NOT IN (SELECT coi_so.seed_id FROM seed_owner coi_so JOIN conflict_of_interest coi ON coi.researcher_id = coi_so.researcher_id AND coi.withdrawn_at IS NULL WHERE coi.company_id = ${p.add(f.conflictOfInterestCompanyId)}::uuid)`,
    );
  }
  return conditions;
}

const allOf = (conditions: string[]) => (conditions.length > 0 ? conditions.join(' AND ') : 'true');

function needConditions(p: SqlParams, f: NeedRetrievalFilter): string {
  const conditions = [f.onlyOpen === false ? `need.status <> 'ARCHIVED'` : `need.status IN ('OPEN', 'IN_PROGRESS')`];
  if (f.regionCode) conditions.push(regionWithinSql('company.region_code', p.add(f.regionCode)));
  if (f.category) conditions.push(`need.category = ${p.add(f.category)}`);
  if (f.excludeNeedIds?.length) conditions.push(`need.id <> ALL(${p.add([...f.excludeNeedIds])}::uuid[])`);
  return conditions.join(' AND ');
}

interface Row {
  id: string;
  score: number | null;
  part: number;
}

/**
 * One statement: BM25 over the postings for text hits, then, when they are fewer than the
 * limit, candidates that share a field node (or a node below it) with the query, through the
 * GIN index on field_codes, so that a need with little text still gets structured candidates.
 */
async function retrieve(
  manager: EntityManager,
  p: SqlParams,
  sql: { ctes: string; table: string; join: string; fieldWhere: string; fieldCodes: readonly string[]; limit: string },
): Promise<RetrievedCandidate[]> {
  const codes = p.add([...sql.fieldCodes]);
  const rows = (await manager.query(
    `WITH ${sql.ctes}, ` +
      `field_hits AS (SELECT ${sql.table}.id, (${sql.table}.field_codes && ${codes}::text[]) AS exact FROM ${sql.table} ${sql.join} ` +
      `WHERE ${sql.table}.field_codes && ${fieldsAndDescendantsSql(codes)} AND ${sql.fieldWhere} AND ${sql.table}.id NOT IN (SELECT id FROM text_hits) ` +
      `ORDER BY exact DESC, ${sql.table}.id LIMIT GREATEST(${sql.limit} - (SELECT count(*) FROM text_hits), 0)) ` +
      `SELECT id, score, 0 AS part, rscore, true AS exact FROM text_hits ` +
      `UNION ALL SELECT id, NULL, 1, NULL, exact FROM field_hits ` +
      `ORDER BY part, rscore DESC NULLS LAST, exact DESC, id`,
    p.values,
  )) as Row[];
  return rows.map((r) => ({ id: r.id, textScore: r.score === null ? null : Number(r.score), via: Number(r.part) === 0 ? 'TEXT' : 'FIELD' }));
}

/**
 * Seed candidates for a query (a need's terms and fields), best BM25 first, filtered in SQL.
 * Never reads more than `limit` seeds' ids into Node.
 */
export function retrieveSeeds(
  manager: EntityManager,
  query: RetrievalQuery,
  filter: SeedRetrievalFilter,
  options: RetrievalOptions = DEFAULT_RETRIEVAL_OPTIONS,
): Promise<RetrievedCandidate[]> {
  const p = new SqlParams();
  const join = 'JOIN institution ON institution.id = seed.institution_id';
  const status = filter.onlyPublished === false ? `seed.status IN ('DRAFT', 'PUBLISHED')` : `seed.status = 'PUBLISHED'`;
  const rowConditions = seedRowConditions(p, filter);
  const idConditions = seedIdConditions(p, filter, 'seed.id');
  const fieldWhere = allOf([status, ...rowConditions, ...idConditions]);
  const limit = p.add(options.limit);
  // The text index holds PUBLISHED seeds only (MatchIndexer keeps it so in the writers'
  // transactions), so text hits need the seed row only for the row filters: without them the
  // thousands of summed documents are not joined to seed and institution at all.
  const text =
    rowConditions.length > 0
      ? { join: `JOIN seed ON seed.id = h.id ${join}`, where: allOf([...rowConditions, ...idConditions]) }
      : { join: '', where: allOf(seedIdConditions(p, filter, 'h.id')) };
  const { ctes } = textHitsSql(p, 'SEED', query.terms, {
    parameters: options.bm25,
    maxQueryTerms: options.maxQueryTerms,
    maxPostingsPerTerm: options.maxPostingsPerTerm,
    limit: options.limit,
    ...text,
  });
  return retrieve(manager, p, { ctes, table: 'seed', join, fieldWhere, fieldCodes: query.fieldCodes, limit });
}

/** Need candidates for a query (a seed's terms and fields); the same two paths as for seeds. */
export function retrieveNeeds(
  manager: EntityManager,
  query: RetrievalQuery,
  filter: NeedRetrievalFilter,
  options: RetrievalOptions = DEFAULT_RETRIEVAL_OPTIONS,
): Promise<RetrievedCandidate[]> {
  const p = new SqlParams();
  const join = 'JOIN company ON company.id = need.company_id';
  const where = needConditions(p, filter);
  const limit = p.add(options.limit);
  const textWhere = filter.confidentialByFieldOnly ? `${where} AND need.confidentiality <> 'CONFIDENTIAL'` : where;
  const { ctes } = textHitsSql(p, 'NEED', query.terms, {
    parameters: options.bm25,
    maxQueryTerms: options.maxQueryTerms,
    maxPostingsPerTerm: options.maxPostingsPerTerm,
    limit: options.limit,
    join: `JOIN need ON need.id = h.id ${join}`,
    where: textWhere,
  });
  return retrieve(manager, p, { ctes, table: 'need', join, fieldWhere: where, fieldCodes: query.fieldCodes, limit });
}
