import { WebhookAttempt, WebhookDelivery, WebhookSubscription } from '../webhooks/webhook.entities';
import { AccessLog } from '../auth/access-log.entity';
import { Account } from '../auth/account.entity';
import { ConflictOfInterest } from '../capacity/conflict-of-interest.entity';
import { FundingProgramme } from '../funding/funding-programme.entity';
import { SupportPlan, SupportPlanEvent, SupportPlanPart } from '../plans/support-plan.entity';
import { ApiKey } from '../auth/api-key.entity';
import { Certification } from '../companies/certification.entity';
import { Company } from '../companies/company.entity';
import { Consultation, ConsultationEvent } from '../consultations/consultation.entity';
import { Introduction, IntroductionEvent } from '../introductions/introduction.entity';
import { WeightSet } from '../learning/weight-set.entity';
import { Consortium } from '../consortia/consortium.entity';
import { DuplicateCandidate, SeedDuplicateMark } from '../duplicates/duplicate.entities';
import { ConsortiumMembership } from '../consortia/membership.entity';
import { Institution } from '../institutions/institution.entity';
import { MatchCorpus, MatchDocument, MatchTerm, MatchTermStat } from '../matching/index/match-index.entities';
import { Need } from '../needs/need.entity';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { Region } from '../regions/region.entity';
import { SeedOwner } from '../seeds/seed-owner.entity';
import { Seed } from '../seeds/seed.entity';
import { ResearchField } from '../taxonomy/research-field.entity';

/** Every TypeORM entity; the single list the DataSource is built from. */
export const ENTITIES = [
  ResearchField,
  Region,
  Institution,
  Researcher,
  Coordinator,
  Company,
  Certification,
  Consortium,
  ConsortiumMembership,
  Seed,
  SeedOwner,
  Need,
  MatchDocument,
  MatchTerm,
  MatchTermStat,
  MatchCorpus,
  Account,
  ApiKey,
  AccessLog,
  Consultation,
  ConsultationEvent,
  Introduction,
  IntroductionEvent,
  WeightSet,
  DuplicateCandidate,
  SeedDuplicateMark,
  FundingProgramme,
  SupportPlan,
  SupportPlanPart,
  SupportPlanEvent,
  ConflictOfInterest,
  WebhookSubscription,
  WebhookDelivery,
  WebhookAttempt,
];
