import type { FieldProximityLevels } from '../parameters';
import { distinctSorted } from '../../text';
import { FactorResult, FieldTaxonomy, LocalisedText, NameLookup } from '../types';

export type FieldRelation = 'same' | 'parentChild' | 'sibling' | 'ancestor' | 'sameTopLevel' | 'unrelated' | 'unknown';

export interface FieldProximityDetail {
  readonly relation: FieldRelation;
  /** The need's and the seed's fields of the closest pair, null when a side names none. */
  readonly needField: string | null;
  readonly seedField: string | null;
  /** Their lowest common ancestor (or the broader of the two for parent/child). */
  readonly commonField: string | null;
}

/**
 * The code, its parent, its grandparent… Codes missing from the taxonomy still place by their
 * dots ("organic-electronics.oled-lighting" → "organic-electronics"), so a field an
 * administrator added after the taxonomy was loaded is not unrelated to everything.
 */
export function fieldAncestry(code: string, taxonomy: FieldTaxonomy): string[] {
  const chain: string[] = [];
  let current: string | null | undefined = code;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = current in taxonomy ? taxonomy[current] : current.includes('.') ? current.slice(0, current.lastIndexOf('.')) : null;
  }
  return chain;
}

/** How two field codes relate in the taxonomy. */
export function fieldRelation(a: string, b: string, taxonomy: FieldTaxonomy): { relation: FieldRelation; commonField: string | null } {
  if (a === b) return { relation: 'same', commonField: a };
  const up = fieldAncestry(a, taxonomy);
  const down = fieldAncestry(b, taxonomy);
  const distance = down.indexOf(a) >= 0 ? down.indexOf(a) : up.indexOf(b);
  if (distance > 0) return { relation: distance === 1 ? 'parentChild' : 'ancestor', commonField: down.includes(a) ? a : b };
  const common = up.find((code) => down.includes(code)) ?? null;
  if (common === null) return { relation: 'unrelated', commonField: null };
  const commonIsTopLevel = fieldAncestry(common, taxonomy).length === 1;
  // Under a top-level umbrella (成長ものづくり) automotive and aircraft are only loosely related.
  return { relation: commonIsTopLevel ? 'sameTopLevel' : 'sibling', commonField: common };
}

/**
 * Field proximity in [0, 1]: the closest pair of the need's and the seed's fields decides
 * (same node, parent/child, siblings, further ancestor, same top level, unrelated). A side
 * without fields gets the neutral `unknown` level.
 */
export function fieldProximity(
  needFields: readonly string[],
  seedFields: readonly string[],
  taxonomy: FieldTaxonomy,
  levels: FieldProximityLevels,
): FactorResult<FieldProximityDetail> {
  if (needFields.length === 0 || seedFields.length === 0) {
    return { value: levels.unknown, detail: { relation: 'unknown', needField: null, seedField: null, commonField: null } };
  }
  let best: FactorResult<FieldProximityDetail> | undefined;
  // Sorted so that among equally close pairs the same one is reported every time.
  const seedSorted = distinctSorted(seedFields);
  for (const a of distinctSorted(needFields)) {
    for (const b of seedSorted) {
      const { relation, commonField } = fieldRelation(a, b, taxonomy);
      const value = levels[relation];
      if (!best || value > best.value) best = { value, detail: { relation, needField: a, seedField: b, commonField } };
    }
  }
  return best!;
}

/** "分野が一致: 有機EL照明" / "Same field: OLED lighting", and the other relations. */
export function describeFieldProximity(detail: FieldProximityDetail, names: NameLookup = {}): LocalisedText {
  const name = (code: string | null) => (code === null ? { ja: '', en: '' } : (names.fields?.[code] ?? { ja: code, en: code }));
  const need = name(detail.needField);
  const seed = name(detail.seedField);
  const common = name(detail.commonField);
  switch (detail.relation) {
    case 'same':
      return { ja: `分野が一致: ${common.ja}`, en: `Same field: ${common.en}` };
    case 'parentChild':
    case 'ancestor':
      return { ja: `上位・下位の分野: ${need.ja} / ${seed.ja}`, en: `Broader and narrower field: ${need.en} / ${seed.en}` };
    case 'sibling':
      return { ja: `近い分野(${common.ja}): ${need.ja} / ${seed.ja}`, en: `Neighbouring fields in ${common.en}: ${need.en} / ${seed.en}` };
    case 'sameTopLevel':
      return { ja: `同じ大分野(${common.ja}): ${need.ja} / ${seed.ja}`, en: `Same broad area (${common.en}): ${need.en} / ${seed.en}` };
    case 'unrelated':
      return { ja: `分野の共通点なし: ${need.ja} / ${seed.ja}`, en: `Unrelated fields: ${need.en} / ${seed.en}` };
    case 'unknown':
      return { ja: '分野の指定なし', en: 'No field given' };
  }
}
