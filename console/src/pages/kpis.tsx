import { useState } from 'preact/hooks';
import { gql, messageOf } from '../api';
import { graphql } from '../gql';
import type { ConsoleKpisQuery } from '../gql/graphql';
import { fiscalYearLabel, fiscalYearOf, formatYen, L, label, lang } from '../i18n';
import { BarList, ErrorBox, Field, Loaded, useQuery } from '../ui';

const Kpis = graphql(`
  query ConsoleKpis($fiscalYear: Int!, $regionCode: String, $institutionId: ID) {
    kpis(fiscalYear: $fiscalYear, regionCode: $regionCode, institutionId: $institutionId) {
      fiscalYear label labelJa
      matches { proposed introduced agreed declined withdrawn }
      matchesByMonth { month proposed introduced meeting negotiating agreed declined withdrawn }
      agreedByOutcome { outcomeType count amountYen }
      medianDaysToAgreement
      gapThreshold
      gapsByField { fieldCode fieldNameJa fieldNameEn needs needsWithoutCandidate }
      consultationsByStep { step opened resolved closed }
    }
  }
`);
const Filters = graphql(`
  query ConsoleKpiFilters {
    regions { code kind nameJa nameEn }
    institutions(first: 100) { edges { node { id nameJa nameEn } } }
  }
`);
const Csv = graphql(`
  query ConsoleKpiCsv($fiscalYear: Int!, $regionCode: String, $institutionId: ID) { kpiCsv(fiscalYear: $fiscalYear, regionCode: $regionCode, institutionId: $institutionId) }
`);

type Month = ConsoleKpisQuery['kpis']['matchesByMonth'][number];
const SERIES: Array<{ key: keyof Omit<Month, 'month' | '__typename'>; color: string }> = [
  { key: 'proposed', color: '#9db4d8' },
  { key: 'introduced', color: '#5b8bd0' },
  { key: 'meeting', color: '#2f6cb5' },
  { key: 'negotiating', color: '#1d4e89' },
  { key: 'agreed', color: '#1a7f4b' },
  { key: 'declined', color: '#b0413e' },
  { key: 'withdrawn', color: '#8a8a8a' },
];

