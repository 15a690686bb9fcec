import {
  defaultFieldResolver,
  getNamedType,
  GraphQLArgument,
  GraphQLInputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isObjectType,
} from 'graphql';
import { authorize, ROOT_FIELD_OPERATIONS } from '../auth/policy';
import type { ResponseBudget } from './query-limits';
import { InvalidInputError, InputProblem } from '../common/errors';
import type { Viewer } from '../auth/viewer';

/** What the guards read from the request context (absent outside a request, e.g. in schema printing). */
interface GuardedContext {
  viewer?: Viewer;
  budget?: ResponseBudget;
}

/**
 * Checks every field at the GraphQL edge, in this order, before its resolver (and so before
 * type-graphql's argument validation and any SQL) runs:
 * 1. a root field: the caller's role may run it at all (ROOT_FIELD_OPERATIONS), so a caller who
 *    may not learns nothing from validation;
 * 2. every string in its arguments is text PostgreSQL can store and compare (no NUL, no
 *    unpaired UTF-16 surrogate), named by its argument path;
 * 3. a field that returns objects spends one unit of the request's cost budget per object
 *    returned (src/graphql/query-limits.ts), so the cost follows what the lists really hold.
 * Applied once to the built schema.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const isRoot = roots.has(type);
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const operation = isRoot ? ROOT_FIELD_OPERATIONS[field.name] : undefined;
      const textArgs = field.args.filter((arg) => carriesText(arg.type));
      const returnsObjects = isCompositeType(getNamedType(field.type));
      const explicitCost = typeof field.extensions?.complexity === 'number' ? field.extensions.complexity : 0;
      if (!operation && textArgs.length === 0 && !returnsObjects) continue;

      field.resolve = (source, args, context: GuardedContext | undefined, info) => {
        if (operation && context?.viewer) authorize(context.viewer, operation);
        if (textArgs.length > 0) refuseUnstorableText(textArgs, args);
        const budget = returnsObjects ? context?.budget : undefined;
        if (!budget) return resolve(source, args, context, info);
        budget.refuseIfSpent();
        const result = resolve(source, args, context, info);
        return isPromiseLike(result) ? Promise.resolve(result).then((value) => budget.spend(value, explicitCost)) : budget.spend(result, explicitCost);
      };
    }
  }
  return schema;
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** Whether an argument of this type can hold a string (String, ID, custom scalars, or an input holding them). */
function carriesText(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (seen.has(named)) return false;
    seen.add(named);
    return Object.values(named.getFields()).some((field) => carriesText(field.type, seen));
  }
  return !isEnumType(named) && !['Int', 'Float', 'Boolean'].includes(named.name);
}

const NUL = '\u0000';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * PostgreSQL cannot store NUL in text and refuses it with an error of its own; an unpaired
 * surrogate is not Unicode at all (it breaks encodeURIComponent, e-mail checks and UTF-8).
 * Both are refused as BAD_USER_INPUT naming every argument path at fault, never the value.
 */
function refuseUnstorableText(args: readonly GraphQLArgument[], values: Record<string, unknown>): void {
  const problems: InputProblem[] = [];
  for (const arg of args) collectTextProblems(values[arg.name], arg.name, problems);
  if (problems.length > 0) throw new InvalidInputError(problems);
}

function collectTextProblems(value: unknown, path: string, problems: InputProblem[]): void {
  if (typeof value === 'string') {
    if (value.includes(NUL))
      problems.push({ field: path, constraint: 'noNul', ja: '使用できない文字 (NUL) が含まれています', en: 'must not contain the NUL character' });
    if (LONE_SURROGATE.test(value))
      problems.push({
        field: path,
        constraint: 'wellFormed',
        ja: '不正な文字 (対になっていないサロゲート) が含まれています',
        en: 'contains an unpaired UTF-16 surrogate, which is not valid Unicode',
      });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectTextProblems(item, `${path}[${index}]`, problems));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) collectTextProblems(item, `${path}.${key}`, problems);
  }
}
