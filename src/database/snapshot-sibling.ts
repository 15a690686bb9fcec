import type { Pool } from 'pg';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * How long a read waits for the idle connection it saw to be handed over before it goes on
 * alone: pg-pool hands an idle connection over on the next tick, so this is only reached when
 * another request took it first and the pool is full.
 */
const HANDOVER_TIMEOUT_MS = 20;

/** An exported snapshot's name, as pg_export_snapshot() writes it (e.g. 00000003-0000001B-1). */
const SNAPSHOT_NAME = /^[0-9A-F]+(-[0-9A-F]+)+$/i;

/**
 * Runs `work` with a second connection that reads the same snapshot as the REPEATABLE READ
 * transaction of `manager` (PostgreSQL's exported snapshots), so that one large read can be
 * split over two database processes: alone on the machine, a request otherwise keeps one core
 * of the database busy while the other waits. `work` gets null, and does everything on
 * `manager`, when no connection is idle in the pool at that moment: a request never waits for
 * a second connection while it holds one (with every connection held by requests waiting for a
 * second, none would come), and under load, when none is idle, the cores are busy anyway.
 *
 * The sibling only reads, and is released (its transaction ended) before this returns.
 */
export async function withSnapshotSibling<T>(dataSource: DataSource, manager: EntityManager, work: (sibling: EntityManager | null) => Promise<T>): Promise<T> {
  const runner = await idleRunner(dataSource);
  if (!runner) return work(null);
  let open = false;
  try {
    const [{ snapshot }] = (await manager.query('SELECT pg_export_snapshot() AS snapshot')) as Array<{ snapshot: string }>;
    if (!SNAPSHOT_NAME.test(snapshot)) throw new Error(`Unexpected snapshot name from PostgreSQL: ${snapshot}`);
    // One round trip: no parameters, so both statements go as one simple query.
    await runner.query(`START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '${snapshot}'`);
    open = true;
    const result = await work(runner.manager);
    await runner.query('COMMIT');
    open = false;
    return result;
  } finally {
    if (open) await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}

/** A query runner on a connection that was idle in the pool, or null when none was. */
async function idleRunner(dataSource: DataSource): Promise<QueryRunner | null> {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (!pool || pool.idleCount === 0 || pool.waitingCount > 0) return null;
  const runner = dataSource.createQueryRunner();
  const connected = runner.connect().then(
    () => true,
    () => false,
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), HANDOVER_TIMEOUT_MS)));
  const outcome = await Promise.race([connected, timedOut]);
  clearTimeout(timer);
  if (outcome === true) return runner;
  // Not handed over in time (or failed): go on alone, and give the connection back whenever it comes.
  void connected.then((ok) => (ok ? runner.release() : undefined)).catch(() => undefined);
  return null;
}
