import type { FactorExplanation } from './explanation';
import { EvidenceTerm, evidenceItems, TermLabels } from './text-evidence';
import type { LocalisedText, NameLookup } from './types';

/** How many matched items the one-line summary names. */
const SUMMARY_TERMS = 2;

type Detail<F extends FactorExplanation['factor']> = Extract<FactorExplanation, { factor: F }>['detail'];

/** A factor's explanation by name (undefined when the factor is absent). */
function factorOf<F extends FactorExplanation['factor']>(
  factors: readonly FactorExplanation[],
  name: F,
): { value: number; weight: number; detail: Detail<F> } | undefined {
  return factors.find((f) => f.factor === name) as { value: number; weight: number; detail: Detail<F> } | undefined;
}

/**
 * Why this candidate, in one line per language: what both texts say (the two largest matched
 * items), then the structured reasons that speak for it (same field, nearby, TRL as wished,
 * a warm path, the wanted forms) and the ones that speak against it (TRL well below the wish,
 * none of the wanted forms). "ヒケ ↔ sink marksと射出成形が一致。同じ地域(置賜)、TRLが希望どおり" /
 * "Shares sink marks ↔ ヒケ and injection moulding; same area (Okitama), TRL as wished".
 */
export function summarise(factors: readonly FactorExplanation[], labels: TermLabels, names: NameLookup = {}): LocalisedText {
  const ja: string[] = [];
  const en: string[] = [];
  const text = factorOf(factors, 'textRelevance');
  const shared = sharedTermsLine(text?.detail.matches ?? [], labels);
  // Without shared terms nothing else counts (text gates the other factors), so nothing else is said.
  if (!shared.found) return { ja: shared.ja, en: shared.en };

  const field = factorOf(factors, 'fieldProximity');
  if (field && field.weight > 0 && (field.detail.relation === 'same' || field.detail.relation === 'parentChild')) {
    ja.push('同じ分野');
    en.push('same field');
  }
  const region = factorOf(factors, 'regionFit');
  if (region && region.weight > 0 && (region.detail.relation === 'sameArea' || region.detail.relation === 'samePrefecture')) {
    const place = region.detail.sharedRegion ? names.regions?.[region.detail.sharedRegion] : undefined;
    ja.push(region.detail.relation === 'sameArea' ? `同じ地域${place ? `(${place.ja})` : ''}` : `同じ県${place ? `(${place.ja})` : ''}`);
    en.push(region.detail.relation === 'sameArea' ? `same area${place ? ` (${place.en})` : ''}` : `same prefecture${place ? ` (${place.en})` : ''}`);
  }
  const trl = factorOf(factors, 'trlFit');
  if (trl && trl.weight > 0 && trl.detail.gap !== null) {
    const { seedTrl, desiredTrl, gap } = trl.detail;
    if (gap === 0) {
      ja.push('TRLが希望どおり');
      en.push('TRL as wished');
    } else if (gap <= -2) {
      ja.push(`TRLが希望より低い(${seedTrl}/希望${desiredTrl})`);
      en.push(`TRL below the wish (${seedTrl} vs ${desiredTrl})`);
    }
  }
  const warm = factorOf(factors, 'warmPath');
  if (warm && warm.weight > 0 && warm.detail.pastCollaboration) {
    ja.push('連携実績あり');
    en.push('worked together before');
  } else if (warm && warm.weight > 0 && warm.detail.sharedConsortiumIds.length > 0) {
    ja.push('共通の研究会あり');
    en.push('shared consortium');
  }
  const forms = factorOf(factors, 'collaborationFormFit');
  if (forms && forms.weight > 0 && forms.detail.wanted.length > 0 && forms.detail.offered.length > 0 && forms.detail.shared.length === 0) {
    ja.push('希望の連携形態なし');
    en.push('none of the wanted forms');
  }

  return withReasons(shared, ja, en);
}

/**
 * The start of a summary: the two largest items both texts share, "XとYが一致" / "Shares X and Y",
 * or the wording for none; `found` says whether any was.
 */
export function sharedTermsLine(matches: readonly EvidenceTerm[], labels: TermLabels): LocalisedText & { readonly found: boolean } {
  const items = evidenceItems(matches, labels);
  const named = (language: 'ja' | 'en') =>
    items
      .filter((i) => i[language] !== null)
      .slice(0, SUMMARY_TERMS)
      .map((i) => i[language]!);
  const ja = named('ja');
  const en = named('en');
  return {
    ja: ja.length > 0 ? `${ja.join('と')}が一致` : 'テキストの一致なし',
    en: en.length > 0 ? `Shares ${en.join(' and ')}` : 'No shared terms',
    found: ja.length > 0 || en.length > 0,
  };
}

/** A summary line with its reasons appended: "…。a、b" / "…; a, b". */
export function withReasons(line: LocalisedText, ja: readonly string[], en: readonly string[]): LocalisedText {
  return { ja: ja.length > 0 ? `${line.ja}。${ja.join('、')}` : line.ja, en: en.length > 0 ? `${line.en}; ${en.join(', ')}` : line.en };
}
