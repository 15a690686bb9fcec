import { EntityManager, In } from 'typeorm';
import { Consortium } from '../../consortia/consortium.entity';
import { Institution } from '../../institutions/institution.entity';
import { matchAnalyser } from '../index/analyser-version';
import { RetrievalOptions, loadAnalysedDocuments, loadCorpusStats, retrieveSeeds } from '../retrieval';
import { fieldsAndDescendantsSql, regionWithinSql, SqlParams } from '../retrieval/sql-params';
import { INSTITUTION_KIND_NAMES, InstitutionKindName, RoutingTarget, SUPPORT_MENU_NAMES, SupportMenuName, routedKinds } from '../routing';
import { selfScore, textRelevance } from '../scoring';
import type { MatchingParameters, NeedProfile } from '../scoring';

/**
 * The institutions and consortia a need's routing ranks, as plain routing targets: their own
 * text, their memberships, and the best-fitting seed each brings (from the need's seed
 * candidates). A fixed number of statements whatever the count.
 */

/** Routing targets (institutions, consortia) considered at most. */
const ROUTING_TARGET_LIMIT = 300;

/** A seed's text evidence for a routing target. */
interface SeedEvidence {
  readonly id: string;
  readonly title: string;
  readonly text: ReturnType<typeof textRelevance>;
}

const better = (a: SeedEvidence, b: SeedEvidence) => a.text.value > b.text.value || (a.text.value === b.text.value && a.id < b.id);

/** Active institutions as routing targets, with the seed evidence they bring. */
export async function institutionRoutingTargets(
  manager: EntityManager,
  need: NeedProfile,
  filter: { regionCode: string | null; kinds: readonly string[] | null },
  retrieval: RetrievalOptions,
  parameters: MatchingParameters,
): Promise<{ targets: RoutingTarget[]; institutions: Institution[]; seedEvidence: Awaited<ReturnType<typeof loadSeedEvidence>> }> {
  const seedEvidence = await loadSeedEvidence(manager, need, retrieval, parameters);
  const institutions = await institutionTargets(manager, need, filter.regionCode, filter.kinds, seedEvidence.institutionIds);
  const memberships = await groupedIds(
    manager,
    `SELECT m.institution_id AS key, m.consortium_id AS value FROM consortium_membership m
       JOIN consortium c ON c.id = m.consortium_id AND c.status = 'ACTIVE' WHERE m.institution_id = ANY($1::uuid[])`,
    institutions.map((i) => i.id),
  );
  const targets: RoutingTarget[] = institutions.map((institution) => ({
    id: institution.id,
    kind: institution.kind as unknown as InstitutionKindName,
    supportMenus: institution.supportMenus,
    fieldCodes: institution.fieldCodes,
    regionCode: institution.regionCode,
    consortiumIds: memberships.get(institution.id) ?? [],
    analysed: matchAnalyser().analyseDocument(institutionDocument(institution)),
    bestSeed: seedEvidence.bestByInstitution.get(institution.id) ?? null,
  }));
  return { targets, institutions, seedEvidence };
}

/** Active consortia as routing targets, with the best seed of their members. */
export async function consortiumRoutingTargets(
  manager: EntityManager,
  need: NeedProfile,
  regionCode: string | null,
  retrieval: RetrievalOptions,
  parameters: MatchingParameters,
): Promise<{ targets: RoutingTarget[]; consortia: Consortium[]; bestByConsortium: Map<string, SeedEvidence> }> {
  const seedEvidence = await loadSeedEvidence(manager, need, retrieval, parameters);
  const memberSeeds = await groupedIds(
    manager,
    `SELECT so.seed_id AS key, m.consortium_id AS value FROM seed_owner so JOIN consortium_membership m ON m.researcher_id = so.researcher_id
       WHERE so.seed_id = ANY($1::uuid[])
     UNION
     SELECT s.id, m.consortium_id FROM seed s JOIN consortium_membership m ON m.institution_id = s.institution_id
       WHERE s.id = ANY($1::uuid[])`,
    [...seedEvidence.bySeed.keys()],
  );
  const bestByConsortium = new Map<string, SeedEvidence>();
  for (const [seedId, consortiumIds] of memberSeeds) {
    const evidence = seedEvidence.bySeed.get(seedId)!;
    for (const consortiumId of consortiumIds) {
      const current = bestByConsortium.get(consortiumId);
      if (!current || better(evidence, current)) bestByConsortium.set(consortiumId, evidence);
    }
  }
  const consortia = await consortiumTargets(manager, need, regionCode, [...bestByConsortium.keys()]);
  const targets: RoutingTarget[] = consortia.map((consortium) => ({
    id: consortium.id,
    kind: null,
    supportMenus: [],
    fieldCodes: consortium.fieldCodes,
    regionCode: consortium.regionCode,
    consortiumIds: [consortium.id],
    analysed: matchAnalyser().analyseDocument({ title: [consortium.nameJa, consortium.nameEn].filter(Boolean).join(' '), body: consortium.description }),
    bestSeed: bestByConsortium.get(consortium.id) ?? null,
  }));
  return { targets, consortia, bestByConsortium };
}

/**
 * The need's seed candidates with their text factor against the seed corpus: the evidence an
 * institution or consortium brings through its seeds. Four queries whatever the count.
 */
