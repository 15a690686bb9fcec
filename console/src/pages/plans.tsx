import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { gql, messageOf } from '../api';
import { graphql } from '../gql';
import type { ConsolePlanCandidatesQuery, ConsoleSupportPlanQuery, DeclineReason, MatchStatus, OutcomeType, SupportPlanRole } from '../gql/graphql';
import { formatDate, L, label, lang, percent, values } from '../i18n';
import { Badge, ErrorBox, Field, Loaded, useQuery } from '../ui';
import './plans.css';

/**
 * Support plans (支援プラン): from a need, the ranked plans with their parts side by side and a
 * reason per part and for the whole; proposing one; the plan page with its parts side by side,
 * each part's introduction moved through its states, parts added, replaced or dropped, and the
 * plan's history.
 */

const Candidates = graphql(`
  query ConsolePlanCandidates($needId: ID!, $first: Int) {
    need(id: $needId) { id title category desiredTrl }
    supportPlans(first: 10, filter: { needId: $needId }) { edges { node { id status score proposedAt parts { role } } } }
    planCandidates(needId: $needId, first: $first) {
      plans {
        rank score missingRoles explanationJa explanationEn
        parts { role targetKind targetId labelJa labelEn score overCapacity reasonJa reasonEn }
      }
      excluded { role targetId labelJa reasonJa reasonEn }
    }
  }
`);
const ProposePlan = graphql(`
  mutation ConsoleProposePlan($input: ProposePlanInput!) { proposePlan(input: $input) { id } }
`);
const PlanQuery = graphql(`
  query ConsoleSupportPlan($id: ID!) {
    supportPlan(id: $id) {
      id version status score explanationJa explanationEn note proposedAt agreedAt
      proposedBy { name }
      need { id title }
      parts(includeRemoved: true) {
        role partScore reasonJa reasonEn addedAt removedAt
        match {
          id version status allowedTransitions targetKind
          seed { id title } researcher { nameJa nameEn } institution { nameJa nameEn } consortium { nameJa nameEn } fundingProgramme { nameJa nameEn }
        }
      }
      history { action role status actorRole reason occurredAt }
    }
  }
`);
const AddPart = graphql(`
  mutation ConsoleAddPlanPart($input: AddPlanPartInput!) { addPlanPart(input: $input) { id version } }
`);
const ReplacePart = graphql(`
  mutation ConsoleReplacePlanPart($input: ReplacePlanPartInput!) { replacePlanPart(input: $input) { id version } }
`);
const DropPart = graphql(`
  mutation ConsoleDropPlanPart($input: DropPlanPartInput!) { dropPlanPart(input: $input) { id version } }
`);
const MovePart = graphql(`
  mutation ConsoleMovePlanPart($input: TransitionMatchInput!) { transitionMatch(input: $input) { id status version } }
`);

const ROLES: SupportPlanRole[] = ['RESEARCH', 'TESTING', 'NETWORK', 'FUNDING', 'MANAGEMENT'];
const ROLE: Record<SupportPlanRole, [string, string, string]> = {
  RESEARCH: ['研究', 'Research', '学'],
  TESTING: ['試験・設備', 'Testing & equipment', '官'],
  NETWORK: ['ネットワーク', 'Network', '会'],
  FUNDING: ['資金', 'Funding', '金'],
  MANAGEMENT: ['経営支援', 'Management support', '支'],
};
const STATUS: Record<string, [string, string]> = {
  ACTIVE: ['進行中', 'Active'],
  PARTLY_AGREED: ['一部成約', 'Partly agreed'],
  AGREED: ['成約', 'Agreed'],
  CLOSED: ['終了', 'Closed'],
};
const ACTION: Record<string, [string, string]> = {
  PROPOSED: ['提案', 'Proposed'],
  PART_ADDED: ['構成要素を追加', 'Part added'],
  PART_REPLACED: ['構成要素を差し替え', 'Part replaced'],
  PART_DROPPED: ['構成要素を外した', 'Part dropped'],
  STATUS_CHANGED: ['状態が変化', 'Status changed'],
};
const ACTOR: Record<string, [string, string]> = {
  ADMIN: ['管理者', 'administrator'],
  COORDINATOR: ['コーディネータ', 'coordinator'],
  RESEARCHER: ['研究者', 'researcher'],
  SYSTEM: ['構成要素の状態から自動', 'followed its parts'],
};
const FORWARD: MatchStatus[] = ['INTRODUCED', 'MEETING', 'NEGOTIATING'];
const KIND_OF_TARGET: Record<string, string> = {
  SEED: 'seedId',
  RESEARCHER: 'researcherId',
  INSTITUTION: 'institutionId',
  CONSORTIUM: 'consortiumId',
  FUNDING: 'fundingProgrammeId',
};

