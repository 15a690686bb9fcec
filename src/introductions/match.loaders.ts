import { DataSource, In } from 'typeorm';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { Match, MatchEvent } from './match.entity';

export function createMatchLoaders(dataSource: DataSource) {
  const matches = dataSource.getRepository(Match);
  return {
    matchById: uniqueLoader(dataSource, Match, 'id'),
    /** Each need's introductions, newest first. */
    matchesByNeed: groupLoader((ids) => matches.find({ where: { needId: In([...ids]) }, order: { proposedAt: 'DESC', id: 'ASC' } }), (row) => row.needId),
    /** Each seed's introductions, newest first. */
    matchesBySeed: groupLoader((ids) => matches.find({ where: { seedId: In([...ids]) }, order: { proposedAt: 'DESC', id: 'ASC' } }), (row) => row.seedId as string),
    /** Each introduction's transitions, oldest first. */
    matchEvents: groupLoader(
      (ids) => dataSource.getRepository(MatchEvent).find({ where: { matchId: In([...ids]) }, order: { occurredAt: 'ASC', recordedAt: 'ASC', id: 'ASC' } }),
      (row) => row.matchId,
    ),
  };
}
