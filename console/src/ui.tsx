import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { gql, messageOf } from './api';
import type { TypedDocumentString } from './gql/graphql';
import { L } from './i18n';

/** Loads an operation when its variables change; `reload` runs it again. */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, skip = false) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data: R | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: !skip });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    (gql as (d: TypedDocumentString<R, V>, v: V) => Promise<R>)(document, variables).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error) => live && setState({ data: null, error: messageOf(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, tick, skip]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

export function Loading({ what }: { what?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {what ?? L('読み込み中…', 'Loading…')}
    </p>
  );
}

export function ErrorBox({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div class="error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {L('再読み込み', 'Retry')}
        </button>
      )}
    </div>
  );
}

/** Renders the children once the query has data; loading and errors in between. */
export function Loaded<R>({
  q,
  children,
}: {
  q: { data: R | null; error: string | null; loading: boolean; reload: () => void };
  children: (data: R) => ComponentChildren;
}) {
  if (q.error) return <ErrorBox message={q.error} onRetry={q.reload} />;
  if (!q.data) return <Loading />;
  return <>{children(q.data)}</>;
}

/** A labelled control with its message from the API next to it (aria-describedby, aria-invalid). */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string | null; hint?: string; children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} class="field-error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
/** The aria attributes a control inside <Field> takes. */
export const described = (id: string, error?: string | null, hint?: boolean) => ({
  id,
  'aria-invalid': error ? ('true' as const) : undefined,
  'aria-describedby': [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined,
});

export function Badge({ kind, children }: { kind?: string; children: ComponentChildren }) {
  return <span class={`badge ${kind ?? ''}`}>{children}</span>;
}

/** Horizontal bars as inline SVG-free HTML: a label, a bar of `value / max`, the figure. */
export function BarList({
  rows,
  max,
  format,
}: {
  rows: Array<{ label: string; value: number; title?: string }>;
  max?: number;
  format?: (n: number) => string;
}) {
  const top = max ?? Math.max(1, ...rows.map((r) => r.value));
  return (
    <ul class="barlist">
      {rows.map((r) => (
        <li key={r.label}>
          <span class="barlabel">{r.label}</span>
          <span class="bar" aria-hidden="true">
            <span style={{ width: `${Math.max(0, Math.min(100, (r.value / top) * 100))}%` }} />
          </span>
          <span class="barvalue">{format ? format(r.value) : r.value}</span>
        </li>
      ))}
    </ul>
  );
}
