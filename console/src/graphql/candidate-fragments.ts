import { graphql } from '../gql';

/*
 * Every GraphQL document that selects a matching candidate for a card lives here, so that the
 * coming schema additions land in one place.
 *
 * PENDING MERGE (another branch adds them to the schema): add
 *   `fit summaryJa summaryEn` to each of the five *CandidateCard fragments below, and
 *   `share` to MatchFactorBars.
 * The card's <FitSummary> (components/fit-summary.tsx) already reads those four fields, and
 * the factor bars use `share` when it is there.
 */

export const MatchFactorBars = graphql(`
  fragment MatchFactorBars on MatchFactor {
    factor
    value
    weight
    contribution
    sentenceJa
    sentenceEn
  }
`);

export const SeedCandidateCard = graphql(`
  fragment SeedCandidateCard on SeedCandidate {
    rank
    score
    seed {
      id
      title
      trl
      collaborationForms
      owners { id nameJa nameEn }
      institution { id nameJa nameEn kind region { code nameJa nameEn } }
    }
    explanation { ...MatchFactorBars }
  }
`);

export const NeedCandidateCard = graphql(`
  fragment NeedCandidateCard on NeedCandidate {
    rank
    score
    need {
      id
      title
      category
      confidentiality
      desiredTrl
      timeline
      company { nameJa nameEn }
      region { nameJa nameEn }
      holder { name email }
    }
    explanation { ...MatchFactorBars }
  }
`);

export const ResearcherCandidateCard = graphql(`
  fragment ResearcherCandidateCard on ResearcherCandidate {
    rank
    score
    researcher { id nameJa nameEn title institution { nameJa nameEn } }
    bestSeeds { seed { id title trl } }
    explanation { ...MatchFactorBars }
  }
`);

export const InstitutionCandidateCard = graphql(`
  fragment InstitutionCandidateCard on InstitutionCandidate {
    rank
    score
    institution { id nameJa nameEn kind region { nameJa nameEn } }
    bestSeed { id title }
    explanation { ...MatchFactorBars }
  }
`);

export const ConsortiumCandidateCard = graphql(`
  fragment ConsortiumCandidateCard on ConsortiumCandidate {
    rank
    score
    consortium { id nameJa nameEn region { nameJa nameEn } secretariat { nameJa nameEn } }
    bestSeed { id title }
    explanation { ...MatchFactorBars }
  }
`);
