import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Company } from '../../companies/company.entity';
import { Need } from '../../needs/need.entity';
import { analyseNeedText, analyseSeedText } from '../index/analyser-version';
import type { CollaborationForm, NeedProfile, SeedProfile } from '../scoring';
import { MatchDocument } from '../index/match-index.entities';
import type { MatchKind } from '../index/match-index.entities';
import type { AnalysedText } from '../text';
import { restrictedMapSql } from './bm25-sql';
import { detoastedSql, termWeightsOf, termWeightsSql } from './restricted-terms';
import { openIntroductionsByResearcher, pastCollaborationKey, pastCollaborations } from './workflow-signals';

/**
 * A seed as the ranking sees it: its profile and the few columns a ranking's callers show
 * without the record (plans). The records of the page being shown are read apart (seed-page.ts).
 */
export interface LoadedSeed {
  readonly key: string;
  readonly institutionKind: string;
  readonly profile: SeedProfile;
}

/** A need as the ranking sees it, with its entity. */
export interface LoadedNeed {
  readonly need: Need;
  readonly profile: NeedProfile;
}

export interface ProfileOptions {
  /**
   * True (the default) when the profiles may be the query of a ranking, whose term surfaces
   * word the explanations; false for candidates, whose stored surfaces are then not read.
   */
  readonly asQuery?: boolean;
  /**
   * For candidates: the query's terms, the only ones of theirs a ranking reads; their stored
   * analyses are then read restricted to them (see loadAnalysedDocuments).
   */
  readonly queryTerms?: readonly string[];
}

/** Sorted without repeats; most lists here hold one id or none. */
const sortedUnique = (xs: readonly string[]) => (xs.length < 2 ? [...xs] : [...new Set(xs)].sort());

/** The stored analysis of a profile's record, as columns of the statement that reads the record. */
interface DocumentColumns {
  doc_length: number | null;
  doc_terms: Record<string, number> | null;
  doc_surfaces?: Record<string, string> | null;
}

/**
 * Joins the record's stored analysis (`doc`) and selects it: restricted to the query's terms for
 * candidates (see loadAnalysedDocuments), whole with surfaces for a profile that may be a query.
 */
function withDocument<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, kind: MatchKind, options: ProfileOptions): SelectQueryBuilder<T> {
  const q = query.leftJoin(MatchDocument, 'doc', `doc.kind = :docKind AND doc.doc_id = ${alias}.id`, { docKind: kind }).addSelect('doc.length', 'doc_length');
  const only = options.queryTerms;
  if (only) q.addSelect(restrictedMapSql('doc.terms', ':queryTerms'), 'doc_terms').setParameter('queryTerms', [...only]);
  else q.addSelect('doc.terms', 'doc_terms');
  if (options.asQuery ?? true) q.addSelect(only ? restrictedMapSql('doc.surfaces', ':queryTerms') : 'doc.surfaces', 'doc_surfaces');
  return q;
}

function documentOf(row: DocumentColumns): AnalysedText | undefined {
  if (row.doc_terms === null || row.doc_length === null) return undefined;
  return { terms: row.doc_terms, length: Number(row.doc_length), ...(row.doc_surfaces ? { surfaces: row.doc_surfaces } : {}) };
}

/** ARRAY(…) of uuids as strings (node-pg parses uuid[]; an empty array may come as '{}' from some drivers). */
const idList = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

/** The columns of a seed that its profile is built from, and its owners' and institution's consortia. */
interface SeedProfileRow {
  id: string;
  key: string;
  title: string;
  summary: string;
  language: SeedProfile['language'];
  keywords: string[];
  field_codes: string[];
  trl: number;
  collaboration_forms: CollaborationForm[];
  institution_id: string;
  /** updated_at in whole milliseconds, as node-pg's date parsing would truncate it. */
  updated_ms: number;
  region_code: string | null;
  institution_kind: string;
  owner_ids: string[];
  consortium_ids: string[];
  doc_length: number | null;
  /** The query's terms' weights (termWeightsSql) when read restricted, else the whole map. */
  doc_terms: Array<number | null> | Record<string, number> | null;
  doc_surfaces?: Record<string, string> | null;
}

