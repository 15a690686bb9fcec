import { EntityManager } from 'typeorm';
import { Seed } from '../../seeds/seed.entity';
import { MatchDocument } from '../index/match-index.entities';
import { restrictedMapSql } from './bm25-sql';

/** A seed of the page being shown: its record for the answer, and how it wrote the matched terms. */
export interface PageSeed {
  readonly seed: Seed;
  readonly surfaces: Readonly<Record<string, string>> | undefined;
}

/**
 * The records of the seeds a page shows (its candidates and their folded duplicates) with the
 * surfaces of `matchedTerms` in each, in one statement: a ranking scores hundreds of candidates
 * from the few columns scoring reads (profiles.ts) and reads whole records only for the page.
 * Seeds deleted since the ranking are absent.
 */
export async function loadSeedPage(manager: EntityManager, ids: readonly string[], matchedTerms: readonly string[]): Promise<Map<string, PageSeed>> {
  if (ids.length === 0) return new Map();
  const { entities, raw } = await manager
    .getRepository(Seed)
    .createQueryBuilder('seed')
    .leftJoin(MatchDocument, 'doc', `doc.kind = 'SEED' AND doc.doc_id = seed.id`)
    .addSelect(restrictedMapSql('doc.surfaces', ':matchedTerms'), 'doc_surfaces')
    .setParameter('matchedTerms', [...matchedTerms])
    .where('seed.id IN (:...ids)', { ids: [...new Set(ids)] })
    .getRawAndEntities();
  const surfacesOf = new Map(
    (raw as Array<{ seed_id: string; doc_surfaces: Record<string, string> | null }>).map((r) => [r.seed_id, r.doc_surfaces ?? undefined]),
  );
  return new Map(entities.map((seed) => [seed.id, { seed, surfaces: surfacesOf.get(seed.id) }]));
}
