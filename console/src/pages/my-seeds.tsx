import { useEffect, useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { ApiError, gql, messageOf } from '../api';
import { graphql } from '../gql';
import type { CollaborationForm, SeedStatus } from '../gql/graphql';
import { formatDate, L, label, lang, values } from '../i18n';
import { session } from '../session';
import { Badge, described, ErrorBox, Field, Loaded, Loading, useQuery } from '../ui';

const MySeeds = graphql(`
  query ConsoleMySeeds($id: ID!) {
    researcher(id: $id) { id nameJa seeds(status: [DRAFT, PUBLISHED]) { id title trl status updatedAt } }
  }
`);
const SeedForEdit = graphql(`
  query ConsoleSeedForEdit($id: ID!) {
    seed(id: $id) { id version title summary trl status keywords collaborationForms fieldCodes }
  }
`);
const Fields = graphql(`
  query ConsoleResearchFields { researchFields { code depth nameJa nameEn } }
`);
const Register = graphql(`
  mutation ConsoleRegisterSeed($input: RegisterSeedInput!) { registerSeed(input: $input) { id } }
`);
const Update = graphql(`
  mutation ConsoleUpdateSeed($input: UpdateSeedInput!) { updateSeed(input: $input) { id version } }
`);

export function MySeedsPage() {
  const researcherId = session()?.researcherId;
  const q = useQuery(MySeeds, { id: researcherId ?? '' }, !researcherId);
  if (!researcherId) return <ErrorBox message={L('このアカウントには研究者の記録がありません。', 'This account has no researcher record.')} />;
  return (
    <>
      <h1>{L('自分の研究シーズ', 'My research seeds')}</h1>
      <p>
        <Link href="/my/seeds/new" class="button primary">
          {L('シーズを登録する', 'Register a seed')}
        </Link>
      </p>
      <Loaded q={q}>
        {(d) => (
          <ul class="cards">
            {(d.researcher?.seeds ?? []).map((s) => (
              <li key={s.id} class="card">
                <Link href={`/seeds/${s.id}`}>{s.title}</Link>
                <div class="meta">
                  <Badge kind={s.status === 'DRAFT' ? 'warn' : 'ok'}>{label('SeedStatus', s.status)}</Badge>
                  <span>TRL {s.trl}</span>
                  <span>{formatDate(s.updatedAt)}</span>
                  <Link href={`/my/seeds/${s.id}/edit`} aria-label={`${L('編集', 'Edit')}: ${s.title}`}>
                    {L('編集', 'Edit')}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </>
  );
}

interface FormState {
  title: string;
  summary: string;
  trl: string;
  keywords: string;
  fieldCodes: string[];
  collaborationForms: CollaborationForm[];
  status: SeedStatus;
}
const EMPTY: FormState = { title: '', summary: '', trl: '', keywords: '', fieldCodes: [], collaborationForms: [], status: 'DRAFT' };

export function SeedFormPage({ id }: { id?: string }) {
  const [, navigate] = useLocation();
  const existing = useQuery(SeedForEdit, { id: id ?? '' }, !id);
  const fields = useQuery(Fields, {});
  const [form, setForm] = useState<FormState>(EMPTY);
  const [version, setVersion] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const s = existing.data?.seed;
    if (s) {
      setForm({
        title: s.title,
        summary: s.summary,
        trl: String(s.trl),
        keywords: s.keywords.join('、'),
        fieldCodes: s.fieldCodes,
        collaborationForms: s.collaborationForms,
        status: s.status,
      });
      setVersion(s.version);
    }
  }, [existing.data]);
  if (id && !existing.data) return existing.error ? <ErrorBox message={existing.error} /> : <Loading />;
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const err = (name: string) => errors[`input.${name}`] ?? null;
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setGeneral(null);
    const common = {
      title: form.title,
      summary: form.summary,
      trl: form.trl.trim() === '' ? 0 : Number(form.trl),
      keywords: form.keywords
        .split(/[,、，\s]+/)
        .map((k) => k.trim())
        .filter(Boolean),
      fieldCodes: form.fieldCodes,
      collaborationForms: form.collaborationForms,
      status: form.status,
    };
    try {
      const saved = id
        ? (await gql(Update, { input: { id, expectedVersion: version, ...common } })).updateSeed
        : (await gql(Register, { input: { ...common, ownerIds: [session()!.researcherId!] } })).registerSeed;
      navigate(`/seeds/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.problems.length > 0) {
        const byField: Record<string, string> = {};
        for (const p of error.problems) {
          const key = p.field.replace(/\[\d+\]$/, '');
          byField[key] = byField[key] ? byField[key] : lang() === 'ja' ? p.ja : p.en;
        }
        setErrors(byField);
        const known = ['input.title', 'input.summary', 'input.trl', 'input.keywords', 'input.fieldCodes', 'input.collaborationForms', 'input.status'];
        const others = error.problems.filter((p) => !known.includes(p.field.replace(/\[\d+\]$/, '')));
        setGeneral(
          others.length
            ? others.map((p) => (lang() === 'ja' ? p.ja : p.en)).join(' ')
            : L('入力に誤りがあります。各項目の下のメッセージを確認してください。', 'Some fields need attention: see the message under each.'),
        );
        // Move focus to the first field in error, so keyboard and screen-reader users land on it.
        setTimeout(() => (document.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus(), 0);
      } else setGeneral(messageOf(error));
    }
    setBusy(false);
  };
  return (
    <>
      <h1>{id ? L('シーズを編集', 'Edit the seed') : L('シーズを登録', 'Register a seed')}</h1>
      <form class="seed-form" onSubmit={submit} noValidate>
        {general && <ErrorBox message={general} />}
        <Field id="seed-title" label={L('題名', 'Title')} error={err('title')}>
          <input {...described('seed-title', err('title'))} value={form.title} onInput={(e) => set('title', e.currentTarget.value)} />
        </Field>
        <Field id="seed-summary" label={L('概要', 'Summary')} error={err('summary')}>
          <textarea {...described('seed-summary', err('summary'))} rows={6} value={form.summary} onInput={(e) => set('summary', e.currentTarget.value)} />
        </Field>
        <Field id="seed-trl" label={L('技術成熟度 (TRL 1〜9)', 'Technology readiness (TRL 1–9)')} error={err('trl')}>
          <input {...described('seed-trl', err('trl'))} inputMode="numeric" value={form.trl} onInput={(e) => set('trl', e.currentTarget.value)} />
        </Field>
        <Field id="seed-keywords" label={L('キーワード (読点またはカンマ区切り)', 'Keywords (comma-separated)')} error={err('keywords')}>
          <input {...described('seed-keywords', err('keywords'))} value={form.keywords} onInput={(e) => set('keywords', e.currentTarget.value)} />
        </Field>
        <Field id="seed-fields" label={L('分野 (複数選択可)', 'Fields (choose one or more)')} error={err('fieldCodes')}>
          <select
            {...described('seed-fields', err('fieldCodes'))}
            multiple
            size={8}
            onChange={(e) =>
              set(
                'fieldCodes',
                [...e.currentTarget.selectedOptions].map((o) => o.value),
              )
            }
          >
            {(fields.data?.researchFields ?? []).map((f) => (
              <option key={f.code} value={f.code} selected={form.fieldCodes.includes(f.code)}>
                {'　'.repeat(Math.max(0, f.depth - 1))}
                {lang() === 'en' ? f.nameEn : f.nameJa}
              </option>
            ))}
          </select>
        </Field>
        <fieldset class={err('collaborationForms') ? 'invalid' : ''}>
          <legend>{L('提供できる連携の形', 'Collaboration forms offered')}</legend>
          {values('CollaborationForm').map((c) => (
            <label key={c} class="check">
              <input
                type="checkbox"
                checked={form.collaborationForms.includes(c as CollaborationForm)}
                onChange={(e) =>
                  set(
                    'collaborationForms',
                    e.currentTarget.checked ? [...form.collaborationForms, c as CollaborationForm] : form.collaborationForms.filter((x) => x !== c),
                  )
                }
              />
              {label('CollaborationForm', c)}
            </label>
          ))}
          {err('collaborationForms') && <small class="field-error">{err('collaborationForms')}</small>}
        </fieldset>
        <Field id="seed-status" label={L('状態', 'Status')} error={err('status')}>
          <select {...described('seed-status', err('status'))} value={form.status} onChange={(e) => set('status', e.currentTarget.value as SeedStatus)}>
            <option value="DRAFT">{label('SeedStatus', 'DRAFT')}</option>
            <option value="PUBLISHED">{label('SeedStatus', 'PUBLISHED')}</option>
          </select>
        </Field>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? L('保存中…', 'Saving…') : L('保存する', 'Save')}
        </button>
      </form>
    </>
  );
}
