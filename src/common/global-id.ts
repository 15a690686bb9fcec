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
