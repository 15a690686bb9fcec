import { EntityManager } from 'typeorm';
import { fieldTaxonomyOf, namesOf, regionTreeOf } from '../scoring';
import type { FieldTaxonomy, LocalisedText, RegionKind, RegionTree } from '../scoring';

/** The small reference tables every ranking reads: the field taxonomy and the region tree, with names. */
export interface MatchingLookups {
  readonly taxonomy: FieldTaxonomy;
  readonly regions: RegionTree;
  readonly fieldNames: Record<string, LocalisedText>;
  readonly regionNames: Record<string, LocalisedText>;
}

/** Loads the taxonomy and the region tree (two queries, small tables): once per request. */
export async function loadMatchingLookups(manager: EntityManager): Promise<MatchingLookups> {
  const fields = (await manager.query(`SELECT code, parent_code AS parent, name_ja AS "nameJa", name_en AS "nameEn" FROM research_field`)) as Array<{
    code: string;
    parent: string | null;
    nameJa: string;
    nameEn: string;
  }>;
  const regions = (await manager.query(
    `SELECT code, kind, parent_code AS parent, name_ja AS "nameJa", name_en AS "nameEn", cooperates_with AS "cooperatesWith" FROM region`,
  )) as Array<{ code: string; kind: RegionKind; parent: string | null; nameJa: string; nameEn: string; cooperatesWith: string[] }>;
  return { taxonomy: fieldTaxonomyOf(fields), regions: regionTreeOf(regions), fieldNames: namesOf(fields), regionNames: namesOf(regions) };
}

/** Display names of every consortium by id (one query; a few hundred rows at most). */
export async function loadAllConsortiumNames(manager: EntityManager): Promise<Record<string, LocalisedText>> {
  const rows = (await manager.query(`SELECT id, name_ja AS "nameJa", name_en AS "nameEn" FROM consortium`)) as Array<{
    id: string;
    nameJa: string;
    nameEn: string | null;
  }>;
  return namesOf(rows);
}
