import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { UnauthenticatedError } from '../common/errors';
import { isDatabaseUnavailable, serviceUnavailableError } from '../database/unavailable';
import { Account } from './account.entity';
import { ApiKey } from './api-key.entity';
import { AccountStatus } from './auth.enums';
import { RateLimitedError, RateLimiter } from '../http/rate-limit';
import { TokenIssuer } from './tokens';
import { ANONYMOUS, AccountViewer, PartnerViewer, Viewer } from './viewer';

/** Request headers as node:http gives them. */
export type RequestHeaders = Record<string, string | string[] | undefined>;

export const API_KEY_HEADER = 'x-api-key';
/** API keys start with this, so a leaked one is recognisable (and secret scanners can find it). */
export const API_KEY_PREFIX = 'mk_';

export interface RequestAuthOptions {
  dataSource: DataSource;
  tokens: TokenIssuer;
  rateLimits: RateLimiter;
  /** In production, demo accounts and the demo key are refused. */
  production: boolean;
  now?: () => Date;
}

const badCredentials = (en: string, ja: string) => new UnauthenticatedError({ ja, en });

/** SHA-256 of a whole API key, hex: what is stored and looked up. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * THE place where a request's credentials become its Viewer. A missing credential is simply
 * anonymous; a present but bad one (malformed, forged, expired, revoked, disabled) is refused
 * with UNAUTHENTICATED rather than silently downgraded, so a client notices. One indexed
 * lookup per request (account by primary key, or key by hash), no cache: revocation is
 * immediate.
 */
export class RequestAuthenticator {
  private readonly now: () => Date;
  /** lastUsedAt is written at most once a minute per key, not on every request. */
  private readonly lastUseWritten = new Map<string, number>();

  constructor(private readonly options: RequestAuthOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async viewerFor(headers: RequestHeaders): Promise<Viewer> {
    const authorization = single(headers.authorization);
    const apiKey = single(headers[API_KEY_HEADER]);
    if (authorization && apiKey) {
      throw badCredentials(
        'Send either an Authorization bearer token or an X-API-Key, not both',
        'Authorization と X-API-Key のどちらか一方だけを送ってください',
      );
    }
    if (authorization) return this.accountViewer(authorization);
    if (apiKey) return this.partnerViewer(apiKey);
    return ANONYMOUS;
  }

  private async accountViewer(authorization: string): Promise<AccountViewer> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match)
      throw badCredentials('The Authorization header must be `Bearer <token>`', 'Authorization ヘッダーは `Bearer <トークン>` の形式で送ってください');
    const claims = await this.options.tokens.verify(match[1]);
    if (claims === 'EXPIRED') throw badCredentials('The token has expired: sign in again', 'トークンの有効期限が切れています。もう一度ログインしてください');
    if (claims === 'INVALID') throw badCredentials('The token is not valid: sign in again', 'トークンが無効です。もう一度ログインしてください');
    const account = await this.options.dataSource.getRepository(Account).findOne({ where: { id: claims.accountId } });
    if (!account || account.status !== AccountStatus.ACTIVE || account.tokenVersion !== claims.tokenVersion || (account.isDemo && this.options.production)) {
      throw badCredentials('The token has been revoked: sign in again', 'トークンは無効化されています。もう一度ログインしてください');
    }
    return viewerOfAccount(account);
  }

  private async partnerViewer(key: string): Promise<PartnerViewer> {
    const refused = () => badCredentials('The API key is not valid or has been revoked', 'API キーが無効か、失効しています');
    if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) throw refused();
    const apiKeys = this.options.dataSource.getRepository(ApiKey);
    const apiKey = await apiKeys.findOne({ where: { keyHash: hashApiKey(key) } });
    if (!apiKey || apiKey.revokedAt !== null || (apiKey.isDemo && this.options.production)) throw refused();
    await this.options.rateLimits.takeForKey(apiKey.id, apiKey.rateLimitPerMinute);
    await this.noteUse(apiKey);
    return {
      kind: 'PARTNER',
      apiKeyId: apiKey.id,
      apiKeyPrefix: apiKey.prefix,
      scopes: apiKey.scopes,
      institutionId: apiKey.ownerInstitutionId,
      rateLimitPerMinute: apiKey.rateLimitPerMinute,
    };
  }

  private async noteUse(apiKey: ApiKey): Promise<void> {
    const now = this.now();
    const last = this.lastUseWritten.get(apiKey.id) ?? apiKey.lastUsedAt?.getTime() ?? 0;
    if (now.getTime() - last < 60_000) return;
    this.lastUseWritten.set(apiKey.id, now.getTime());
    await this.options.dataSource.getRepository(ApiKey).update({ id: apiKey.id }, { lastUsedAt: now });
  }
}

export function viewerOfAccount(account: Account): AccountViewer {
  return {
    kind: 'ACCOUNT',
    accountId: account.id,
    email: account.email,
    role: account.role,
    coordinatorId: account.coordinatorId,
    researcherId: account.researcherId,
    companyId: account.companyId,
    institutionId: account.institutionId,
  };
}

/**
 * Refusals raised before any resolver runs (while the context is built) carry their HTTP
 * status: 401 for bad credentials, 429 with Retry-After for a key over its limit, 503 with
 * Retry-After when the database cannot be reached to check them.
 */
export function requestRefusal(error: unknown): unknown {
  if (isDatabaseUnavailable(error)) return serviceUnavailableError(error instanceof Error ? error : undefined);
  if (error instanceof UnauthenticatedError) {
    return new GraphQLError(`${error.messages.ja} / ${error.messages.en}`, {
      originalError: error,
      extensions: {
        code: error.code,
        messageJa: error.messages.ja,
        messageEn: error.messages.en,
        http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) },
      },
    });
  }
  if (error instanceof RateLimitedError) {
    const [body] = error.body.errors;
    return new GraphQLError(body.message, {
      originalError: error,
      extensions: { ...body.extensions, http: { status: 429, headers: new Map([['retry-after', String(error.retryAfterSeconds)]]) } },
    });
  }
  return error;
}

function single(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.trim().length > 0 ? text.trim() : undefined;
}
