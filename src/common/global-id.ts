import { InvalidInputError } from './errors';

/**
 * Relay global IDs: opaque base64url of `Type:databaseId`, so `node(id:)` can find any object
 * and clients never depend on our primary keys.
 */
export function toGlobalId(typeName: string, id: string): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  typeName: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a global ID; throws BAD_USER_INPUT naming `field` when it is malformed or of another type. */
export function fromGlobalId(globalId: string, expectedType?: string, field = 'id'): DecodedGlobalId {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const typeName = separator > 0 ? decoded.slice(0, separator) : '';
  const id = separator > 0 ? decoded.slice(separator + 1) : '';
  const valid = /^[A-Z][A-Za-z]+$/.test(typeName) && id.length > 0 && (typeName === 'ResearchField' || typeName === 'Region' || UUID.test(id));
  if (!valid) {
    throw InvalidInputError.of(field, 'ID の形式が正しくありません', 'is not a valid ID', 'globalId');
  }
  if (expectedType && typeName !== expectedType) {
    throw InvalidInputError.of(field, `${expectedType} の ID を指定してください`, `must be the ID of a ${expectedType}`, 'globalIdType');
  }
  return { typeName, id };
}

/**
 * Global IDs are decoded once, at the API edge (resolvers); services and everything below them
 * take plain uuids. The errors name the argument path at fault, as the client wrote it.
 */
export function idOf(globalId: string, expectedType: string, field: string): string {
  return fromGlobalId(globalId, expectedType, field).id;
}

/** The type name of each ID field of an input. */
export type IdTypes<T> = { readonly [K in keyof T]?: string };

/**
 * A copy of an input (or filter) whose ID fields, named with their types, hold uuids instead of
 * global IDs: single IDs at `<path>.<field>`, list items at `<path>.<field>[i]`, decoded in the
 * order listed; fields left null or out stay so. Null and undefined inputs pass through.
 */
export function withDecodedIds<T extends object>(input: T, types: IdTypes<T>, path: string): T;
export function withDecodedIds<T extends object>(input: T | null | undefined, types: IdTypes<T>, path: string): T | null | undefined;
export function withDecodedIds<T extends object>(input: T | null | undefined, types: IdTypes<T>, path: string): T | null | undefined {
  if (input === null || input === undefined) return input;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(input) as object) as T, input);
  const fields = copy as Record<string, unknown>;
  for (const [name, type] of Object.entries(types) as Array<[string, string]>) {
    const value = fields[name];
    const field = path ? `${path}.${name}` : name;
    if (typeof value === 'string') fields[name] = idOf(value, type, field);
    else if (Array.isArray(value)) fields[name] = value.map((item: string, index) => idOf(item, type, `${field}[${index}]`));
  }
  return copy;
}
