import type { ValidationError } from 'class-validator';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { recordOf } from '../observability/request-tracking';
import { unwrapResolverError } from '@apollo/server/errors';
import { BilingualMessage, ConflictError, DomainError, InputProblem, InvalidInputError, StaleVersionError, TooManyAttemptsError } from '../common/errors';
import type { Logger } from '../common/logger';
import { QUERY_TOO_COMPLEX, tokenLimitError } from '../graphql/query-limits';
import { isUniqueViolation } from '../database/unique-violation';
import { isDatabaseUnavailable, serviceUnavailableBody, SERVICE_UNAVAILABLE, DATABASE_RETRY_AFTER_SECONDS } from '../database/unavailable';

/**
 * The one place where errors become what clients see: domain errors keep their stable code,
 * field and both languages; validation errors list every field without its value; anything
 * unexpected becomes INTERNAL_SERVER_ERROR, is logged, and reveals nothing.
 */
export function createErrorFormatter(logger: Logger, exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const limit = queryLimitRefusal(error);
    if (limit) return { message: limit.message, locations: formatted.locations, extensions: withoutHttp(limit.extensions) };

    if (original instanceof ArgumentValidationError) {
      return domainErrorResponse(formatted, new InvalidInputError(flattenValidationErrors(original.extensions.validationErrors)));
    }
    if (original instanceof DomainError) return domainErrorResponse(formatted, original);
    if (isDatabaseUnavailable(original)) {
      const [body] = serviceUnavailableBody().errors;
      return { message: body.message, locations: formatted.locations, path: formatted.path, extensions: body.extensions };
    }
    // Two requests raced for the same key: the winner's data is intact, the loser gets CONFLICT, not a 500.
    if (isUniqueViolation(original)) return domainErrorResponse(formatted, new ConflictError('DUPLICATE_KEY', DUPLICATE_MESSAGE));

    const code = formatted.extensions?.code;
    const badVariable = code === 'BAD_USER_INPUT' ? variableCoercionProblem(formatted.message) : null;
    if (badVariable) return domainErrorResponse(formatted, new InvalidInputError([badVariable]));
    // Errors raised by GraphQL itself (parse, validation, bad variables) are the client's to fix.
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    if (original instanceof GraphQLError && !original.originalError && !code) return formatted;
    // Apollo's own refusals that carry no code but a 4xx status (e.g. a persisted query hash that
    // does not match its text) are the client's to fix, not internal errors.
    const httpStatus = original instanceof GraphQLError ? (original.extensions?.http as { status?: number } | undefined)?.status : undefined;
    if (original instanceof GraphQLError && !original.originalError && httpStatus !== undefined && httpStatus < 500) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    }

    logger.error('Unexpected error while resolving', {
      path: formatted.path,
      error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original),
    });
    return {
      message: '予期しないエラーが発生しました / An unexpected error occurred',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...(exposeInternals && original instanceof Error ? { debugMessage: original.message } : {}),
      },
    };
  };
}

/**
 * Errors formatted as SERVICE_UNAVAILABLE (the database could not be reached while resolving)
 * turn the whole answer into 503 with Retry-After, so clients and load balancers back off.
 * Apollo answers a failure outside resolvers (its persisted-query cache) with a bare 500: the
 * request record notes the cause so the HTTP layer answers 503 instead.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      const record = recordOf(requestContext.request.http);
      if (record && isDatabaseUnavailable(error)) record.databaseUnavailable = true;
    },
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          if (!errors?.some((error) => error.extensions?.code === SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

function domainErrorResponse(formatted: GraphQLFormattedError, error: DomainError): GraphQLFormattedError {
  return {
    message: bilingualText(error.messages),
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: error.code,
      ...(error.field ? { field: error.field } : {}),
      messageJa: error.messages.ja,
      messageEn: error.messages.en,
      ...(error instanceof InvalidInputError ? { problems: error.problems } : {}),
      ...(error instanceof ConflictError ? { reason: error.reason } : {}),
      ...(error instanceof StaleVersionError ? { currentVersion: error.currentVersion } : {}),
      ...(error instanceof TooManyAttemptsError ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    },
  };
}

const bilingualText = (message: BilingualMessage) => `${message.ja} / ${message.en}`;

/** A query-limit refusal keeps its own code (Apollo files them as validation or parse failures). */
function queryLimitRefusal(error: unknown): GraphQLError | null {
  if (!(error instanceof GraphQLError)) return null;
  if (error.originalError instanceof GraphQLError && error.originalError.extensions.code === QUERY_TOO_COMPLEX) return error.originalError;
  return error.extensions.code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitError(error.message) : null;
}

function withoutHttp(extensions: Record<string, unknown>): Record<string, unknown> {
  const { http, ...rest } = extensions;
  void http;
  return rest;
}

/** class-validator nests errors per property; we flatten them into `input.patents[0].number`-style paths. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const field = prefix ? (isIndex ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`) : error.property;
    for (const [constraint, fallback] of Object.entries(error.constraints ?? {})) {
      const context = error.contexts?.[constraint] as Partial<BilingualMessage> | undefined;
      problems.push({
        field,
        constraint,
        ja: context?.ja ?? '入力値が正しくありません',
        en: context?.en ?? fallback.replace(new RegExp(`^${error.property}\\s*`), ''),
      });
    }
    problems.push(...flattenValidationErrors(error.children ?? [], field));
  }
  return problems;
}

const DUPLICATE_MESSAGE: BilingualMessage = {
  ja: '同じキーのデータが同時に登録されました。最新の内容を確認してからやり直してください',
  en: 'A record with the same key was saved at the same moment. Check the current data and try again',
};

/**
 * graphql-js refuses variables that do not fit their type before any resolver runs, with an
 * English message that quotes the submitted value. We keep the field path and say why in both
 * languages, without the value.
 */
export function variableCoercionProblem(message: string): InputProblem | null {
  const match = /^Variable "\$(\w+)" got invalid value .*?(?: at "([\w.[\]]+)")?; (.*)$/s.exec(message);
  if (!match) return null;
  const [, variable, path, reason] = match;
  const field = path ?? variable;
  if (/does not exist in "(\w+)" enum/.test(reason)) {
    const type = /"(\w+)" enum/.exec(reason)?.[1] ?? '';
    return { field, constraint: 'enum', ja: `${type} の値として定義されていません`, en: `is not a value of ${type}` };
  }
  if (/Expected non-nullable type/.test(reason) || /of required type .* was not provided/.test(reason)) {
    return { field, constraint: 'required', ja: '必須項目です', en: 'is required' };
  }
  if (/is not defined by type/.test(reason)) {
    const unknown = /Field "(\w+)" is not defined/.exec(reason)?.[1];
    return { field: unknown ? `${field}.${unknown}` : field, constraint: 'unknownField', ja: '定義されていない項目です', en: 'is not a field of this input' };
  }
  return { field, constraint: 'type', ja: '値の型が正しくありません', en: 'has a value of the wrong type' };
}
