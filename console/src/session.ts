/**
 * The signed-in session: the token from signIn and who it belongs to, kept in localStorage so
 * that it survives a reload (and a server restart, since the development secret is kept in the
 * data folder). An expired or revoked token ends it with a message on the sign-in page.
 */
export interface Session {
  token: string;
  expiresAt: string;
  email: string;
  role: 'ADMIN' | 'COORDINATOR' | 'RESEARCHER' | 'COMPANY_USER';
  displayName: string | null;
  researcherId: string | null;
  coordinatorId: string | null;
}

const KEY = 'musubi:console:session';
let current: Session | null = read();
/** Why the last session ended, shown once on the sign-in page. */
let endedBecause: 'expired' | 'signedOut' | null = null;
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function session(): Session | null {
  if (current && Date.parse(current.expiresAt) <= Date.now()) end('expired');
  return current;
}
export function start(next: Session): void {
  current = next;
  endedBecause = null;
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    /* storage disabled: the session lasts for this page */
  }
  listeners.forEach((l) => l());
}
export function end(reason: 'expired' | 'signedOut'): void {
  if (!current) return;
  current = null;
  endedBecause = reason;
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* ignore */
  }
  listeners.forEach((l) => l());
}
export const endReason = () => endedBecause;
export const onSessionChange = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
