import type { TypedDocumentString } from './gql/graphql';
import { bilingual, L } from './i18n';
import { end, session } from './session';

/** One problem of a refused input, from the API's BAD_USER_INPUT extensions. */
export interface FieldProblem {
  field: string;
  ja: string;
  en: string;
}

/**
 * An error as people should read it: a plain sentence in the current language, never a stack
 * trace or a raw GraphQL error. `problems` carries the per-field messages of BAD_USER_INPUT.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

function plain(code: string, serverMessage: string | undefined): string {
  switch (code) {
    case 'NETWORK':
      return L('サーバーに接続できません。しばらくしてからもう一度お試しください。', 'The server cannot be reached. Please try again in a moment.');
    case 'UNAUTHENTICATED':
      return L('ログインの有効期限が切れました。もう一度ログインしてください。', 'Your session has ended. Please sign in again.');
    case 'FORBIDDEN':
      return L('この操作を行う権限がありません。', 'You are not allowed to do this.');
    case 'NOT_FOUND':
      return L('見つかりません (削除されたか、閲覧できない記録です)。', 'Not found (deleted, or not visible to you).');
    case 'CONFLICT':
      return serverMessage
        ? bilingual(serverMessage)
        : L('他の利用者が先に更新しました。読み込み直してください。', 'Someone else changed this first. Please reload.');
    case 'BAD_USER_INPUT':
      return serverMessage ? bilingual(serverMessage) : L('入力に誤りがあります。', 'Some input is not valid.');
    case 'TOO_MANY_REQUESTS':
      return L('要求が多すぎます。少し待ってからお試しください。', 'Too many requests. Please wait a little.');
    default:
      return L('問題が発生しました。もう一度お試しください。', 'Something went wrong. Please try again.');
  }
}

/** Runs a typed operation against /graphql with the session's token. */
export async function gql<R, V>(document: TypedDocumentString<R, V>, ...[variables]: V extends Record<string, never> ? [] | [V] : [V]): Promise<R> {
  const current = session();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(current ? { authorization: `Bearer ${current.token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('NETWORK', plain('NETWORK', undefined));
  }
  let body: { data?: R; errors?: Array<{ message: string; extensions?: { code?: string; problems?: FieldProblem[] } }> };
  try {
    body = await response.json();
  } catch {
    throw new ApiError('INTERNAL', plain(response.status === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL', undefined));
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? 'INTERNAL';
    if (code === 'UNAUTHENTICATED' && current) end('expired');
    throw new ApiError(code, plain(code, error.message), error.extensions?.problems ?? []);
  }
  return body.data as R;
}

/** The message of any thrown value, in plain words. */
export const messageOf = (error: unknown): string => (error instanceof ApiError ? error.message : plain('INTERNAL', undefined));