const roleName = (role: SupportPlanRole) => L(ROLE[role][0], ROLE[role][1]);
const pick = (ja: string, en: string) => (lang() === 'ja' ? ja : en);
const named = (o: { nameJa: string; nameEn?: string | null } | null | undefined) => (o ? pick(o.nameJa, o.nameEn ?? o.nameJa) : null);
type CandidatePlan = ConsolePlanCandidatesQuery['planCandidates']['plans'][number];
type CandidatePart = CandidatePlan['parts'][number];

/** The parts of a plan as one row of role columns; an empty role says so. */
function RoleColumns<P extends { role: SupportPlanRole }>({
  roles,
  parts,
  render,
}: {
  roles: SupportPlanRole[];
  parts: P[];
  render: (part: P) => preact.ComponentChildren;
}) {
  return (
    <ul class="plan-parts" style={{ gridTemplateColumns: `repeat(${roles.length}, minmax(0, 1fr))` }}>
      {roles.map((role) => {
        const part = parts.find((p) => p.role === role);
        return (
          <li key={role} class={`plan-part role-${role.toLowerCase()}${part ? '' : ' empty'}`}>
            <h4>
              <span class="role-mark" aria-hidden="true">
                {ROLE[role][2]}
              </span>
              {roleName(role)}
            </h4>
            {part ? render(part) : <p class="muted">{L('該当なし', 'None')}</p>}
          </li>
        );
      })}
    </ul>
  );
}

/** The roles a set of plans uses, in the fixed order research → management. */
const usedRoles = (plans: Array<{ parts: Array<{ role: SupportPlanRole }>; missingRoles?: SupportPlanRole[] }>) =>
  ROLES.filter((r) => plans.some((p) => p.parts.some((x) => x.role === r) || p.missingRoles?.includes(r)));

function ScoreMeter({ score, label: text }: { score: number; label: string }) {
  return (
    <span class="score">
      <meter min={0} max={1} low={0.4} high={0.7} optimum={1} value={score} aria-label={text} /> {percent(score)}
    </span>
  );
}

