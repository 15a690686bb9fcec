import { EntityManager, ObjectLiteral } from 'typeorm';
import type { CheckedRecord } from './check-records';
import type { ImportCount } from './import-report';
import { ENTITY_OF, isCodeKeyed, KeyDirectory } from './key-directory';
import type { RecordType } from './record-types';
import { SECTION_WRITERS } from './record-writers';
import { sameValue } from './same-value';
import { findInChunks } from './in-chunks';

/**
 * Inserts the section's new keys and updates the changed ones. A record whose columns and
 * child lists already hold what the file says is left alone (no UPDATE, no version bump),
 * which makes a second import of the same file a no-op.
 */
export async function writeSection(manager: EntityManager, type: RecordType, records: CheckedRecord[], ids: KeyDirectory): Promise<ImportCount> {
  const count: ImportCount = { type, created: 0, updated: 0, unchanged: 0 };
  const entity = ENTITY_OF[type];
  const identityColumn = isCodeKeyed(type) ? 'code' : 'key';
  const primaryColumn = isCodeKeyed(type) ? 'code' : 'id';
  const writer = SECTION_WRITERS[type];

  const identities = records.map((record) => record.identity as string);
  const stored: ObjectLiteral[] = await findInChunks(identities, (chunk) => manager.find(entity, { where: { [identityColumn]: chunk } }));
  const storedByIdentity = new Map(stored.map((row) => [row[identityColumn] as string, row]));
  const storedChildren = writer.children && stored.length > 0 ? await writer.children.load(manager, stored.map((row) => row.id as string)) : new Map();

  for (const record of records) {
    const identity = record.identity as string;
    const existing = storedByIdentity.get(identity);
    const columns = await writer.columns(record.values, { manager, ids, existing });
    if (!existing) {
      const result = await manager.insert(entity, columns);
      const id = isCodeKeyed(type) ? identity : (result.identifiers[0].id as string);
      ids.set(type, identity, id);
      if (writer.children) await writer.children.replace(manager, id, writer.children.desired(record.values, ids), undefined);
      count.created += 1;
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
    if (childrenChanged) await writer.children!.replace(manager, id, desiredChildren, storedChildren.get(id));
    // UPDATE through TypeORM bumps `version` and `updatedAt`, even when only a child list changed:
    // a client holding the old version should learn the record moved on.
    await manager.update(entity, { [primaryColumn]: id }, columns);
    count.updated += 1;
  }
  return count;
}
