import { Kind, parse } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/**
 * Prometheus metrics, served at GET /metrics.
 *
 * Two registries: one per process (Node's own metrics and `matchingLatency`, which any module
 * may import and observe), and one per server (request and pool metrics), so that a test file
 * can start several servers in one process without "metric already registered" errors.
 */
export const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry });

/**
 * Time to compute match candidates (retrieval and ranking), by operation. Observe it with
 * `const done = matchingLatency.startTimer({ operation: 'candidatesForNeed' }); …; done();`.
 */
export const matchingLatency = new Histogram({
  name: 'musubi_matching_duration_seconds',
  help: 'Time to compute match candidates (retrieval and ranking), by operation',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [processRegistry],
});

/**
 * Operation names are chosen by clients, so only names the server knows become labels (the
 * playground examples, the persisted-query allowlist); every other name is counted under this
 * one label, without the caller's name, and cannot crowd out real operations.
 */
export const OTHER_OPERATIONS = '__other__';
/** Labels for requests without a name: refused before an operation was resolved, or an unnamed operation. */
const FIXED_OPERATION_LABELS = ['unknown', 'anonymous'];

export interface ServerMetrics {
  readonly contentType: string;
  /** One finished GraphQL request: its duration and the codes of the errors it returned. */
  observeRequest(operationName: string, seconds: number, errorCodes: readonly string[]): void;
  /** The exposition text of both registries. */
  render(): Promise<string>;
}

/** The pg Pool inside TypeORM's Postgres driver (`driver.master`); absent before initialisation. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** The names of the named operations in GraphQL documents (unparseable documents are skipped). */
export function operationNamesIn(documents: Iterable<string>): string[] {
  const names: string[] = [];
  for (const text of documents) {
    try {
      for (const definition of parse(text).definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.push(definition.name.value);
      }
    } catch {
      // Not a document this server could run: it names no label.
    }
  }
  return names;
}

/** `knownOperations`: the operation names that get a label of their own. */
export function createServerMetrics(dataSource: DataSource, knownOperations: Iterable<string> = []): ServerMetrics {
  const registry = new Registry();
  const duration = new Histogram({
    name: 'musubi_graphql_request_duration_seconds',
    help: 'GraphQL requests over HTTP, from the first byte read to the last byte sent, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'musubi_graphql_errors_total',
    help: 'Errors returned to GraphQL clients, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const pool = (): PgPool | undefined => (dataSource.driver as unknown as { master?: PgPool }).master;
  const poolGauge = (name: string, help: string, read: (p: PgPool) => number | undefined) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const p = pool();
        const value = p ? read(p) : undefined;
        if (value !== undefined) this.set(value);
      },
    });
  poolGauge('musubi_db_pool_connections', 'Connections open in the database pool (busy and idle)', (p) => p.totalCount);
  poolGauge('musubi_db_pool_idle_connections', 'Idle connections in the database pool', (p) => p.idleCount);
  poolGauge('musubi_db_pool_waiting_clients', 'Queries waiting for a free database connection', (p) => p.waitingCount);
  poolGauge('musubi_db_pool_max_connections', 'Size limit of the database pool', (p) => p.options?.max);

  const labelled = new Set([...FIXED_OPERATION_LABELS, ...knownOperations]);
  const operationLabel = (name: string): string => (labelled.has(name) ? name : OTHER_OPERATIONS);

  return {
    contentType: registry.contentType,
    observeRequest(operationName, seconds, errorCodes) {
      duration.observe({ operation: operationLabel(operationName) }, seconds);
      for (const code of errorCodes) errors.inc({ code });
    },
    render: () => Registry.merge([processRegistry, registry]).metrics(),
  };
}
