import { PassThrough } from 'node:stream';
import { createLogger, redactSecrets } from '../../src/common/logger';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

describe('logger (pino)', () => {
  it('writes one JSON object per line with level, time, message and fields; credentials blanked', () => {
    const out = capture();
    const logger = createLogger('info', 'json', out.stream);
    logger.info('graphql request', { reqId: 'r1', headers: { authorization: 'Bearer abc', 'x-api-key': 'mk_x', cookie: 'a=b' }, password: 'p' });
    logger.debug('not written at info');
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ level: 'info', msg: 'graphql request', reqId: 'r1', password: '[REDACTED]' });
    expect(line.headers).toEqual({ authorization: '[REDACTED]', 'x-api-key': '[REDACTED]', cookie: '[REDACTED]' });
    expect(new Date(line.time).toISOString()).toBe(line.time);
  });

  it('writes readable lines with LOG_FORMAT=pretty', () => {
    const out = capture();
    createLogger('info', 'pretty', out.stream).warn('ポート 4000 は使用中です', { port: 4000 });
    expect(out.text()).toMatch(/^\d\d:\d\d:\d\d WARN {2}ポート 4000 は使用中です \{"port":4000\}\n$/);
  });

  it('writes nothing when silent', () => {
    const out = capture();
    createLogger('silent', 'json', out.stream).error('x');
    expect(out.text()).toBe('');
  });

  it('redacts secret-looking keys at any depth of GraphQL variables, leaving the rest', () => {
    expect(redactSecrets({ input: { email: 'a@example.jp', password: 'p', keys: [{ apiKey: 'k', name: 'n' }] }, newPassword: 'q', first: 3 })).toEqual({
      input: { email: 'a@example.jp', password: '[REDACTED]', keys: [{ apiKey: '[REDACTED]', name: 'n' }] },
      newPassword: '[REDACTED]',
      first: 3,
    });
  });
});
