import { QueryFailedError } from 'typeorm';

/**
 * PostgreSQL's unique_violation (23505): a unique index refused a write that the service's own
 * checks let through, because two requests raced. The indexes are the last word on duplicates.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}
