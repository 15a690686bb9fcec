import { DataSource, In } from 'typeorm';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { SeedOwner } from './seed-owner.entity';
import { Seed } from './seed.entity';

export function createSeedLoaders(dataSource: DataSource) {
  const owners = dataSource.getRepository(SeedOwner);
  return {
    seedById: uniqueLoader(dataSource, Seed, 'id'),
    /** Owner links of each seed, in listed order. */
    ownersBySeed: groupLoader(
      (ids) => owners.find({ where: { seedId: In([...ids]) }, order: { position: 'ASC' } }),
      (row) => row.seedId,
    ),
    /** Seeds each researcher owns, newest first. */
    seedsByOwner: groupLoader(
      async (ids) =>
        (await owners.find({ where: { researcherId: In([...ids]) }, relations: { seed: true }, order: { seed: { createdAt: 'DESC' } } })).map((link) => ({
          researcherId: link.researcherId,
          seed: link.seed as Seed,
        })),
      (row) => row.researcherId,
    ),
    seedsByInstitution: groupLoader(
      (ids) => dataSource.getRepository(Seed).find({ where: { institutionId: In([...ids]) }, order: { createdAt: 'DESC', id: 'ASC' } }),
      (row) => row.institutionId,
    ),
  };
}
