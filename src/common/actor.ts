import type { Viewer } from '../auth/viewer';

/** Who did something, as history rows record it: the account, its coordinator record, its role. */
export interface Actor {
  accountId: string | null;
  coordinatorId: string | null;
  role: string;
}

export function actorOf(viewer: Viewer): Actor {
  if (viewer.kind === 'ACCOUNT') return { accountId: viewer.accountId, coordinatorId: viewer.coordinatorId, role: viewer.role };
  return { accountId: null, coordinatorId: null, role: viewer.kind };
}

/** Blank or whitespace-only text counts as missing. */
export const trimmedOrNull = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
};
