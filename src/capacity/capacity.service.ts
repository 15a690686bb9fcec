import { DataSource } from 'typeorm';
import { grantOf, recordScope } from '../auth/policy';
import { ownResearcherId, Viewer } from '../auth/viewer';
import { isAccount } from '../auth/viewer';
import { trimmedOrNull } from '../common/actor';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { resolveReference } from '../common/references';
import { Company } from '../companies/company.entity';
import { Institution } from '../institutions/institution.entity';
import { InstitutionKind } from '../institutions/institution.enums';
import { isUniqueViolation } from '../database/unique-violation';
import { Researcher } from '../people/researcher.entity';
import { DeclareConflictOfInterestInput, SetResearcherCapacityInput, SetTestingCapacityInput } from './capacity.inputs';
import { ConflictOfInterest } from './conflict-of-interest.entity';

const RESEARCHER = { ja: '研究者', en: 'Researcher' };
const DECLARATION = { ja: '利益相反の申告', en: 'Conflict-of-interest declaration' };

/**
 * Capacity and conflicts of interest: staff set them for anyone, a researcher for themselves
 * (MANAGE_CAPACITY, OWN). Rankings read them (capacity.queries.ts); proposals refuse conflicts.
 */
export class CapacityService {
  constructor(private readonly dataSource: DataSource) {}

  async setResearcherCapacity(viewer: Viewer, input: SetResearcherCapacityInput): Promise<Researcher> {
    const researcher = await this.ownResearcher(viewer, input.researcherId, 'input.researcherId');
    researcher.maxOpenIntroductions = input.maxOpenIntroductions ?? null;
    return this.dataSource.getRepository(Researcher).save(researcher);
  }

  async setTestingCapacity(viewer: Viewer, input: SetTestingCapacityInput): Promise<Institution> {
    const grant = recordScope(viewer, 'MANAGE_CAPACITY');
    if (grant !== 'ALL') throw new NotFoundError({ ja: '機関', en: 'Institution' }, 'input.institutionId');
    const institution = await resolveReference(this.dataSource.manager, Institution, input.institutionId, 'input.institutionId');
    if (institution.kind !== InstitutionKind.PUBLIC_LAB)
      throw InvalidInputError.of('input.institutionId', '試験の受入れ件数は公設試だけに設定できます', 'testing capacity is for public labs only', 'publicLab');
    institution.testingCapacityPerMonth = input.testingCapacityPerMonth ?? null;
    return this.dataSource.getRepository(Institution).save(institution);
  }

  async declareConflict(viewer: Viewer, input: DeclareConflictOfInterestInput): Promise<ConflictOfInterest> {
    const researcher = await this.ownResearcher(viewer, input.researcherId, 'input.researcherId');
    const company = await resolveReference(this.dataSource.manager, Company, input.companyId, 'input.companyId');
    const repository = this.dataSource.getRepository(ConflictOfInterest);
    const standing = await repository
      .createQueryBuilder('c')
      .where('c.researcher_id = :r AND c.company_id = :c AND c.withdrawn_at IS NULL', { r: researcher.id, c: company.id })
      .getOne();
    if (standing) throw alreadyDeclared();
    try {
      return await repository.save(
        repository.create({
          researcherId: researcher.id,
          companyId: company.id,
          reason: trimmedOrNull(input.reason),
          declaredByAccountId: isAccount(viewer) ? viewer.accountId : null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyDeclared();
      throw error;
    }
  }

  async withdrawConflict(viewer: Viewer, id: string): Promise<ConflictOfInterest> {
    const grant = recordScope(viewer, 'MANAGE_CAPACITY');
    const repository = this.dataSource.getRepository(ConflictOfInterest);
    const declaration = await repository.findOne({ where: { id } });
    if (!declaration || (grant === 'OWN' && declaration.researcherId !== ownResearcherId(viewer))) throw new NotFoundError(DECLARATION, 'id');
    if (declaration.withdrawnAt) return declaration;
    declaration.withdrawnAt = new Date();
    return repository.save(declaration);
  }

  /** Whether the viewer may see a researcher's declarations: staff, and the researcher. */
  maySeeConflicts(viewer: Viewer, researcherId: string): boolean {
    const grant = grantOf(viewer, 'MANAGE_CAPACITY');
    return grant === 'ALL' || (grant === 'OWN' && ownResearcherId(viewer) === researcherId);
  }

  private async ownResearcher(viewer: Viewer, id: string, field: string): Promise<Researcher> {
    const grant = recordScope(viewer, 'MANAGE_CAPACITY');
    const researcher = await this.dataSource.getRepository(Researcher).findOne({ where: { id } });
    // Someone else's profile is hidden from a researcher: as if it did not exist.
    if (!researcher || (grant === 'OWN' && ownResearcherId(viewer) !== researcher.id)) throw new NotFoundError(RESEARCHER, field);
    return researcher;
  }
}

function alreadyDeclared(): ConflictError {
  return new ConflictError(
    'CONFLICT_ALREADY_DECLARED',
    { ja: 'この企業との利益相反は既に申告されています', en: 'A conflict of interest with this company is already declared' },
    'input.companyId',
  );
}
