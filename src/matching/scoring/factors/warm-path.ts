import type { WarmPathLevels } from '../parameters';
import { FactorResult, LocalisedText, NameLookup } from '../types';

export interface WarmPathDetail {
  readonly sharedConsortiumIds: readonly string[];
  readonly pastCollaboration: boolean;
}

/**
 * Warm path in [0, 1]: an introduction goes better through people who already know each
 * other. Earlier collaboration and shared consortium membership each give their level; the
 * higher one counts.
 */
export function warmPath(
  needConsortia: readonly string[],
  seedConsortia: readonly string[],
  pastCollaboration: boolean,
  levels: WarmPathLevels,
): FactorResult<WarmPathDetail> {
  const seedSet = new Set(seedConsortia);
  const shared = [...new Set(needConsortia)].filter((id) => seedSet.has(id)).sort();
  const value = Math.max(levels.none, pastCollaboration ? levels.pastCollaboration : 0, shared.length > 0 ? levels.sharedConsortium : 0);
  return { value, detail: { sharedConsortiumIds: shared, pastCollaboration } };
}

/** "共通の研究会: 有機エレクトロニクス産業集積会議" / "Shared consortium: …", and earlier collaboration. */
export function describeWarmPath(detail: WarmPathDetail, names: NameLookup = {}): LocalisedText {
  const ja: string[] = [];
  const en: string[] = [];
  if (detail.pastCollaboration) {
    ja.push('過去の連携実績あり');
    en.push('Earlier collaboration');
  }
  if (detail.sharedConsortiumIds.length > 0) {
    const consortia = detail.sharedConsortiumIds.map((id) => names.consortia?.[id] ?? { ja: id, en: id });
    ja.push(`共通の研究会: ${consortia.map((c) => c.ja).join('、')}`);
    en.push(`Shared consortium: ${consortia.map((c) => c.en).join(', ')}`);
  }
  if (ja.length === 0) return { ja: '共通の研究会・連携実績なし', en: 'No shared consortium or earlier collaboration' };
  return { ja: ja.join('。'), en: en.join('; ') };
}
