import { Account } from '../../src/auth/account.entity';
import { AccountRole } from '../../src/auth/auth.enums';
import { hashPassword } from '../../src/auth/passwords';
import { expectNoErrors, GraphQLResult, startTestServer, TestServer } from '../support/test-server';

/**
 * Failed sign-ins slow down further attempts, per account and per address, with growing delays
 * that end by themselves; the owner sees the attempts. Waiting is simulated by moving the
 * delay's end into the past, so nothing here depends on time.
 */
const PASSWORD = 'the right password for this account';
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;
const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;

describe('sign-in throttling', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer();
    for (const email of ['coordinator@example.jp', 'colleague@example.jp', 'third@example.jp']) {
      await t.db.dataSource.getRepository(Account).save({ email, passwordHash: await hashPassword(PASSWORD), role: AccountRole.ADMIN });
    }
  });
  afterAll(() => t.close());

  const signIn = (email: string, password: string) => t.gql(SIGN_IN, { e: email, p: password }, { 'user-agent': 'throttle-test/1.0' });
  const endDelays = () => t.db.dataSource.query(`UPDATE sign_in_throttle SET locked_until = now() - interval '1 second' WHERE locked_until IS NOT NULL`);

  it('refuses an account after 5 failures, even with the right password, and says when to retry; other accounts are served', async () => {
    for (let i = 0; i < 5; i += 1) expect(codeOf(await signIn('coordinator@example.jp', `wrong guess ${i}`))).toBe('UNAUTHENTICATED');
    const refused = await signIn('coordinator@example.jp', PASSWORD);
    expect(codeOf(refused)).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(30);
    expect(refused.errors?.[0].message).toMatch(/ログインの失敗が続いたため/);
    expect(refused.data).toBeNull();
    // Refused attempts are not checked and do not lengthen the delay.
    for (let i = 0; i < 10; i += 1) expect(codeOf(await signIn('coordinator@example.jp', 'more guesses'))).toBe('TOO_MANY_ATTEMPTS');
    expect(expectNoErrors(await signIn('colleague@example.jp', PASSWORD)).signIn.token).toEqual(expect.any(String));
  });

  it('doubles the delay with each further failure, and a successful sign-in clears it', async () => {
    await endDelays();
    expect(codeOf(await signIn('coordinator@example.jp', 'one more guess'))).toBe('UNAUTHENTICATED');
    const longer = await signIn('coordinator@example.jp', PASSWORD);
    expect(codeOf(longer)).toBe('TOO_MANY_ATTEMPTS');
    expect(longer.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(30);
    expect(longer.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);

    await endDelays();
    expect(expectNoErrors(await signIn('coordinator@example.jp', PASSWORD)).signIn.token).toEqual(expect.any(String));
    // Cleared: the next failure is an ordinary one, not the 7th.
    expect(codeOf(await signIn('coordinator@example.jp', 'a typo'))).toBe('UNAUTHENTICATED');
    expect(expectNoErrors(await signIn('coordinator@example.jp', PASSWORD)).signIn.token).toEqual(expect.any(String));
  });

  it('shows the owner their sign-ins and failed attempts (when, address, client), never a password', async () => {
    const token = expectNoErrors(await signIn('coordinator@example.jp', PASSWORD)).signIn.token;
    const activity = expectNoErrors(
      await t.gql(`{ mySignInActivity(first: 100) { outcome occurredAt clientAddress userAgent } }`, undefined, { authorization: `Bearer ${token}` }),
    ).mySignInActivity as Array<Record<string, string>>;
    const outcomes = activity.map((event) => event.outcome);
    expect(outcomes.filter((o) => o === 'FAILED')).toHaveLength(7);
    expect(outcomes.filter((o) => o === 'LOCKED')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'SUCCEEDED')).toHaveLength(3);
    expect(outcomes[0]).toBe('SUCCEEDED');
    expect(activity[0]).toMatchObject({ clientAddress: expect.stringMatching(/127\.0\.0\.1/), userAgent: 'throttle-test/1.0' });
    const stored =
      JSON.stringify(await t.db.dataSource.query(`SELECT * FROM sign_in_event`)) +
      JSON.stringify(await t.db.dataSource.query(`SELECT * FROM sign_in_throttle`));
    for (const secret of ['wrong guess', 'more guesses', 'one more guess', 'a typo', PASSWORD]) expect(stored).not.toContain(secret);
    // Anonymous callers have no activity to read.
    expect(codeOf(await t.gql(`{ mySignInActivity { outcome } }`))).toBe('UNAUTHENTICATED');
  });

  it('delays an unknown e-mail like a known one, so the answer tells nothing', async () => {
    for (let i = 0; i < 5; i += 1) expect(codeOf(await signIn('nobody@example.jp', `guess ${i}`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn('nobody@example.jp', PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('delays an address after 20 failures on any accounts, whichever account it tries next', async () => {
    // 6 failures from this address so far (7 on coordinator@ were cleared only for the account) + the 5 above.
    const [{ failures }] = await t.db.dataSource.query(`SELECT failures FROM sign_in_throttle WHERE subject LIKE 'address:%'`);
    for (let i = Number(failures); i < 20; i += 1) expect(codeOf(await signIn(`spray${i}@example.jp`, 'Password1!'))).toBe('UNAUTHENTICATED');
    const refused = await signIn('third@example.jp', PASSWORD);
    expect(codeOf(refused)).toBe('TOO_MANY_ATTEMPTS');
    await endDelays();
    expect(expectNoErrors(await signIn('third@example.jp', PASSWORD)).signIn.token).toEqual(expect.any(String));
  });
});
