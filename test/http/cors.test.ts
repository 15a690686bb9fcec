import { startTestServer, TestServer } from '../support/test-server';
import { rawRequest } from './raw-request';

const PARTNER = 'https://portal.pref.example.jp';
const OTHER = 'https://evil.example.com';

describe('CORS for partner origins', () => {
  let t: TestServer;
  let origin: string;

  beforeAll(async () => {
    t = await startTestServer({ MUSUBI_CORS_ORIGINS: `${PARTNER}, http://localhost:5173` });
    origin = new URL(t.url).origin;
  });
  afterAll(() => t.close());

  const preflight = (from: string) =>
    rawRequest(origin, '/graphql', {
      method: 'OPTIONS',
      headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
    });

  it('answers a preflight from a listed origin with what it may send', async () => {
    const response = await preflight(PARTNER);
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(PARTNER);
    expect(response.headers['access-control-allow-methods']).toBe('GET, POST, OPTIONS');
    expect(response.headers['access-control-allow-headers']).toMatch(/content-type/);
    expect(response.headers['access-control-allow-headers']).toMatch(/x-api-key/);
    expect(response.headers['access-control-allow-headers']).toMatch(/authorization/);
    expect(response.headers['access-control-max-age']).toBe('600');
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    expect(response.headers.vary).toMatch(/Origin/);
  });

  it('gives no allow headers to an origin that is not listed (the browser then refuses)', async () => {
    const response = await preflight(OTHER);
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['access-control-allow-methods']).toBeUndefined();
    expect(response.headers.vary).toMatch(/Origin/);
  });

  it('matches origins exactly: no prefixes, other ports or schemes', async () => {
    for (const near of [`${PARTNER}.evil.example`, 'http://portal.pref.example.jp', `${PARTNER}:8443`, 'http://localhost:5174', 'null']) {
      const response = await preflight(near);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect((await preflight('http://localhost:5173')).headers['access-control-allow-origin']).toBe('http://localhost:5173');
  });

  it('marks actual responses for a listed origin, exposes x-request-id, and varies by Origin', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PARTNER },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    expect(response.headers.get('vary')).toMatch(/Origin/);

    const other = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: OTHER },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toMatch(/Origin/);
  });

  it('keeps CSRF prevention on for listed origins too: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: PARTNER } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('sends no CORS headers when none is configured', async () => {
    const plain = await startTestServer();
    try {
      const response = await rawRequest(new URL(plain.url).origin, '/graphql', {
        method: 'OPTIONS',
        headers: { origin: PARTNER, 'access-control-request-method': 'POST' },
      });
      expect(response.status).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await plain.close();
    }
  });
});
