import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../common/base-record';
import { fromGlobalId } from '../common/global-id';
import type { RequestContext } from './context';
import { allows } from '../auth/policy';
import { Certification } from '../companies/certification.entity';
import { Company } from '../companies/company.entity';
import { canSeeCompany } from '../companies/company.visibility';
import { MemberType } from '../consortia/consortium.enums';
import { ConsortiumMembership } from '../consortia/membership.entity';
import { Institution } from '../institutions/institution.entity';
import { visibleInstitution } from '../institutions/institution.visibility';
import { Need } from '../needs/need.entity';
import { Consultation } from '../consultations/consultation.entity';
import { Introduction } from '../introductions/introduction.entity';
import { canSeeIntroduction } from '../introductions/introduction.visibility';
import { visibleConsultation } from '../consultations/consultation.visibility';
import { canSeeNeed } from '../needs/need.visibility';
import { Seed } from '../seeds/seed.entity';
import { visibleSeed } from '../seeds/seed.visibility';

/** `node(id:)`: any object by its global ID, through the same per-request loaders as everything else. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist' })
  async node(@Arg('id', () => ID, { description: 'Global ID' }) id: string, @Ctx() ctx: RequestContext): Promise<Node | null> {
    const { typeName, id: key } = fromGlobalId(id);
    const loader = nodeLoader(ctx, typeName);
    const found = loader ? ((await loader.load(key)) as Node | null) : null;
    return found && (await visibleNode(ctx, typeName, found)) ? found : null;
  }
}

/**
 * The same visibility rules as the typed lookups (`seed`, `need`, `company` …): what the viewer
 * may not see is null here too, exactly like something that does not exist.
 */
async function visibleNode(ctx: RequestContext, typeName: string, node: Node): Promise<boolean> {
  const { viewer } = ctx;
  switch (typeName) {
    case 'Seed':
      return (await visibleSeed(ctx, node as Seed)) !== null;
    case 'Need':
      return canSeeNeed(viewer, node as Need);
    case 'Company':
      return canSeeCompany(viewer, (node as Company).id);
    case 'Certification':
      return canSeeCompany(viewer, (node as Certification).companyId);
    case 'Institution':
      return visibleInstitution(viewer, node as Institution) !== null;
    case 'Consultation':
      return (await visibleConsultation(ctx, node as Consultation)) !== null;
    case 'Match':
      return canSeeIntroduction(ctx, node as Introduction);
    case 'SupportPlan':
      return allows(viewer, 'READ_PLANS');
    case 'ConsortiumMembership': {
      const membership = node as ConsortiumMembership;
      return allows(viewer, 'READ_PUBLIC') && (membership.memberType !== MemberType.COMPANY || canSeeCompany(viewer, membership.companyId as string));
    }
    default:
      return allows(viewer, 'READ_PUBLIC');
  }
}

function nodeLoader(ctx: RequestContext, typeName: string) {
  const { loaders } = ctx;
  const byType: Record<string, { load(key: string): Promise<unknown> }> = {
    ResearchField: loaders.fieldByCode,
    Region: loaders.regionByCode,
    Institution: loaders.institutionById,
    Researcher: loaders.researcherById,
    Coordinator: loaders.coordinatorById,
    Company: loaders.companyById,
    Certification: loaders.certificationById,
    Consortium: loaders.consortiumById,
    ConsortiumMembership: loaders.membershipById,
    Seed: loaders.seedById,
    Need: loaders.needById,
    Consultation: loaders.consultationById,
    Match: loaders.introductionById,
    FundingProgramme: loaders.fundingProgrammeById,
    SupportPlan: loaders.supportPlanById,
  };
  return byType[typeName];
}
