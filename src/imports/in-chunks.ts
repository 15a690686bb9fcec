import { FindOperator, In } from 'typeorm';

/**
 * PostgreSQL counts bind parameters in 16 bits, so one `IN (…)` over more than 65,535 keys
 * fails. Large imports look keys up in chunks instead; the results are concatenated.
 */
export const KEY_CHUNK = 10_000;

export async function findInChunks<T>(keys: readonly string[], find: (chunk: FindOperator<string>) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < keys.length; start += KEY_CHUNK) {
    rows.push(...(await find(In(keys.slice(start, start + KEY_CHUNK)))));
  }
  return rows;
}
