import type { MatchFactorBarsFragment } from '../gql/graphql';
import { label, lang } from '../i18n';

/** Each factor of a score as a small bar (its share of the score) with its sentence. */
export function FactorBars({ factors, score }: { factors: Array<MatchFactorBarsFragment & { share?: number | null }>; score: number }) {
  const shown = factors.filter((f) => f.contribution > 0.0005).sort((a, b) => b.contribution - a.contribution);
  return (
    <ul class="factors">
      {shown.map((f) => {
        const share = f.share ?? (score > 0 ? f.contribution / score : 0);
        return (
          <li key={f.factor}>
            <span class="factor-name">{label('MatchFactorName', f.factor)}</span>
            <span class="bar small" role="img" aria-label={`${Math.round(share * 100)}%`}>
              <span style={{ width: `${Math.round(share * 100)}%` }} />
            </span>
            <span class="factor-sentence">{lang() === 'ja' ? f.sentenceJa : f.sentenceEn}</span>
          </li>
        );
      })}
    </ul>
  );
}