export function KpiPage() {
  const current = fiscalYearOf();
  const [fiscalYear, setYear] = useState(current);
  const [regionCode, setRegion] = useState('');
  const [institutionId, setInstitution] = useState('');
  const [csvError, setCsvError] = useState<string | null>(null);
  const variables = { fiscalYear, regionCode: regionCode || null, institutionId: institutionId || null };
  const q = useQuery(Kpis, variables);
  const filters = useQuery(Filters, {});
  const download = async () => {
    setCsvError(null);
    try {
      const { kpiCsv } = await gql(Csv, variables);
      // The API's CSV starts with a BOM, so Excel reads it as UTF-8.
      const url = URL.createObjectURL(new Blob([kpiCsv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `musubi-kpi-FY${fiscalYear}${regionCode ? `-${regionCode}` : ''}.csv`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setCsvError(messageOf(e));
    }
  };
  const name = (o: { nameJa: string; nameEn?: string | null }) => (lang() === 'en' && o.nameEn ? o.nameEn : o.nameJa);
  return (
    <>
      <h1>
        {L('実績 (KPI)', 'KPIs')} — {fiscalYearLabel(fiscalYear)}
      </h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label={L('集計の条件', 'What to count')}>
        <Field id="k-year" label={L('年度', 'Fiscal year')}>
          <select id="k-year" value={String(fiscalYear)} onChange={(e) => setYear(Number(e.currentTarget.value))}>
            {[current, current - 1, current - 2, current - 3].map((y) => (
              <option key={y} value={String(y)}>
                {fiscalYearLabel(y)} ({y}/4–{y + 1}/3)
              </option>
            ))}
          </select>
        </Field>
        <Field id="k-region" label={L('地域', 'Region')}>
          <select id="k-region" value={regionCode} onChange={(e) => setRegion(e.currentTarget.value)}>
            <option value="">{L('すべて', 'All')}</option>
            {filters.data?.regions
              .filter((r) => r.kind !== 'COUNTRY')
              .map((r) => (
                <option key={r.code} value={r.code}>
                  {name(r)}
                </option>
              ))}
          </select>
        </Field>
        <Field id="k-inst" label={L('機関', 'Institution')}>
          <select id="k-inst" value={institutionId} onChange={(e) => setInstitution(e.currentTarget.value)}>
            <option value="">{L('すべて', 'All')}</option>
            {filters.data?.institutions.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {name(node)}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" class="primary" onClick={download}>
          {L('CSV をダウンロード', 'Download CSV')}
        </button>
      </form>
      {csvError && <ErrorBox message={csvError} />}
      <Loaded q={q}>
        {({ kpis }) => (
          <>
            <ul class="stats">
              {(['proposed', 'introduced', 'agreed', 'declined', 'withdrawn'] as const).map((k) => (
                <li key={k} class={`stat stat-${k}`}>
                  <span class="stat-value">{kpis.matches[k]}</span>
                  <span class="stat-label">{label('MatchStatus', k.toUpperCase())}</span>
                </li>
              ))}
              <li class="stat">
                <span class="stat-value">{kpis.medianDaysToAgreement ?? '—'}</span>
                <span class="stat-label">{L('成約までの日数 (中央値)', 'Median days to agreement')}</span>
              </li>
            </ul>
            <div class="columns">
              <section aria-labelledby="chart-months">
                <h2 id="chart-months">{L('月別・状態別のマッチング', 'Introductions by status per month')}</h2>
                <MonthChart months={kpis.matchesByMonth} />
              </section>
              <section aria-labelledby="chart-outcomes">
                <h2 id="chart-outcomes">{L('成約の種類', 'Agreed by outcome type')}</h2>
                {kpis.agreedByOutcome.length === 0 ? (
                  <p class="muted">{L('この年度の成約はまだありません。', 'No agreement in this year yet.')}</p>
                ) : (
                  <BarList
                    rows={kpis.agreedByOutcome.map((o) => ({ label: `${label('OutcomeType', o.outcomeType)} (${formatYen(o.amountYen)})`, value: o.count }))}
                  />
                )}
                <h2>{L('良い候補がないニーズ (分野別)', 'Needs without a good candidate, by field')}</h2>
                {kpis.gapsByField.length === 0 ? (
                  <p class="muted">{L('該当なし', 'None')}</p>
                ) : (
                  <BarList
                    rows={kpis.gapsByField
                      .slice(0, 10)
                      .map((g) => ({ label: lang() === 'en' ? g.fieldNameEn : g.fieldNameJa, value: g.needsWithoutCandidate }))}
                    max={Math.max(1, ...kpis.gapsByField.map((g) => g.needs))}
                    format={(n) => `${n}`}
                  />
                )}
              </section>
            </div>
          </>
        )}
      </Loaded>
    </>
  );
}

/** Stacked bars per month as inline SVG, with the same figures in a table for screen readers. */
function MonthChart({ months }: { months: Month[] }) {
  const totals = months.map((m) => SERIES.reduce((sum, s) => sum + (m[s.key] as number), 0));
  const top = Math.max(1, ...totals);
  const width = 640;
  const height = 220;
  const bar = width / months.length;
  const plot = height - 30;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="month-chart-title">
        <title id="month-chart-title">{L('月別・状態別のマッチング件数', 'Introductions by status per month')}</title>
        {months.map((m, i) => {
          let y = plot;
          return (
            <g key={m.month}>
              {SERIES.map((s) => {
                const value = m[s.key] as number;
                const h = (value / top) * (plot - 10);
                y -= h;
                return value > 0 ? <rect key={s.key} x={i * bar + 6} y={y} width={bar - 12} height={h} fill={s.color} /> : null;
              })}
              {totals[i] > 0 && (
                <text x={i * bar + bar / 2} y={y - 3} text-anchor="middle" font-size="11">
                  {totals[i]}
                </text>
              )}
              <text x={i * bar + bar / 2} y={height - 12} text-anchor="middle" font-size="11">
                {Number(m.month.slice(5))}
                {L('月', '')}
              </text>
            </g>
          );
        })}
        <line x1={0} x2={width} y1={plot} y2={plot} stroke="#666" />
      </svg>
      <figcaption class="legend">
        {SERIES.map((s) => (
          <span key={s.key}>
            <span class="swatch" style={{ background: s.color }} aria-hidden="true" />
            {label('MatchStatus', s.key.toUpperCase())}
          </span>
        ))}
      </figcaption>
      <details>
        <summary>{L('表で見る', 'Show as a table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{L('月', 'Month')}</th>
              {SERIES.map((s) => (
                <th scope="col" key={s.key}>
                  {label('MatchStatus', s.key.toUpperCase())}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                {SERIES.map((s) => (
                  <td key={s.key}>{m[s.key] as number}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
