/**
 * Runs startEmbeddedPostgres in a plain Node process (jest cannot load the ESM-only package).
 * Usage: node -r ts-node/register/transpile-only embedded-lifecycle.ts DATA_DIR PORT write|read|start|hold
 * Prints one JSON line: { ok, logs, rows?, error? }. `hold` prints it once the cluster runs and
 * then keeps running (until killed), as a musubi server would.
 */
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

async function main(): Promise<void> {
  const [dataDir, port, action] = process.argv.slice(2);
  const logs: string[] = [];
  try {
    const cluster = await startEmbeddedPostgres({ dataDir, port: Number(port), database: 'musubi', log: (m) => logs.push(m) });
    if (action === 'hold') {
      console.log(JSON.stringify({ ok: true, logs }));
      setInterval(() => undefined, 60_000);
      return;
    }
    let rows: unknown[] | undefined;
    if (action !== 'start') {
      const client = new Client({ connectionString: cluster.url });
      await client.connect();
      if (action === 'write') await client.query(`CREATE TABLE kept (note text); INSERT INTO kept VALUES ('残る')`);
      rows = (await client.query('SELECT note FROM kept')).rows;
      await client.end();
    }
    await cluster.stop();
    console.log(JSON.stringify({ ok: true, logs, rows }));
  } catch (error) {
    console.log(JSON.stringify({ ok: false, logs, error: error instanceof Error ? error.message : String(error) }));
  }
}

void main();
