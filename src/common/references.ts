import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { Region } from '../regions/region.entity';
import { ResearchField } from '../taxonomy/research-field.entity';
import { BilingualMessage, InvalidInputError, InputProblem, StaleVersionError } from './errors';

/** Field codes must name existing taxonomy nodes (arrays cannot carry foreign keys). */
export async function assertFieldCodes(manager: EntityManager, codes: readonly string[], field: string): Promise<void> {
  if (codes.length === 0) return;
  const found = await manager.getRepository(ResearchField).find({ where: { code: In([...new Set(codes)]) }, select: { code: true } });
  const known = new Set(found.map((row) => row.code));
  const problems: InputProblem[] = codes
    .map((code, index) => ({ code, index }))
    .filter(({ code }) => !known.has(code))
    .map(({ index }) => ({ field: `${field}[${index}]`, ja: '登録されていない分野コードです', en: 'is not a known field code', constraint: 'knownField' }));
  if (problems.length > 0) throw new InvalidInputError(problems);
}

export async function assertRegionCode(manager: EntityManager, code: string | null | undefined, field: string): Promise<void> {
  if (code === null || code === undefined) return;
  const exists = await manager.getRepository(Region).exists({ where: { code } });
  if (!exists) throw InvalidInputError.of(field, '登録されていない地域コードです', 'is not a known region code', 'knownRegion');
}

/**
 * The row an input refers to (by its uuid, decoded at the API edge). A reference to something
 * missing is bad input (BAD_USER_INPUT on that field), not NOT_FOUND.
 */
export async function resolveReference<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, id: string, field: string): Promise<T> {
  const row = await manager.getRepository(entity).findOne({ where: { id } as never });
  if (!row) throw InvalidInputError.of(field, '指定されたデータが存在しません', 'refers to a record that does not exist', 'exists');
  return row;
}

/** Refuses an update whose `expectedVersion` is not the stored one: the client saw stale data. */
export function assertVersion(what: BilingualMessage, current: { version: number }, expectedVersion: number): void {
  if (current.version !== expectedVersion) throw new StaleVersionError(what, current.version);
}
