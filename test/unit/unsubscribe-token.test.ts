import { readUnsubscribeToken, unsubscribeToken, unsubscribeUrl } from '../../src/notifications/unsubscribe-token';

const SECRET = 'Tq4xW9nLc2Vh7KzR0bJm5YsF8dGp3AeU';
const ACCOUNT = '6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f';

describe('unsubscribe tokens', () => {
  it('names the account and kind it was made for', () => {
    expect(readUnsubscribeToken(SECRET, unsubscribeToken(SECRET, ACCOUNT, 'NEED_PROGRESS'))).toEqual({ accountId: ACCOUNT, kind: 'NEED_PROGRESS' });
    expect(unsubscribeUrl({ publicUrl: 'https://musubi.example.jp', secret: SECRET }, ACCOUNT, 'UNHELD_NEED')).toMatch(
      /^https:\/\/musubi\.example\.jp\/notifications\/unsubscribe\?token=[\w-]+\.[\w-]+$/,
    );
  });

  it('refuses a token signed with another secret, altered, or malformed', () => {
    const token = unsubscribeToken(SECRET, ACCOUNT, 'PROPOSAL_TO_ME');
    expect(readUnsubscribeToken('another-secret-of-enough-length-xx', token)).toBeNull();
    const [payload, signature] = token.split('.');
    const otherAccount = Buffer.from(`${ACCOUNT.replace('6f', '7f')}.PROPOSAL_TO_ME`).toString('base64url');
    expect(readUnsubscribeToken(SECRET, `${otherAccount}.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${payload}.${signature.slice(0, -1)}`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${payload}`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${token}.x`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, '')).toBeNull();
  });
});
