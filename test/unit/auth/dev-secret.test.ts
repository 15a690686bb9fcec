import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withPersistedDevSecret } from '../../../src/auth/dev-secret';
import { loadConfig } from '../../../src/config/config';

describe('development sign-in secret kept beside the data folder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-secret-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is created once, owner-readable, and read back at the next start', () => {
    const env = { MUSUBI_DATA_DIR: path.join(root, 'postgres') };
    const first = withPersistedDevSecret(loadConfig(env));
    expect(first.file).toBe(path.join(root, 'jwt-secret'));
    expect(first.config.jwtSecretGenerated).toBe(false);
    expect(fs.statSync(first.file!).mode & 0o077).toBe(0);
    const second = withPersistedDevSecret(loadConfig(env));
    expect(second.config.jwtSecret).toBe(first.config.jwtSecret);
  });

  it('leaves a configured secret and production alone', () => {
    const set = loadConfig({ MUSUBI_JWT_SECRET: 'x'.repeat(40), MUSUBI_DATA_DIR: path.join(root, 'other', 'pg') });
    expect(withPersistedDevSecret(set)).toEqual({ config: set, file: null });
    expect(fs.existsSync(path.join(root, 'other', 'jwt-secret'))).toBe(false);
  });
});
