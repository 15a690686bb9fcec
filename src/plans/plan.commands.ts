import { trimmedOrNull } from '../common/actor';
import { InvalidInputError } from '../common/errors';
import { fromGlobalId, toGlobalId } from '../common/global-id';
import { IntroductionTargetKind } from '../introductions/introduction.enums';
import type { Target } from '../introductions/introduction.service';
import type { PlanAssembly } from './plan-assembly';
import { PlanRole, PlanStatus } from './plan.enums';
import type {
  AddPlanPartInput,
  DropPlanPartInput,
  PlanCandidates,
  PlanPartInput,
  ProposePlanInput,
  ReplacePlanPartInput,
  SupportPlanFilter,
} from './plan.types';

/**
 * The API edge of support plans: GraphQL inputs decoded into commands over database ids (global
 * ids checked here, with the field at fault), and the pure assembly's plans shaped for GraphQL.
 * The service below never sees a global id.
 */

/** The GraphQL type of each kind of introduction target (global ids carry it). */
export const TYPE_OF: Record<IntroductionTargetKind, string> = {
  SEED: 'Seed',
  RESEARCHER: 'Researcher',
  INSTITUTION: 'Institution',
  CONSORTIUM: 'Consortium',
  FUNDING: 'FundingProgramme',
};

export interface PlanPartCommand {
  readonly role: PlanRole;
  readonly target: Target;
  /** Where the part came from in the input, for errors. */
  readonly field: string;
}

export interface ProposePlanCommand {
  readonly needId: string;
  readonly parts: readonly PlanPartCommand[];
  readonly note: string | null;
}

export interface PlanChangeCommand {
  readonly planId: string;
  readonly expectedVersion: number;
  readonly reason: string | null;
}

export interface SupportPlanQuery {
  readonly needId: string | null;
  readonly status: readonly PlanStatus[] | null;
}

export function decodeProposePlan(input: ProposePlanInput): ProposePlanCommand {
  return {
    needId: fromGlobalId(input.needId, 'Need', 'input.needId').id,
    parts: input.parts.map((part, i) => decodePart(part, `input.parts.${i}`)),
    note: trimmedOrNull(input.note),
  };
}

export function decodePlanChange(input: AddPlanPartInput | ReplacePlanPartInput | DropPlanPartInput): PlanChangeCommand {
  return { planId: fromGlobalId(input.planId, 'SupportPlan', 'input.planId').id, expectedVersion: input.expectedVersion, reason: trimmedOrNull(input.reason) };
}

export function decodeSupportPlanFilter(filter: SupportPlanFilter | null | undefined): SupportPlanQuery {
  return { needId: filter?.needId ? fromGlobalId(filter.needId, 'Need', 'filter.needId').id : null, status: filter?.status?.length ? filter.status : null };
}

/** One part: its role and exactly one target (BAD_USER_INPUT `exactlyOne` otherwise). */
export function decodePart(part: PlanPartInput, field: string): PlanPartCommand {
  const given = (
    [
      [IntroductionTargetKind.SEED, part.seedId, 'seedId'],
      [IntroductionTargetKind.RESEARCHER, part.researcherId, 'researcherId'],
      [IntroductionTargetKind.INSTITUTION, part.institutionId, 'institutionId'],
      [IntroductionTargetKind.CONSORTIUM, part.consortiumId, 'consortiumId'],
      [IntroductionTargetKind.FUNDING, part.fundingProgrammeId, 'fundingProgrammeId'],
    ] as const
  ).filter(([, id]) => id);
  if (given.length !== 1) throw InvalidInputError.of(field, '対象を 1 つだけ指定してください', 'give exactly one target', 'exactlyOne');
  const [kind, globalId, name] = given[0];
  return { role: part.role, target: { kind, id: fromGlobalId(globalId!, TYPE_OF[kind], `${field}.${name}`).id }, field };
}

/** The assembly's plans and exclusions as GraphQL objects (targets as global ids). */
export function toPlanCandidates(assembly: PlanAssembly): PlanCandidates {
  const gid = (kind: string, id: string) => toGlobalId(TYPE_OF[kind as IntroductionTargetKind], id);
  return {
    plans: assembly.plans.map((plan) => ({
      rank: plan.rank,
      score: plan.score,
      missingRoles: plan.missingRoles as PlanRole[],
      explanationJa: plan.explanation.ja,
      explanationEn: plan.explanation.en,
      parts: plan.parts.map((p) => ({
        role: p.role as PlanRole,
        targetKind: p.candidate.targetKind as IntroductionTargetKind,
        targetId: gid(p.candidate.targetKind, p.candidate.id),
        dbId: p.candidate.id,
        labelJa: p.candidate.labelJa,
        labelEn: p.candidate.labelEn,
        score: p.partScore,
        overCapacity: !!p.candidate.overCapacity,
        reasonJa: p.reason.ja,
        reasonEn: p.reason.en,
      })),
    })),
    excluded: assembly.excluded.map((e) => ({
      role: e.role as PlanRole,
      targetId: gid(e.candidate.targetKind, e.candidate.id),
      labelJa: e.candidate.labelJa,
      reasonJa: e.reason.ja,
      reasonEn: e.reason.en,
    })),
  };
}
