import { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../common/logger';
import { loadAllConsortiumNames, loadMatchingLookups } from '../retrieval';
import type { MatchingLookups } from '../retrieval';
import type { FactorName, LocalisedText } from '../scoring';
import { ReferenceListener } from './reference-listener';

/** The active weight set's row: its version and stored weights (validated by the caller). */
export interface ActiveWeightSet {
  readonly version: number;
  readonly weights: Partial<Record<FactorName, number>>;
}

/**
 * The small reference tables every ranking reads — taxonomy, regions, consortium names, the
 * active weight set — held in memory while a listener hears of every committed change to them
 * (triggers NOTIFY on `research_field`, `region`, `consortium`, `weight_set`), so that several
 * instances and the command-line tools stay in agreement. Whenever this instance is not
 * listening (not started, connection lost), every read goes to the database as before, inside
 * the caller's transaction.
 */
export class ReferenceData {
  private listener: ReferenceListener | null = null;
  private listening = false;
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  /** Starts listening; until it listens (and whenever it does not) reads go to the database. */
  async start(connectionString: string, logger?: Logger): Promise<void> {
    if (this.listener) return;
    this.listener = new ReferenceListener(connectionString, {
      changed: () => this.cache.clear(),
      connected: () => {
        this.cache.clear();
        this.listening = true;
      },
      disconnected: (error) => {
        if (this.listening) logger?.warn('Reference data: change listener lost; reading from the database until it is back', { error: error?.message });
        this.listening = false;
        this.cache.clear();
      },
    });
    await this.listener.start();
  }

  async stop(): Promise<void> {
    const listener = this.listener;
    this.listener = null;
    this.listening = false;
    this.cache.clear();
    await listener?.stop();
  }

  /** The field taxonomy and the region tree with names. */
  lookups(manager: EntityManager): Promise<MatchingLookups> {
    return this.read('lookups', manager, loadMatchingLookups);
  }

  /** Display names of the given consortia. */
  async consortiumNames(manager: EntityManager, ids: readonly string[]): Promise<Record<string, LocalisedText>> {
    if (ids.length === 0) return {};
    const all = await this.read('consortia', manager, loadAllConsortiumNames);
    return Object.fromEntries(ids.filter((id) => all[id] !== undefined).map((id) => [id, all[id]]));
  }

  /** The active weight set, or null when the configured weights apply. */
  activeWeightSet(manager: EntityManager): Promise<ActiveWeightSet | null> {
    return this.read('weights', manager, async (m) => {
      const rows = (await m.query(`SELECT version, weights FROM weight_set WHERE active LIMIT 1`)) as ActiveWeightSet[];
      return rows[0] ? { version: Number(rows[0].version), weights: rows[0].weights } : null;
    });
  }

  /**
   * A cached value, loaded outside any request's transaction since it outlives it. A change
   * heard while it loads clears the map, so a value read before the change is never kept.
   */
  private read<T>(key: string, manager: EntityManager, load: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.listening) return load(manager);
    const hit = this.cache.get(key) as Promise<T> | undefined;
    if (hit) return hit;
    const loading = load(this.dataSource.manager);
    this.cache.set(key, loading);
    loading.catch(() => {
      if (this.cache.get(key) === loading) this.cache.delete(key);
    });
    return loading;
  }
}
