import type { FieldTaxonomy, LocalisedText, RegionKind, RegionTree } from './types';

/**
 * Builds the plain lookups the scoring needs from records shaped like the import format
 * (src/demo/data/reference.json, docs/data-format.md), e.g. rows the database layer loaded.
 */

/** Field taxonomy (code → parent) from field records. */
export function fieldTaxonomyOf(fields: ReadonlyArray<{ code: string; parent?: string | null }>): FieldTaxonomy {
  return Object.fromEntries(fields.map((f) => [f.code, f.parent ?? null]));
}

/** Region tree from region records. */
export function regionTreeOf(
  regions: ReadonlyArray<{ code: string; kind: RegionKind; parent?: string | null; cooperatesWith?: readonly string[] }>,
): RegionTree {
  return Object.fromEntries(regions.map((r) => [r.code, { parent: r.parent ?? null, kind: r.kind, cooperatesWith: r.cooperatesWith ?? [] }]));
}

/** Display names by code or key from records with nameJa / nameEn. */
export function namesOf(
  records: ReadonlyArray<{ code?: string; key?: string; id?: string; nameJa: string; nameEn?: string | null }>,
): Record<string, LocalisedText> {
  const names: Record<string, LocalisedText> = {};
  for (const r of records) {
    const id = r.code ?? r.key ?? r.id;
    if (id !== undefined) names[id] = { ja: r.nameJa, en: r.nameEn || r.nameJa };
  }
  return names;
}
