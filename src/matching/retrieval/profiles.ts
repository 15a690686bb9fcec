import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Institution } from '../../institutions/institution.entity';
import { Company } from '../../companies/company.entity';
import { Need } from '../../needs/need.entity';
import { Seed } from '../../seeds/seed.entity';
import { analyseNeedText, analyseSeedText } from '../index/analyser-version';
import type { CollaborationForm, NeedProfile, SeedProfile } from '../scoring';
import { MatchDocument } from '../index/match-index.entities';
import type { MatchKind } from '../index/match-index.entities';
import type { AnalysedText } from '../text';
import { restrictedMapSql } from './bm25-sql';
import { openIntroductionsByResearcher, pastCollaborationKey, pastCollaborations } from './workflow-signals';

/** A seed as the ranking sees it, with the entity it came from (for the GraphQL answer). */
export interface LoadedSeed {
  readonly seed: Seed;
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

const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].sort();

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

/**
 * Seed profiles for the retrieved ids in a fixed number of queries whatever their number: one
 * statement for the seeds with their institution's region and kind, owners (in order),
 * consortium memberships (of the owners and of the institution) and stored analyses; the
 * workflow signals (open introductions, earlier collaboration with `companyId`) come through
 * their own functions.
 */
export async function loadSeedProfiles(
  manager: EntityManager,
  ids: readonly string[],
  options: ProfileOptions & { companyId: string | null },
): Promise<Map<string, LoadedSeed>> {
  if (ids.length === 0) return new Map();
  const query = manager
    .getRepository(Seed)
    .createQueryBuilder('seed')
    .innerJoin(Institution, 'institution', 'institution.id = seed.institution_id')
    .addSelect('institution.region_code', 'institution_region_code')
    .addSelect('institution.kind', 'institution_kind')
    .addSelect('ARRAY(SELECT so.researcher_id FROM seed_owner so WHERE so.seed_id = seed.id ORDER BY so.position)', 'owner_ids')
    .addSelect(
      `ARRAY(SELECT m.consortium_id FROM seed_owner so
               JOIN consortium_membership m ON m.researcher_id = so.researcher_id
               JOIN consortium c ON c.id = m.consortium_id AND c.status = 'ACTIVE'
             WHERE so.seed_id = seed.id
             UNION
             SELECT m.consortium_id FROM consortium_membership m
               JOIN consortium c ON c.id = m.consortium_id AND c.status = 'ACTIVE'
             WHERE m.institution_id = seed.institution_id)`,
      'consortium_ids',
    )
    .where('seed.id IN (:...ids)', { ids: [...ids] });
  const { entities, raw } = await withDocument(query, 'seed', 'SEED', options).getRawAndEntities();
  const rowOf = new Map(
    (raw as Array<DocumentColumns & Record<string, unknown>>).map((r) => [
      String(r.seed_id),
      {
        region: (r.institution_region_code as string | null) ?? null,
        kind: String(r.institution_kind),
        owners: idList(r.owner_ids),
        consortia: idList(r.consortium_ids),
        document: documentOf(r),
      },
    ]),
  );
  const load = await openIntroductionsByResearcher(manager, sortedUnique([...rowOf.values()].flatMap((r) => r.owners)));
  const past = await pastCollaborations(
    manager,
    ids.map((seedId) => ({ companyId: options.companyId, seedId })),
  );

  const result = new Map<string, LoadedSeed>();
  for (const seed of entities) {
    const row = rowOf.get(seed.id);
    const ownerIds = row?.owners ?? [];
    const profile: SeedProfile = {
      id: seed.id,
      title: seed.title,
      summary: seed.summary,
      keywords: seed.keywords,
      fieldCodes: seed.fieldCodes,
      regionCode: row?.region ?? null,
      consortiumIds: sortedUnique(row?.consortia ?? []),
      language: seed.language,
      analysed: row?.document ?? analyseSeedText(seed),
      trl: seed.trl,
      collaborationForms: seed.collaborationForms as unknown as CollaborationForm[],
      institutionId: seed.institutionId,
      ownerIds,
      // One laboratory = the same owners; a seed without owners is its own group.
      labKey: ownerIds.length > 0 ? sortedUnique(ownerIds).join('+') : seed.id,
      pastCollaborationWithCompany: past.get(pastCollaborationKey(options.companyId, seed.id)) ?? false,
      openIntroductions: ownerIds.reduce((sum, id) => sum + (load.get(id) ?? 0), 0),
      updatedAt: seed.updatedAt,
    };
    result.set(seed.id, { seed, institutionKind: row?.kind ?? '', profile });
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
