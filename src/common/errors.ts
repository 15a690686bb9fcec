/** A message shown to users in both of musubi's languages. */
export interface BilingualMessage {
  ja: string;
  en: string;
}

export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'TOO_MANY_ATTEMPTS'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One thing wrong with the input: the field path (e.g. `input.trl`) and why, never the value. */
export interface InputProblem extends BilingualMessage {
  field: string;
  constraint?: string;
}

/**
 * An expected failure a client can act on. Features throw subclasses; the HTTP layer maps
 * them to GraphQL errors in one place (src/http/format-error.ts).
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    readonly messages: BilingualMessage,
    readonly field?: string,
  ) {
    super(messages.en);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  readonly problems: InputProblem[];
  constructor(problems: InputProblem[]) {
    const first = problems[0];
    super(
      problems.length === 1
        ? { ja: `${first.field}: ${first.ja}`, en: `${first.field}: ${first.en}` }
        : { ja: `入力に ${problems.length} 件の誤りがあります`, en: `The input has ${problems.length} problems` },
      first?.field,
    );
    this.problems = problems;
  }

  static of(field: string, ja: string, en: string, constraint?: string): InvalidInputError {
    return new InvalidInputError([{ field, ja, en, constraint }]);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what: BilingualMessage, field = 'id') {
    super({ ja: `${what.ja}が見つかりません`, en: `${what.en} not found` }, field);
  }
}

/**
 * Why a write was refused with CONFLICT, as `extensions.reason`: stable, so a client can branch
 * on it (reload and retry, pick another e-mail, open the existing one, …) without reading messages.
 */
export const CONFLICT_REASONS = [
  /** `expectedVersion` is stale: someone else changed the record (`extensions.currentVersion`). */
  'STALE_VERSION',
  /** Two writes raced for the same unique key; the other one won. */
  'DUPLICATE_KEY',
  /** Another account already uses the e-mail address. */
  'EMAIL_TAKEN',
  /** The company, institution or researcher already belongs to the consortium. */
  'ALREADY_MEMBER',
  /** The need already has an open consultation. */
  'OPEN_CONSULTATION_EXISTS',
  /** The consultation is already resolved or closed. */
  'CONSULTATION_CLOSED',
  /** No coordinator serves the next step of the consultation for the company's region. */
  'NO_COORDINATOR_FOR_STEP',
  /** The need and target already have an open introduction. */
  'OPEN_INTRODUCTION_EXISTS',
  /** The researcher (or a seed's owner) declared a conflict of interest with the need's company. */
  'DECLARED_CONFLICT_OF_INTEREST',
  /** The support plan's part was already dropped or replaced, or the plan is closed. */
  'PLAN_PART_REMOVED',
  /** The support plan's part is agreed (成約): it is kept, not replaced or dropped. */
  'PLAN_PART_AGREED',
  /** The support plan already has a part in this role: replace it instead. */
  'PLAN_ROLE_TAKEN',
  /** The researcher already has a standing declaration for this company. */
  'CONFLICT_ALREADY_DECLARED',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(
    readonly reason: ConflictReason,
    messages: BilingualMessage,
    field?: string,
  ) {
    super(messages, field);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

/** The operation needs a signed-in caller (or a partner key), or the credentials sent were bad or expired. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

/** Too many failed sign-ins for an account or from an address: try again after `retryAfterSeconds`. */
export class TooManyAttemptsError extends DomainError {
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(readonly retryAfterSeconds: number) {
    super({
      ja: `ログインの失敗が続いたため、しばらく受け付けません。${retryAfterSeconds} 秒後に再試行してください`,
      en: `Too many failed sign-ins: try again in ${retryAfterSeconds} s`,
    });
  }
}

/** A stale `expectedVersion`: someone else changed the record since the client read it. */
export class StaleVersionError extends ConflictError {
  constructor(
    what: BilingualMessage,
    readonly currentVersion: number,
  ) {
    super(
      'STALE_VERSION',
      {
        ja: `${what.ja}は他の利用者によって更新されています。最新の内容を読み込んでからやり直してください`,
        en: `The ${what.en} was changed by someone else. Reload it and try again`,
      },
      'input.expectedVersion',
    );
  }
}
