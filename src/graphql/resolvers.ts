import { NonEmptyArray } from 'type-graphql';
import { SeedResolver } from '../seeds/seed.resolver';
import { CertificationResolver, CompanyResolver } from '../companies/company.resolver';
import { ConsortiumResolver } from '../consortia/consortium.resolver';
import { ConsortiumMembershipResolver } from '../consortia/membership.resolver';
import { NeedResolver } from '../needs/need.resolver';
import { ResearchFieldResolver } from '../taxonomy/research-field.resolver';
import { RegionResolver } from '../regions/region.resolver';
import { InstitutionResolver } from '../institutions/institution.resolver';
import { ResearcherResolver } from '../people/researcher.resolver';
import { CoordinatorResolver } from '../people/coordinator.resolver';
import { ImportResolver } from '../imports/import.resolver';
import { MATCHING_RESOLVERS } from '../matching/matching.resolver';
import { AUTH_RESOLVERS } from '../auth/auth.resolver';
import { CONSULTATION_RESOLVERS } from '../consultations/consultation.resolver';
import { INTRODUCTION_RESOLVERS } from '../introductions/introduction.resolver';
import { KpiResolver } from '../kpis/kpi.resolver';
import { WeightSetResolver } from '../learning/learning.resolver';
import { DUPLICATE_RESOLVERS } from '../duplicates/duplicate.resolver';
import { HistoryResolver } from '../history/history.resolver';
import { FundingProgrammeResolver } from '../funding/funding.resolver';
import { PLAN_RESOLVERS } from '../plans/plan.resolver';
import { CAPACITY_RESOLVERS } from '../capacity/capacity.resolver';
import { WEBHOOK_RESOLVERS } from '../webhooks/webhook.resolver';
import { NotificationResolver } from '../notifications/notification.resolver';
import { PartnerResolver } from '../partners/partner.resolver';
import { NodeResolver } from './node.resolver';

/** Every resolver class of the schema. */
export const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  SeedResolver,
  CompanyResolver,
  CertificationResolver,
  ConsortiumResolver,
  ConsortiumMembershipResolver,
  NeedResolver,
  ResearchFieldResolver,
  RegionResolver,
  InstitutionResolver,
  ResearcherResolver,
  CoordinatorResolver,
  ImportResolver,
  ...MATCHING_RESOLVERS,
  ...AUTH_RESOLVERS,
  ...CONSULTATION_RESOLVERS,
  ...INTRODUCTION_RESOLVERS,
  KpiResolver,
  WeightSetResolver,
  ...DUPLICATE_RESOLVERS,
  HistoryResolver,
  FundingProgrammeResolver,
  ...PLAN_RESOLVERS,
  ...CAPACITY_RESOLVERS,
  ...WEBHOOK_RESOLVERS,
  NotificationResolver,
  PartnerResolver,
];
