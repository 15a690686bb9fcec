/**
 * A concept of the bilingual concept table: one idea under all the names it goes by, so that
 * a Japanese need and an English seed meet on "concept:oled". Kept as data (JSON now, a
 * database table later) so administrators can add concepts without a release.
 */
export interface ConceptDefinition {
  /** Stable id, `[a-z0-9][a-z0-9.-]*`; becomes the term "concept:<id>". */
  readonly id: string;
  /** Japanese surface forms (variants, abbreviations); the first is the display label. */
  readonly ja: readonly string[];
  /** English surface forms; the first is the display label. */
  readonly en: readonly string[];
  /** Field taxonomy codes the concept belongs to (informational; for administrators and routing). */
  readonly fields?: readonly string[];
  /** Ids of broader concepts credited whenever this one is found (有機EL照明 also counts as 有機EL). */
  readonly broader?: readonly string[];
}

/** Raised with every problem found, so an administrator can fix a table in one pass. */
export class ConceptTableError extends Error {
  readonly code = 'INVALID_CONCEPT_TABLE';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid concept table: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
    this.name = 'ConceptTableError';
  }
}

const ID_PATTERN = /^[a-z0-9][a-z0-9.-]*$/;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * Checks the shape of a concept table (the parsed JSON array, or rows from the database):
 * ids, surface forms as string lists, broader ids that exist. Collects every problem.
 * @throws ConceptTableError
 */
export function validateConceptDefinitions(raw: unknown): ConceptDefinition[] {
  if (!Array.isArray(raw)) throw new ConceptTableError(['the concept table must be a JSON array']);
  const problems: string[] = [];
  const concepts: ConceptDefinition[] = [];
  const ids = new Set<string>();
  raw.forEach((entry: unknown, index) => {
    const at = `concept #${index}`;
    if (typeof entry !== 'object' || entry === null) return void problems.push(`${at}: not an object`);
    const c = entry as Record<string, unknown>;
    if (typeof c.id !== 'string' || !ID_PATTERN.test(c.id)) return void problems.push(`${at}: id must match ${ID_PATTERN}`);
    if (ids.has(c.id)) problems.push(`${c.id}: duplicate id`);
    ids.add(c.id);
    for (const key of ['ja', 'en', 'fields', 'broader'] as const) {
      if (c[key] !== undefined && !isStringArray(c[key])) problems.push(`${c.id}: ${key} must be a list of strings`);
    }
    const ja = isStringArray(c.ja) ? c.ja : [];
    const en = isStringArray(c.en) ? c.en : [];
    if (ja.length + en.length === 0) problems.push(`${c.id}: needs at least one surface form`);
    concepts.push({
      id: c.id,
      ja,
      en,
      fields: isStringArray(c.fields) ? c.fields : [],
      broader: isStringArray(c.broader) ? c.broader : [],
    });
  });
  for (const c of concepts) {
    for (const b of c.broader ?? []) if (!ids.has(b)) problems.push(`${c.id}: broader concept "${b}" does not exist`);
  }
  if (problems.length > 0) throw new ConceptTableError(problems);
  return concepts;
}