const SEED_PROFILE_COLUMNS = [
  's.id',
  's.key',
  's.title',
  's.summary',
  's.language',
  // Arrays as JSON: JSON.parse is native, node-pg's array parser builds strings character by character.
  'array_to_json(s.keywords) AS keywords',
  'array_to_json(s.field_codes) AS field_codes',
  's.trl',
  'array_to_json(s.collaboration_forms) AS collaboration_forms',
  's.institution_id',
  'i.region_code',
  'i.kind AS institution_kind',
  'array_to_json(ARRAY(SELECT so.researcher_id FROM seed_owner so WHERE so.seed_id = s.id ORDER BY so.position)) AS owner_ids',
  `array_to_json(ARRAY(SELECT m.consortium_id FROM seed_owner so
           JOIN consortium_membership m ON m.researcher_id = so.researcher_id
           JOIN consortium c ON c.id = m.consortium_id AND c.status = 'ACTIVE'
         WHERE so.seed_id = s.id
         UNION
         SELECT m.consortium_id FROM consortium_membership m
           JOIN consortium c ON c.id = m.consortium_id AND c.status = 'ACTIVE'
         WHERE m.institution_id = s.institution_id)) AS consortium_ids`,
  'd.length AS doc_length',
  'floor(extract(epoch FROM s.updated_at) * 1000)::float8 AS updated_ms',
];

/**
 * The statement reading seed profile rows: only the columns scoring reads (a ranking reads
 * hundreds of candidates and shows a page of them), with the stored analysis restricted to the
 * query's terms for candidates (restricted-terms.ts), whole with surfaces for a query.
 */
function seedProfilesSql(options: ProfileOptions): { sql: string; params: (ids: string[]) => unknown[] } {
  const from = `FROM seed s JOIN institution i ON i.id = s.institution_id LEFT JOIN match_document d ON d.kind = 'SEED' AND d.doc_id = s.id WHERE s.id = ANY($1::uuid[])`;
  const only = options.queryTerms;
  const surfaces = options.asQuery ?? true;
  if (!only) {
    const columns = [...SEED_PROFILE_COLUMNS, 'd.terms AS doc_terms', ...(surfaces ? ['d.surfaces AS doc_surfaces'] : [])];
    return { sql: `SELECT ${columns.join(', ')} ${from}`, params: (ids) => [ids] };
  }
  // The map is de-TOASTed once in the subquery (OFFSET 0 keeps it apart), then looked up per term.
  const names = SEED_PROFILE_COLUMNS.map((c) => /(?:AS |\.)(\w+)$/.exec(c)![1]);
  const inner = [
    ...SEED_PROFILE_COLUMNS,
    `${detoastedSql('d.terms')} AS doc_map`,
    ...(surfaces ? [`${restrictedMapSql('d.surfaces', '$2')} AS doc_surfaces`] : []),
  ];
  const outer = [...names.map((n) => `x.${n}`), 'w.doc_terms', ...(surfaces ? ['x.doc_surfaces'] : [])];
  // The lookups in a LATERAL after the rows: the statement still reads (and is labelled by
  // the bench) from the seeds and their owners.
  const weights = `LATERAL (SELECT CASE WHEN x.doc_map IS NOT NULL THEN ${termWeightsSql('x.doc_map', '$2')} END AS doc_terms) w`;
  return {
    sql: `SELECT ${outer.join(', ')} FROM (SELECT ${inner.join(', ')} ${from} OFFSET 0) x CROSS JOIN ${weights}`,
    params: (ids) => [ids, [...only]],
  };
}

/** The stored analysis of a profile row, or undefined when the record is not indexed. */
function seedDocumentOf(row: SeedProfileRow, queryTerms: readonly string[] | undefined): AnalysedText | undefined {
  if (row.doc_terms === null || row.doc_length === null) return undefined;
  const terms = Array.isArray(row.doc_terms) ? termWeightsOf(queryTerms ?? [], row.doc_terms) : row.doc_terms;
  return { terms, length: Number(row.doc_length), ...(row.doc_surfaces ? { surfaces: row.doc_surfaces } : {}) };
}

/**
 * From this many seeds on, a ranking reads their profiles over two connections on one snapshot
 * (`sibling`): at 300 candidates and 10k seeds the statement's 24 ms fell to 15.5 ms; below
 * ~50 the extra round trips would cost more than the halves save.
 */
export const SPLIT_PROFILES_FROM = 100;

export interface SeedProfileOptions extends ProfileOptions {
  /** The company whose past collaborations with the seeds' owners count. */
  readonly companyId: string | null;
  /** A second connection on the caller's snapshot (withSnapshotSibling): the statement's ids are split over both. */
  readonly sibling?: EntityManager | null;
}

/** The profile rows of `ids`, half of them on `sibling` at the same time when there is one. */
async function seedProfileRows(
  manager: EntityManager,
  sibling: EntityManager | null | undefined,
  statement: ReturnType<typeof seedProfilesSql>,
  ids: readonly string[],
) {
  if (!sibling || ids.length < 2) return (await manager.query(statement.sql, statement.params([...ids]))) as SeedProfileRow[];
  const half = Math.ceil(ids.length / 2);
  const [first, second] = (await Promise.all([
    manager.query(statement.sql, statement.params(ids.slice(0, half))),
    sibling.query(statement.sql, statement.params(ids.slice(half))),
  ])) as [SeedProfileRow[], SeedProfileRow[]];
  return [...first, ...second];
}

