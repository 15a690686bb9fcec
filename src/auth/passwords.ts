import { hash, verify } from '@node-rs/argon2';
import { InvalidInputError } from '../common/errors';

/**
 * Argon2id (the OWASP first choice) through @node-rs/argon2: a maintained Rust binding whose
 * prebuilt binary arrives as an npm optional dependency (no download at install, no compiler).
 * Parameters are its defaults (m=19 MiB, t=2, p=1), OWASP's minimum for argon2id; they are
 * stored inside each hash, so raising them later keeps old hashes verifiable.
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

/** Verified against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password. */
let dummyHash: Promise<string> | null = null;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hash('musubi-timing-dummy');
  return dummyHash;
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** Length is what matters (NIST 800-63B): at least 12 characters, no composition rules. */
export function assertPasswordStrength(password: string, field: string): void {
  const length = [...password.normalize('NFKC')].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    throw InvalidInputError.of(
      field,
      `パスワードは ${PASSWORD_MIN_LENGTH}〜${PASSWORD_MAX_LENGTH} 文字で指定してください`,
      `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
      'passwordLength',
    );
  }
}

/** E-mails as stored and compared: NFKC (full-width letters fold), trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}
