import { EntityManager } from 'typeorm';

/**
 * Signals that come from the introduction workflow (the match records), which does not exist
 * yet. Each returns what the ranking needs as a Map so the workflow issue can fill it with one
 * query each, without touching the callers; until then every researcher has no open
 * introduction and no pair has collaborated before.
 */

/** Open introductions per researcher id (researcher load). */
export async function openIntroductionsByResearcher(manager: EntityManager, researcherIds: readonly string[]): Promise<Map<string, number>> {
  void manager;
  return new Map(researcherIds.map((id) => [id, 0]));
}

/** Whether a company worked earlier with a seed's owners, per pair, keyed by {@link pastCollaborationKey}. */
export async function pastCollaborations(manager: EntityManager, pairs: ReadonlyArray<{ companyId: string | null; seedId: string }>): Promise<Map<string, boolean>> {
  void manager;
  return new Map(pairs.map(({ companyId, seedId }) => [pastCollaborationKey(companyId, seedId), false]));
}

/** The key of a (company, seed) pair in the map above. */
export function pastCollaborationKey(companyId: string | null, seedId: string): string {
  return `${companyId ?? '-'}:${seedId}`;
}
