import fs from 'node:fs';
import type { DataSource } from 'typeorm';

/** PostgreSQL's own bulk load of the rows the importer wrote: the floor an importer is measured against. */
export interface CopyFloor {
  /** Seed rows per second COPY loads into an empty copy of `seed` with all its indexes. */
  seedRowsPerSecond: number;
  /** Seeds per second when their postings (match_term rows) are COPYed too, into a copy of match_term with its indexes. */
  seedsWithPostingsPerSecond: number;
  postingsPerSeed: number;
}

const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/**
 * Exports the imported seeds (and their postings) with COPY … TO a server-side file and times
 * COPY … FROM it into empty tables made LIKE the real ones (INCLUDING ALL: the same columns,
 * defaults, checks and indexes; no foreign keys or triggers, so it is a floor). Needs a role
 * that may read and write server files (the embedded cluster's superuser); a string says why not.
 */
export async function measureCopyFloor(dataSource: DataSource): Promise<CopyFloor | string> {
  const file = (name: string) => `/tmp/musubi-bench-copy-${process.pid}-${name}`;
  const timeCopy = async (table: string, select: string, name: string): Promise<{ seconds: number; rows: number }> => {
    const copy = `${table}_copy_floor`;
    await dataSource.query(`COPY (${select}) TO '${file(name)}'`);
    await dataSource.query(`DROP TABLE IF EXISTS ${copy}`);
    await dataSource.query(`CREATE TABLE ${copy} (LIKE ${table} INCLUDING ALL)`);
    try {
      const start = process.hrtime.bigint();
      await dataSource.query(`COPY ${copy} FROM '${file(name)}'`);
      const seconds = since(start);
      const [{ rows }] = (await dataSource.query(`SELECT count(*)::int AS rows FROM ${copy}`)) as Array<{ rows: number }>;
      return { seconds, rows };
    } finally {
      await dataSource.query(`DROP TABLE IF EXISTS ${copy}`);
    }
  };
  try {
    const seeds = await timeCopy('seed', 'SELECT * FROM seed', 'seed');
    const postings = await timeCopy('match_term', `SELECT * FROM match_term WHERE kind = 'SEED'`, 'postings');
    return {
      seedRowsPerSecond: seeds.rows / seeds.seconds,
      seedsWithPostingsPerSecond: seeds.rows / (seeds.seconds + postings.seconds),
      postingsPerSeed: postings.rows / seeds.rows,
    };
  } catch (error) {
    return `not measured: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    // Written by the database server: removable from here when it runs on this machine (the embedded cluster).
    for (const name of ['seed', 'postings']) fs.rmSync(file(name), { force: true });
  }
}
