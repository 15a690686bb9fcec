import { EntityManager } from 'typeorm';
import { Institution } from '../../institutions/institution.entity';
import { Company } from '../../companies/company.entity';
import { Need } from '../../needs/need.entity';
import { Seed } from '../../seeds/seed.entity';
import { analyseNeedText, analyseSeedText } from '../index/analyser-version';
import type { CollaborationForm, NeedProfile, SeedProfile } from '../scoring';
import { loadAnalysedDocuments } from './bm25-sql';
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

function groupPairs(rows: ReadonlyArray<{ key: string; value: string }>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { key, value } of rows) {
    const list = groups.get(key);
    if (list) list.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/**
 * Seed profiles for the retrieved ids in a fixed number of queries whatever their number:
 * seeds with their institution's region and kind, owners, consortium memberships (of the
 * owners and of the institution), stored analyses; the workflow signals (open introductions,
 * earlier collaboration with `companyId`) come through their own functions.
 */
export async function loadSeedProfiles(
  manager: EntityManager,
  ids: readonly string[],
  options: ProfileOptions & { companyId: string | null },
): Promise<Map<string, LoadedSeed>> {
  if (ids.length === 0) return new Map();
  const { entities, raw } = await manager
    .getRepository(Seed)
    .createQueryBuilder('seed')
    .innerJoin(Institution, 'institution', 'institution.id = seed.institution_id')
    .addSelect('institution.region_code', 'institution_region_code')
    .addSelect('institution.kind', 'institution_kind')
    .where('seed.id IN (:...ids)', { ids: [...ids] })
    .getRawAndEntities();
  const institutionOf = new Map(
    (raw as Array<Record<string, string | null>>).map((r) => [String(r.seed_id), { region: r.institution_region_code, kind: String(r.institution_kind) }]),
  );
  const owners = groupPairs(
    (await manager.query(`SELECT seed_id AS key, researcher_id AS value FROM seed_owner WHERE seed_id = ANY($1::uuid[]) ORDER BY seed_id, position`, [
      [...ids],
    ])) as Array<{
      key: string;
      value: string;
    }>,
  );
  const consortia = groupPairs(
    (await manager.query(
      `SELECT so.seed_id AS key, m.consortium_id AS value FROM seed_owner so
         JOIN consortium_membership m ON m.researcher_id = so.researcher_id
         JOIN consortium c ON c.id = m.consortium_id AND c.status = 'ACTIVE'
       WHERE so.seed_id = ANY($1::uuid[])
       UNION
       SELECT s.id, m.consortium_id FROM seed s
         JOIN consortium_membership m ON m.institution_id = s.institution_id
         JOIN consortium c ON c.id = m.consortium_id AND c.status = 'ACTIVE'
       WHERE s.id = ANY($1::uuid[])`,
      [[...ids]],
    )) as Array<{ key: string; value: string }>,
  );
  const documents = await loadAnalysedDocuments(manager, 'SEED', ids, { surfaces: options.asQuery ?? true, onlyTerms: options.queryTerms });
  const load = await openIntroductionsByResearcher(manager, sortedUnique([...owners.values()].flat()));
  const past = await pastCollaborations(
    manager,
    ids.map((seedId) => ({ companyId: options.companyId, seedId })),
  );

  const result = new Map<string, LoadedSeed>();
  for (const seed of entities) {
    const institution = institutionOf.get(seed.id);
    const ownerIds = owners.get(seed.id) ?? [];
    const profile: SeedProfile = {
      id: seed.id,
      title: seed.title,
      summary: seed.summary,
      keywords: seed.keywords,
      fieldCodes: seed.fieldCodes,
      regionCode: institution?.region ?? null,
      consortiumIds: sortedUnique(consortia.get(seed.id) ?? []),
      language: seed.language,
      analysed: documents.get(seed.id) ?? analyseSeedText(seed),
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
    result.set(seed.id, { seed, institutionKind: institution?.kind ?? '', profile });
  }
  return result;
}

/**
 * Need profiles in a fixed number of queries: needs with their company's region, the
 * company's consortium memberships, stored analyses (a need out of the index, e.g. archived,
 * is analysed now).
 */
export async function loadNeedProfiles(manager: EntityManager, ids: readonly string[], options: ProfileOptions = {}): Promise<Map<string, LoadedNeed>> {
  if (ids.length === 0) return new Map();
  const { entities, raw } = await manager
    .getRepository(Need)
    .createQueryBuilder('need')
    .innerJoin(Company, 'company', 'company.id = need.company_id')
    .addSelect('company.region_code', 'company_region_code')
    .where('need.id IN (:...ids)', { ids: [...ids] })
    .getRawAndEntities();
  const regionOf = new Map((raw as Array<Record<string, string | null>>).map((r) => [String(r.need_id), r.company_region_code]));
  const consortia = groupPairs(
    (await manager.query(
      `SELECT n.id AS key, m.consortium_id AS value FROM need n
         JOIN consortium_membership m ON m.company_id = n.company_id
         JOIN consortium c ON c.id = m.consortium_id AND c.status = 'ACTIVE'
       WHERE n.id = ANY($1::uuid[])`,
      [[...ids]],
    )) as Array<{ key: string; value: string }>,
  );
  const documents = await loadAnalysedDocuments(manager, 'NEED', ids, { surfaces: options.asQuery ?? true, onlyTerms: options.queryTerms });
  const result = new Map<string, LoadedNeed>();
  for (const need of entities) {
    const profile: NeedProfile = {
      id: need.id,
      title: need.title,
      description: need.description,
      keywords: need.keywords,
      fieldCodes: need.fieldCodes,
      regionCode: regionOf.get(need.id) ?? null,
      consortiumIds: sortedUnique(consortia.get(need.id) ?? []),
      language: need.language,
      analysed: documents.get(need.id) ?? analyseNeedText(need),
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
