import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config';

/** File beside the embedded database's folder (`.data/jwt-secret` by default), git-ignored with it. */
export const DEV_SECRET_FILE = 'jwt-secret';

/**
 * Outside production, without MUSUBI_JWT_SECRET, sign-ins should survive a restart of
 * `npm start` (the console keeps its token across reloads): the generated secret is kept in a
 * file next to the data folder, readable by the owner only, and read back at the next start.
 * Production never gets here: loadConfig requires MUSUBI_JWT_SECRET there. Deleting the file
 * signs everyone out at the next start.
 */
export function withPersistedDevSecret(config: Config): { config: Config; file: string | null } {
  if (!config.jwtSecretGenerated || config.nodeEnv === 'production') return { config, file: null };
  const file = path.join(path.dirname(config.embeddedDataDir), DEV_SECRET_FILE);
  try {
    const stored = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
    if (stored.length >= 32) return { config: { ...config, jwtSecret: stored, jwtSecretGenerated: false }, file };
    const secret = randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return { config: { ...config, jwtSecret: secret, jwtSecretGenerated: false }, file };
  } catch {
    // A read-only folder: fall back to the per-process secret (sign-ins end at restart).
    return { config, file: null };
  }
}
