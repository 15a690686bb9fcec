import { InvalidInputError } from '../common/errors';
import { fromGlobalId } from '../common/global-id';
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

/** Exactly one of seedId, researcherId, institutionId, consortiumId. */
export function targetOf(input: ProposeIntroductionInput): Target {
  const given = (
    [
      [IntroductionTargetKind.SEED, input.seedId, 'Seed'],
      [IntroductionTargetKind.RESEARCHER, input.researcherId, 'Researcher'],
      [IntroductionTargetKind.INSTITUTION, input.institutionId, 'Institution'],
      [IntroductionTargetKind.CONSORTIUM, input.consortiumId, 'Consortium'],
      [IntroductionTargetKind.FUNDING, input.fundingProgrammeId, 'FundingProgramme'],
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
  const [kind, globalId, typeName] = given[0];
  return {
    kind,
    id: fromGlobalId(globalId!, typeName, kind === IntroductionTargetKind.FUNDING ? 'input.fundingProgrammeId' : `input.${kind.toLowerCase()}Id`).id,
  };
}
