import { EntityManager } from 'typeorm';

/**
 * Signals from the introduction workflow (the match records, table `introduction`), one query
 * each, returned as Maps the ranking reads.
 */

/** States in which an introduction still takes the researcher's time. */
const OPEN = `('PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING')`;

/**
 * Open introductions per researcher id (researcher load): those made to the researcher and
 * those of seeds they own, each introduction counted once per researcher.
 */
export async function openIntroductionsByResearcher(manager: EntityManager, researcherIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map(researcherIds.map((id) => [id, 0]));
  if (researcherIds.length === 0) return counts;
  const rows = (await manager.query(
    `SELECT researcher_id, count(DISTINCT introduction_id)::int AS n FROM (
       SELECT i.researcher_id, i.id AS introduction_id FROM introduction i
         WHERE i.status IN ${OPEN} AND i.researcher_id = ANY($1::uuid[])
       UNION ALL
       SELECT so.researcher_id, i.id FROM introduction i JOIN seed_owner so ON so.seed_id = i.seed_id
         WHERE i.status IN ${OPEN} AND so.researcher_id = ANY($1::uuid[])
     ) open_ones GROUP BY researcher_id`,
    [[...researcherIds]],
  )) as Array<{ researcher_id: string; n: number }>;
  for (const row of rows) counts.set(row.researcher_id, Number(row.n));
  return counts;
}

/**
 * Whether a company worked earlier with a seed's owners, per pair, keyed by
 * {@link pastCollaborationKey}: an AGREED introduction of one of the company's needs to one of
 * the owners, or to any seed one of them owns.
 */
export async function pastCollaborations(
  manager: EntityManager,
  pairs: ReadonlyArray<{ companyId: string | null; seedId: string }>,
): Promise<Map<string, boolean>> {
  const result = new Map(pairs.map(({ companyId, seedId }) => [pastCollaborationKey(companyId, seedId), false]));
  const known = pairs.filter((p) => p.companyId !== null);
  if (known.length === 0) return result;
  const rows = (await manager.query(
    `WITH pairs AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS p(company_id, seed_id)),
     agreed_with AS (
       SELECT n.company_id, i.researcher_id FROM introduction i JOIN need n ON n.id = i.need_id
         WHERE i.status = 'AGREED' AND i.researcher_id IS NOT NULL
       UNION
       SELECT n.company_id, so.researcher_id FROM introduction i JOIN need n ON n.id = i.need_id JOIN seed_owner so ON so.seed_id = i.seed_id
         WHERE i.status = 'AGREED'
     )
     SELECT DISTINCT pairs.company_id, pairs.seed_id FROM pairs
       JOIN seed_owner own ON own.seed_id = pairs.seed_id
       JOIN agreed_with a ON a.company_id = pairs.company_id AND a.researcher_id = own.researcher_id`,
    [known.map((p) => p.companyId), known.map((p) => p.seedId)],
  )) as Array<{ company_id: string; seed_id: string }>;
  for (const row of rows) result.set(pastCollaborationKey(row.company_id, row.seed_id), true);
  return result;
}

/** The key of a (company, seed) pair in the map above. */
export function pastCollaborationKey(companyId: string | null, seedId: string): string {
  return `${companyId ?? '-'}:${seedId}`;
}
