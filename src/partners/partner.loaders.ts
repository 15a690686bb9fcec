import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { toGlobalId } from '../common/global-id';
import { IntroductionStatus, IntroductionTargetKind, OutcomeType } from '../introductions/introduction.enums';
import { SubmittedNeedIntroduction } from './partner.types';

interface Row {
  id: string;
  need_id: string;
  target_kind: IntroductionTargetKind;
  target_name: string | null;
  status: IntroductionStatus;
  proposed_at: Date;
  agreed_at: Date | null;
  outcome_type: OutcomeType | null;
}

/**
 * Each submitted need's introductions with the name of what they introduce to, newest first:
 * one statement per page. Names are those anyone may read (a seed's title only when published).
 */
export function createPartnerLoaders(dataSource: DataSource) {
  return {
    submittedNeedIntroductions: new DataLoader<string, SubmittedNeedIntroduction[]>(async (needIds) => {
      const rows = (await dataSource.query(
        `SELECT i.id, i.need_id, i.target_kind, i.status, i.proposed_at, i.agreed_at, i.outcome_type,
                coalesce(CASE WHEN s.status = 'PUBLISHED' THEN s.title END, r.name_ja, inst.name_ja, cons.name_ja, fp.name_ja) AS target_name
           FROM introduction i
           LEFT JOIN seed s ON s.id = i.seed_id
           LEFT JOIN researcher r ON r.id = i.researcher_id
           LEFT JOIN institution inst ON inst.id = i.institution_id
           LEFT JOIN consortium cons ON cons.id = i.consortium_id
           LEFT JOIN funding_programme fp ON fp.id = i.funding_programme_id
          WHERE i.need_id = ANY($1::uuid[])
          ORDER BY i.proposed_at DESC, i.id`,
        [[...needIds]],
      )) as Row[];
      const byNeed = new Map<string, SubmittedNeedIntroduction[]>(needIds.map((id) => [id, []]));
      for (const row of rows) {
        byNeed.get(row.need_id)?.push({
          id: toGlobalId('Match', row.id),
          targetKind: row.target_kind,
          targetName: row.target_name,
          status: row.status,
          proposedAt: row.proposed_at,
          agreedAt: row.agreed_at,
          outcomeType: row.outcome_type,
        });
      }
      return needIds.map((id) => byNeed.get(id) ?? []);
    }),
  };
}
