import { getMetadataStorage } from 'type-graphql';
import { allowedOperationOf } from '../../../src/auth/allowed';
import { ROOT_FIELD_OPERATIONS } from '../../../src/auth/policy';
import { buildMusubiSchema } from '../../../src/graphql/schema';

describe('@Allowed on root resolvers', () => {
  it('names on every query and mutation the operation of the policy table (none where anyone may call it)', async () => {
    await buildMusubiSchema();
    const storage = getMetadataStorage();
    const roots = [...storage.queries, ...storage.mutations];
    expect(roots.length).toBeGreaterThan(100);
    const differing = roots
      .map((resolver) => ({
        field: resolver.schemaName,
        decorator: allowedOperationOf(resolver.target, resolver.methodName) ?? null,
        table: ROOT_FIELD_OPERATIONS[resolver.schemaName],
      }))
      .filter(({ decorator, table }) => decorator !== table);
    expect(differing).toEqual([]);
  });
});