async function loadSeedEvidence(
  manager: EntityManager,
  need: NeedProfile,
  retrieval: RetrievalOptions,
  parameters: MatchingParameters,
): Promise<{ bySeed: Map<string, SeedEvidence>; bestByInstitution: Map<string, SeedEvidence>; institutionIds: string[] }> {
  const query = need.analysed!;
  const retrieved = await retrieveSeeds(manager, { terms: query, fieldCodes: need.fieldCodes }, {}, retrieval);
  const ids = retrieved.map((r) => r.id);
  const documents = await loadAnalysedDocuments(manager, 'SEED', ids, { surfaces: false, onlyTerms: Object.keys(query.terms) });
  const corpus = await loadCorpusStats(manager, 'SEED', Object.keys(query.terms));
  const rows = (await manager.query(`SELECT id, institution_id, title FROM seed WHERE id = ANY($1::uuid[])`, [ids])) as Array<{
    id: string;
    institution_id: string;
    title: string;
  }>;
  const self = selfScore(query, corpus, parameters.bm25);
  const bySeed = new Map<string, SeedEvidence>();
  const bestByInstitution = new Map<string, SeedEvidence>();
  for (const row of rows) {
    const document = documents.get(row.id);
    if (!document) continue;
    const evidence: SeedEvidence = { id: row.id, title: row.title, text: textRelevance({ query, document, corpus, selfScore: self }, parameters) };
    bySeed.set(row.id, evidence);
    const current = bestByInstitution.get(row.institution_id);
    if (!current || better(evidence, current)) bestByInstitution.set(row.institution_id, evidence);
  }
  return { bySeed, bestByInstitution, institutionIds: [...bestByInstitution.keys()] };
}

/** Active institutions to rank: the routed kinds first, then those sharing a field or holding a fitting seed; at most ROUTING_TARGET_LIMIT. */
async function institutionTargets(
  manager: EntityManager,
  need: NeedProfile,
  regionCode: string | null,
  kinds: readonly string[] | null,
  withSeeds: readonly string[],
): Promise<Institution[]> {
  const p = new SqlParams();
  const conditions = [`institution.status = 'ACTIVE'`];
  if (regionCode) conditions.push(regionWithinSql('institution.region_code', p.add(regionCode)));
  if (kinds?.length) conditions.push(`institution.kind = ANY(${p.add([...kinds])}::text[])`);
  const order =
    `(institution.kind = ANY(${p.add(routedKinds(need.category))}::text[])) DESC, ` +
    `(institution.field_codes && ${fieldsAndDescendantsSql(p.add([...need.fieldCodes]))}) DESC, ` +
    `(institution.id = ANY(${p.add([...withSeeds])}::uuid[])) DESC, institution.id`;
  const rows = (await manager.query(
    `SELECT institution.id FROM institution WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT ${p.add(ROUTING_TARGET_LIMIT)}`,
    p.values,
  )) as Array<{ id: string }>;
  return rows.length === 0 ? [] : manager.getRepository(Institution).find({ where: { id: In(rows.map((r) => r.id)) } });
}

/** Active consortia to rank: those sharing a field or with a member's fitting seed first; at most ROUTING_TARGET_LIMIT. */
async function consortiumTargets(manager: EntityManager, need: NeedProfile, regionCode: string | null, withSeeds: readonly string[]): Promise<Consortium[]> {
  const p = new SqlParams();
  const conditions = [`consortium.status = 'ACTIVE'`];
  if (regionCode) conditions.push(regionWithinSql('consortium.region_code', p.add(regionCode)));
  const order =
    `(consortium.field_codes && ${fieldsAndDescendantsSql(p.add([...need.fieldCodes]))}) DESC, ` +
    `(consortium.id = ANY(${p.add([...withSeeds])}::uuid[])) DESC, consortium.id`;
  const rows = (await manager.query(
    `SELECT consortium.id FROM consortium WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT ${p.add(ROUTING_TARGET_LIMIT)}`,
    p.values,
  )) as Array<{ id: string }>;
  return rows.length === 0 ? [] : manager.getRepository(Consortium).find({ where: { id: In(rows.map((r) => r.id)) } });
}

/** Groups `key, value` rows of a query taking one uuid[] parameter. */
async function groupedIds(manager: EntityManager, sql: string, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = (await manager.query(sql, [[...ids]])) as Array<{ key: string; value: string }>;
  const groups = new Map<string, string[]>();
  for (const { key, value } of rows) groups.set(key, [...(groups.get(key) ?? []), value].sort());
  return groups;
}

/** An institution's own matchable text: description, equipment and the menus it offers (both languages). */
function institutionDocument(institution: Institution) {
  const menus = institution.supportMenus.map((m) => SUPPORT_MENU_NAMES[m as unknown as SupportMenuName]).filter(Boolean);
  const equipment = institution.equipment.map((e) => [e.name, e.description].filter(Boolean).join(' '));
  return {
    title: null,
    body: [institution.description ?? '', ...equipment].join('\n'),
    keywords: [
      ...menus.map((m) => m.ja),
      ...menus.map((m) => m.en),
      INSTITUTION_KIND_NAMES[institution.kind as unknown as InstitutionKindName]?.ja ?? '',
    ].filter(Boolean),
  };
}
