import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { PersistedQueryOptions } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { ConfigError } from '../config/config';

/**
 * Persisted queries, three modes (MUSUBI_PERSISTED_QUERIES):
 * - `apq` (default): Apollo's automatic persisted queries. A client sends the sha256 of its
 *   operation; on a miss (PERSISTED_QUERY_NOT_FOUND) it sends the text once, which is stored in
 *   PostgreSQL (PersistedQueryStore), so every instance behind the load balancer knows it. Any
 *   operation may run.
 * - `allowlist`: only operations listed in a manifest file (MUSUBI_ALLOWLIST_FILE) run, by hash
 *   or by their exact text; nothing can be registered at run time. For production partners.
 * - `off`: APQ requests are answered PERSISTED_QUERY_NOT_SUPPORTED.
 *
 * Manifest formats: Apollo's persisted query manifest
 * (`{"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id","name","type","body"}]}`)
 * or a plain `{ "<sha256>": "<operation text>" }` map, as GraphQL Code Generator's client preset
 * writes to persisted-documents.json (with `hashAlgorithm: 'sha256'`; its keys read `sha256:<hex>`).
 */
export type PersistedQueriesMode = 'off' | 'apq' | 'allowlist';

export interface OperationManifest {
  /** sha256 (hex) of the operation text → the text. */
  readonly operations: ReadonlyMap<string, string>;
  readonly file: string;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

const HASH = /^[0-9a-f]{64}$/;

/** Reads and checks a manifest; every problem is reported as a ConfigError naming MUSUBI_ALLOWLIST_FILE. */
export function loadOperationManifest(file: string): OperationManifest {
  const fail = (problem: string): never => {
    throw new ConfigError([`MUSUBI_ALLOWLIST_FILE (${file}): ${problem} (許可リストのファイルが不正です)`]);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `cannot be read: ${(error as Error).message}`);
  }
  const entries: Array<[string, unknown]> = [];
  if (isRecord(parsed) && parsed.format === 'apollo-persisted-query-manifest') {
    if (parsed.version !== 1 || !Array.isArray(parsed.operations)) fail('an Apollo manifest needs "version": 1 and an "operations" array');
    for (const [index, operation] of (parsed.operations as unknown[]).entries()) {
      if (!isRecord(operation)) fail(`operations[${index}] is not an object`);
      entries.push([String((operation as Record<string, unknown>).id), (operation as Record<string, unknown>).body]);
    }
  } else if (isRecord(parsed)) {
    entries.push(...Object.entries(parsed));
  } else {
    fail('expected an object: an Apollo persisted query manifest or a { "<sha256>": "<operation>" } map');
  }
  const operations = new Map<string, string>();
  for (const [key, body] of entries) {
    const hash = key.replace(/^sha256:/, '');
    if (!HASH.test(hash)) fail(`"${hash.slice(0, 80)}" is not a sha256 hash in lowercase hex`);
    if (typeof body !== 'string' || body.trim() === '') fail(`the operation of ${hash} is not a non-empty string`);
    if (sha256Hex(body as string) !== hash) fail(`${hash} is not the sha256 of its operation text`);
    operations.set(hash, body as string);
  }
  if (operations.size === 0) fail('lists no operation');
  return { operations, file };
}

/** Apollo's `persistedQueries` option for a mode. */
export function persistedQueryOptions(
  mode: PersistedQueriesMode,
  manifest: OperationManifest | null,
  store: PersistedQueryStore | null,
): PersistedQueryOptions | false {
  if (mode === 'off') return false;
  if (mode === 'apq') {
    if (!store) throw new Error('apq mode needs a store');
    return { cache: store, ttl: null };
  }
  if (!manifest) throw new Error('allowlist mode needs a manifest');
  return { cache: manifestCache(manifest), ttl: null };
}

/**
 * A read-only cache over the manifest: Apollo finds registered operations by hash, and its
 * attempts to register new ones are dropped. Apollo prefixes keys with `apq:`.
 */
function manifestCache(manifest: OperationManifest): NonNullable<PersistedQueryOptions['cache']> {
  return {
    async get(key: string) {
      return manifest.operations.get(key.replace(/^apq:/, ''));
    },
    async set() {},
    async delete() {
      return false;
    },
  };
}

