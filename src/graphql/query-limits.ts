import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, GraphQLSchema, isLeafType, isListType, ValidationContext, ValidationRule } from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/connection';
import type { QueryLimitsConfig } from '../config/config';

/**
 * Limits on one GraphQL operation, so that a single heavy query cannot knock the API over:
 * depth, aliases and directives (graphql-armor validation rules), tokens (graphql-js's own
 * parser limit), and cost (graphql-query-complexity, computed with the request's variables so
 * `first: $n` counts too). Every refusal is `extensions.code = QUERY_TOO_COMPLEX` with the
 * limit's name, its value and what the operation had, and HTTP status 400.
 */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export type LimitName = 'MAX_DEPTH' | 'MAX_COST' | 'MAX_ALIASES' | 'MAX_TOKENS' | 'MAX_DIRECTIVES';

/**
 * Cost assumed, before execution, for the items of a list field that takes no `first` (e.g.
 * `institution.seeds`). Only an estimate: such lists hold what they hold, so execution counts
 * the objects really returned against the same limit (ResponseBudget).
 */
export const ASSUMED_LIST_SIZE = 10;

/** Per-field costs above the default (1 per object field, 0 per scalar). Matching ranks hundreds of candidates. */
export const FIELD_COSTS = {
  matching: 100,
  exportRecords: 500,
  importRecords: 500,
} as const;

const LIMIT_TEXT: Record<LimitName, { ja: string; en: string }> = {
  MAX_DEPTH: { ja: '入れ子の深さ', en: 'depth' },
  MAX_COST: { ja: 'コスト', en: 'cost' },
  MAX_ALIASES: { ja: '別名 (alias) の数', en: 'number of aliases' },
  MAX_TOKENS: { ja: 'トークン数', en: 'number of tokens' },
  MAX_DIRECTIVES: { ja: 'ディレクティブの数', en: 'number of directives' },
};

export function limitError(limit: LimitName, max: number, found?: number): GraphQLError {
  const text = LIMIT_TEXT[limit];
  const ja = `クエリが大きすぎます: ${text.ja}の上限 ${max} を超えています${found !== undefined ? ` (${found})` : ''}`;
  const en = `Query too complex: ${text.en} limit of ${max} exceeded${found !== undefined ? ` (found ${found})` : ''}`;
  return new GraphQLError(`${ja} / ${en}`, {
    extensions: { code: QUERY_TOO_COMPLEX, limit, max, ...(found !== undefined ? { found } : {}), messageJa: ja, messageEn: en, http: { status: 400 } },
  });
}

/**
 * One field's cost: its own (1 for objects, 0 for scalars, or `complexity` set on the field)
 * plus its selection times the number of items: `first` (default page size) for paged fields,
 * ASSUMED_LIST_SIZE for other lists of objects. Introspection is free.
 */
export function estimateFieldCost({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const named = getNamedType(field.type);
  const explicit = field.extensions?.complexity;
  const own = typeof explicit === 'number' ? explicit : isLeafType(named) ? 0 : 1;
  return own + itemsOf(type.name, field, args) * childComplexity;
}

function itemsOf(parentName: string, field: ComplexityEstimatorArgs['field'], args: Record<string, unknown>): number {
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(first, 1), MAX_PAGE_SIZE);
  }
  // A connection's `edges` are already counted by the connection's `first`.
  if (parentName.endsWith('Connection')) return 1;
  if (isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type))) return ASSUMED_LIST_SIZE;
  return 1;
}

/** The cost of an operation with its variables (or null when its variables cannot be read: execution will say why). */
export function operationCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> | undefined,
  operationName?: string,
): number | null {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [estimateFieldCost] });
  } catch {
    return null;
  }
}

/**
 * The cost limit applied to what execution really returns: every object a field resolves (each
 * item of a list, each single object) costs 1, as the estimate counts it, plus the field's own
 * `complexity`. Lists without `first` (a seed's owners, an institution's seeds) are as long as the
 * data makes them, so a query the estimate lets through can still grow past the limit; the field
 * that crosses it fails, every later field fails without running, and the response is replaced
 * by the one refusal (see `willSendResponse` below), so no request returns more than the limit.
 */
export class ResponseBudget {
  private spent = 0;
  private refusal: GraphQLError | null = null;

  constructor(readonly max: number) {}

  get exceeded(): boolean {
    return this.refusal !== null;
  }

  /** Throws once the budget is spent, before a field's resolver runs (no more SQL). */
  refuseIfSpent(): void {
    if (this.refusal) throw this.refusal;
  }

  /** Counts the objects of a resolved value and returns it, or throws past the limit. */
  spend<T>(value: T, extra = 0): T {
    this.spent += countObjects(value) + extra;
    if (this.spent > this.max) this.refusal ??= limitError('MAX_COST', this.max, this.spent);
    this.refuseIfSpent();
    return value;
  }
}

function countObjects(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (!Array.isArray(value)) return 1;
  let count = 0;
  for (const item of value) count += countObjects(item);
  return count;
}

type Reject = (context: ValidationContext | null, error: GraphQLError) => void;
/** graphql-armor's rules report through this, so their refusals look like the others. */
const rejectWith =
  (limit: LimitName, max: number): Reject =>
  (context, error) => {
    const found = /found (\d+)/.exec(error.message);
    context?.reportError(limitError(limit, max, found ? Number(found[1]) : undefined));
  };

export interface QueryLimits {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  /** For ApolloServer's `parseOptions`: graphql-js stops parsing past this many tokens. */
  parseOptions: { maxTokens: number };
}

/**
 * Everything ApolloServer needs to enforce the limits. Field suggestions ("Did you mean …")
 * follow the introspection setting: a server that hides its schema does not spell it out in errors.
 */
export function createQueryLimits(limits: QueryLimitsConfig, introspection: boolean): QueryLimits {
  const armor = new ApolloArmor({
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: { n: limits.maxDepth, onReject: [rejectWith('MAX_DEPTH', limits.maxDepth)], propagateOnRejection: false },
    maxAliases: { n: limits.maxAliases, onReject: [rejectWith('MAX_ALIASES', limits.maxAliases)], propagateOnRejection: false },
    maxDirectives: { n: limits.maxDirectives, onReject: [rejectWith('MAX_DIRECTIVES', limits.maxDirectives)], propagateOnRejection: false },
    blockFieldSuggestion: { enabled: !introspection },
  }).protect();

  const costPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const cost = operationCost(schema, document, request.variables, operationName ?? undefined);
          if (cost !== null && cost > limits.maxCost) throw limitError('MAX_COST', limits.maxCost, Math.round(cost));
        },
        // A response whose objects went over the budget during execution carries partial data and
        // one error per refused field: answer with the refusal alone, as the estimate would have.
        async willSendResponse({ response, contextValue }) {
          const budget = (contextValue as { budget?: ResponseBudget }).budget;
          if (!budget?.exceeded || response.body.kind !== 'single') return;
          const refusal = response.body.singleResult.errors?.find((error) => error.extensions?.code === QUERY_TOO_COMPLEX);
          response.body.singleResult = { errors: refusal ? [{ message: refusal.message, extensions: refusal.extensions }] : [] };
          response.http.status = 400;
        },
      };
    },
  };

  return { plugins: [...armor.plugins, costPlugin], validationRules: armor.validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}

/** graphql-js's token-limit message, turned into our limit error by the error formatter. */
const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:an|at) (\d+) tokens/;

export function tokenLimitError(message: string): GraphQLError | null {
  const match = TOKEN_LIMIT_MESSAGE.exec(message);
  return match ? limitError('MAX_TOKENS', Number(match[1])) : null;
}
