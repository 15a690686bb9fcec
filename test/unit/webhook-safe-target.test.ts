import { assertSafeUrl, LookupAll, UnsafeTargetError } from '../../src/webhooks/safe-target';
import { signWebhook, verifyWebhookSignature } from '../../src/webhooks/webhook-signature';

/** The SSRF guard with an injected resolver: no test sends anything to a non-loopback address. */
const fakeDns: Record<string, string[]> = {
  'partner.example.jp': ['203.0.113.10'],
  'loopback.example.jp': ['127.0.0.1'],
  'internal.example.jp': ['10.1.2.3'],
  'metadata.example.jp': ['169.254.169.254'],
  'mixed.example.jp': ['203.0.113.11', '192.168.1.5'],
  'mapped.example.jp': ['::ffff:10.0.0.7'],
};
const lookup: LookupAll = async (host) => (fakeDns[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
const production = { production: true, allowedHosts: [] as string[] };
const development = { production: false, allowedHosts: [] as string[] };

const refused = async (policy: typeof production, url: string) => {
  try {
    await assertSafeUrl(policy, url, lookup);
    return false;
  } catch (error) {
    if (error instanceof UnsafeTargetError) return true;
    throw error;
  }
};

describe('webhook target guard', () => {
  it.each([
    'https://127.0.0.1/hook',
    'https://10.0.0.1/hook',
    'https://10.255.1.1/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/hook',
    'https://loopback.example.jp/hook',
    'https://internal.example.jp/hook',
    'https://metadata.example.jp/hook',
    'https://mixed.example.jp/hook',
    'https://mapped.example.jp/hook',
    'http://partner.example.jp/hook',
    'https://nowhere.example.jp/hook',
    'https://user:pw@partner.example.jp/hook',
  ])('refuses %s in production', async (url) => {
    expect(await refused(production, url)).toBe(true);
  });

  it('accepts an https URL resolving to a public address in production', async () => {
    expect(await refused(production, 'https://partner.example.jp/hook')).toBe(false);
  });

  it('accepts what the allow-list names (host, or a range)', async () => {
    expect(await refused({ production: true, allowedHosts: ['internal.example.jp'] }, 'https://internal.example.jp/hook')).toBe(false);
    expect(await refused({ production: true, allowedHosts: ['10.1.2.0/24'] }, 'https://internal.example.jp/hook')).toBe(false);
    expect(await refused({ production: true, allowedHosts: ['10.9.0.0/16'] }, 'https://internal.example.jp/hook')).toBe(true);
  });

  it('allows http://localhost outside production, still not private or metadata addresses', async () => {
    expect(await refused(development, 'http://127.0.0.1:8080/hook')).toBe(false);
    expect(await refused(development, 'http://loopback.example.jp/hook')).toBe(false);
    expect(await refused(development, 'http://169.254.169.254/')).toBe(true);
    expect(await refused(development, 'http://internal.example.jp/')).toBe(true);
    expect(await refused(development, 'ftp://partner.example.jp/')).toBe(true);
  });
});

describe('webhook signature', () => {
  it('signs "t.body" with HMAC-SHA256 and verifies within the tolerance only', () => {
    const header = signWebhook('whsec_test', '{"a":1}', 1_800_000_000);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature('whsec_test', '{"a":1}', header, 1_800_000_010)).toBe(true);
    expect(verifyWebhookSignature('whsec_test', '{"a":2}', header, 1_800_000_010)).toBe(false);
    expect(verifyWebhookSignature('other', '{"a":1}', header, 1_800_000_010)).toBe(false);
    expect(verifyWebhookSignature('whsec_test', '{"a":1}', header, 1_800_001_000)).toBe(false);
  });
});
