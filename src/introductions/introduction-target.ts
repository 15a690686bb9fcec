import { InvalidInputError } from '../common/errors';
import { Consortium } from '../consortia/consortium.entity';
import { FundingProgramme } from '../funding/funding-programme.entity';
import { Institution } from '../institutions/institution.entity';
import { Researcher } from '../people/researcher.entity';
import { Seed } from '../seeds/seed.entity';
import { IntroductionTargetKind } from './introduction.enums';
import type { ProposeIntroductionInput } from './introduction.inputs';

/** The one target of a proposal. */
export interface Target {
  kind: IntroductionTargetKind;
  id: string;
}

/** The entity each kind of target is stored as. */
export const ENTITY_OF = { SEED: Seed, RESEARCHER: Researcher, INSTITUTION: Institution, CONSORTIUM: Consortium, FUNDING: FundingProgramme } as const;

/** The type of each ID in a proposal, decoded at the API edge in this order. */
export const PROPOSAL_ID_TYPES = {
  seedId: 'Seed',
  researcherId: 'Researcher',
  institutionId: 'Institution',
  consortiumId: 'Consortium',
  fundingProgrammeId: 'FundingProgramme',
  needId: 'Need',
} as const;

/** Exactly one of seedId, researcherId, institutionId, consortiumId. */
export function targetOf(input: ProposeIntroductionInput): Target {
  const given = (
    [
      [IntroductionTargetKind.SEED, input.seedId],
      [IntroductionTargetKind.RESEARCHER, input.researcherId],
      [IntroductionTargetKind.INSTITUTION, input.institutionId],
      [IntroductionTargetKind.CONSORTIUM, input.consortiumId],
      [IntroductionTargetKind.FUNDING, input.fundingProgrammeId],
    ] as const
  ).filter(([, id]) => id);
  if (given.length !== 1) {
    throw InvalidInputError.of(
      'input',
      'seedId・researcherId・institutionId・consortiumId・fundingProgrammeId のうち 1 つだけを指定してください',
      'give exactly one of seedId, researcherId, institutionId, consortiumId, fundingProgrammeId',
      'exactlyOne',
    );
  }
  const [kind, id] = given[0];
  return { kind, id: id! };
}
