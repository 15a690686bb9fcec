import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import { withSnapshotSibling } from '../../src/database/snapshot-sibling';
import { TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * A ranking alone on the server splits its largest read over a second connection that must
 * read exactly what the ranking's own transaction reads, give its connection back, and never
 * wait for one that is not idle.
 */
describe('a second connection on the snapshot of a read', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(`CREATE TABLE sibling_probe (v integer NOT NULL)`);
  });
  afterAll(() => db.drop());

  /** A REPEATABLE READ transaction that has read `sibling_probe` (its snapshot is taken), as a ranking's is. */
  async function openRead(dataSource: DataSource): Promise<{ runner: QueryRunner; seen: number }> {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const [{ v }] = (await runner.query(`SELECT v FROM sibling_probe`)) as Array<{ v: number }>;
    return { runner, seen: v };
  }

  async function closeRead(runner: QueryRunner) {
    await runner.query('COMMIT');
    await runner.release();
  }

  const transactionsOpen = async () =>
    Number(
      (
        (await db.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
        )) as Array<{
          n: number;
        }>
      )[0].n,
    );

  it('reads what the transaction it follows reads, not what was committed since', async () => {
    await db.dataSource.query(`DELETE FROM sibling_probe; INSERT INTO sibling_probe VALUES (1)`);
    const { runner, seen } = await openRead(db.dataSource);
    try {
      await db.dataSource.query(`UPDATE sibling_probe SET v = 2`);
      let siblingSaw: number | null = null;
      await withSnapshotSibling(db.dataSource, runner.manager, async (sibling) => {
        expect(sibling).not.toBeNull();
        siblingSaw = Number(((await sibling!.query(`SELECT v FROM sibling_probe`)) as Array<{ v: number }>)[0].v);
      });
      expect(seen).toBe(1);
      expect(siblingSaw).toBe(1);
      // Any other connection sees the update: the sibling's 1 comes from the shared snapshot.
      expect(Number(((await db.dataSource.query(`SELECT v FROM sibling_probe`)) as Array<{ v: number }>)[0].v)).toBe(2);
    } finally {
      await closeRead(runner);
    }
  });

  it('ends its transaction and gives its connection back, also when the work fails', async () => {
    const { runner } = await openRead(db.dataSource);
    try {
      await expect(
        withSnapshotSibling(db.dataSource, runner.manager, async (sibling) => {
          await sibling!.query(`SELECT 1`);
          throw new Error('the work failed');
        }),
      ).rejects.toThrow('the work failed');
      const result = await withSnapshotSibling(
        db.dataSource,
        runner.manager,
        async (sibling) => (await sibling!.query(`SELECT 41 + 1 AS n`)) as Array<{ n: number }>,
      );
      expect(result[0].n).toBe(42);
      // Only the caller's own transaction is still open.
      expect(await transactionsOpen()).toBe(1);
    } finally {
      await closeRead(runner);
    }
    expect(await transactionsOpen()).toBe(0);
  });

  it('lets the caller work alone when no connection is idle, without waiting for one', async () => {
    const single: DataSource = createDataSource({ url: db.url, poolSize: 1 });
    await single.initialize();
    try {
      const { runner } = await openRead(single);
      try {
        let given: EntityManager | null | undefined;
        await withSnapshotSibling(single, runner.manager, async (sibling) => {
          given = sibling;
        });
        expect(given).toBeNull();
      } finally {
        await closeRead(runner);
      }
    } finally {
      await single.destroy();
    }
  });
});
