import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { guardSchema } from './field-guards';
import { RESOLVERS } from './resolvers';
import { validateArgument } from './validate-argument';

let cached: Promise<GraphQLSchema> | null = null;

/** Builds the GraphQL schema from the decorated classes (once per process: the metadata is global). */
export function buildMusubiSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    // class-validator is off by default in type-graphql 2; ours also names the argument.
    validateFn: validateArgument,
  })
    .then(describeRootTypes)
    .then(guardSchema);
  return cached;
}

/** The SDL committed as schema/schema.graphql, sorted so diffs stay readable. */
export async function printMusubiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildMusubiSchema()))}\n`;
}

/** type-graphql cannot describe the root types; the playground's docs start there. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'Read operations: lookups, lists and matching / 参照系の操作';
  if (mutation) mutation.description = 'Write operations: register, update, archive, import / 更新系の操作';
  return schema;
}
