import { IntroductionStatus } from './introduction.enums';

/**
 * The life of an introduction, as data (pure; the service and the tests read it):
 *
 *   PROPOSED → INTRODUCED → MEETING → NEGOTIATING → AGREED
 *   any open state → DECLINED | WITHDRAWN
 *
 * No step may be skipped; AGREED, DECLINED and WITHDRAWN are final. Only an administrator
 * recording a past outcome (`recordPastOutcome`) may jump, with the date it happened.
 */
export const OPEN_INTRODUCTION_STATUSES: readonly IntroductionStatus[] = [
  IntroductionStatus.PROPOSED,
  IntroductionStatus.INTRODUCED,
  IntroductionStatus.MEETING,
  IntroductionStatus.NEGOTIATING,
];

const NEXT: Partial<Record<IntroductionStatus, IntroductionStatus>> = {
  [IntroductionStatus.PROPOSED]: IntroductionStatus.INTRODUCED,
  [IntroductionStatus.INTRODUCED]: IntroductionStatus.MEETING,
  [IntroductionStatus.MEETING]: IntroductionStatus.NEGOTIATING,
  [IntroductionStatus.NEGOTIATING]: IntroductionStatus.AGREED,
};

export const isOpenIntroductionStatus = (status: IntroductionStatus): boolean => OPEN_INTRODUCTION_STATUSES.includes(status);

/** Where an introduction in `from` may go next, by the ordinary workflow. */
export function allowedTransitions(from: IntroductionStatus): IntroductionStatus[] {
  if (!isOpenIntroductionStatus(from)) return [];
  return [NEXT[from]!, IntroductionStatus.DECLINED, IntroductionStatus.WITHDRAWN];
}

/** Where an administrator may record that an introduction went, skipping steps (any later state). */
export function pastOutcomeTargets(from: IntroductionStatus): IntroductionStatus[] {
  if (!isOpenIntroductionStatus(from)) return [];
  const order = [...OPEN_INTRODUCTION_STATUSES, IntroductionStatus.AGREED];
  return [...order.slice(order.indexOf(from) + 1), IntroductionStatus.DECLINED, IntroductionStatus.WITHDRAWN];
}

/** SQL list of the open states, for partial indexes and queries. */
export const OPEN_MATCH_STATUSES_SQL = `('PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING')`;
