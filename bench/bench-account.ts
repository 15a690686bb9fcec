import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Account } from '../src/auth/account.entity';
import { AccountRole, AccountStatus } from '../src/auth/auth.enums';
import { TokenIssuer } from '../src/auth/tokens';

export interface BenchCredentials {
  /** MUSUBI_JWT_SECRET for the server process. */
  jwtSecret: string;
  /** `Authorization` header value of a coordinator (matching is for coordinators and admins). */
  authorization: string;
}

/**
 * A coordinator account and a session token for it, signed with a secret made for this run.
 * The account has no usable password: nobody can sign in with it, and the database is thrown
 * away after the run anyway.
 */
export async function createBenchCoordinator(dataSource: DataSource, coordinatorKey: string): Promise<BenchCredentials> {
  const [coordinator] = (await dataSource.query(`SELECT id, institution_id FROM coordinator WHERE key = $1`, [coordinatorKey])) as Array<{
    id: string;
    institution_id: string;
  }>;
  const account = await dataSource.getRepository(Account).save({
    email: 'bench-coordinator@example.jp',
    passwordHash: 'none: the benchmark signs its own token',
    displayName: 'bench',
    role: AccountRole.COORDINATOR,
    status: AccountStatus.ACTIVE,
    tokenVersion: 1,
    coordinatorId: coordinator.id,
    institutionId: coordinator.institution_id,
  });
  const jwtSecret = randomBytes(32).toString('base64url');
  const { token } = await new TokenIssuer(jwtSecret, 24 * 3600).issue({ accountId: account.id, tokenVersion: account.tokenVersion });
  return { jwtSecret, authorization: `Bearer ${token}` };
}
