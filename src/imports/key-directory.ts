import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Company } from '../companies/company.entity';
import { Consortium } from '../consortia/consortium.entity';
import { Institution } from '../institutions/institution.entity';
import { Need } from '../needs/need.entity';
import { FundingProgramme } from '../funding/funding-programme.entity';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { Region } from '../regions/region.entity';
import { Seed } from '../seeds/seed.entity';
import { ResearchField } from '../taxonomy/research-field.entity';
import type { RecordType } from './record-types';
import { findInChunks } from './in-chunks';

/** The entity each section is stored in. */
export const ENTITY_OF: Record<RecordType, EntityTarget<ObjectLiteral>> = {
  regions: Region,
  fields: ResearchField,
  institutions: Institution,
  researchers: Researcher,
  coordinators: Coordinator,
  companies: Company,
  consortia: Consortium,
  seeds: Seed,
  needs: Need,
  fundingProgrammes: FundingProgramme,
};

/** Regions and fields are identified by their code, which is also their primary key. */
export const isCodeKeyed = (type: RecordType): boolean => type === 'regions' || type === 'fields';

/**
 * Maps external keys to row ids, per record type: filled from the database for keys a file
 * refers to, and as records are written (so later sections can refer to them).
 */
export class KeyDirectory {
  private readonly ids = new Map<RecordType, Map<string, string>>();

  get(type: RecordType, key: string): string | undefined {
    return this.ids.get(type)?.get(key);
  }

  /** The id of a key the checks have already proven to exist. */
  require(type: RecordType, key: string): string {
    const id = this.get(type, key);
    if (id === undefined) throw new Error(`Import bug: ${type} key was not resolved before writing`);
    return id;
  }

  set(type: RecordType, key: string, id: string): void {
    if (!this.ids.has(type)) this.ids.set(type, new Map());
    this.ids.get(type)!.set(key, id);
  }

  /** Loads the ids of those keys that exist in the database (one query per type). */
  async lookUp(manager: EntityManager, type: RecordType, keys: Iterable<string>): Promise<void> {
    const missing = [...new Set(keys)].filter((key) => this.get(type, key) === undefined);
    if (missing.length === 0) return;
    const column = isCodeKeyed(type) ? 'code' : 'key';
    const rows = await findInChunks(missing, (chunk) =>
      manager.getRepository(ENTITY_OF[type]).find({
        where: { [column]: chunk },
        select: isCodeKeyed(type) ? { code: true } : { id: true, key: true },
      }),
    );
    for (const row of rows) this.set(type, row[column] as string, (isCodeKeyed(type) ? row.code : row.id) as string);
  }
}