/** Operations kept at most; past it the least recently used are deleted. */
export const MAX_STORED_OPERATIONS = 10_000;
const LOCAL_ENTRIES = 1_000;
const PRUNE_EVERY_SETS = 100;

/**
 * Apollo's APQ cache, in PostgreSQL (`persisted_query`), so an operation registered through one
 * instance is found by the others. Entries are addressed by their sha256 (Apollo checks the
 * text against the hash before storing it) and never change, so each instance also keeps the
 * most recently used ones in memory: a hit there costs no query. Apollo prefixes keys `apq:`.
 */
export class PersistedQueryStore {
  private readonly local = new Map<string, string>();
  private sets = 0;

  constructor(private readonly dataSource: DataSource) {}

  async get(key: string): Promise<string | undefined> {
    const hash = key.replace(/^apq:/, '');
    const cached = this.local.get(hash);
    if (cached !== undefined) {
      this.remember(hash, cached);
      return cached;
    }
    const [row] = (await this.dataSource.query(`UPDATE persisted_query SET used_at = now() WHERE hash = $1 RETURNING query`, [hash])) as [
      Array<{ query: string }>,
      number,
    ];
    const query = row?.[0]?.query;
    if (query !== undefined) this.remember(hash, query);
    return query;
  }

  async set(key: string, value: string): Promise<void> {
    const hash = key.replace(/^apq:/, '');
    // Remembered before the write: Apollo does not wait for set(), and the client's next request
    // (often a GET of the same hash) may arrive before the INSERT has committed.
    this.remember(hash, value);
    await this.dataSource.query(`INSERT INTO persisted_query (hash, query) VALUES ($1, $2) ON CONFLICT (hash) DO UPDATE SET used_at = now()`, [hash, value]);
    this.sets += 1;
    if (this.sets % PRUNE_EVERY_SETS === 0) {
      await this.dataSource.query(`DELETE FROM persisted_query WHERE used_at < (SELECT used_at FROM persisted_query ORDER BY used_at DESC OFFSET $1 LIMIT 1)`, [
        MAX_STORED_OPERATIONS,
      ]);
    }
  }

  async delete(key: string): Promise<boolean> {
    const hash = key.replace(/^apq:/, '');
    this.local.delete(hash);
    await this.dataSource.query(`DELETE FROM persisted_query WHERE hash = $1`, [hash]);
    return true;
  }

  /** Re-inserted last, so the Map's order is least recently used first. */
  private remember(hash: string, query: string): void {
    this.local.delete(hash);
    this.local.set(hash, query);
    if (this.local.size > LOCAL_ENTRIES) this.local.delete(this.local.keys().next().value as string);
  }
}

export interface AllowlistRejection {
  status: number;
  code: 'QUERY_NOT_IN_SAFELIST' | 'PERSISTED_QUERY_NOT_IN_LIST';
  message: string;
}

/**
 * Allowlist mode: decides from the raw request (before Apollo parses anything) whether its
 * operation is registered. Requests that carry neither a query nor a hash, or are malformed,
 * pass through so that Apollo answers them with its usual errors.
 */
export function checkAllowlist(manifest: OperationManifest, method: string, search: URLSearchParams, body: unknown): AllowlistRejection | null {
  let query: unknown;
  let extensions: unknown;
  if (method === 'GET') {
    query = search.get('query') ?? undefined;
    const raw = search.get('extensions');
    try {
      extensions = raw ? JSON.parse(raw) : undefined;
    } catch {
      return null;
    }
  } else if (isRecord(body)) {
    query = body.query;
    extensions = body.extensions;
  } else {
    return null;
  }
  if (typeof query === 'string' && query !== '') {
    if (manifest.operations.has(sha256Hex(query))) return null;
    return {
      status: 400,
      code: 'QUERY_NOT_IN_SAFELIST',
      message: 'この操作は許可リストに登録されていません / This operation is not in the allow list of registered operations',
    };
  }
  const hash = isRecord(extensions) && isRecord(extensions.persistedQuery) ? extensions.persistedQuery.sha256Hash : undefined;
  if (typeof hash === 'string' && !manifest.operations.has(hash)) {
    return {
      status: 400,
      code: 'PERSISTED_QUERY_NOT_IN_LIST',
      message: '登録されていない操作 ID です / No registered operation has this hash',
    };
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
