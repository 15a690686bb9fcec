import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { gql, messageOf } from '../api';
import { graphql } from '../gql';
import type { ConsolePipelineQuery, DeclineReason, MatchStatus, OutcomeType } from '../gql/graphql';
import { formatDate, formatYen, L, label, lang, percent, values } from '../i18n';
import { ErrorBox, Field, Loaded, useQuery } from '../ui';

const Pipeline = graphql(`
  query ConsolePipeline {
    matches(first: 100) {
      edges {
        node {
          id status version score proposedAt agreedAt outcomeType amountYen startDate declineReason declineNote note allowedTransitions
          need { id title }
          seed { id title }
          researcher { nameJa nameEn }
          institution { nameJa nameEn }
          consortium { nameJa nameEn }
          history { fromStatus toStatus reason occurredAt actorRole actor { name } }
        }
      }
    }
  }
`);
const Transition = graphql(`
  mutation ConsoleTransition($input: TransitionMatchInput!) { transitionMatch(input: $input) { id status version } }
`);

type MatchNode = ConsolePipelineQuery['matches']['edges'][number]['node'];
const COLUMNS: MatchStatus[] = ['PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING', 'AGREED'];
const FORWARD: MatchStatus[] = ['INTRODUCED', 'MEETING', 'NEGOTIATING'];

export function PipelinePage() {
  const q = useQuery(Pipeline, {});
  return (
    <>
      <h1>{L('マッチングの進み具合', 'Introductions pipeline')}</h1>
      <Loaded q={q}>
        {(data) => {
          const nodes = data.matches.edges.map((e) => e.node);
          const closed = nodes.filter((m) => m.status === 'DECLINED' || m.status === 'WITHDRAWN');
          return (
            <>
              <div class="board">
                {COLUMNS.map((status) => {
                  const inColumn = nodes.filter((m) => m.status === status);
                  return (
                    <section key={status} class="board-column" aria-labelledby={`col-${status}`}>
                      <h2 id={`col-${status}`}>
                        {label('MatchStatus', status)} <span class="count">{inColumn.length}</span>
                      </h2>
                      <ul class="cards">
                        {inColumn.map((m) => (
                          <MatchCard key={m.id} m={m} onChanged={q.reload} />
                        ))}
                      </ul>
                    </section>
                  );
                })}
              </div>
              <details class="closed">
                <summary>
                  {L('辞退・取り下げ', 'Declined and withdrawn')} ({closed.length})
                </summary>
                <ul class="cards">
                  {closed.map((m) => (
                    <MatchCard key={m.id} m={m} onChanged={q.reload} />
                  ))}
                </ul>
              </details>
            </>
          );
        }}
      </Loaded>
    </>
  );
}

const targetName = (m: MatchNode) => {
  const t = m.seed ? { nameJa: m.seed.title, nameEn: m.seed.title } : (m.researcher ?? m.institution ?? m.consortium);
  return t ? (lang() === 'en' && t.nameEn ? t.nameEn : t.nameJa) : '—';
};

function MatchCard({ m, onChanged }: { m: MatchNode; onChanged: () => void }) {
  const [mode, setMode] = useState<'none' | 'agree' | 'decline'>('none');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<OutcomeType>('JOINT_RESEARCH');
  const [amount, setAmount] = useState('');
  const [startDate, setStartDate] = useState('');
  const [reason, setReason] = useState<DeclineReason>('NOT_RELEVANT');
  const [note, setNote] = useState('');
  const move = async (to: MatchStatus, extra: Record<string, unknown> = {}) => {
    setError(null);
    try {
      await gql(Transition, { input: { id: m.id, expectedVersion: m.version, to, ...extra } });
      setMode('none');
      onChanged();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const forward = m.allowedTransitions.find((s) => FORWARD.includes(s));
  const pre = `match-${m.id}`;
  return (
    <li class="card match">
      <Link href={`/needs/${m.need?.id}`}>{m.need?.title ?? L('(閲覧できないニーズ)', '(need not visible)')}</Link>
      <div class="muted">→ {targetName(m)}</div>
      <div class="meta">
        {m.score != null && <span>{percent(m.score)}</span>}
        <span>
          {L('提案', 'Proposed')} {formatDate(m.proposedAt)}
        </span>
        {m.outcomeType && <span class="badge ok">{label('OutcomeType', m.outcomeType)}</span>}
        {m.amountYen != null && <span>{formatYen(m.amountYen)}</span>}
        {m.declineReason && <span class="badge">{label('DeclineReason', m.declineReason)}</span>}
      </div>
      {error && <ErrorBox message={error} />}
      <div class="actions">
        {forward && (
          <button type="button" class="primary" onClick={() => move(forward)}>
            {L('進める', 'Advance')}: {label('MatchStatus', forward)}
          </button>
        )}
        {m.allowedTransitions.includes('AGREED') && (
          <button type="button" class="primary" onClick={() => setMode('agree')} aria-expanded={mode === 'agree'}>
            {L('成約を記録', 'Record agreement')}
          </button>
        )}
        {m.allowedTransitions.includes('DECLINED') && (
          <button type="button" onClick={() => setMode('decline')} aria-expanded={mode === 'decline'}>
            {L('辞退', 'Decline')}
          </button>
        )}
        {m.allowedTransitions.includes('WITHDRAWN') && (
          <button type="button" onClick={() => move('WITHDRAWN')}>
            {L('取り下げ', 'Withdraw')}
          </button>
        )}
      </div>
      {mode === 'agree' && (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            move('AGREED', { outcomeType: outcome, amountYen: amount ? Number(amount) : null, startDate: startDate || null });
          }}
        >
          <Field id={`${pre}-outcome`} label={L('成果の種類', 'Outcome type')}>
            <select id={`${pre}-outcome`} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as OutcomeType)}>
              {values('OutcomeType').map((o) => (
                <option key={o} value={o}>
                  {label('OutcomeType', o)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${pre}-amount`} label={L('金額 (円)', 'Amount (yen)')}>
            <input id={`${pre}-amount`} type="number" min={0} step={1} value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />
          </Field>
          <Field id={`${pre}-start`} label={L('開始日', 'Start date')}>
            <input id={`${pre}-start`} type="date" value={startDate} onInput={(e) => setStartDate(e.currentTarget.value)} />
          </Field>
          <button type="submit" class="primary">
            {L('成約として記録する', 'Record as agreed')}
          </button>
        </form>
      )}
      {mode === 'decline' && (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            move('DECLINED', { declineReason: reason, reason: note.trim() || null });
          }}
        >
          <Field id={`${pre}-reason`} label={L('辞退の理由', 'Reason')}>
            <select id={`${pre}-reason`} value={reason} onChange={(e) => setReason(e.currentTarget.value as DeclineReason)}>
              {values('DeclineReason').map((o) => (
                <option key={o} value={o}>
                  {label('DeclineReason', o)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${pre}-note`} label={L('補足', 'Note')}>
            <input id={`${pre}-note`} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </Field>
          <button type="submit">{L('辞退として記録する', 'Record as declined')}</button>
        </form>
      )}
      <details>
        <summary>{L('履歴', 'History')}</summary>
        <ol class="timeline">
          {m.history.map((h, i) => (
            <li key={i}>
              <time>{formatDate(h.occurredAt)}</time> {h.fromStatus ? `${label('MatchStatus', h.fromStatus)} → ` : ''}
              {label('MatchStatus', h.toStatus)} {h.actor ? `(${h.actor.name})` : ''}
              {h.reason && <div class="muted">{h.reason}</div>}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
