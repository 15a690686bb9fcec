import { RecordStatus } from '../common/enums';
import type { BilingualMessage } from '../common/errors';

/**
 * Whether a need may be registered for a company or moved to it. An archived company (closed,
 * merged) is kept for its history, not for new work. One rule for every way in: submitNeed and
 * updateNeed, a partner's PartnerCompany.takesNeeds, and the bulk import.
 */
export const takesNeeds = (company: { status: RecordStatus }): boolean => company.status === RecordStatus.ACTIVE;

/** Why a need was refused for a company that takes none; the company itself is not named. */
export const ARCHIVED_COMPANY_TAKES_NO_NEEDS: BilingualMessage = {
  ja: 'アーカイブ済みの企業にはニーズを登録できません',
  en: 'refers to an archived company, which takes no new needs',
};
