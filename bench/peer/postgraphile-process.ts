import './node20-shims';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import type { FromServer, ToServer } from '../server-process';

/**
 * PostGraphile 5, the peer musubi's list and lookup are compared with: the amber preset over the
 * same database's `public` schema (plus bench/peer/peer-schema.ts), served by grafserv's plain
 * Node adaptor on 127.0.0.1, in a process of its own like musubi's (so its memory is its own).
 * Configured as for production: no GraphiQL, no watch mode, no explain, no introspection
 * restrictions (it has no query-cost or rate limits, which musubi applies on every request).
 * Speaks the same IPC messages as server-process.ts: `ready`, then its state per message (the
 * requests it finished as `total`; it counts no SQL statements).
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !process.send) throw new Error('postgraphile-process.ts is started by bench/run.ts (fork with DATABASE_URL)');
  const send = (message: FromServer) => process.send!(message);
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ connectionString: url, schemas: ['public'], poolConfig: { max: 10 } })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, maxRequestLength: 100_000 },
    grafast: { explain: false },
    schema: { exportSchemaSDLPath: undefined },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  let inFlight = 0;
  let finished = 0;
  server.on('request', (_req, res) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      finished += 1;
    });
  });
  await serv.addTo(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Build the schema before saying ready, as musubi does before it listens.
  await pgl.getSchema();
  const { port } = server.address() as AddressInfo;

  process.on('message', (_message: ToServer) => send({ type: 'state', total: finished, byKind: {}, inFlight }));
  process.once('SIGTERM', () => {
    void (async () => {
      server.close();
      await pgl.release();
      process.exit(0);
    })();
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url: `http://127.0.0.1:${port}/graphql` });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
