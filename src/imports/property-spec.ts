import type { RecordType } from './record-types';

/** Scalar kinds a property (or a list item) can have. */
export type ScalarKind = 'key' | 'regionCode' | 'fieldCode' | 'line' | 'paragraph' | 'email' | 'url' | 'phone' | 'date' | 'dateTime' | 'enum' | 'int' | 'bool';

/** A reference to another record by key (or code); a function when the target depends on the item (members). */
export type ReferenceTarget = RecordType | ((item: Record<string, unknown>) => RecordType | null);

/**
 * One property of the data format. The same description drives validation, CSV cell
 * conversion (lists split on `;`, nested lists as JSON) and export.
 */
export type PropertySpec = {
  name: string;
  required?: boolean;
  /** The value when the property is omitted (null when not given). */
  default?: unknown;
  ref?: ReferenceTarget;
} & (
  | { kind: ScalarKind; maxLength?: number; values?: readonly string[]; min?: number; max?: number }
  | { kind: 'list'; item: ScalarKind; maxItems: number; maxLength?: number; values?: readonly string[]; minItems?: number }
  | { kind: 'objects'; properties: PropertySpec[]; maxItems: number }
);

export type RecordSpec = PropertySpec[];

export const isListSpec = (spec: PropertySpec): spec is PropertySpec & { kind: 'list' } => spec.kind === 'list';
export const isObjectsSpec = (spec: PropertySpec): spec is PropertySpec & { kind: 'objects' } => spec.kind === 'objects';

/** What separates list items in a CSV cell when reading: `;` or its full-width form. */
export const LIST_SEPARATORS = /[;；]/;
