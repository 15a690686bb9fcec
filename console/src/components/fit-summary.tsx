import { L, lang } from '../i18n';

/**
 * THE component for the candidate's fit badge and summary line. It reads `fit`, `summaryJa`
 * and `summaryEn`, which another branch adds to every *Candidate type (see
 * graphql/candidate-fragments.ts, "PENDING MERGE"). Until the fragments select them, the badge
 * is left out and the summary falls back to the strongest factor's sentence.
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
