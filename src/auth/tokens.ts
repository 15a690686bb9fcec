import { errors, jwtVerify, SignJWT } from 'jose';

const ISSUER = 'musubi';
const AUDIENCE = 'musubi-api';

export interface TokenClaims {
  accountId: string;
  tokenVersion: number;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/**
 * Signed session tokens: HS256 JWTs (jose) carrying the account id and its token version.
 * The version is checked against the account on every request, so bumping it (sign-out,
 * password change, disabling) revokes every token issued before.
 */
export class TokenIssuer {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: TokenClaims, now = new Date()): Promise<IssuedToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + this.ttlSeconds;
    const token = await new SignJWT({ tv: claims.tokenVersion })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.accountId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The claims of a valid token; EXPIRED or INVALID (malformed, forged, not ours) otherwise. */
  async verify(token: string): Promise<TokenClaims | 'EXPIRED' | 'INVALID'> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.tv !== 'number') return 'INVALID';
      return { accountId: payload.sub, tokenVersion: payload.tv };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return 'EXPIRED';
      if (error instanceof errors.JOSEError || error instanceof TypeError) return 'INVALID';
      throw error;
    }
  }
}
