import { AccountRole, ApiKeyScope } from '../../../src/auth/auth.enums';
import { authorize, grantOf, OPERATIONS, POLICY, PRINCIPALS, ROOT_FIELD_OPERATIONS } from '../../../src/auth/policy';
import { buildMusubiSchema } from '../../../src/graphql/schema';
import { ANONYMOUS, AccountViewer, PartnerViewer } from '../../../src/auth/viewer';
import { ForbiddenError, UnauthenticatedError } from '../../../src/common/errors';

const account = (role: AccountRole): AccountViewer => ({
  kind: 'ACCOUNT',
  accountId: 'a',
  email: 'a@example.jp',
  role,
  coordinatorId: null,
  researcherId: null,
  companyId: null,
  institutionId: null,
});
const partner = (...scopes: ApiKeyScope[]): PartnerViewer => ({
  kind: 'PARTNER',
  apiKeyId: 'k',
  apiKeyPrefix: 'mk_x',
  scopes,
  institutionId: 'i',
  rateLimitPerMinute: 60,
});

describe('policy table', () => {
  it('has a grant for every operation and principal', () => {
    for (const operation of OPERATIONS) for (const principal of PRINCIPALS) expect(['ALL', 'OWN', 'NONE']).toContain(POLICY[operation][principal]);
  });

  it('names the operation of every root field, checked before its arguments', async () => {
    const schema = await buildMusubiSchema();
    const roots = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields())).sort();
    expect(Object.keys(ROOT_FIELD_OPERATIONS).sort()).toEqual(roots);
    expect(
      Object.entries(ROOT_FIELD_OPERATIONS)
        .filter(([, operation]) => operation === null)
        .map(([field]) => field),
    ).toEqual(['me', 'node', 'history', 'signIn']); // history: visibility per record (NOT_FOUND for what the caller may not read)
  });

  it('gives anonymous callers public reads only', () => {
    expect(OPERATIONS.filter((operation) => POLICY[operation].ANONYMOUS !== 'NONE')).toEqual(['READ_PUBLIC']);
  });

  it('gives administrators at least what coordinators have', () => {
    const rank = { NONE: 0, OWN: 1, ALL: 2 };
    for (const operation of OPERATIONS) expect(rank[POLICY[operation].ADMIN]).toBeGreaterThanOrEqual(rank[POLICY[operation].COORDINATOR]);
  });

  it('keeps confidential need details, matching, imports and exports to staff (and a company for its own needs)', () => {
    for (const operation of ['RUN_MATCHING', 'IMPORT_RECORDS', 'EXPORT_RECORDS'] as const) {
      expect(PRINCIPALS.filter((p) => POLICY[operation][p] !== 'NONE')).toEqual([AccountRole.ADMIN, AccountRole.COORDINATOR]);
    }
    expect(PRINCIPALS.filter((p) => POLICY.READ_NEED_DETAILS[p] !== 'NONE')).toEqual([AccountRole.ADMIN, AccountRole.COORDINATOR, AccountRole.COMPANY_USER]);
    expect(POLICY.READ_NEED_DETAILS.COMPANY_USER).toBe('OWN');
  });

  it("combines a partner key's scopes", () => {
    expect(grantOf(partner(ApiKeyScope.READ_PUBLISHED), 'SUBMIT_NEEDS')).toBe('NONE');
    expect(grantOf(partner(ApiKeyScope.SUBMIT_NEEDS), 'READ_PUBLIC')).toBe('NONE');
    const both = partner(ApiKeyScope.READ_PUBLISHED, ApiKeyScope.SUBMIT_NEEDS);
    expect([grantOf(both, 'READ_PUBLIC'), grantOf(both, 'SUBMIT_NEEDS'), grantOf(both, 'READ_NEEDS')]).toEqual(['ALL', 'ALL', 'NONE']);
  });

  it('refuses anonymous callers with UNAUTHENTICATED and others with FORBIDDEN', () => {
    expect(() => authorize(ANONYMOUS, 'READ_NEEDS')).toThrow(UnauthenticatedError);
    expect(() => authorize(partner(ApiKeyScope.READ_PUBLISHED), 'READ_NEEDS')).toThrow(ForbiddenError);
    expect(() => authorize(account(AccountRole.RESEARCHER), 'MANAGE_ACCOUNTS')).toThrow(ForbiddenError);
    expect(authorize(account(AccountRole.RESEARCHER), 'WRITE_SEEDS')).toBe('OWN');
  });
});
