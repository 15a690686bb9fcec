import { NonEmptyArray } from 'type-graphql';
import { SeedResolver } from '../seeds/seed.resolver';
import { NodeResolver } from './node.resolver';

/** Every resolver class of the schema. */
export const RESOLVERS: NonEmptyArray<Function> = [NodeResolver, SeedResolver];
