import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { ConnectionShape, paginateWith, SortSpec } from '../common/connection';
import { preparedQuery } from '../database/prepared-query';
import { entityJson } from '../graphql/compiled/entity-json';
import { preload } from '../graphql/compiled/preloaded';
import type { Selection } from '../graphql/compiled/selection';
import { Institution } from '../institutions/institution.entity';
import { Researcher } from '../people/researcher.entity';
import { ResearchField } from '../taxonomy/research-field.entity';
import { Seed } from './seed.entity';
import { canSeeSeed } from './seed.visibility';

/**
 * The compiled read of the hot seed paths (`seeds` and `seed(id:)`): the request's selection
 * becomes ONE statement that reads only the asked columns and builds each seed, with its owners,
 * institution and fields, as JSON in PostgreSQL. It replaces the entity hydration of every
 * column and the four DataLoader statements of the relations; GraphQL still executes the
 * result, so field guards, the cost budget and the relations' resolvers all run as before.
 * Selections it cannot read from columns (computed fields, field resolvers such as a
 * researcher's `email`, relations below the first level) get no plan, and the usual path runs.
 */
export interface SeedReadPlan {
  /** `json_build_object(...)` of one seed row aliased `s`, relations included. */
  json: string;
}

const RELATIONS = new Set(['owners', 'institution', 'fields']);

/** The plan for a selection on Seed (see `selectionOf`), or null when it cannot be compiled. */
export function seedReadPlan(dataSource: DataSource, selection: Selection): SeedReadPlan | null {
  const seed = entityJson(dataSource, Seed).jsonPairs('s', selection, RELATIONS);
  if (!seed) return null;
  const parts: string[] = [seed];
  const owners = selection.get('owners');
  if (owners) {
    const json = entityJson(dataSource, Researcher).jsonSql('r', owners);
    if (!json) return null;
    parts.push(
      `'owners', (SELECT coalesce(json_agg(${json} ORDER BY so.position), '[]') FROM seed_owner so JOIN researcher r ON r.id = so.researcher_id WHERE so.seed_id = s.id)`,
    );
  }
  const institution = selection.get('institution');
  if (institution) {
    const json = entityJson(dataSource, Institution).jsonSql('i', institution);
    if (!json) return null;
    parts.push(`'institution', (SELECT ${json} FROM institution i WHERE i.id = s.institution_id)`);
  }
  const fields = selection.get('fields');
  if (fields) {
    const json = entityJson(dataSource, ResearchField).jsonSql('f', fields);
    if (!json) return null;
    parts.push(
      `'fields', (SELECT coalesce(json_agg(${json} ORDER BY c.n), '[]') FROM unnest(s.field_codes) WITH ORDINALITY AS c(code, n) JOIN research_field f ON f.code = c.code)`,
    );
  }
  // One json_build_object for the seed and its relations: building json and merging it as jsonb
  // took twice the database time (1k seeds, page of 50: ~3.5 → ~1.8 ms).
  return { json: `json_build_object(${parts.join(', ')})` };
}

type SeedJson = Record<string, unknown> & { owners?: Record<string, unknown>[]; institution?: Record<string, unknown>; fields?: Record<string, unknown>[] };

/** A Seed entity from the plan's JSON, its relations preloaded for the field resolvers. */
function hydrate(dataSource: DataSource, json: SeedJson): Seed {
  const { owners, institution, fields, ...columns } = json;
  const relations: Record<string, unknown> = {};
  if (owners) relations.owners = owners.map((owner) => entityJson(dataSource, Researcher).hydrate(owner));
  if (institution) relations.institution = entityJson(dataSource, Institution).hydrate(institution);
  if (fields) relations.fields = fields.map((field) => entityJson(dataSource, ResearchField).hydrate(field));
  return preload(entityJson(dataSource, Seed).hydrate(columns), relations);
}

/** A page of the filtered, visibility-limited seeds query (built by SeedService), read with the plan. */
export function readSeedPage(
  dataSource: DataSource,
  query: SelectQueryBuilder<Seed>,
  sort: SortSpec,
  page: { first?: number; after?: string },
  maxPageSize: number,
  plan: SeedReadPlan,
): Promise<ConnectionShape<Seed>> {
  return paginateWith(query, sort, page, maxPageSize, async (pageSql, parameters) => {
    // LATERAL: each row of the page reads its seed by primary key. OFFSET 0 keeps the planner from
    // flattening it into a hash join, which scanned the whole seed table for a page of 50 (measured
    // at 1k seeds). The page keeps its order outside too: same sort key and tie-break.
    const id = `p.${query.alias}_id`;
    const rows = await preparedQuery<{ sort_key: unknown; node: SeedJson }>(
      dataSource,
      `SELECT p.__sort_key AS sort_key, x.node FROM (${pageSql}) p CROSS JOIN LATERAL (SELECT ${plan.json} AS node FROM seed s WHERE s.id = ${id} OFFSET 0) x ` +
        `ORDER BY p.__sort_key ${sort.direction}, ${id} ${sort.direction}`,
      parameters,
    );
    return rows.map((row) => ({ node: hydrate(dataSource, row.node), sortKey: row.sort_key }));
  });
}

/** One seed by uuid, or null when it does not exist or the viewer may not see it (seed.visibility.ts), in one statement. */
export async function readSeedById(dataSource: DataSource, viewer: Viewer, id: string, plan: SeedReadPlan): Promise<Seed | null> {
  const rows = await preparedQuery<{ status: Seed['status']; owner_ids: string[]; node: SeedJson }>(
    dataSource,
    `SELECT s.status, ARRAY(SELECT so.researcher_id FROM seed_owner so WHERE so.seed_id = s.id) AS owner_ids, ${plan.json} AS node FROM seed s WHERE s.id = $1`,
    [id],
  );
  const row = rows[0];
  return row && canSeeSeed(viewer, row, row.owner_ids) ? hydrate(dataSource, row.node) : null;
}
