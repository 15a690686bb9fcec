import { compareCodePoints } from '../common/compare';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { assertVersion } from '../common/references';
import { normaliseLine } from '../common/text';
import { CreateResearchFieldInput, UpdateResearchFieldInput } from './research-field.inputs';
import { ResearchField } from './research-field.entity';

const FIELD = { ja: '分野', en: 'Research field' };
/** Guards the recursive listing; real taxonomies are three or four levels deep. */
const MAX_DEPTH = 50;

/** Rules for the field taxonomy (分野): listing subtrees, adding nodes, relabelling them. */
export class TaxonomyService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Nodes below `parentCode` (the whole taxonomy when null), down to `depth` levels, ordered by
   * code. Follows `parent_code` rather than code prefixes, so it agrees with `parent`/`children`.
   */
  async list(viewer: Viewer, parentCode: string | null | undefined, depth: number | null | undefined): Promise<ResearchField[]> {
    const start = parentCode == null ? 'rf.parent_code IS NULL' : 'rf.parent_code = :parentCode';
    const rows = await this.dataSource
      .getRepository(ResearchField)
      .createQueryBuilder('field')
      .where(
        `field.code IN (WITH RECURSIVE below(code, level) AS (SELECT rf.code, 1 FROM research_field rf WHERE ${start} ` +
          'UNION ALL SELECT child.code, below.level + 1 FROM research_field child JOIN below ON child.parent_code = below.code ' +
          'WHERE below.level < :maxDepth) SELECT code FROM below)',
        { parentCode, maxDepth: depth ?? MAX_DEPTH },
      )
      .getMany();
    // Code-point order: database collations may ignore "." and "-", which would interleave subtrees.
    return rows.sort((a, b) => compareCodePoints(a.code, b.code));
  }

  /** Adds a node whose code is its parent's code plus one segment. */
  async create(viewer: Viewer, input: CreateResearchFieldInput): Promise<ResearchField> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ResearchField);
      const parentCode = input.parentCode ?? null;
      if (parentCode !== null && !(await repository.exists({ where: { code: parentCode } }))) {
        throw InvalidInputError.of('input.parentCode', '登録されていない分野コードです', 'is not a known field code', 'knownField');
      }
      const segment = parentCode === null ? input.code : input.code.slice(parentCode.length + 1);
      if ((parentCode !== null && !input.code.startsWith(`${parentCode}.`)) || segment.length === 0 || segment.includes('.')) {
        throw InvalidInputError.of(
          'input.code',
          '上位分野のコードに「.」と 1 つの区切りを続けてください (最上位の分野は「.」を含みません)',
          'must be the parent code, ".", and one segment (a top-level code has no ".")',
          'fieldPath',
        );
      }
      if (await repository.exists({ where: { code: input.code } })) {
        throw InvalidInputError.of('input.code', 'この分野コードは既に使われています', 'is already used by another field', 'unique');
      }
      return repository.save(repository.create({ code: input.code, parentCode, nameJa: normaliseLine(input.nameJa), nameEn: normaliseLine(input.nameEn) }));
    });
  }

  /** Relabels a node if `expectedVersion` is still current; CONFLICT otherwise. */
  async update(viewer: Viewer, input: UpdateResearchFieldInput): Promise<ResearchField> {
    return this.dataSource.transaction(async (manager) => {
      const field = await this.lockForUpdate(manager, input.code);
      assertVersion(FIELD, field, input.expectedVersion);
      if (input.nameJa != null) field.nameJa = normaliseLine(input.nameJa);
      if (input.nameEn != null) field.nameEn = normaliseLine(input.nameEn);
      return manager.save(field);
    });
  }

  private async lockForUpdate(manager: EntityManager, code: string): Promise<ResearchField> {
    const field = await manager.getRepository(ResearchField).findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
    if (!field) throw new NotFoundError(FIELD, 'input.code');
    return field;
  }
}
