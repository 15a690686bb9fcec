import { MatchStatus } from './match.enums';

/**
 * The life of an introduction, as data (pure; the service and the tests read it):
 *
 *   PROPOSED → INTRODUCED → MEETING → NEGOTIATING → AGREED
 *   any open state → DECLINED | WITHDRAWN
 *
 * No step may be skipped; AGREED, DECLINED and WITHDRAWN are final. Only an administrator
 * recording a past outcome (`recordPastOutcome`) may jump, with the date it happened.
 */
export const OPEN_MATCH_STATUSES: readonly MatchStatus[] = [MatchStatus.PROPOSED, MatchStatus.INTRODUCED, MatchStatus.MEETING, MatchStatus.NEGOTIATING];

const NEXT: Partial<Record<MatchStatus, MatchStatus>> = {
  [MatchStatus.PROPOSED]: MatchStatus.INTRODUCED,
  [MatchStatus.INTRODUCED]: MatchStatus.MEETING,
  [MatchStatus.MEETING]: MatchStatus.NEGOTIATING,
  [MatchStatus.NEGOTIATING]: MatchStatus.AGREED,
};

export const isOpenMatchStatus = (status: MatchStatus): boolean => OPEN_MATCH_STATUSES.includes(status);

/** Where a match in `from` may go next, by the ordinary workflow. */
export function allowedTransitions(from: MatchStatus): MatchStatus[] {
  if (!isOpenMatchStatus(from)) return [];
  return [NEXT[from]!, MatchStatus.DECLINED, MatchStatus.WITHDRAWN];
}

/** Where an administrator may record that a match went, skipping steps (any later state). */
export function pastOutcomeTargets(from: MatchStatus): MatchStatus[] {
  if (!isOpenMatchStatus(from)) return [];
  const order = [...OPEN_MATCH_STATUSES, MatchStatus.AGREED];
  return [...order.slice(order.indexOf(from) + 1), MatchStatus.DECLINED, MatchStatus.WITHDRAWN];
}

/** SQL list of the open states, for partial indexes and queries. */
export const OPEN_MATCH_STATUSES_SQL = `('PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING')`;
