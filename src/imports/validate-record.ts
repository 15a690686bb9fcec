import type { BilingualMessage } from '../common/errors';
import { importMessages as msg } from './import-messages';
import { LIST_SEPARATORS, isListSpec, isObjectsSpec, PropertySpec } from './property-spec';
import { RECORD_SPECS } from './record-specs';
import type { RecordType } from './record-types';
import { normaliseScalar } from './scalar-values';
import { foldLine } from '../common/text';

const foldedKey = (value: unknown): unknown => (typeof value === 'string' ? foldLine(value) : value);

/** A problem inside one record: the property path (`patents[0].number`) and why. */
export interface FieldProblem {
  path: string;
  message: BilingualMessage;
}

export type RecordValues = Record<string, unknown>;

export interface ValidatedRecord {
  values: RecordValues;
  problems: FieldProblem[];
}

/**
 * Checks one raw record (parsed JSON, or a CSV row after cell conversion) against its section's
 * properties and returns the normalised values with defaults filled in. Never throws.
 */
export function validateRecord(type: RecordType, raw: Record<string, unknown>): ValidatedRecord {
  const result = validateObject(RECORD_SPECS[type], raw, '');
  result.problems.push(...(CROSS_CHECKS[type]?.(result.values) ?? []));
  return result;
}

function validateObject(specs: PropertySpec[], raw: Record<string, unknown>, prefix: string): ValidatedRecord {
  const values: RecordValues = {};
  const problems: FieldProblem[] = [];
  const known = new Set(specs.map((spec) => spec.name));
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) problems.push({ path: `${prefix}${name}`, message: msg.unknownProperty() });
  }
  for (const spec of specs) {
    const path = `${prefix}${spec.name}`;
    const checked = validateProperty(spec, raw[spec.name], path);
    problems.push(...checked.problems);
    const empty = checked.value === null || (Array.isArray(checked.value) && checked.value.length === 0);
    if (empty && spec.required && checked.problems.length === 0) problems.push({ path, message: msg.required() });
    values[spec.name] = empty && spec.default !== undefined ? spec.default : checked.value;
  }
  return { values, problems };
}

function validateProperty(spec: PropertySpec, raw: unknown, path: string): { value: unknown; problems: FieldProblem[] } {
  if (isListSpec(spec)) return validateList(spec, raw, path);
  if (isObjectsSpec(spec)) return validateObjects(spec, raw, path);
  const result = normaliseScalar(spec, raw);
  return 'problem' in result ? { value: null, problems: [{ path, message: result.problem }] } : { value: result.value, problems: [] };
}

/** Lists drop blank items and repeats (first one kept; items that fold to the same form are repeats), like the services' normaliseList. */
function validateList(spec: PropertySpec & { kind: 'list' }, raw: unknown, path: string): { value: unknown[]; problems: FieldProblem[] } {
  if (raw === null || raw === undefined) return { value: [], problems: [] };
  if (!Array.isArray(raw)) return { value: [], problems: [{ path, message: msg.list() }] };
  const problems: FieldProblem[] = [];
  const items: unknown[] = [];
  const seen = new Set<unknown>();
  raw.forEach((item, index) => {
    const result = normaliseScalar({ kind: spec.item, maxLength: spec.maxLength, values: spec.values }, item);
    if ('problem' in result) problems.push({ path: `${path}[${index}]`, message: result.problem });
    else if (typeof result.value === 'string' && LIST_SEPARATORS.test(result.value)) {
      // `;` (or `；`) separates CSV list items: an item holding one could not survive an export.
      problems.push({ path: `${path}[${index}]`, message: msg.listItemSemicolon() });
    } else if (result.value !== null && !seen.has(foldedKey(result.value))) {
      seen.add(foldedKey(result.value));
      items.push(result.value);
    }
  });
  if (items.length > spec.maxItems) problems.push({ path, message: msg.listMax(spec.maxItems) });
  if (spec.minItems && items.length < spec.minItems && problems.length === 0 && raw.length > 0) problems.push({ path, message: msg.atLeastOne() });
  return { value: items, problems };
}

function validateObjects(spec: PropertySpec & { kind: 'objects' }, raw: unknown, path: string): { value: RecordValues[]; problems: FieldProblem[] } {
  if (raw === null || raw === undefined) return { value: [], problems: [] };
  if (!Array.isArray(raw)) return { value: [], problems: [{ path, message: msg.list() }] };
  const problems: FieldProblem[] = [];
  const items: RecordValues[] = [];
  raw.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ path: `${path}[${index}]`, message: msg.object() });
      return;
    }
    const result = validateObject(spec.properties, item as Record<string, unknown>, `${path}[${index}].`);
    problems.push(...result.problems);
    items.push(result.values);
  });
  if (items.length > spec.maxItems) problems.push({ path, message: msg.listMax(spec.maxItems) });
  return { value: items, problems };
}

/** Rules that involve more than one property. */
const CROSS_CHECKS: Partial<Record<RecordType, (values: RecordValues) => FieldProblem[]>> = {
  fundingProgrammes: (values) => {
    const problems: FieldProblem[] = [];
    const order = (a: unknown, b: unknown) => a !== null && b !== null && (a as number | string) > (b as number | string);
    if (order(values.trlMin, values.trlMax)) problems.push({ path: 'trlMax', message: msg.dateOrder() });
    if (order(values.amountMinYen, values.amountMaxYen)) problems.push({ path: 'amountMaxYen', message: msg.dateOrder() });
    (values.windows as RecordValues[]).forEach((w, index) => {
      if (order(w.opensOn, w.closesOn)) problems.push({ path: `windows[${index}].closesOn`, message: msg.dateOrder() });
    });
    return problems;
  },
  needs: (values) => {
    const min = values.budgetMinYen as number | null;
    const max = values.budgetMaxYen as number | null;
    return min !== null && max !== null && min > max ? [{ path: 'budgetMaxYen', message: msg.budgetOrder() }] : [];
  },
  companies: (values) =>
    (values.certifications as RecordValues[]).flatMap((certification, index) => {
      const { issuedOn, validUntil } = certification as { issuedOn: string | null; validUntil: string | null };
      // ISO dates compare correctly as strings.
      return issuedOn && validUntil && validUntil < issuedOn ? [{ path: `certifications[${index}].validUntil`, message: msg.dateOrder() }] : [];
    }),
  consortia: (values) => {
    const seen = new Set<string>();
    const problems: FieldProblem[] = [];
    (values.members as RecordValues[]).forEach((member, index) => {
      const id = `${String(member.type)}:${String(member.key)}`;
      if (seen.has(id)) problems.push({ path: `members[${index}]`, message: msg.duplicateItem() });
      seen.add(id);
    });
    return problems;
  },
};
