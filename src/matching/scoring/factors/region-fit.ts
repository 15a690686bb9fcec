import type { RegionLevels } from '../parameters';
import { FactorResult, LocalisedText, NameLookup, RegionKind, RegionTree } from '../types';

export type RegionRelation = 'sameArea' | 'samePrefecture' | 'cooperatingPrefecture' | 'sameCountry' | 'elsewhere' | 'unknown';

export interface RegionFitDetail {
  readonly relation: RegionRelation;
  readonly needRegion: string | null;
  readonly seedRegion: string | null;
  /** The shared area, prefecture or country; for cooperating prefectures, null. */
  readonly sharedRegion: string | null;
  /** The two prefectures, when known (for the cooperating-prefecture sentence). */
  readonly needPrefecture: string | null;
  readonly seedPrefecture: string | null;
}

/** The nearest region of a kind at or above a code, walking up the tree. */
function enclosing(code: string, kind: RegionKind, tree: RegionTree): string | null {
  const seen = new Set<string>();
  let current: string | null = code;
  while (current !== null && tree[current] && !seen.has(current)) {
    if (tree[current].kind === kind) return current;
    seen.add(current);
    current = tree[current].parent;
  }
  return null;
}

function cooperate(a: string, b: string, tree: RegionTree): boolean {
  return (tree[a]?.cooperatesWith ?? []).includes(b) || (tree[b]?.cooperatesWith ?? []).includes(a);
}

/** How two regions relate: same area > same prefecture > cooperating prefectures > same country > elsewhere. */
export function regionRelation(a: string, b: string, tree: RegionTree): Omit<RegionFitDetail, 'needRegion' | 'seedRegion'> {
  const prefA = enclosing(a, 'PREFECTURE', tree);
  const prefB = enclosing(b, 'PREFECTURE', tree);
  const base = { needPrefecture: prefA, seedPrefecture: prefB };
  const areaA = enclosing(a, 'AREA', tree);
  if (a === b && (areaA !== null || !tree[a])) return { relation: 'sameArea', sharedRegion: a, ...base };
  if (areaA !== null && areaA === enclosing(b, 'AREA', tree)) return { relation: 'sameArea', sharedRegion: areaA, ...base };
  if (prefA !== null && prefA === prefB) return { relation: 'samePrefecture', sharedRegion: prefA, ...base };
  if (prefA !== null && prefB !== null && cooperate(prefA, prefB, tree)) return { relation: 'cooperatingPrefecture', sharedRegion: null, ...base };
  const countryA = enclosing(a, 'COUNTRY', tree);
  if (countryA !== null && countryA === enclosing(b, 'COUNTRY', tree)) return { relation: 'sameCountry', sharedRegion: countryA, ...base };
  return { relation: 'elsewhere', sharedRegion: null, ...base };
}

/** Region fit in [0, 1] by the relation's configured level; a missing region is `unknown`. */
export function regionFit(needRegion: string | null, seedRegion: string | null, tree: RegionTree, levels: RegionLevels): FactorResult<RegionFitDetail> {
  if (needRegion === null || seedRegion === null) {
    const detail = { relation: 'unknown' as const, needRegion, seedRegion, sharedRegion: null, needPrefecture: null, seedPrefecture: null };
    return { value: levels.unknown, detail };
  }
  const relation = regionRelation(needRegion, seedRegion, tree);
  return { value: levels[relation.relation], detail: { needRegion, seedRegion, ...relation } };
}

/** "同じ地域(置賜)" / "Same area (Okitama)", and the other relations. */
export function describeRegionFit(detail: RegionFitDetail, names: NameLookup = {}): LocalisedText {
  const name = (code: string | null) => (code === null ? { ja: '不明', en: 'unknown' } : (names.regions?.[code] ?? { ja: code, en: code }));
  const shared = name(detail.sharedRegion);
  switch (detail.relation) {
    case 'sameArea':
      return { ja: `同じ地域(${shared.ja})`, en: `Same area (${shared.en})` };
    case 'samePrefecture':
      return { ja: `同じ県(${shared.ja})`, en: `Same prefecture (${shared.en})` };
    case 'cooperatingPrefecture': {
      const need = name(detail.needPrefecture);
      const seed = name(detail.seedPrefecture);
      return { ja: `連携する県(${need.ja}・${seed.ja})`, en: `Cooperating prefectures (${need.en}, ${seed.en})` };
    }
    case 'sameCountry':
      return { ja: `同じ国内(${shared.ja})`, en: `Same country (${shared.en})` };
    case 'elsewhere':
      return {
        ja: `地域が離れている(${name(detail.needRegion).ja} / ${name(detail.seedRegion).ja})`,
        en: `Distant regions (${name(detail.needRegion).en} / ${name(detail.seedRegion).en})`,
      };
    case 'unknown':
      return { ja: '地域情報なし', en: 'Region unknown' };
  }
}
