import type { EntityManager } from 'typeorm';
import { BilingualMessage, ConflictError } from '../common/errors';

/**
 * Capacity and conflicts of interest, read in bulk for rankings and checked on every proposal:
 * a researcher's open introductions against `max_open_introductions`, a public lab's testing
 * introductions of the current month (Asia/Tokyo) against `testing_capacity_per_month`, and
 * standing conflict-of-interest declarations.
 */

export interface Load {
  readonly open: number;
  readonly capacity: number | null;
}

export const isOverCapacity = (load: Load | undefined): boolean => !!load && load.capacity !== null && load.open >= load.capacity;

/** Open introductions of each researcher (to them or to a seed they own) and their declared limit. */
export async function researcherLoads(manager: EntityManager, researcherIds: readonly string[]): Promise<Map<string, Load>> {
  if (researcherIds.length === 0) return new Map();
  const rows = (await manager.query(
    `SELECT r.id, r.max_open_introductions AS capacity,
            (SELECT count(DISTINCT i.id) FROM introduction i
              WHERE i.status IN ('PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING')
                AND (i.researcher_id = r.id OR EXISTS (SELECT 1 FROM seed_owner so WHERE so.seed_id = i.seed_id AND so.researcher_id = r.id)))::int AS open
       FROM researcher r WHERE r.id = ANY($1::uuid[])`,
    [researcherIds],
  )) as Array<{ id: string; capacity: number | null; open: number }>;
  return new Map(rows.map((r) => [r.id, { open: r.open, capacity: r.capacity }]));
}

/** Introductions to each institution proposed this month (Asia/Tokyo) and not declined or withdrawn, with its monthly testing capacity. */
export async function labLoads(manager: EntityManager, institutionIds: readonly string[]): Promise<Map<string, Load>> {
  if (institutionIds.length === 0) return new Map();
  const rows = (await manager.query(
    `SELECT inst.id, inst.testing_capacity_per_month AS capacity,
            (SELECT count(*) FROM introduction i WHERE i.institution_id = inst.id AND i.status NOT IN ('DECLINED', 'WITHDRAWN')
               AND i.proposed_at >= (date_trunc('month', now() AT TIME ZONE 'Asia/Tokyo') AT TIME ZONE 'Asia/Tokyo'))::int AS open
       FROM institution inst WHERE inst.id = ANY($1::uuid[])`,
    [institutionIds],
  )) as Array<{ id: string; capacity: number | null; open: number }>;
  return new Map(rows.map((r) => [r.id, { open: r.open, capacity: r.capacity }]));
}

/** Researchers among `researcherIds` with a standing conflict-of-interest declaration for the company. */
export async function conflictedResearchers(manager: EntityManager, companyId: string, researcherIds: readonly string[]): Promise<Set<string>> {
  if (researcherIds.length === 0) return new Set();
  const rows = (await manager.query(
    `SELECT researcher_id FROM conflict_of_interest WHERE company_id = $1 AND researcher_id = ANY($2::uuid[]) AND withdrawn_at IS NULL`,
    [companyId, researcherIds],
  )) as Array<{
    researcher_id: string;
  }>;
  return new Set(rows.map((r) => r.researcher_id));
}

/** Owners of each seed. */
export async function ownersOfSeeds(manager: EntityManager, seedIds: readonly string[]): Promise<Map<string, string[]>> {
  if (seedIds.length === 0) return new Map();
  const rows = (await manager.query(`SELECT seed_id, researcher_id FROM seed_owner WHERE seed_id = ANY($1::uuid[])`, [seedIds])) as Array<{
    seed_id: string;
    researcher_id: string;
  }>;
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.seed_id, [...(map.get(r.seed_id) ?? []), r.researcher_id]);
  return map;
}

export const CONFLICT_OF_INTEREST_TEXT: BilingualMessage = {
  ja: '利益相反の申告があるため紹介しません',
  en: 'not introduced: a conflict of interest with the company is declared',
};

/** Refuses an introduction of a researcher (or their seed) who declared a conflict with the need's company. */
export async function assertNoConflictOfInterest(manager: EntityManager, companyId: string, researcherIds: readonly string[], field: string): Promise<void> {
  if ((await conflictedResearchers(manager, companyId, researcherIds)).size > 0) {
    throw new ConflictError(
      'DECLARED_CONFLICT_OF_INTEREST',
      {
        ja: 'この研究者はこの企業との利益相反を申告しているため、紹介できません',
        en: 'The researcher declared a conflict of interest with this company: they cannot be introduced',
      },
      field,
    );
  }
}

export function overCapacityText(load: Load, kind: 'RESEARCHER' | 'LAB'): BilingualMessage {
  return kind === 'RESEARCHER'
    ? {
        ja: `受入れ上限に達している (対応中 ${load.open} 件 / 上限 ${load.capacity} 件)`,
        en: `at capacity (${load.open} open introductions, takes ${load.capacity})`,
      }
    : {
        ja: `今月の試験受入れ枠が埋まっている (${load.open} 件 / 月 ${load.capacity} 件)`,
        en: `testing capacity for this month is taken (${load.open} of ${load.capacity} a month)`,
      };
}
