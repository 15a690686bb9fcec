import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { DEFAULT_MATCHING_WEIGHTS, FACTOR_NAMES, GATING_FACTOR, resolveWeights } from '../matching/scoring';
import type { MatchingWeights } from '../matching/scoring';
import { calibrate, CalibrationOptions, DEFAULT_CALIBRATION_OPTIONS, Example } from './calibration';
import { WeightSet } from './weight-set.entity';

/** Calibration needs at least this many labelled outcomes, of both kinds. */
export const MIN_OUTCOMES = 6;

/** Too few outcomes to fit anything. */
export class NotEnoughOutcomesError extends InvalidInputError {}

/** Labels of recorded outcomes: agreed strongly positive, progressing weakly positive, declined negative. */
const LABELS: Record<string, { y: 0 | 1; weight: number }> = {
  AGREED: { y: 1, weight: 1 },
  NEGOTIATING: { y: 1, weight: 0.5 },
  MEETING: { y: 1, weight: 0.5 },
  INTRODUCED: { y: 1, weight: 0.5 },
  DECLINED: { y: 0, weight: 1 },
};

/**
 * Learning from outcomes: fits ranking weights from the introductions' stored factor values
 * (calibration.ts), stores them as a new version of `weight_set`, and activates or rolls back
 * versions. The matching service ranks with the active version.
 */
export class LearningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly configuredWeights: MatchingWeights = DEFAULT_MATCHING_WEIGHTS,
  ) {}

  /** Fits a new version from the recorded outcomes (not activated unless asked); `npm run calibrate`. */
  async calibrate(createdBy: string, options: { activate?: boolean; calibration?: Partial<CalibrationOptions> } = {}): Promise<WeightSet> {
    const rows = (await this.dataSource.query(
      `SELECT id, status, factor_values FROM introduction WHERE factor_values IS NOT NULL AND status IN ('AGREED', 'NEGOTIATING', 'MEETING', 'INTRODUCED', 'DECLINED') ORDER BY id`,
    )) as Array<{ id: string; status: string; factor_values: Record<string, number> }>;
    // The ranking's score is linear in the gated values (text, and text × each other factor; see
    // scoring/combine.ts), so those are the features whose weights the fit learns.
    const examples: Example[] = rows.map((r) => ({ id: r.id, x: gatedFeatures(r.factor_values), ...LABELS[r.status] }));
    const kinds = new Set(examples.map((e) => e.y));
    if (examples.length < MIN_OUTCOMES || kinds.size < 2) {
      throw new NotEnoughOutcomesError([
        {
          field: 'outcomes',
          ja: `学習には成約・辞退の両方を含む ${MIN_OUTCOMES} 件以上の記録が必要です (現在 ${examples.length} 件)`,
          en: `needs at least ${MIN_OUTCOMES} recorded outcomes of both kinds (found ${examples.length})`,
        },
      ]);
    }
    const current = await this.currentWeights();
    const report = calibrate(
      examples,
      FACTOR_NAMES.map((f) => current[f]),
      { ...DEFAULT_CALIBRATION_OPTIONS, ...options.calibration },
    );
    const weights = resolveWeights(Object.fromEntries(FACTOR_NAMES.map((f, i) => [f, report.weights[i]])), current);
    return this.dataSource.transaction(async (manager) => {
      const [{ next }] = (await manager.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM weight_set`)) as Array<{ next: number }>;
      if (options.activate) await manager.query(`UPDATE weight_set SET active = false WHERE active`);
      return manager.save(
        manager.create(WeightSet, {
          version: Number(next),
          weights: { ...weights },
          createdBy,
          metrics: {
            trainCount: report.trainCount,
            testCount: report.testCount,
            logLossBefore: report.logLossBefore,
            logLossAfter: report.logLossAfter,
            aucBefore: report.aucBefore,
            aucAfter: report.aucAfter,
          },
          active: options.activate === true,
          activatedAt: options.activate ? new Date() : null,
        }),
      );
    });
  }

  async list(): Promise<WeightSet[]> {
    return this.dataSource.getRepository(WeightSet).find({ order: { version: 'DESC' } });
  }

  /** Makes this version the one ranking uses. */
  async activate(viewer: Viewer, version: number): Promise<WeightSet> {
    return this.dataSource.transaction(async (manager) => {
      const set = await manager.getRepository(WeightSet).findOne({ where: { version } });
      if (!set) throw new NotFoundError({ ja: '重みセット', en: 'Weight set' }, 'version');
      await manager.query(`UPDATE weight_set SET active = false WHERE active`);
      set.active = true;
      set.activatedAt = new Date();
      return manager.save(set);
    });
  }

  /**
   * Rolls back: the highest version below the active one becomes active; with none below, no
   * set is active and the configured weights apply (null).
   */
  async rollback(viewer: Viewer): Promise<WeightSet | null> {
    const active = await this.dataSource.getRepository(WeightSet).findOne({ where: { active: true } });
    if (!active) return null;
    const [previous] = (await this.dataSource.query(`SELECT version FROM weight_set WHERE version < $1 ORDER BY version DESC LIMIT 1`, [
      active.version,
    ])) as Array<{ version: number }>;
    if (previous) return this.activate(viewer, previous.version);
    await this.dataSource.query(`UPDATE weight_set SET active = false WHERE active`);
    return null;
  }

  /** The weights ranking uses now: the active set's, else the configured ones. */
  private async currentWeights(): Promise<MatchingWeights> {
    const active = await this.dataSource.getRepository(WeightSet).findOne({ where: { active: true } });
    if (!active) return this.configuredWeights;
    try {
      return resolveWeights(active.weights, this.configuredWeights);
    } catch {
      return this.configuredWeights;
    }
  }
}

/** The features of a recorded pair as the ranking combines them: the text value, and the text value × each other factor. */
function gatedFeatures(values: Record<string, number>): number[] {
  const gate = Number(values[GATING_FACTOR] ?? 0);
  return FACTOR_NAMES.map((f) => (f === GATING_FACTOR ? gate : gate * Number(values[f] ?? 0)));
}
