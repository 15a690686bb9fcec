import type { ResearcherLoadParameters } from '../parameters';
import { FactorResult, LocalisedText } from '../types';

export interface ResearcherLoadDetail {
  readonly openIntroductions: number;
}

/**
 * Researcher load in [0, 1]: 1 / (1 + n / h) for n open introductions, so a researcher with
 * h of them scores one half. Spreads introductions instead of sending every company to the
 * same busy professor.
 */
export function researcherLoad(openIntroductions: number, parameters: ResearcherLoadParameters): FactorResult<ResearcherLoadDetail> {
  const n = Number.isFinite(openIntroductions) ? Math.max(0, openIntroductions) : 0;
  return { value: 1 / (1 + n / parameters.halfValueAt), detail: { openIntroductions: n } };
}

/** "進行中の紹介: 2件" / "Open introductions: 2". */
export function describeResearcherLoad(detail: ResearcherLoadDetail): LocalisedText {
  return { ja: `進行中の紹介: ${detail.openIntroductions}件`, en: `Open introductions: ${detail.openIntroductions}` };
}
