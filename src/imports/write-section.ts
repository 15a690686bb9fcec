import { randomUUID } from 'node:crypto';
import { EntityManager, ObjectLiteral } from 'typeorm';
import type { CheckedRecord } from './check-records';
import type { ImportCount } from './import-report';
import { ENTITY_OF, isCodeKeyed, KeyDirectory } from './key-directory';
import type { RecordType } from './record-types';
import { SECTION_WRITERS, WriteContext } from './record-writers';
import { sameValue } from './same-value';
import { findInChunks } from './in-chunks';
import { insertRows } from './insert-rows';
import { appendChanges, ChangeActor, ChangeEntry, diffSnapshots, HistoryKind, snapshotOf } from '../history/change-record';

/** The sections whose records keep a history (regions and fields do not). */
const HISTORY_KIND: Partial<Record<RecordType, HistoryKind>> = {
  institutions: 'Institution',
  researchers: 'Researcher',
  coordinators: 'Coordinator',
  companies: 'Company',
  consortia: 'Consortium',
  seeds: 'Seed',
  needs: 'Need',
};

/** New records held back for one multi-row INSERT (their child lists follow in bulk too). */
const PENDING_RECORDS = 1_000;

/**
 * Inserts the section's new keys and updates the changed ones. A record whose columns and
 * child lists already hold what the file says is left alone (no UPDATE, no version bump),
 * which makes a second import of the same file a no-op.
 *
 * New records and their child lists are inserted in multi-row INSERTs, a thousand records
 * at a time (one INSERT per row cost a round trip each). Changed records are rare and are
 * updated one by one. Every created and changed record gets its `change_record` entry (src/history),
 * appended with the batch in one INSERT.
 */
export async function writeSection(
  manager: EntityManager,
  type: RecordType,
  records: CheckedRecord[],
  ids: KeyDirectory,
  actor: ChangeActor,
): Promise<ImportCount> {
  const count: ImportCount = { type, created: 0, updated: 0, unchanged: 0 };
  const entity = ENTITY_OF[type];
  const identityColumn = isCodeKeyed(type) ? 'code' : 'key';
  const primaryColumn = isCodeKeyed(type) ? 'code' : 'id';
  const writer = SECTION_WRITERS[type];

  const identities = records.map((record) => record.identity as string);
  const stored: ObjectLiteral[] = await findInChunks(identities, (chunk) => manager.find(entity, { where: { [identityColumn]: chunk } }));
  const storedByIdentity = new Map(stored.map((row) => [row[identityColumn] as string, row]));
  const storedChildren =
    writer.children && stored.length > 0
      ? await writer.children.load(
          manager,
          stored.map((row) => row.id as string),
        )
      : new Map();
  const context: WriteContext = {
    ids,
    lookups: writer.lookUp
      ? await writer.lookUp(
          manager,
          records.map((record) => record.values),
          ids,
        )
      : {},
  };

  const kind = HISTORY_KIND[type];
  let newRows: ObjectLiteral[] = [];
  let newChildRows: ObjectLiteral[] = [];
  let changes: ChangeEntry[] = [];
  const insertPending = async () => {
    await insertRows(manager, entity, newRows);
    if (writer.children) await insertRows(manager, writer.children.entity, newChildRows);
    await appendChanges(manager, actor, 'IMPORT', changes);
    newRows = [];
    newChildRows = [];
    changes = [];
  };

  for (const record of records) {
    const identity = record.identity as string;
    const existing = storedByIdentity.get(identity);
    const columns = writer.columns(record.values, { ...context, existing });
    if (!existing) {
      // The id is made here, not by the database's default, so that it is known before the row
      // is written: a later record of the same section (an institution under a new parent) can
      // refer to it while both wait in the same batch. Parents come first (parent-order.ts), so
      // a batch never holds a child before its parent.
      const id = isCodeKeyed(type) ? identity : randomUUID();
      ids.set(type, identity, id);
      newRows.push(isCodeKeyed(type) ? columns : { ...columns, id });
      if (kind) changes.push({ kind, entityId: id, version: 1, operation: 'CREATE', changes: diffSnapshots(kind, null, snapshotOf(kind, columns)) });
      if (writer.children) newChildRows.push(...writer.children.rows(id, writer.children.desired(record.values, ids)));
      count.created += 1;
      if (newRows.length >= PENDING_RECORDS) await insertPending();
      continue;
    }
    const id = existing[primaryColumn] as string;
    ids.set(type, identity, id);
    const columnsChanged = Object.entries(columns).some(([column, value]) => !sameValue(existing[column], value));
    const desiredChildren = writer.children?.desired(record.values, ids);
    const childrenChanged = writer.children ? !writer.children.same(storedChildren.get(id), desiredChildren) : false;
    if (!columnsChanged && !childrenChanged) {
      count.unchanged += 1;
      continue;
    }
    // The changed record may now refer to a new one still waiting.
    await insertPending();
    if (childrenChanged) await writer.children!.replace(manager, id, desiredChildren, storedChildren.get(id));
    // UPDATE through TypeORM bumps `version` and `updatedAt`, even when only a child list changed:
    // a client holding the old version should learn the record moved on.
    await manager.update(entity, { [primaryColumn]: id }, columns);
    if (kind) {
      const changed = diffSnapshots(kind, snapshotOf(kind, existing), snapshotOf(kind, { ...existing, ...columns }));
      changes.push({ kind, entityId: id, version: (existing.version as number) + 1, operation: 'UPDATE', changes: changed });
    }
    count.updated += 1;
  }
  await insertPending();
  return count;
}
