import type { DataSource } from 'typeorm';

/**
 * Growing delays after failed sign-ins, in PostgreSQL (`sign_in_throttle`) so that every
 * instance counts the same failures. Two subjects per attempt: the e-mail tried (known or not,
 * so the answer does not tell which) and the client address. After `threshold` consecutive
 * failures a subject is refused for 30 s, then for twice as long after each further failure,
 * up to 15 minutes: guessing becomes slow, yet nobody can lock a coordinator out for good by
 * failing on purpose. Attempts refused during a lock are not verified and do not lengthen it.
 * A successful sign-in clears the account's count (not the address's: one's own account must
 * not reset the count of an address that is guessing others' passwords). Failures older than
 * an hour are forgotten.
 */
export const ACCOUNT_FAILURES_BEFORE_DELAY = 5;
export const ADDRESS_FAILURES_BEFORE_DELAY = 20;
const FIRST_DELAY_SECONDS = 30;
const LONGEST_DELAY_SECONDS = 15 * 60;
const FORGET_AFTER = "interval '1 hour'";

export const accountSubject = (email: string) => `account:${email}`;
export const addressSubject = (address: string) => `address:${address}`;

export interface FailureCount {
  failures: number;
  /** Seconds until the subject may try again; 0 when it is not (yet) delayed. */
  retryAfterSeconds: number;
  /** This failure started a delay (the threshold was reached just now). */
  delayStarted: boolean;
}

export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** Seconds until the first of these subjects may try again, or 0 when none is delayed. */
  async retryAfter(subjects: string[]): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT CEIL(EXTRACT(EPOCH FROM MAX(locked_until) - now()))::int AS seconds FROM sign_in_throttle WHERE subject = ANY($1) AND locked_until > now()`,
      [subjects],
    )) as Array<{ seconds: number | null }>;
    return Math.max(0, row?.seconds ?? 0);
  }

  /** Counts one failure (one UPSERT) and starts or lengthens the subject's delay past the threshold. */
  async recordFailure(subject: string, threshold: number): Promise<FailureCount> {
    const failures = `(CASE WHEN t.last_failure_at < now() - ${FORGET_AFTER} THEN 1 ELSE t.failures + 1 END)`;
    const delay = (count: string) => `CASE WHEN ${count} >= $2 THEN now() + make_interval(secs => LEAST($4::float8, $3::float8 * power(2, ${count} - $2))) END`;
    const [row] = (await this.dataSource.query(
      `INSERT INTO sign_in_throttle AS t (subject, failures, last_failure_at, locked_until) VALUES ($1, 1, now(), ${delay('1')})
       ON CONFLICT (subject) DO UPDATE SET failures = ${failures}, last_failure_at = now(), locked_until = ${delay(failures)}
       RETURNING failures, COALESCE(CEIL(EXTRACT(EPOCH FROM locked_until - now())), 0)::int AS seconds`,
      [subject, threshold, FIRST_DELAY_SECONDS, LONGEST_DELAY_SECONDS],
    )) as Array<{ failures: number; seconds: number }>;
    return { failures: row.failures, retryAfterSeconds: Math.max(0, row.seconds), delayStarted: row.failures === threshold };
  }

  async clear(subject: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_throttle WHERE subject = $1`, [subject]);
  }
}
