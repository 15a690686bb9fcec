import { Client } from 'pg';

/**
 * What PostGraphile needs on musubi's tables to serve the same list: it follows foreign keys by
 * itself (seed → institution), but not seed_owner's ordered link table as a plain list, nor the
 * `field_codes text[]` of a seed. Two SQL functions give it those relations (PostGraphile turns
 * `seed_owners(seed)` into `Seed.owners`, and inlines the function's SQL into its one statement).
 * Smart-tag comments make them plain lists, as musubi's fields are. Created in the benchmark's
 * throw-away database only; musubi never reads them.
 */
export const PEER_SCHEMA_SQL = `
CREATE OR REPLACE FUNCTION seed_owners(s seed) RETURNS SETOF researcher LANGUAGE sql STABLE AS $$
  SELECT r.* FROM seed_owner so JOIN researcher r ON r.id = so.researcher_id WHERE so.seed_id = s.id ORDER BY so.position
$$;
CREATE OR REPLACE FUNCTION seed_fields(s seed) RETURNS SETOF research_field LANGUAGE sql STABLE AS $$
  SELECT f.* FROM unnest(s.field_codes) WITH ORDINALITY AS c(code, n) JOIN research_field f ON f.code = c.code ORDER BY c.n
$$;
COMMENT ON FUNCTION seed_owners(seed) IS E'@behavior -connection +list';
COMMENT ON FUNCTION seed_fields(seed) IS E'@behavior -connection +list';
`;

export async function preparePeerSchema(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(PEER_SCHEMA_SQL);
  } finally {
    await client.end();
  }
}
