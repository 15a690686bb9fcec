import { DataSource, In, IsNull } from 'typeorm';
import { groupLoader } from '../common/loader-helpers';
import type { MatchKind } from '../matching/index/match-index.entities';
import { DuplicateCandidate, SeedDuplicateMark } from './duplicate.entities';

export function createDuplicateLoaders(dataSource: DataSource) {
  const candidates = dataSource.getRepository(DuplicateCandidate);
  const byRecord = (kind: MatchKind) =>
    groupLoader(
      (ids) => candidates.find({ where: { kind, recordId: In([...ids]) }, order: { similarity: 'DESC', otherId: 'ASC' } }),
      (row) => row.recordId,
    );
  return {
    /** Detected near-duplicates of each seed, most similar first. */
    duplicateCandidatesBySeed: byRecord('SEED'),
    /** Detected near-duplicates of each need, most similar first. */
    duplicateCandidatesByNeed: byRecord('NEED'),
    /** The active duplicate mark of each seed (at most one). */
    duplicateMarksBySeed: groupLoader(
      (ids) => dataSource.getRepository(SeedDuplicateMark).find({ where: { seedId: In([...ids]), unmarkedAt: IsNull() } }),
      (row) => row.seedId,
    ),
  };
}

/**
 * The pairs that make duplicate groups among these seeds, in one statement: detected
 * near-duplicates and active marks (either direction). For collapsing a ranking.
 */
export async function loadSeedDuplicatePairs(dataSource: DataSource, seedIds: readonly string[]): Promise<Array<[string, string]>> {
  if (seedIds.length === 0) return [];
  const rows = (await dataSource.query(
    `SELECT record_id AS a, other_id AS b FROM duplicate_candidate WHERE kind = 'SEED' AND record_id = ANY($1::uuid[])
     UNION SELECT seed_id, duplicate_of_id FROM seed_duplicate_mark WHERE unmarked_at IS NULL AND (seed_id = ANY($1::uuid[]) OR duplicate_of_id = ANY($1::uuid[]))`,
    [[...seedIds]],
  )) as Array<{ a: string; b: string }>;
  return rows.map((row) => [row.a, row.b]);
}
