import { trimmedOrNull } from '../common/actor';
import { InvalidInputError } from '../common/errors';
import { isCalendarDate } from '../companies/calendar-date';
import { allowedTransitions } from './introduction-states';
import type { Introduction } from './introduction.entity';
import { DeclineReason, IntroductionStatus } from './introduction.enums';

/** The outcome fields of a transition, checked. */
export interface Outcome {
  reason: string | null;
  declineReason: DeclineReason | null;
  outcomeType: Introduction['outcomeType'];
  amountYen: number | null;
  startDate: string | null;
}

/** What each target state requires: a decline reason (and text for OTHER), an outcome type. */
export function checkOutcome(
  to: IntroductionStatus,
  input: {
    reason?: string | null;
    declineReason?: DeclineReason | null;
    outcomeType?: Introduction['outcomeType'];
    amountYen?: number | null;
    startDate?: string | null;
  },
): Outcome {
  const reason = trimmedOrNull(input.reason);
  if (to === IntroductionStatus.DECLINED) {
    if (!input.declineReason) throw InvalidInputError.of('input.declineReason', '辞退理由を選んでください', 'is required when declining', 'required');
    if (input.declineReason === DeclineReason.OTHER && !reason)
      throw InvalidInputError.of('input.reason', '「その他」の場合は理由を入力してください', 'is required with declineReason OTHER', 'required');
  } else if (input.declineReason) {
    throw InvalidInputError.of('input.declineReason', '辞退のときだけ指定できます', 'may be given only when declining', 'onlyWhenDeclining');
  }
  if (to === IntroductionStatus.AGREED) {
    if (!input.outcomeType) throw InvalidInputError.of('input.outcomeType', '成約の種類を選んでください', 'is required when agreeing', 'required');
    if (input.startDate != null && !isCalendarDate(input.startDate))
      throw InvalidInputError.of(
        'input.startDate',
        'YYYY-MM-DD 形式の実在する日付で入力してください',
        'must be a real date in the form YYYY-MM-DD',
        'calendarDate',
      );
  } else if (input.outcomeType || input.amountYen != null || input.startDate != null) {
    const field = input.outcomeType ? 'input.outcomeType' : input.amountYen != null ? 'input.amountYen' : 'input.startDate';
    throw InvalidInputError.of(field, '成約のときだけ指定できます', 'may be given only when agreeing', 'onlyWhenAgreeing');
  }
  return {
    reason,
    declineReason: input.declineReason ?? null,
    outcomeType: input.outcomeType ?? null,
    amountYen: input.amountYen ?? null,
    startDate: input.startDate ?? null,
  };
}

export function illegalTransition(from: IntroductionStatus, to: IntroductionStatus): InvalidInputError {
  const allowed = allowedTransitions(from);
  return InvalidInputError.of(
    'input.to',
    allowed.length ? `${from} から ${to} へは進めません (可能: ${allowed.join(', ')})` : `${from} は終了した状態です`,
    allowed.length ? `cannot go from ${from} to ${to} (allowed: ${allowed.join(', ')})` : `${from} is final`,
    'transition',
  );
}
