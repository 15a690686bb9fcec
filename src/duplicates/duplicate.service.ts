import { DataSource, IsNull } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { actorOf } from '../common/actor';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { Seed } from '../seeds/seed.entity';
import { SeedDuplicateMark } from './duplicate.entities';
import { MarkSeedDuplicateInput, UnmarkSeedDuplicateInput } from './duplicate.types';

const SEED = { ja: '研究シーズ', en: 'Seed' };
const MARK = { ja: '重複の指定', en: 'Duplicate mark' };

/** Coordinators' duplicate marks on seeds: who marked which seed as a duplicate of which, and when. */
export class DuplicateService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Marks `seedId` as a duplicate of `duplicateOfId` (staff). A seed has one active mark: a
   * new one replaces the old, which is kept as unmarked by the same account at the same time.
   */
  async markSeed(viewer: Viewer, input: MarkSeedDuplicateInput): Promise<Seed> {
    const { seedId, duplicateOfId } = input;
    if (seedId === duplicateOfId) {
      throw InvalidInputError.of('input.duplicateOfId', '自分自身の重複には指定できません', 'must be another seed than input.seedId', 'notSelf');
    }
    const actor = actorOf(viewer);
    return this.dataSource.transaction(async (manager) => {
      const seeds = manager.getRepository(Seed);
      // Locked: two coordinators marking the same seed at once are serialised, leaving one active mark.
      const seed = await seeds.findOne({ where: { id: seedId }, lock: { mode: 'pessimistic_write' } });
      if (!seed) throw new NotFoundError(SEED, 'input.seedId');
      if (!(await seeds.exists({ where: { id: duplicateOfId } }))) throw new NotFoundError(SEED, 'input.duplicateOfId');
      const marks = manager.getRepository(SeedDuplicateMark);
      await marks.update({ seedId, unmarkedAt: IsNull() }, { unmarkedAt: new Date(), unmarkedByAccountId: actor.accountId });
      await marks.insert({ seedId, duplicateOfId, markedByAccountId: actor.accountId, markedByRole: actor.role });
      return seed;
    });
  }

  /** Removes a seed's active duplicate mark (staff); the mark is kept with who and when. NOT_FOUND when it has none. */
  async unmarkSeed(viewer: Viewer, input: UnmarkSeedDuplicateInput): Promise<Seed> {
    const { seedId } = input;
    const actor = actorOf(viewer);
    return this.dataSource.transaction(async (manager) => {
      const seed = await manager.getRepository(Seed).findOne({ where: { id: seedId }, lock: { mode: 'pessimistic_write' } });
      if (!seed) throw new NotFoundError(SEED, 'input.seedId');
      const result = await manager
        .getRepository(SeedDuplicateMark)
        .update({ seedId, unmarkedAt: IsNull() }, { unmarkedAt: new Date(), unmarkedByAccountId: actor.accountId });
      if (!result.affected) throw new NotFoundError(MARK, 'input.seedId');
      return seed;
    });
  }
}
