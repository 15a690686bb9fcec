import { DataSource, In } from 'typeorm';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { Introduction, IntroductionEvent } from './introduction.entity';

export function createIntroductionLoaders(dataSource: DataSource) {
  const introductions = dataSource.getRepository(Introduction);
  return {
    introductionById: uniqueLoader(dataSource, Introduction, 'id'),
    /** Each need's introductions, newest first. */
    introductionsByNeed: groupLoader(
      (ids) => introductions.find({ where: { needId: In([...ids]) }, order: { proposedAt: 'DESC', id: 'ASC' } }),
      (row) => row.needId,
    ),
    /** Each seed's introductions, newest first. */
    introductionsBySeed: groupLoader(
      (ids) => introductions.find({ where: { seedId: In([...ids]) }, order: { proposedAt: 'DESC', id: 'ASC' } }),
      (row) => row.seedId as string,
    ),
    /** Each introduction's transitions, oldest first. */
    introductionEvents: groupLoader(
      (ids) =>
        dataSource
          .getRepository(IntroductionEvent)
          .find({ where: { introductionId: In([...ids]) }, order: { occurredAt: 'ASC', recordedAt: 'ASC', id: 'ASC' } }),
      (row) => row.introductionId,
    ),
  };
}
