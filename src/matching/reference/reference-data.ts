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
  private readonly filling = new Set<string>();
  /** Bumped by every change heard (and on connect or loss), so a load that began before it is not kept. */
  private generation = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Starts listening; until it listens (and whenever it does not) reads go to the database. */
  async start(connectionString: string, logger?: Logger): Promise<void> {
    if (this.listener) return;
    this.listener = new ReferenceListener(connectionString, {
      changed: () => this.forget(),
      connected: () => {
        this.forget();
        this.listening = true;
      },
      disconnected: (error) => {
        if (this.listening) logger?.warn('Reference data: change listener lost; reading from the database until it is back', { error: error?.message });
        this.listening = false;
        this.forget();
      },
    });
    await this.listener.start();
  }

  async stop(): Promise<void> {
    const listener = this.listener;
    this.listener = null;
    this.listening = false;
    this.forget();
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
   * The cached value, or — on a miss — the value read in the caller's transaction while the cache
   * is filled in the background on a connection of its own. A request never waits for a second
   * connection while it holds one: with every pooled connection held by a ranking waiting for the
   * cache's load, that load could never get one. A change heard while a fill runs discards it.
   */
  private read<T>(key: string, manager: EntityManager, load: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.listening) return load(manager);
    const hit = this.cache.get(key) as Promise<T> | undefined;
    if (hit) return hit;
    this.fill(key, load);
    return load(manager);
  }

  private fill<T>(key: string, load: (manager: EntityManager) => Promise<T>): void {
    if (this.filling.has(key)) return;
    this.filling.add(key);
    const generation = this.generation;
    load(this.dataSource.manager)
      .then((value) => {
        if (this.listening && this.generation === generation) this.cache.set(key, Promise.resolve(value));
      })
      .catch(() => undefined)
      .finally(() => this.filling.delete(key));
  }

  private forget(): void {
    this.generation += 1;
    this.cache.clear();
  }
}
