import { compareCodePoints } from '../common/compare';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { InputProblem, InvalidInputError, NotFoundError } from '../common/errors';
import { assertVersion } from '../common/references';
import { normaliseLine } from '../common/text';
import { CreateRegionInput, UpdateRegionInput } from './region.inputs';
import { Region } from './region.entity';
import { RegionKind } from './region.enums';

const REGION = { ja: '地域', en: 'Region' };

/** Which kinds of region may enclose each kind: countries stand alone, areas may nest. */
const PARENT_KINDS: Record<RegionKind, RegionKind[]> = {
  COUNTRY: [],
  PREFECTURE: [RegionKind.COUNTRY],
  AREA: [RegionKind.PREFECTURE, RegionKind.AREA],
};

/** Rules for regions: the country → prefecture → area hierarchy and cooperation between regions. */
export class RegionService {
  constructor(private readonly dataSource: DataSource) {}

  /** Regions of a kind and/or directly inside a region, ordered by code (a plain list: there are few). */
  async list(viewer: Viewer, kind: RegionKind | null | undefined, parentCode: string | null | undefined): Promise<Region[]> {
    const rows = await this.dataSource.getRepository(Region).find({ where: { ...(kind ? { kind } : {}), ...(parentCode ? { parentCode } : {}) } });
    return rows.sort((a, b) => compareCodePoints(a.code, b.code));
  }

  async create(viewer: Viewer, input: CreateRegionInput): Promise<Region> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Region);
      await this.assertParent(manager, input.kind, input.parentCode ?? null);
      if (await repository.exists({ where: { code: input.code } })) {
        throw InvalidInputError.of('input.code', 'この地域コードは既に使われています', 'is already used by another region', 'unique');
      }
      const cooperatesWith = await this.checkCooperation(manager, input.code, input.cooperatesWith);
      const region = repository.create({
        code: input.code,
        kind: input.kind,
        parentCode: input.parentCode ?? null,
        nameJa: normaliseLine(input.nameJa),
        nameEn: normaliseLine(input.nameEn),
        cooperatesWith,
      });
      return repository.save(region);
    });
  }

  /** Applies the given changes if `expectedVersion` is still current; CONFLICT otherwise. */
  async update(viewer: Viewer, input: UpdateRegionInput): Promise<Region> {
    return this.dataSource.transaction(async (manager) => {
      const region = await manager.getRepository(Region).findOne({ where: { code: input.code }, lock: { mode: 'pessimistic_write' } });
      if (!region) throw new NotFoundError(REGION, 'input.code');
      assertVersion(REGION, region, input.expectedVersion);
      if (input.nameJa != null) region.nameJa = normaliseLine(input.nameJa);
      if (input.nameEn != null) region.nameEn = normaliseLine(input.nameEn);
      if (input.cooperatesWith != null) region.cooperatesWith = await this.checkCooperation(manager, region.code, input.cooperatesWith);
      return manager.save(region);
    });
  }

  private async assertParent(manager: EntityManager, kind: RegionKind, parentCode: string | null): Promise<void> {
    const allowed = PARENT_KINDS[kind];
    if (allowed.length === 0) {
      if (parentCode !== null)
        throw InvalidInputError.of('input.parentCode', '国には上位の地域を指定できません', 'must be empty for a country', 'regionHierarchy');
      return;
    }
    if (parentCode === null) throw InvalidInputError.of('input.parentCode', '上位の地域を指定してください', 'is required for a prefecture or area', 'required');
    const parent = await manager.getRepository(Region).findOne({ where: { code: parentCode } });
    if (!parent) throw InvalidInputError.of('input.parentCode', '登録されていない地域コードです', 'is not a known region code', 'knownRegion');
    if (!allowed.includes(parent.kind)) {
      throw InvalidInputError.of(
        'input.parentCode',
        '都道府県は国の中に、地域は都道府県または地域の中に置いてください',
        'must be a country for a prefecture, or a prefecture or area for an area',
        'regionHierarchy',
      );
    }
  }

  /** Cooperating regions must exist and differ from the region itself; duplicates are dropped. */
  private async checkCooperation(manager: EntityManager, code: string, codes: readonly string[]): Promise<string[]> {
    const unique = [...new Set(codes)];
    const found = unique.length ? await manager.getRepository(Region).find({ where: { code: In(unique) }, select: { code: true } }) : [];
    const known = new Set(found.map((row) => row.code));
    const problems: InputProblem[] = [];
    codes.forEach((other, index) => {
      const field = `input.cooperatesWith[${index}]`;
      if (other === code) problems.push({ field, ja: '自分自身は指定できません', en: 'must not be the region itself', constraint: 'notSelf' });
      else if (!known.has(other)) problems.push({ field, ja: '登録されていない地域コードです', en: 'is not a known region code', constraint: 'knownRegion' });
    });
    if (problems.length > 0) throw new InvalidInputError(problems);
    return unique;
  }
}
