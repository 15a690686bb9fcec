import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Confidentiality } from '../needs/need.enums';
import { AccessLog, AccessRoute } from './access-log.entity';
import { isAccount, Viewer } from './viewer';

/** Records who read a CONFIDENTIAL need in full, and when (AccessLog). */
export class AccessLogService {
  constructor(private readonly dataSource: DataSource) {}

  /** One row per need; nothing for callers without an account (they never see the details). */
  async record(viewer: Viewer, needIds: readonly string[], route: AccessRoute = 'READ'): Promise<void> {
    if (!isAccount(viewer) || needIds.length === 0) return;
    await this.dataSource
      .getRepository(AccessLog)
      .insert([...new Set(needIds)].map((needId) => ({ accountId: viewer.accountId, accountEmail: viewer.email, role: viewer.role, needId, route })));
  }

  /** An export hands over every confidential need at once: one row per such need, in one statement. */
  async recordExport(viewer: Viewer): Promise<void> {
    if (!isAccount(viewer)) return;
    await this.dataSource.query(
      `INSERT INTO access_log (account_id, account_email, role, need_id, route) SELECT $1, $2, $3, id, 'EXPORT' FROM need WHERE confidentiality = $4`,
      [viewer.accountId, viewer.email, viewer.role, Confidentiality.CONFIDENTIAL],
    );
  }

  /** Reads of one need, newest first. */
  async list(viewer: Viewer, needId: string, limit = 100): Promise<AccessLog[]> {
    return this.dataSource.getRepository(AccessLog).find({ where: { needId }, order: { createdAt: 'DESC', id: 'ASC' }, take: limit });
  }

  /**
   * A per-request recorder: however many fields and routes reveal a need in one request, its
   * read is written once, and the rows of a request go in one INSERT (DataLoader batching).
   * Resolvers await it, so the row exists before the response leaves.
   */
  recorderFor(viewer: Viewer): ConfidentialReadRecorder {
    const loader = new DataLoader<string, true>(async (needIds) => {
      await this.record(viewer, needIds);
      return needIds.map(() => true as const);
    });
    return { record: (needId: string) => loader.load(needId).then(() => undefined) };
  }
}

export interface ConfidentialReadRecorder {
  record(needId: string): Promise<void>;
}
