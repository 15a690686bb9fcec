import type { ValidationError } from 'class-validator';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { BilingualMessage, DomainError, InputProblem, InvalidInputError, StaleVersionError } from '../common/errors';
import type { Logger } from '../common/logger';
import { QUERY_TOO_COMPLEX, tokenLimitError } from '../auth/query-limits';

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

    const code = formatted.extensions?.code;
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
      ...(error instanceof StaleVersionError ? { currentVersion: error.currentVersion } : {}),
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
