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

/** Operation names are chosen by clients: past this many distinct names, the rest share one label. */
export const MAX_OPERATION_LABELS = 200;
export const OTHER_OPERATIONS = '__other__';

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

export function createServerMetrics(dataSource: DataSource): ServerMetrics {
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

  const seen = new Set<string>();
  const operationLabel = (name: string): string => {
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_LABELS) return OTHER_OPERATIONS;
    seen.add(name);
    return name;
  };

  return {
    contentType: registry.contentType,
    observeRequest(operationName, seconds, errorCodes) {
      duration.observe({ operation: operationLabel(operationName) }, seconds);
      for (const code of errorCodes) errors.inc({ code });
    },
    render: () => Registry.merge([processRegistry, registry]).metrics(),
  };
}
