import fs from 'node:fs';
import path from 'node:path';
import { BreakingChange, buildSchema, findBreakingChanges } from 'graphql';
import { buildMusubiSchema } from '../../src/graphql/schema';

/**
 * Schema change safety: the current schema against the last released one
 * (schema/released.graphql). Partner portals are built against the released schema, so a
 * breaking change (a removed field, a new required argument, a changed type …) fails here
 * unless schema/intended-breaking-changes.json lists it with a reason. The usual path is to
 * deprecate first (@deprecated with what to use instead), release, and remove later.
 *
 * At a release: copy schema/schema.graphql to schema/released.graphql and empty the list.
 */
const SCHEMA_DIR = path.join(__dirname, '..', '..', 'schema');

interface IntendedChange {
  type: string;
  description: string;
  reason: string;
}

function intendedChanges(): IntendedChange[] {
  const file = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'intended-breaking-changes.json'), 'utf8')) as { changes: IntendedChange[] };
  return file.changes;
}

const key = (change: { type: string; description: string }) => `${change.type}: ${change.description}`;

describe('schema compatibility with the last release (schema/released.graphql)', () => {
  let breaking: BreakingChange[];

  beforeAll(async () => {
    const released = buildSchema(fs.readFileSync(path.join(SCHEMA_DIR, 'released.graphql'), 'utf8'));
    breaking = findBreakingChanges(released, await buildMusubiSchema());
  });

  it('has no breaking change that is not listed as intended (deprecate before removing)', () => {
    const intended = new Set(intendedChanges().map(key));
    const unintended = breaking.map(key).filter((change) => !intended.has(change));
    expect(unintended).toEqual([]);
  });

  it('lists each intended change with a reason, and only changes that still happen', () => {
    const happening = new Set(breaking.map(key));
    for (const change of intendedChanges()) {
      expect({ change: key(change), hasReason: change.reason?.trim().length > 10 }).toEqual({ change: key(change), hasReason: true });
      // A listed change that no longer occurs is left over from an earlier release: remove it.
      expect({ change: key(change), happens: happening.has(key(change)) }).toEqual({ change: key(change), happens: true });
    }
  });

  it('detects a breaking change: a field removed from the released schema', () => {
    const released = buildSchema('type Query { seeds: [String!]! legacyTitle: String }');
    const current = buildSchema('type Query { seeds: [String!]! }');
    expect(findBreakingChanges(released, current).map(key)).toEqual(['FIELD_REMOVED: Query.legacyTitle was removed.']);
  });
});
