import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import persistedDocuments from './gql/persisted-documents.json';

/**
 * A minimal typed GraphQL client for partner portals, on plain fetch. It sends each operation
 * as a persisted query (its sha256 only) and falls back to the full text when the server asks
 * for it, so it works whatever MUSUBI_PERSISTED_QUERIES the server runs with:
 * - `apq`: the first call registers the text, later calls send only the hash;
 * - `allowlist`: the hash is found in the server's manifest (gql/persisted-documents.json);
 * - `off`: the text is sent.
 */
export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** A partner API key, sent as X-API-Key. */
  apiKey?: string;
}

export interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphQLErrorPayload[],
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.name = 'GraphQLRequestError';
  }

  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code ?? 'ERROR');
  }
}

export interface Client {
  request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult>;
}

const TEXTS = persistedDocuments as Record<string, string>;

export function createClient(options: ClientOptions): Client {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json;q=0.9',
    'apollographql-client-name': 'musubi-partner-client-example',
  };
  if (options.apiKey) headers['x-api-key'] = options.apiKey;

  const send = async (payload: Record<string, unknown>) => {
    const response = await fetch(options.url, { method: 'POST', headers, body: JSON.stringify(payload) });
    const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorPayload[] };
    return { status: response.status, body };
  };

  return {
    async request(document, variables) {
      const id = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
      const text = id ? TEXTS[id] : undefined;
      if (!id || !text) throw new Error('This document is not in gql/persisted-documents.json: run the code generator again');
      const sha256Hash = id.replace(/^sha256:/, '');
      const persistedQuery = { version: 1, sha256Hash };

      let result = await send({ variables, extensions: { persistedQuery } });
      const code = result.body.errors?.[0]?.extensions?.code;
      if (code === 'PERSISTED_QUERY_NOT_FOUND') result = await send({ query: text, variables, extensions: { persistedQuery } });
      else if (code === 'PERSISTED_QUERY_NOT_SUPPORTED') result = await send({ query: text, variables });

      if (result.body.errors?.length) throw new GraphQLRequestError(result.status, result.body.errors);
      if (result.status !== 200 || result.body.data == null) throw new GraphQLRequestError(result.status, [{ message: `HTTP ${result.status} without data` }]);
      return result.body.data as never;
    },
  };
}
