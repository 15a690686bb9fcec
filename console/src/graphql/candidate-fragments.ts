import { graphql } from '../gql';

/*
 * Every GraphQL document that selects a matching candidate for a card lives here: the card's
 * fit badge and summary line (components/fit-summary.tsx) and the factor bars read these fields.
 */

export const MatchFactorBars = graphql(`
  fragment MatchFactorBars on MatchFactor {
    factor
    value
    weight
    contribution
    share
    sentenceJa
    sentenceEn
  }
`);

export const SeedCandidateCard = graphql(`
  fragment SeedCandidateCard on SeedCandidate {
    rank
    score
    fit
    summaryJa
    summaryEn
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
    fit
    summaryJa
    summaryEn
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
    fit
    summaryJa
    summaryEn
    researcher { id nameJa nameEn title institution { nameJa nameEn } }
    bestSeeds { seed { id title trl } }
    explanation { ...MatchFactorBars }
  }
`);

export const InstitutionCandidateCard = graphql(`
  fragment InstitutionCandidateCard on InstitutionCandidate {
    rank
    score
    fit
    summaryJa
    summaryEn
    institution { id nameJa nameEn kind region { nameJa nameEn } }
    bestSeed { id title }
    explanation { ...MatchFactorBars }
  }
`);

export const ConsortiumCandidateCard = graphql(`
  fragment ConsortiumCandidateCard on ConsortiumCandidate {
    rank
    score
    fit
    summaryJa
    summaryEn
    consortium { id nameJa nameEn region { nameJa nameEn } secretariat { nameJa nameEn } }
    bestSeed { id title }
    explanation { ...MatchFactorBars }
  }
`);
