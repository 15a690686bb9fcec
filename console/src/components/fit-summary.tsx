import { L, lang } from '../i18n';

/**
 * The candidate's fit badge and summary line, from the `fit`, `summaryJa` and `summaryEn` every
 * *Candidate type carries (graphql/candidate-fragments.ts); a candidate without a summary
 * falls back to its strongest factor's sentence.
 */
export type MatchFit = 'STRONG' | 'POSSIBLE' | 'WEAK';
export interface FitFields {
  fit?: MatchFit | null;
  summaryJa?: string | null;
  summaryEn?: string | null;
  explanation: Array<{ contribution: number; sentenceJa: string; sentenceEn: string }>;
}

const FIT_LABEL: Record<MatchFit, [string, string]> = { STRONG: ['有力', 'Strong fit'], POSSIBLE: ['可能性あり', 'Possible fit'], WEAK: ['弱い', 'Weak fit'] };

export function FitSummary({ candidate }: { candidate: FitFields }) {
  const top = [...candidate.explanation].sort((a, b) => b.contribution - a.contribution)[0];
  const summary = (lang() === 'ja' ? candidate.summaryJa : candidate.summaryEn) ?? (top ? (lang() === 'ja' ? top.sentenceJa : top.sentenceEn) : '');
  return (
    <p class="fit-summary">
      {candidate.fit && <span class={`badge fit-${candidate.fit.toLowerCase()}`}>{L(...FIT_LABEL[candidate.fit])}</span>}
      <span class="summary">{summary}</span>
    </p>
  );
}
