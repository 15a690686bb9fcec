import { toGlobalId } from '../common/global-id';
import type { Consultation } from '../consultations/consultation.entity';
import type { Introduction } from '../introductions/introduction.entity';
import type { Need } from '../needs/need.entity';
import type { Seed } from '../seeds/seed.entity';

/**
 * What an event records of the object it is about, as of the committed change. Snapshots hold
 * everything staff may see; what leaves through a webhook is cut per subscriber by
 * src/webhooks/webhook-payload.ts, what a person is told by src/notifications.
 * `internal` carries row ids used to find subscribers and recipients; it never leaves.
 */
export interface NeedSnapshot {
  id: string;
  key: string;
  title: string;
  description: string;
  category: string;
  language: string;
  fieldCodes: string[];
  keywords: string[];
  desiredTrl: number | null;
  timeline: string;
  budgetMinYen: number | null;
  budgetMaxYen: number | null;
  wantedForms: string[];
  confidentiality: string;
  status: string;
  consultationStep: number;
  companyId: string;
  companyName: string | null;
  regionCode: string | null;
  holderId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NeedInternal {
  needId: string;
  companyId: string;
  holderId: string | null;
  submittedByInstitutionId: string | null;
  regionCode: string | null;
}

export interface EventPayload {
  need?: NeedSnapshot;
  match?: Record<string, unknown>;
  seed?: Record<string, unknown>;
  consultation?: Record<string, unknown>;
  internal: Partial<NeedInternal> & {
    seedId?: string | null;
    researcherId?: string | null;
    introductionId?: string;
    consultationId?: string;
    seedOwnerIds?: string[];
    nextHolderId?: string | null;
    /** The account that escalated: it is not told of its own action. */
    escalatedByAccountId?: string | null;
  };
}

export function needSnapshot(need: Need, company: { nameJa: string; regionCode: string | null } | null): { need: NeedSnapshot; internal: NeedInternal } {
  return {
    need: {
      id: toGlobalId('Need', need.id),
      key: need.key,
      title: need.title,
      description: need.description,
      category: need.category,
      language: need.language,
      fieldCodes: need.fieldCodes,
      keywords: need.keywords,
      desiredTrl: need.desiredTrl,
      timeline: need.timeline,
      budgetMinYen: need.budgetMinYen,
      budgetMaxYen: need.budgetMaxYen,
      wantedForms: need.wantedForms,
      confidentiality: need.confidentiality,
      status: need.status,
      consultationStep: need.consultationStep,
      companyId: toGlobalId('Company', need.companyId),
      companyName: company?.nameJa ?? null,
      regionCode: company?.regionCode ?? null,
      holderId: need.holderId ? toGlobalId('Coordinator', need.holderId) : null,
      createdAt: new Date(need.createdAt).toISOString(),
      updatedAt: new Date(need.updatedAt).toISOString(),
    },
    internal: {
      needId: need.id,
      companyId: need.companyId,
      holderId: need.holderId,
      submittedByInstitutionId: need.submittedByInstitutionId ?? null,
      regionCode: company?.regionCode ?? null,
    },
  };
}

export function introductionSnapshot(introduction: Introduction, fromStatus: string | null): Record<string, unknown> {
  return {
    id: toGlobalId('Match', introduction.id),
    status: introduction.status,
    fromStatus,
    targetKind: introduction.targetKind,
    seedId: introduction.seedId ? toGlobalId('Seed', introduction.seedId) : null,
    researcherId: introduction.researcherId ? toGlobalId('Researcher', introduction.researcherId) : null,
    institutionId: introduction.institutionId ? toGlobalId('Institution', introduction.institutionId) : null,
    consortiumId: introduction.consortiumId ? toGlobalId('Consortium', introduction.consortiumId) : null,
    proposedAt: new Date(introduction.proposedAt).toISOString(),
    outcomeType: introduction.outcomeType,
  };
}

/** Only published (or just archived, once published) seeds raise events: a draft never leaves. */
export function seedSnapshot(seed: Seed): Record<string, unknown> {
  return {
    id: toGlobalId('Seed', seed.id),
    key: seed.key,
    title: seed.title,
    summary: seed.summary,
    language: seed.language,
    keywords: seed.keywords,
    fieldCodes: seed.fieldCodes,
    trl: seed.trl,
    collaborationForms: seed.collaborationForms,
    status: seed.status,
    institutionId: toGlobalId('Institution', seed.institutionId),
    publishedAt: seed.publishedAt ? new Date(seed.publishedAt).toISOString() : null,
  };
}

export function consultationSnapshot(consultation: Consultation, fromStep: number | null): Record<string, unknown> {
  return {
    id: toGlobalId('Consultation', consultation.id),
    step: consultation.step,
    fromStep,
    status: consultation.status,
    dueAt: consultation.dueAt ? new Date(consultation.dueAt).toISOString() : null,
  };
}
