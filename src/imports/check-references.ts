import type { EntityManager } from 'typeorm';
import { CheckedRecord, problemAt } from './check-records';
import type { ImportProblem } from './import-report';
import { importMessages as msg } from './import-messages';
import { isListSpec, isObjectsSpec, PropertySpec } from './property-spec';
import { RECORD_SPECS } from './record-specs';
import type { RecordType } from './record-types';
import type { KeyDirectory } from './key-directory';
import type { RecordValues } from './validate-record';

/** One key a record refers to, and where. */
export interface Reference {
  path: string;
  target: RecordType;
  key: string;
}

/** Every reference in a record's values, found through the `ref` marks of its properties. */
export function referencesOf(type: RecordType, values: RecordValues): Reference[] {
  return collect(RECORD_SPECS[type], values, '');
}

function collect(specs: PropertySpec[], values: RecordValues, prefix: string): Reference[] {
  const found: Reference[] = [];
  for (const spec of specs) {
    const value = values[spec.name];
    const path = `${prefix}${spec.name}`;
    if (isObjectsSpec(spec)) {
      (value as RecordValues[]).forEach((item, index) => found.push(...collect(spec.properties, item, `${path}[${index}].`)));
      continue;
    }
    const target = typeof spec.ref === 'function' ? spec.ref(values) : spec.ref;
    if (!target) continue;
    if (isListSpec(spec)) (value as string[]).forEach((key, index) => found.push({ path: `${path}[${index}]`, target, key }));
    else if (typeof value === 'string') found.push({ path, target, key: value });
  }
  return found;
}

/**
 * Checks that every reference names a record of the file (valid or not: one bad record should
 * not bury the report in follow-up errors) or of the database, loading the database's ids into
 * the directory on the way.
 */
export async function checkReferences(manager: EntityManager, records: Map<RecordType, CheckedRecord[]>, directory: KeyDirectory): Promise<ImportProblem[]> {
  const inFile = new Map<RecordType, Set<string>>();
  for (const [type, list] of records) inFile.set(type, new Set(list.flatMap((record) => (record.identity ? [record.identity] : []))));

  const all = [...records.values()].flat().map((record) => ({ record, references: referencesOf(record.type, record.values) }));
  const wanted = new Map<RecordType, Set<string>>();
  for (const { references } of all) {
    for (const reference of references) {
      if (!wanted.has(reference.target)) wanted.set(reference.target, new Set());
      wanted.get(reference.target)!.add(reference.key);
    }
  }
  for (const [type, keys] of wanted) await directory.lookUp(manager, type, keys);

  const problems: ImportProblem[] = [];
  for (const { record, references } of all) {
    for (const reference of references) {
      const known = inFile.get(reference.target)?.has(reference.key) || directory.get(reference.target, reference.key) !== undefined;
      if (!known) problems.push(problemAt(record, reference.path, msg.unknownReference(reference.target)));
    }
  }
  return problems;
}
