import { DataSource, In } from 'typeorm';
import { ConflictOfInterest } from '../capacity/conflict-of-interest.entity';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { FundingProgramme } from '../funding/funding-programme.entity';
import { SupportPlan, SupportPlanEvent, SupportPlanPart } from './support-plan.entity';

export function createPlanLoaders(dataSource: DataSource) {
  return {
    supportPlanById: uniqueLoader(dataSource, SupportPlan, 'id'),
    fundingProgrammeById: uniqueLoader(dataSource, FundingProgramme, 'id'),
    /** Each plan's parts, live and removed, in the order they were added. */
    planParts: groupLoader(
      (ids) => dataSource.getRepository(SupportPlanPart).find({ where: { planId: In([...ids]) }, order: { addedAt: 'ASC', id: 'ASC' } }),
      (row) => row.planId,
    ),
    /** Each plan's changes, oldest first. */
    planEvents: groupLoader(
      (ids) => dataSource.getRepository(SupportPlanEvent).find({ where: { planId: In([...ids]) }, order: { occurredAt: 'ASC', id: 'ASC' } }),
      (row) => row.planId,
    ),
    /** The live plan part each introduction fills, if any. */
    planPartByIntroduction: groupLoader(
      (ids) => dataSource.getRepository(SupportPlanPart).find({ where: { introductionId: In([...ids]) }, order: { addedAt: 'ASC' } }),
      (row) => row.introductionId,
    ),
    /** Each researcher's conflict-of-interest declarations, newest first. */
    conflictsByResearcher: groupLoader(
      (ids) => dataSource.getRepository(ConflictOfInterest).find({ where: { researcherId: In([...ids]) }, order: { declaredAt: 'DESC', id: 'ASC' } }),
      (row) => row.researcherId,
    ),
  };
}