/**
 * Seed profiles for the retrieved ids in a fixed number of queries whatever their number: one
 * statement for the seeds with their institution's region and kind, owners (in order),
 * consortium memberships (of the owners and of the institution) and stored analyses; the
 * workflow signals (open introductions, earlier collaboration with `companyId`) come through
 * their own functions.
 */
export async function loadSeedProfiles(manager: EntityManager, ids: readonly string[], options: SeedProfileOptions): Promise<Map<string, LoadedSeed>> {
  if (ids.length === 0) return new Map();
  // Sorted, so that a candidate's term map is built in the order BM25 visits it.
  const queryTerms = options.queryTerms ? [...options.queryTerms].sort() : undefined;
  const statement = seedProfilesSql({ ...options, queryTerms });
  const rows = await seedProfileRows(manager, options.sibling, statement, ids);
  const owners = new Map(rows.map((r) => [r.id, r.owner_ids]));
  const load = await openIntroductionsByResearcher(manager, sortedUnique([...owners.values()].flat()));
  const past = await pastCollaborations(
    manager,
    ids.map((seedId) => ({ companyId: options.companyId, seedId })),
  );

  const result = new Map<string, LoadedSeed>();
  for (const row of rows) {
    const ownerIds = owners.get(row.id)!;
    const text = { title: row.title, summary: row.summary, keywords: row.keywords };
    const profile: SeedProfile = {
      id: row.id,
      ...text,
      fieldCodes: row.field_codes,
      regionCode: row.region_code ?? null,
      consortiumIds: sortedUnique(row.consortium_ids),
      language: row.language,
      analysed: seedDocumentOf(row, queryTerms) ?? analyseSeedText(text),
      trl: row.trl,
      collaborationForms: row.collaboration_forms,
      institutionId: row.institution_id,
      ownerIds,
      // One laboratory = the same owners; a seed without owners is its own group.
      labKey: ownerIds.length > 0 ? sortedUnique(ownerIds).join('+') : row.id,
      pastCollaborationWithCompany: past.get(pastCollaborationKey(options.companyId, row.id)) ?? false,
      openIntroductions: ownerIds.reduce((sum, id) => sum + (load.get(id) ?? 0), 0),
      updatedAt: new Date(row.updated_ms),
    };
    result.set(row.id, { key: row.key, institutionKind: row.institution_kind, profile });
  }
  return result;
}

/**
 * Need profiles in one statement: needs with their company's region, the company's consortium
 * memberships and stored analyses (a need out of the index, e.g. archived, is analysed now).
 */
export async function loadNeedProfiles(manager: EntityManager, ids: readonly string[], options: ProfileOptions = {}): Promise<Map<string, LoadedNeed>> {
  if (ids.length === 0) return new Map();
  const query = manager
    .getRepository(Need)
    .createQueryBuilder('need')
    .innerJoin(Company, 'company', 'company.id = need.company_id')
    .addSelect('company.region_code', 'company_region_code')
    .addSelect(
      `ARRAY(SELECT m.consortium_id FROM consortium_membership m
               JOIN consortium c ON c.id = m.consortium_id AND c.status = 'ACTIVE'
             WHERE m.company_id = need.company_id)`,
      'consortium_ids',
    )
    .where('need.id IN (:...ids)', { ids: [...ids] });
  const { entities, raw } = await withDocument(query, 'need', 'NEED', options).getRawAndEntities();
  const rowOf = new Map(
    (raw as Array<DocumentColumns & Record<string, unknown>>).map((r) => [
      String(r.need_id),
      { region: (r.company_region_code as string | null) ?? null, consortia: idList(r.consortium_ids), document: documentOf(r) },
    ]),
  );
  const result = new Map<string, LoadedNeed>();
  for (const need of entities) {
    const row = rowOf.get(need.id);
    const profile: NeedProfile = {
      id: need.id,
      title: need.title,
      description: need.description,
      keywords: need.keywords,
      fieldCodes: need.fieldCodes,
      regionCode: row?.region ?? null,
      consortiumIds: sortedUnique(row?.consortia ?? []),
      language: need.language,
      analysed: row?.document ?? analyseNeedText(need),
      desiredTrl: need.desiredTrl,
      category: need.category,
      wantedForms: need.wantedForms as unknown as CollaborationForm[],
      createdAt: need.createdAt,
      companyId: need.companyId,
    };
    result.set(need.id, { need, profile });
  }
  return result;
}
