import type { CollaborationFormParameters } from '../parameters';
import { distinctSorted } from '../../text';
import { CollaborationForm, FactorResult, LocalisedText, unitInterval } from '../types';

export interface CollaborationFormDetail {
  readonly wanted: readonly CollaborationForm[];
  readonly offered: readonly CollaborationForm[];
  /** Wanted forms the seed offers. */
  readonly shared: readonly CollaborationForm[];
}

/** Display names of the collaboration forms (fixed enum, so kept here rather than looked up). */
export const COLLABORATION_FORM_NAMES: Readonly<Record<CollaborationForm, LocalisedText>> = {
  JOINT_RESEARCH: { ja: '共同研究', en: 'joint research' },
  CONTRACT_RESEARCH: { ja: '受託研究', en: 'contract research' },
  TECHNICAL_GUIDANCE: { ja: '技術指導', en: 'technical guidance' },
  LICENSING: { ja: 'ライセンス', en: 'licensing' },
  EQUIPMENT_USE: { ja: '設備利用', en: 'equipment use' },
};

/**
 * Collaboration form fit in [0, 1]: no wanted form offered → `noOverlap`; otherwise from
 * `anyOverlap` rising linearly to 1 as the share of wanted forms offered grows. A side that
 * states no form is neutral (`unknown`).
 */
export function collaborationFormFit(
  wanted: readonly CollaborationForm[],
  offered: readonly CollaborationForm[],
  parameters: CollaborationFormParameters,
): FactorResult<CollaborationFormDetail> {
  const w = distinctSorted(wanted);
  const o = distinctSorted(offered);
  const shared = w.filter((form) => o.includes(form));
  const detail = { wanted: w, offered: o, shared };
  if (w.length === 0 || o.length === 0) return { value: parameters.unknown, detail };
  if (shared.length === 0) return { value: parameters.noOverlap, detail };
  return { value: unitInterval(parameters.anyOverlap + (1 - parameters.anyOverlap) * (shared.length / w.length)), detail };
}

/** "対応可能な連携形態: 共同研究(希望2件中1件)" / "Offers joint research (1 of 2 wanted forms)". */
export function describeCollaborationFormFit(detail: CollaborationFormDetail): LocalisedText {
  const names = (forms: readonly CollaborationForm[], language: 'ja' | 'en') =>
    forms.map((f) => COLLABORATION_FORM_NAMES[f][language]).join(language === 'ja' ? '、' : ', ');
  if (detail.wanted.length === 0 || detail.offered.length === 0) return { ja: '連携形態の指定なし', en: 'No collaboration form given' };
  if (detail.shared.length === 0) {
    return { ja: `希望の連携形態(${names(detail.wanted, 'ja')})に非対応`, en: `Does not offer the wanted forms (${names(detail.wanted, 'en')})` };
  }
  if (detail.shared.length === detail.wanted.length) {
    return { ja: `希望の連携形態に対応: ${names(detail.shared, 'ja')}`, en: `Offers the wanted forms: ${names(detail.shared, 'en')}` };
  }
  const count = `${detail.shared.length}`;
  const of = `${detail.wanted.length}`;
  return {
    ja: `対応可能な連携形態: ${names(detail.shared, 'ja')}(希望${of}件中${count}件)`,
    en: `Offers ${names(detail.shared, 'en')} (${count} of ${of} wanted forms)`,
  };
}