/** `/needs/:id/plan`: 「支援プランを組む」. */
export function PlanCandidatesPage({ needId }: { needId: string }) {
  const q = useQuery(Candidates, { needId, first: 3 });
  return (
    <Loaded q={q}>
      {(data) => (
        <>
          <p class="crumbs">
            <Link href={`/needs/${needId}`}>← {data.need?.title ?? L('ニーズ', 'Need')}</Link>
          </p>
          <h1>{L('支援プランを組む', 'Build a support plan')}</h1>
          <p class="muted">
            {L(
              '研究・試験設備・ネットワーク・資金・経営支援を組み合わせた候補です。各要素のスコアは種類を問わず同じ尺度 (40% で可能性あり、70% で有力) です。',
              'Candidates combining research, testing, network, funding and management support. Part scores share one scale whatever the kind (40% a possible fit, 70% a strong one).',
            )}
          </p>
          {data.supportPlans.edges.length > 0 && (
            <section aria-labelledby="proposed-heading">
              <h2 id="proposed-heading">{L('提案済みの支援プラン', 'Plans already proposed')}</h2>
              <ul>
                {data.supportPlans.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link href={`/plans/${node.id}`}>
                      {formatDate(node.proposedAt)} — {L(...STATUS[node.status])} ({node.parts.map((p) => roleName(p.role)).join('・')}, {percent(node.score)})
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {data.planCandidates.plans.length === 0 && <p>{L('組める支援プランがありません。', 'No support plan can be assembled.')}</p>}
          <ol class="plan-list">
            {data.planCandidates.plans.map((plan) => (
              <CandidatePlanCard key={plan.rank} plan={plan} needId={needId} roles={usedRoles(data.planCandidates.plans)} />
            ))}
          </ol>
          {data.planCandidates.excluded.length > 0 && (
            <section aria-labelledby="excluded-heading">
              <h2 id="excluded-heading">{L('除外した候補', 'Left out')}</h2>
              <ul>
                {data.planCandidates.excluded.map((e) => (
                  <li key={e.targetId}>
                    {roleName(e.role)}: {e.labelJa} — {pick(e.reasonJa, e.reasonEn)}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Loaded>
  );
}

function CandidatePlanCard({ plan, needId, roles }: { plan: CandidatePlan; needId: string; roles: SupportPlanRole[] }) {
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const propose = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const parts = plan.parts.map((p) => ({ role: p.role, [KIND_OF_TARGET[p.targetKind]]: p.targetId }));
      const { proposePlan } = await gql(ProposePlan, { input: { needId, parts: parts as never, note: note.trim() || null } });
      navigate(`/plans/${proposePlan.id}`);
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  const heading = `plan-${plan.rank}`;
  return (
    <li class="card plan" aria-labelledby={heading}>
      <div class="plan-head">
        <h2 id={heading}>
          {L(`プラン ${plan.rank}`, `Plan ${plan.rank}`)} <ScoreMeter score={plan.score} label={L('プランスコア', 'Plan score')} />
        </h2>
        {plan.missingRoles.length > 0 && (
          <span class="muted">
            {L('欠けている役割', 'Missing')}: {plan.missingRoles.map(roleName).join('、')}
          </span>
        )}
      </div>
      <p class="plan-why">{pick(plan.explanationJa, plan.explanationEn)}</p>
      <RoleColumns roles={roles} parts={plan.parts} render={(p: CandidatePart) => <CandidatePartView part={p} />} />
      {error && <ErrorBox message={error} />}
      {open ? (
        <form class="propose" onSubmit={propose}>
          <Field id={`plan-note-${plan.rank}`} label={L('提案のメモ', 'Note')}>
            <textarea id={`plan-note-${plan.rank}`} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </Field>
          <button type="submit" class="primary" disabled={busy}>
            {L('この支援プランを提案する', 'Propose this support plan')}
          </button>{' '}
          <button type="button" onClick={() => setOpen(false)}>
            {L('やめる', 'Cancel')}
          </button>
        </form>
      ) : (
        <button type="button" class="primary" onClick={() => setOpen(true)}>
          {L(`プラン ${plan.rank} を提案`, `Propose plan ${plan.rank}`)}
        </button>
      )}
    </li>
  );
}

function CandidatePartView({ part }: { part: CandidatePart }) {
  return (
    <>
      <strong class="part-name">{pick(part.labelJa, part.labelEn)}</strong>
      <ScoreMeter score={part.score} label={L('要素のスコア', 'Part score')} />
      {part.overCapacity && <Badge kind="warn">{L('受入れ上限', 'At capacity')}</Badge>}
      <p class="part-why">{pick(part.reasonJa, part.reasonEn)}</p>
    </>
  );
}

type PlanData = NonNullable<ConsoleSupportPlanQuery['supportPlan']>;
type PlanPart = PlanData['parts'][number];
const targetName = (m: NonNullable<PlanPart['match']>) =>
  m.seed?.title ?? named(m.researcher) ?? named(m.institution) ?? named(m.consortium) ?? named(m.fundingProgramme) ?? '—';

/** `/plans/:id`: one plan, its parts side by side. */
export function PlanPage({ id }: { id: string }) {
  const q = useQuery(PlanQuery, { id });
  return (
    <Loaded q={q}>
      {(data) =>
        data.supportPlan ? (
          <PlanView plan={data.supportPlan} reload={q.reload} />
        ) : (
          <ErrorBox message={L('この支援プランは見つかりません。', 'This support plan was not found.')} />
        )
      }
    </Loaded>
  );
}

function PlanView({ plan, reload }: { plan: PlanData; reload: () => void }) {
  const live = plan.parts.filter((p) => !p.removedAt);
  const removed = plan.parts.filter((p) => p.removedAt);
  // Every role the plan has held: a dropped one shows as empty.
  const roles = ROLES.filter((r) => plan.parts.some((p) => p.role === r));
  return (
    <>
      {plan.need && (
        <p class="crumbs">
          <Link href={`/needs/${plan.need.id}`}>← {plan.need.title}</Link>
        </p>
      )}
      <h1>
        {L('支援プラン', 'Support plan')}: {plan.need?.title ?? ''}
      </h1>
      <div class="meta">
        <Badge kind={plan.status === 'AGREED' ? 'ok' : plan.status === 'CLOSED' ? '' : 'warn'}>{L(...STATUS[plan.status])}</Badge>
        <ScoreMeter score={plan.score} label={L('プランスコア', 'Plan score')} />
        <span>
          {L('提案', 'Proposed')} {formatDate(plan.proposedAt)}
          {plan.proposedBy && ` (${plan.proposedBy.name})`}
        </span>
        {plan.agreedAt && (
          <span>
            {L('成約', 'Agreed')} {formatDate(plan.agreedAt)}
          </span>
        )}
      </div>
      <p class="plan-why">{pick(plan.explanationJa, plan.explanationEn)}</p>
      {plan.note && <p class="muted">{plan.note}</p>}
      <RoleColumns roles={roles} parts={live} render={(p: PlanPart) => <LivePart part={p} plan={plan} reload={reload} />} />
      <AddPartForm plan={plan} roles={ROLES.filter((r) => !live.some((p) => p.role === r))} reload={reload} />
      <section aria-labelledby="plan-history">
        <h2 id="plan-history">{L('履歴', 'History')}</h2>
        <ol class="timeline">
          {plan.history.map((h, i) => (
            <li key={i}>
              <time>{formatDate(h.occurredAt)}</time> {L(...ACTION[h.action])}
              {h.role && ` — ${roleName(h.role)}`}
              {h.status && ` → ${L(...STATUS[h.status])}`} <span class="muted">({ACTOR[h.actorRole] ? L(...ACTOR[h.actorRole]) : h.actorRole})</span>
              {h.reason && <div class="muted">{h.reason}</div>}
            </li>
          ))}
        </ol>
        {removed.length > 0 && (
          <>
            <h3>{L('外した・差し替えた構成要素', 'Dropped and replaced parts')}</h3>
            <ul>
              {removed.map((p, i) => (
                <li key={i}>
                  {roleName(p.role)}: {p.match ? targetName(p.match) : '—'} ({formatDate(p.removedAt)}, {p.match ? label('MatchStatus', p.match.status) : ''})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

/** One action on a plan part: its label names the part's role too, for screen readers (several parts show the same buttons). */
function PartAction(props: { text: string; role: string; onClick: () => void; expanded?: boolean; primary?: boolean }) {
  return (
    <button
      type="button"
      class={props.primary ? 'primary' : undefined}
      onClick={props.onClick}
      aria-expanded={props.expanded}
      aria-label={`${props.text} (${props.role})`}
    >
      {props.text}
    </button>
  );
}

function LivePart({ part, plan, reload }: { part: PlanPart; plan: PlanData; reload: () => void }) {
  const m = part.match;
  const [mode, setMode] = useState<'none' | 'agree' | 'decline' | 'replace'>('none');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<OutcomeType>(part.role === 'FUNDING' ? 'GRANT_APPLICATION' : 'JOINT_RESEARCH');
  const [reason, setReason] = useState<DeclineReason>('NOT_RELEVANT');
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      setMode('none');
      reload();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  if (!m) return <p class="muted">{L('閲覧できない紹介', 'Introduction not visible')}</p>;
  const move = (to: MatchStatus, extra: Record<string, unknown> = {}) =>
    run(() => gql(MovePart, { input: { id: m.id, expectedVersion: m.version, to, ...extra } }));
  const forward = m.allowedTransitions.find((s) => FORWARD.includes(s));
  const name = targetName(m);
  const pre = `part-${part.role.toLowerCase()}`;
  const role = roleName(part.role);
  return (
    <>
      <strong class="part-name">{name}</strong>
      <div class="part-state">
        <Badge kind={m.status === 'AGREED' ? 'ok' : m.status === 'DECLINED' || m.status === 'WITHDRAWN' ? 'danger' : ''}>
          {label('MatchStatus', m.status)}
        </Badge>
        {part.partScore != null && <ScoreMeter score={part.partScore} label={L('要素のスコア', 'Part score')} />}
      </div>
      <p class="part-why">{pick(part.reasonJa, part.reasonEn)}</p>
      {error && <ErrorBox message={error} />}
      <div class="actions">
        {forward && <PartAction primary text={`${L('進める', 'Advance')}: ${label('MatchStatus', forward)}`} role={role} onClick={() => move(forward)} />}
        {m.allowedTransitions.includes('AGREED') && (
          <PartAction text={L('成約を記録', 'Record agreement')} role={role} expanded={mode === 'agree'} onClick={() => setMode('agree')} />
        )}
        {m.allowedTransitions.includes('DECLINED') && (
          <PartAction text={L('辞退', 'Decline')} role={role} expanded={mode === 'decline'} onClick={() => setMode('decline')} />
        )}
        {/* An agreed part is a commitment: the API refuses to replace or drop it (PLAN_PART_AGREED). */}
        {m.status !== 'AGREED' && (
          <>
            <PartAction text={L('差し替える', 'Replace')} role={role} expanded={mode === 'replace'} onClick={() => setMode('replace')} />
            <PartAction
              text={L('外す', 'Drop')}
              role={role}
              onClick={() => run(() => gql(DropPart, { input: { planId: plan.id, expectedVersion: plan.version, role: part.role } }))}
            />
          </>
        )}
      </div>
      {mode === 'agree' && (
        <form class="inline-form" onSubmit={(e) => (e.preventDefault(), move('AGREED', { outcomeType: outcome }))}>
          <Field id={`${pre}-outcome`} label={L('成果の種類', 'Outcome type')}>
            <select id={`${pre}-outcome`} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as OutcomeType)}>
              {values('OutcomeType').map((o) => (
                <option key={o} value={o}>
                  {label('OutcomeType', o)}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" class="primary">
            {L('成約として記録する', 'Record as agreed')}
          </button>
        </form>
      )}
      {mode === 'decline' && (
        <form class="inline-form" onSubmit={(e) => (e.preventDefault(), move('DECLINED', { declineReason: reason }))}>
          <Field id={`${pre}-reason`} label={L('辞退の理由', 'Reason')}>
            <select id={`${pre}-reason`} value={reason} onChange={(e) => setReason(e.currentTarget.value as DeclineReason)}>
              {values('DeclineReason').map((o) => (
                <option key={o} value={o}>
                  {label('DeclineReason', o)}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit">{L('辞退として記録する', 'Record as declined')}</button>
        </form>
      )}
      {mode === 'replace' && (
        <TargetPicker
          plan={plan}
          role={part.role}
          exclude={name}
          action={L('差し替える', 'Replace')}
          onPick={(target, why) =>
            run(() => gql(ReplacePart, { input: { planId: plan.id, expectedVersion: plan.version, part: { role: part.role, ...target }, reason: why } }))
          }
        />
      )}
    </>
  );
}

/** Add a part in a role the plan does not fill. */
function AddPartForm({ plan, roles, reload }: { plan: PlanData; roles: SupportPlanRole[]; reload: () => void }) {
  const [role, setRole] = useState<SupportPlanRole | ''>('');
  const [error, setError] = useState<string | null>(null);
  if (roles.length === 0) return null;
  return (
    <section class="add-part" aria-labelledby="add-part-heading">
      <h2 id="add-part-heading">{L('構成要素を追加', 'Add a part')}</h2>
      <Field id="add-role" label={L('役割', 'Role')}>
        <select id="add-role" value={role} onChange={(e) => setRole(e.currentTarget.value as SupportPlanRole)}>
          <option value="">{L('選んでください', 'Choose')}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
      </Field>
      {error && <ErrorBox message={error} />}
      {role && (
        <TargetPicker
          plan={plan}
          role={role}
          exclude=""
          action={L('追加する', 'Add')}
          onPick={async (target, why) => {
            setError(null);
            try {
              await gql(AddPart, { input: { planId: plan.id, expectedVersion: plan.version, part: { role, ...target }, reason: why } });
              setRole('');
              reload();
            } catch (e) {
              setError(messageOf(e));
            }
          }}
        />
      )}
    </section>
  );
}

/** The ranked candidates of one role (from the plan candidates of the need), to pick a target from. */
function TargetPicker({
  plan,
  role,
  exclude,
  action,
  onPick,
}: {
  plan: PlanData;
  role: SupportPlanRole;
  exclude: string;
  action: string;
  onPick: (target: Record<string, string>, reason: string | null) => void;
}) {
  const q = useQuery(Candidates, { needId: plan.need?.id ?? '', first: 10 }, !plan.need);
  const [choice, setChoice] = useState('');
  const [why, setWhy] = useState('');
  const pre = `pick-${role.toLowerCase()}`;
  return (
    <Loaded q={q}>
      {(data) => {
        const seen = new Map<string, CandidatePart>();
        for (const p of data.planCandidates.plans.flatMap((x) => x.parts))
          if (p.role === role && pick(p.labelJa, p.labelEn) !== exclude && !seen.has(p.targetId)) seen.set(p.targetId, p);
        const options = [...seen.values()].sort((a, b) => b.score - a.score);
        if (options.length === 0) return <p class="muted">{L('この役割の候補はありません。', 'No candidate for this role.')}</p>;
        const chosen = seen.get(choice);
        return (
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (chosen) onPick({ [KIND_OF_TARGET[chosen.targetKind]]: chosen.targetId }, why.trim() || null);
            }}
          >
            <Field id={`${pre}-target`} label={L('候補', 'Candidate')}>
              <select id={`${pre}-target`} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
                <option value="">{L('選んでください', 'Choose')}</option>
                {options.map((o) => (
                  <option key={o.targetId} value={o.targetId}>
                    {pick(o.labelJa, o.labelEn)} ({percent(o.score)})
                  </option>
                ))}
              </select>
            </Field>
            {chosen && <p class="part-why">{pick(chosen.reasonJa, chosen.reasonEn)}</p>}
            <Field id={`${pre}-why`} label={L('理由', 'Reason')}>
              <input id={`${pre}-why`} value={why} onInput={(e) => setWhy(e.currentTarget.value)} />
            </Field>
            <button type="submit" class="primary" disabled={!chosen}>
              {action}
            </button>
          </form>
        );
      }}
    </Loaded>
  );
}
