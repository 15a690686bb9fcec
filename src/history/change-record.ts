import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';

/** The records whose changes are kept, by their GraphQL type name (also the global ID's type). */
export const HISTORY_KINDS = ['Seed', 'Need', 'Company', 'Institution', 'Consortium', 'Researcher', 'Coordinator', 'Account'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export type ChangeOperation = 'CREATE' | 'UPDATE' | 'ARCHIVE' | 'DISABLE';

/** Who made a change, as `change_record` keeps it: an account, a partner key, or the system (the import CLI). */
export interface ChangeActor {
  kind: 'ACCOUNT' | 'PARTNER' | 'ANONYMOUS' | 'SYSTEM';
  id: string | null;
  role: string;
}

/** The command-line importer and other work without a request. */
export const SYSTEM_ACTOR: ChangeActor = Object.freeze({ kind: 'SYSTEM', id: null, role: 'SYSTEM' });

export function changeActorOf(viewer: Viewer): ChangeActor {
  switch (viewer.kind) {
    case 'ACCOUNT':
      return { kind: 'ACCOUNT', id: viewer.accountId, role: viewer.role };
    case 'PARTNER':
      return { kind: 'PARTNER', id: viewer.apiKeyId, role: viewer.scopes.join(',') };
    case 'ANONYMOUS':
      return { kind: 'ANONYMOUS', id: null, role: 'ANONYMOUS' };
  }
}

/**
 * The fields whose before and after values are kept, per kind. Derived columns (search text,
 * timestamps, version) are left out. Password hashes and token data are never kept: a password
 * change is recorded as the field `password` without values (SECRET_FIELDS).
 */
export const HISTORY_FIELDS: Record<HistoryKind, readonly string[]> = {
  Seed: [
    'key',
    'title',
    'summary',
    'language',
    'keywords',
    'fieldCodes',
    'trl',
    'collaborationForms',
    'patents',
    'institutionId',
    'ownerIds',
    'status',
    'isFictional',
  ],
  Need: [
    'key',
    'companyId',
    'title',
    'description',
    'category',
    'language',
    'fieldCodes',
    'keywords',
    'desiredTrl',
    'timeline',
    'budgetMinYen',
    'budgetMaxYen',
    'wantedForms',
    'confidentiality',
    'status',
    'consultationStep',
    'holderId',
    'isFictional',
  ],
  Company: [
    'key',
    'nameJa',
    'nameEn',
    'industry',
    'regionCode',
    'size',
    'employees',
    'capabilities',
    'fieldCodes',
    'description',
    'websiteUrl',
    'status',
    'isFictional',
  ],
  Institution: [
    'key',
    'nameJa',
    'nameEn',
    'kind',
    'regionCode',
    'parentId',
    'fieldCodes',
    'supportMenus',
    'equipment',
    'description',
    'websiteUrl',
    'email',
    'phone',
    'address',
    'status',
    'isFictional',
  ],
  Consortium: ['key', 'nameJa', 'nameEn', 'regionCode', 'secretariatId', 'fieldCodes', 'description', 'websiteUrl', 'status', 'isFictional'],
  Researcher: ['key', 'nameJa', 'nameEn', 'institutionId', 'title', 'email', 'phone', 'contactPublic', 'fieldCodes', 'keywords', 'status', 'isFictional'],
  Coordinator: ['key', 'name', 'institutionId', 'regionCode', 'email', 'phone', 'status', 'isFictional'],
  Account: ['email', 'displayName', 'role', 'status', 'coordinatorId', 'researcherId', 'companyId', 'institutionId'],
};

/** Entity properties whose change is recorded under another name and never with its values. */
const SECRET_FIELDS: Partial<Record<HistoryKind, Record<string, string>>> = {
  Account: { passwordHash: 'password' },
};

/** What `changes` holds per field; `secret` marks a change recorded without values. */
export interface FieldChangeValue {
  before?: unknown;
  after?: unknown;
  secret?: true;
}
export type Changes = Record<string, FieldChangeValue>;

/** A plain copy of the tracked fields (and secrets' fingerprints), taken before a record is changed. */
export type Snapshot = Record<string, unknown>;

export function snapshotOf(kind: HistoryKind, record: object, extra: Record<string, unknown> = {}): Snapshot {
  const source = { ...record, ...extra } as Record<string, unknown>;
  const snapshot: Snapshot = {};
  for (const field of HISTORY_FIELDS[kind]) if (field in source) snapshot[field] = plain(source[field]);
  for (const property of Object.keys(SECRET_FIELDS[kind] ?? {})) if (property in source) snapshot[property] = source[property];
  return snapshot;
}

/** The fields that differ; a creation (before null) lists every field that has a value. */
export function diffSnapshots(kind: HistoryKind, before: Snapshot | null, after: Snapshot): Changes {
  const changes: Changes = {};
  for (const field of HISTORY_FIELDS[kind]) {
    if (!(field in after)) continue;
    const next = after[field] ?? null;
    if (before === null) {
      if (!isEmpty(next)) changes[field] = { before: null, after: next };
      continue;
    }
    const previous = field in before ? (before[field] ?? null) : null;
    if (JSON.stringify(previous) !== JSON.stringify(next)) changes[field] = { before: previous, after: next };
  }
  for (const [property, name] of Object.entries(SECRET_FIELDS[kind] ?? {})) {
    if (property in after && (before === null || before[property] !== after[property])) changes[name] = { secret: true };
  }
  return changes;
}

/** One entry to append to `change_record`. */
export interface ChangeEntry {
  kind: HistoryKind;
  entityId: string;
  version: number;
  operation: ChangeOperation;
  changes: Changes;
}

/**
 * Appends entries to `change_record` in the caller's transaction, so a change and its record
 * commit or roll back together. One INSERT for any number of entries (the importer's batches).
 * UPDATE entries without a changed field are skipped: nothing happened.
 */
export async function appendChanges(manager: EntityManager, actor: ChangeActor, source: 'API' | 'IMPORT', entries: readonly ChangeEntry[]): Promise<void> {
  const kept = entries.filter((entry) => entry.operation !== 'UPDATE' || Object.keys(entry.changes).length > 0);
  if (kept.length === 0) return;
  await manager.query(
    `INSERT INTO change_record (entity_kind, entity_id, version, actor_kind, actor_id, actor_role, source, operation, changes)
     SELECT e.kind, e.entity_id, e.version, $2, $3, $4, $5, e.operation, e.changes
       FROM jsonb_to_recordset($1::jsonb) AS e(kind text, entity_id uuid, version int, operation text, changes jsonb)`,
    [
      JSON.stringify(
        kept.map((entry) => ({ kind: entry.kind, entity_id: entry.entityId, version: entry.version, operation: entry.operation, changes: entry.changes })),
      ),
      actor.kind,
      actor.id,
      actor.role,
      source,
    ],
  );
}

/**
 * Records one change made through the API (or, with a null viewer, by the system: the CLI): the
 * difference between the snapshot taken before (null for a creation) and the saved record.
 */
export async function recordChange(
  manager: EntityManager,
  viewer: Viewer | null,
  kind: HistoryKind,
  operation: ChangeOperation,
  before: Snapshot | null,
  saved: { id: string; version: number },
  extra: Record<string, unknown> = {},
): Promise<void> {
  const changes = diffSnapshots(kind, before, snapshotOf(kind, saved, extra));
  await appendChanges(manager, viewer ? changeActorOf(viewer) : SYSTEM_ACTOR, 'API', [
    { kind, entityId: saved.id, version: saved.version, operation, changes },
  ]);
}

/** JSON-safe copies: dates as ISO strings, nested objects and arrays copied. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value === null || typeof value !== 'object' ? value : JSON.parse(JSON.stringify(value));
}

const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0) || value === false;
