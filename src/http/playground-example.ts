/**
 * A ready-made operation shown in the playground: one tab each on a first visit, and in the
 * "操作例 / Examples" pane at any time.
 *
 * The playground only offers the examples that validate against the running schema, so an
 * example may be written before its query exists (it appears once the feature lands); the
 * HTTP tests fail when an example names existing fields wrongly.
 */
export interface PlaygroundExample {
  titleJa: string;
  titleEn: string;
  /** One named operation (the name becomes the tab title), with a bilingual comment on top. */
  query: string;
  variables?: Record<string, unknown>;
}
