import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { RESOLVERS } from './resolvers';
import { validateArgument } from './validate-argument';

let cached: Promise<GraphQLSchema> | null = null;

/** Builds the GraphQL schema from the decorated classes (once per process: the metadata is global). */
export function buildMusubiSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    // class-validator is off by default in type-graphql 2; ours also names the argument.
    validateFn: validateArgument,
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql, sorted so diffs stay readable. */
export async function printMusubiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildMusubiSchema()))}\n`;
}
