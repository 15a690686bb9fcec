/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MatchFactorBars on MatchFactor {\n    factor\n    value\n    weight\n    contribution\n    share\n    sentenceJa\n    sentenceEn\n  }\n": typeof types.MatchFactorBarsFragmentDoc,
    "\n  fragment SeedCandidateCard on SeedCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    seed {\n      id\n      title\n      trl\n      collaborationForms\n      owners { id nameJa nameEn }\n      institution { id nameJa nameEn kind region { code nameJa nameEn } }\n    }\n    explanation { ...MatchFactorBars }\n  }\n": typeof types.SeedCandidateCardFragmentDoc,
    "\n  fragment NeedCandidateCard on NeedCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    need {\n      id\n      title\n      category\n      confidentiality\n      desiredTrl\n      timeline\n      company { nameJa nameEn }\n      region { nameJa nameEn }\n      holder { name email }\n    }\n    explanation { ...MatchFactorBars }\n  }\n": typeof types.NeedCandidateCardFragmentDoc,
    "\n  fragment ResearcherCandidateCard on ResearcherCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    researcher { id nameJa nameEn title institution { nameJa nameEn } }\n    bestSeeds { seed { id title trl } }\n    explanation { ...MatchFactorBars }\n  }\n": typeof types.ResearcherCandidateCardFragmentDoc,
    "\n  fragment InstitutionCandidateCard on InstitutionCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    institution { id nameJa nameEn kind region { nameJa nameEn } }\n    bestSeed { id title }\n    explanation { ...MatchFactorBars }\n  }\n": typeof types.InstitutionCandidateCardFragmentDoc,
    "\n  fragment ConsortiumCandidateCard on ConsortiumCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    consortium { id nameJa nameEn region { nameJa nameEn } secretariat { nameJa nameEn } }\n    bestSeed { id title }\n    explanation { ...MatchFactorBars }\n  }\n": typeof types.ConsortiumCandidateCardFragmentDoc,
    "mutation ConsoleSignOut { signOut }": typeof types.ConsoleSignOutDocument,
    "\n  query ConsoleNotifications {\n    notifications(first: 100) { id kind titleJa titleEn bodyJa bodyEn createdAt readAt emailStatus }\n    notificationSettings { language emailMuted }\n  }\n": typeof types.ConsoleNotificationsDocument,
    "\n  mutation ConsoleMarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }\n": typeof types.ConsoleMarkNotificationsReadDocument,
    "\n  mutation ConsoleNotificationSettings($language: String, $emailMuted: [NotificationKind!]) {\n    updateNotificationSettings(language: $language, emailMuted: $emailMuted) { language emailMuted }\n  }\n": typeof types.ConsoleNotificationSettingsDocument,
    "\n  query ConsoleUnreadNotifications { notifications(unreadOnly: true, first: 100) { id } }\n": typeof types.ConsoleUnreadNotificationsDocument,
    "\n  query ConsoleAdmin {\n    accounts { id email role status displayName lastSignInAt }\n    apiKeys(includeRevoked: true) { id name prefix scopes revokedAt lastUsedAt createdAt ownerInstitution { nameJa } }\n    weightSets { version active activatedAt createdAt createdBy weights { factor weight } }\n    institutions(first: 100) { edges { node { id nameJa } } }\n  }\n": typeof types.ConsoleAdminDocument,
    "mutation ConsoleCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }": typeof types.ConsoleCreateAccountDocument,
    "mutation ConsoleCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix } } }": typeof types.ConsoleCreateKeyDocument,
    "mutation ConsoleRevokeKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": typeof types.ConsoleRevokeKeyDocument,
    "\n  query ConsoleInbox {\n    mine: consultations(first: 100, filter: { heldByMe: true, status: [OPEN] }) {\n      edges { node { id step dueAt overdue need { id title confidentiality company { nameJa } } } }\n    }\n    held: needs(first: 100, filter: { heldByMe: true, status: [OPEN, IN_PROGRESS] }) {\n      edges { node { id title confidentiality consultationStep status company { nameJa } consultations { id status } } }\n    }\n    untaken: needs(first: 50, filter: { held: false, status: [OPEN] }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id title category confidentiality createdAt company { nameJa } } }\n    }\n  }\n": typeof types.ConsoleInboxDocument,
    "\n  mutation ConsoleTakeNeed($needId: ID!) {\n    openConsultation(input: { needId: $needId, channel: WEB }) { id step need { id } }\n  }\n": typeof types.ConsoleTakeNeedDocument,
    "\n  query ConsoleKpis($fiscalYear: Int!, $regionCode: String, $institutionId: ID) {\n    kpis(fiscalYear: $fiscalYear, regionCode: $regionCode, institutionId: $institutionId) {\n      fiscalYear label labelJa\n      matches { proposed introduced agreed declined withdrawn }\n      matchesByMonth { month proposed introduced meeting negotiating agreed declined withdrawn }\n      agreedByOutcome { outcomeType count amountYen }\n      medianDaysToAgreement\n      gapThreshold\n      gapsByField { fieldCode fieldNameJa fieldNameEn needs needsWithoutCandidate }\n      consultationsByStep { step opened resolved closed }\n    }\n  }\n": typeof types.ConsoleKpisDocument,
    "\n  query ConsoleKpiFilters {\n    regions { code kind nameJa nameEn }\n    institutions(first: 100) { edges { node { id nameJa nameEn } } }\n  }\n": typeof types.ConsoleKpiFiltersDocument,
    "\n  query ConsoleKpiCsv($fiscalYear: Int!, $regionCode: String, $institutionId: ID) { kpiCsv(fiscalYear: $fiscalYear, regionCode: $regionCode, institutionId: $institutionId) }\n": typeof types.ConsoleKpiCsvDocument,
    "\n  query ConsoleMySeeds($id: ID!) {\n    researcher(id: $id) { id nameJa seeds(status: [DRAFT, PUBLISHED]) { id title trl status updatedAt } }\n  }\n": typeof types.ConsoleMySeedsDocument,
    "\n  query ConsoleSeedForEdit($id: ID!) {\n    seed(id: $id) { id version title summary trl status keywords collaborationForms fieldCodes }\n  }\n": typeof types.ConsoleSeedForEditDocument,
    "\n  query ConsoleResearchFields { researchFields { code depth nameJa nameEn } }\n": typeof types.ConsoleResearchFieldsDocument,
    "\n  mutation ConsoleRegisterSeed($input: RegisterSeedInput!) { registerSeed(input: $input) { id } }\n": typeof types.ConsoleRegisterSeedDocument,
    "\n  mutation ConsoleUpdateSeed($input: UpdateSeedInput!) { updateSeed(input: $input) { id version } }\n": typeof types.ConsoleUpdateSeedDocument,
    "\n  query ConsoleNeed($id: ID!) {\n    need(id: $id) {\n      id title description category confidentiality status consultationStep desiredTrl timeline wantedForms keywords\n      company { nameJa nameEn } region { nameJa nameEn } holder { name } fields { code nameJa nameEn }\n      consultations {\n        id step status dueAt overdue version\n        history { action fromStep toStep reason createdAt holder { name } actor { name } }\n      }\n      matches { id status seed { id } researcher { id } institution { id } consortium { id } }\n    }\n    regions { code kind nameJa nameEn }\n  }\n": typeof types.ConsoleNeedDocument,
    "\n  query ConsoleSeedCandidates($needId: ID!, $filter: MatchFilter) {\n    matchCandidates(needId: $needId, first: 12, filter: $filter) { edges { node { ...SeedCandidateCard } } }\n  }\n": typeof types.ConsoleSeedCandidatesDocument,
    "\n  query ConsoleResearcherCandidates($needId: ID!) { researcherCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...ResearcherCandidateCard } } } }\n": typeof types.ConsoleResearcherCandidatesDocument,
    "\n  query ConsoleInstitutionCandidates($needId: ID!) { institutionCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...InstitutionCandidateCard } } } }\n": typeof types.ConsoleInstitutionCandidatesDocument,
    "\n  query ConsoleConsortiumCandidates($needId: ID!) { consortiumCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...ConsortiumCandidateCard } } } }\n": typeof types.ConsoleConsortiumCandidatesDocument,
    "\n  query ConsoleRoute($id: ID!) { routeConsultation(id: $id, first: 1) { nextStep nextHolder { name institution { nameJa nameEn } } } }\n": typeof types.ConsoleRouteDocument,
    "\n  mutation ConsoleProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status } }\n": typeof types.ConsoleProposeMatchDocument,
    "\n  mutation ConsoleEscalate($input: EscalateConsultationInput!) { escalateConsultation(input: $input) { id step holder { name } } }\n": typeof types.ConsoleEscalateDocument,
    "\n  mutation ConsoleOpenConsultation($input: OpenConsultationInput!) { openConsultation(input: $input) { id } }\n": typeof types.ConsoleOpenConsultationDocument,
    "\n  query ConsolePipeline {\n    matches(first: 100) {\n      edges {\n        node {\n          id status version score proposedAt agreedAt outcomeType amountYen startDate declineReason declineNote note allowedTransitions\n          need { id title }\n          seed { id title }\n          researcher { nameJa nameEn }\n          institution { nameJa nameEn }\n          consortium { nameJa nameEn }\n          history { fromStatus toStatus reason occurredAt actorRole actor { name } }\n        }\n      }\n    }\n  }\n": typeof types.ConsolePipelineDocument,
    "\n  mutation ConsoleTransition($input: TransitionMatchInput!) { transitionMatch(input: $input) { id status version } }\n": typeof types.ConsoleTransitionDocument,
    "\n  query ConsolePlanCandidates($needId: ID!, $first: Int) {\n    need(id: $needId) { id title category desiredTrl }\n    supportPlans(first: 10, filter: { needId: $needId }) { edges { node { id status score proposedAt parts { role } } } }\n    planCandidates(needId: $needId, first: $first) {\n      plans {\n        rank score missingRoles explanationJa explanationEn\n        parts { role targetKind targetId labelJa labelEn score overCapacity reasonJa reasonEn }\n      }\n      excluded { role targetId labelJa reasonJa reasonEn }\n    }\n  }\n": typeof types.ConsolePlanCandidatesDocument,
    "\n  mutation ConsoleProposePlan($input: ProposePlanInput!) { proposePlan(input: $input) { id } }\n": typeof types.ConsoleProposePlanDocument,
    "\n  query ConsoleSupportPlan($id: ID!) {\n    supportPlan(id: $id) {\n      id version status score explanationJa explanationEn note proposedAt agreedAt\n      proposedBy { name }\n      need { id title }\n      parts(includeRemoved: true) {\n        role partScore reasonJa reasonEn addedAt removedAt\n        match {\n          id version status allowedTransitions targetKind\n          seed { id title } researcher { nameJa nameEn } institution { nameJa nameEn } consortium { nameJa nameEn } fundingProgramme { nameJa nameEn }\n        }\n      }\n      history { action role status actorRole reason occurredAt }\n    }\n  }\n": typeof types.ConsoleSupportPlanDocument,
    "\n  mutation ConsoleAddPlanPart($input: AddPlanPartInput!) { addPlanPart(input: $input) { id version } }\n": typeof types.ConsoleAddPlanPartDocument,
    "\n  mutation ConsoleReplacePlanPart($input: ReplacePlanPartInput!) { replacePlanPart(input: $input) { id version } }\n": typeof types.ConsoleReplacePlanPartDocument,
    "\n  mutation ConsoleDropPlanPart($input: DropPlanPartInput!) { dropPlanPart(input: $input) { id version } }\n": typeof types.ConsoleDropPlanPartDocument,
    "\n  mutation ConsoleMovePlanPart($input: TransitionMatchInput!) { transitionMatch(input: $input) { id status version } }\n": typeof types.ConsoleMovePlanPartDocument,
    "\n  query ConsoleProposals {\n    matches(first: 50, filter: { status: [PROPOSED] }) {\n      edges { node { id version status note proposedAt need { id title confidentiality category } seed { id title } proposedBy { name email } } }\n    }\n  }\n": typeof types.ConsoleProposalsDocument,
    "\n  mutation ConsoleAnswer($input: AnswerMatchInput!) { answerMatch(input: $input) { id status } }\n": typeof types.ConsoleAnswerDocument,
    "\n  query ConsoleMyPublished($id: ID!) { researcher(id: $id) { seeds(status: [PUBLISHED]) { id title } } }\n": typeof types.ConsoleMyPublishedDocument,
    "\n  query ConsoleNeedsForSeed($seedId: ID!) { needCandidatesForSeed(seedId: $seedId, first: 5) { edges { node { ...NeedCandidateCard } } } }\n": typeof types.ConsoleNeedsForSeedDocument,
    "\n  query ConsoleSearchSeeds($filter: SeedFilter) {\n    seeds(first: 30, filter: $filter) { totalCount edges { node { id title trl status institution { nameJa nameEn } } } }\n  }\n": typeof types.ConsoleSearchSeedsDocument,
    "\n  query ConsoleSearchNeeds($filter: NeedFilter) {\n    needs(first: 30, filter: $filter) { totalCount edges { node { id title category confidentiality status consultationStep company { nameJa } } } }\n  }\n": typeof types.ConsoleSearchNeedsDocument,
    "\n  query ConsoleSeed($id: ID!) {\n    seed(id: $id) {\n      id title summary trl status language keywords collaborationForms updatedAt\n      owners { id nameJa nameEn } institution { nameJa nameEn region { nameJa nameEn } } fields { code nameJa nameEn }\n      patents { number title status }\n    }\n  }\n": typeof types.ConsoleSeedDocument,
    "\n  mutation ConsoleSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      expiresAt\n      account { email role displayName researcher { id } coordinator { id } }\n    }\n  }\n": typeof types.ConsoleSignInDocument,
};
const documents: Documents = {
    "\n  fragment MatchFactorBars on MatchFactor {\n    factor\n    value\n    weight\n    contribution\n    share\n    sentenceJa\n    sentenceEn\n  }\n": types.MatchFactorBarsFragmentDoc,
    "\n  fragment SeedCandidateCard on SeedCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    seed {\n      id\n      title\n      trl\n      collaborationForms\n      owners { id nameJa nameEn }\n      institution { id nameJa nameEn kind region { code nameJa nameEn } }\n    }\n    explanation { ...MatchFactorBars }\n  }\n": types.SeedCandidateCardFragmentDoc,
    "\n  fragment NeedCandidateCard on NeedCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    need {\n      id\n      title\n      category\n      confidentiality\n      desiredTrl\n      timeline\n      company { nameJa nameEn }\n      region { nameJa nameEn }\n      holder { name email }\n    }\n    explanation { ...MatchFactorBars }\n  }\n": types.NeedCandidateCardFragmentDoc,
    "\n  fragment ResearcherCandidateCard on ResearcherCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    researcher { id nameJa nameEn title institution { nameJa nameEn } }\n    bestSeeds { seed { id title trl } }\n    explanation { ...MatchFactorBars }\n  }\n": types.ResearcherCandidateCardFragmentDoc,
    "\n  fragment InstitutionCandidateCard on InstitutionCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    institution { id nameJa nameEn kind region { nameJa nameEn } }\n    bestSeed { id title }\n    explanation { ...MatchFactorBars }\n  }\n": types.InstitutionCandidateCardFragmentDoc,
    "\n  fragment ConsortiumCandidateCard on ConsortiumCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    consortium { id nameJa nameEn region { nameJa nameEn } secretariat { nameJa nameEn } }\n    bestSeed { id title }\n    explanation { ...MatchFactorBars }\n  }\n": types.ConsortiumCandidateCardFragmentDoc,
    "mutation ConsoleSignOut { signOut }": types.ConsoleSignOutDocument,
    "\n  query ConsoleNotifications {\n    notifications(first: 100) { id kind titleJa titleEn bodyJa bodyEn createdAt readAt emailStatus }\n    notificationSettings { language emailMuted }\n  }\n": types.ConsoleNotificationsDocument,
    "\n  mutation ConsoleMarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }\n": types.ConsoleMarkNotificationsReadDocument,
    "\n  mutation ConsoleNotificationSettings($language: String, $emailMuted: [NotificationKind!]) {\n    updateNotificationSettings(language: $language, emailMuted: $emailMuted) { language emailMuted }\n  }\n": types.ConsoleNotificationSettingsDocument,
    "\n  query ConsoleUnreadNotifications { notifications(unreadOnly: true, first: 100) { id } }\n": types.ConsoleUnreadNotificationsDocument,
    "\n  query ConsoleAdmin {\n    accounts { id email role status displayName lastSignInAt }\n    apiKeys(includeRevoked: true) { id name prefix scopes revokedAt lastUsedAt createdAt ownerInstitution { nameJa } }\n    weightSets { version active activatedAt createdAt createdBy weights { factor weight } }\n    institutions(first: 100) { edges { node { id nameJa } } }\n  }\n": types.ConsoleAdminDocument,
    "mutation ConsoleCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }": types.ConsoleCreateAccountDocument,
    "mutation ConsoleCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix } } }": types.ConsoleCreateKeyDocument,
    "mutation ConsoleRevokeKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": types.ConsoleRevokeKeyDocument,
    "\n  query ConsoleInbox {\n    mine: consultations(first: 100, filter: { heldByMe: true, status: [OPEN] }) {\n      edges { node { id step dueAt overdue need { id title confidentiality company { nameJa } } } }\n    }\n    held: needs(first: 100, filter: { heldByMe: true, status: [OPEN, IN_PROGRESS] }) {\n      edges { node { id title confidentiality consultationStep status company { nameJa } consultations { id status } } }\n    }\n    untaken: needs(first: 50, filter: { held: false, status: [OPEN] }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id title category confidentiality createdAt company { nameJa } } }\n    }\n  }\n": types.ConsoleInboxDocument,
    "\n  mutation ConsoleTakeNeed($needId: ID!) {\n    openConsultation(input: { needId: $needId, channel: WEB }) { id step need { id } }\n  }\n": types.ConsoleTakeNeedDocument,
    "\n  query ConsoleKpis($fiscalYear: Int!, $regionCode: String, $institutionId: ID) {\n    kpis(fiscalYear: $fiscalYear, regionCode: $regionCode, institutionId: $institutionId) {\n      fiscalYear label labelJa\n      matches { proposed introduced agreed declined withdrawn }\n      matchesByMonth { month proposed introduced meeting negotiating agreed declined withdrawn }\n      agreedByOutcome { outcomeType count amountYen }\n      medianDaysToAgreement\n      gapThreshold\n      gapsByField { fieldCode fieldNameJa fieldNameEn needs needsWithoutCandidate }\n      consultationsByStep { step opened resolved closed }\n    }\n  }\n": types.ConsoleKpisDocument,
    "\n  query ConsoleKpiFilters {\n    regions { code kind nameJa nameEn }\n    institutions(first: 100) { edges { node { id nameJa nameEn } } }\n  }\n": types.ConsoleKpiFiltersDocument,
    "\n  query ConsoleKpiCsv($fiscalYear: Int!, $regionCode: String, $institutionId: ID) { kpiCsv(fiscalYear: $fiscalYear, regionCode: $regionCode, institutionId: $institutionId) }\n": types.ConsoleKpiCsvDocument,
    "\n  query ConsoleMySeeds($id: ID!) {\n    researcher(id: $id) { id nameJa seeds(status: [DRAFT, PUBLISHED]) { id title trl status updatedAt } }\n  }\n": types.ConsoleMySeedsDocument,
    "\n  query ConsoleSeedForEdit($id: ID!) {\n    seed(id: $id) { id version title summary trl status keywords collaborationForms fieldCodes }\n  }\n": types.ConsoleSeedForEditDocument,
    "\n  query ConsoleResearchFields { researchFields { code depth nameJa nameEn } }\n": types.ConsoleResearchFieldsDocument,
    "\n  mutation ConsoleRegisterSeed($input: RegisterSeedInput!) { registerSeed(input: $input) { id } }\n": types.ConsoleRegisterSeedDocument,
    "\n  mutation ConsoleUpdateSeed($input: UpdateSeedInput!) { updateSeed(input: $input) { id version } }\n": types.ConsoleUpdateSeedDocument,
    "\n  query ConsoleNeed($id: ID!) {\n    need(id: $id) {\n      id title description category confidentiality status consultationStep desiredTrl timeline wantedForms keywords\n      company { nameJa nameEn } region { nameJa nameEn } holder { name } fields { code nameJa nameEn }\n      consultations {\n        id step status dueAt overdue version\n        history { action fromStep toStep reason createdAt holder { name } actor { name } }\n      }\n      matches { id status seed { id } researcher { id } institution { id } consortium { id } }\n    }\n    regions { code kind nameJa nameEn }\n  }\n": types.ConsoleNeedDocument,
    "\n  query ConsoleSeedCandidates($needId: ID!, $filter: MatchFilter) {\n    matchCandidates(needId: $needId, first: 12, filter: $filter) { edges { node { ...SeedCandidateCard } } }\n  }\n": types.ConsoleSeedCandidatesDocument,
    "\n  query ConsoleResearcherCandidates($needId: ID!) { researcherCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...ResearcherCandidateCard } } } }\n": types.ConsoleResearcherCandidatesDocument,
    "\n  query ConsoleInstitutionCandidates($needId: ID!) { institutionCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...InstitutionCandidateCard } } } }\n": types.ConsoleInstitutionCandidatesDocument,
    "\n  query ConsoleConsortiumCandidates($needId: ID!) { consortiumCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...ConsortiumCandidateCard } } } }\n": types.ConsoleConsortiumCandidatesDocument,
    "\n  query ConsoleRoute($id: ID!) { routeConsultation(id: $id, first: 1) { nextStep nextHolder { name institution { nameJa nameEn } } } }\n": types.ConsoleRouteDocument,
    "\n  mutation ConsoleProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status } }\n": types.ConsoleProposeMatchDocument,
    "\n  mutation ConsoleEscalate($input: EscalateConsultationInput!) { escalateConsultation(input: $input) { id step holder { name } } }\n": types.ConsoleEscalateDocument,
    "\n  mutation ConsoleOpenConsultation($input: OpenConsultationInput!) { openConsultation(input: $input) { id } }\n": types.ConsoleOpenConsultationDocument,
    "\n  query ConsolePipeline {\n    matches(first: 100) {\n      edges {\n        node {\n          id status version score proposedAt agreedAt outcomeType amountYen startDate declineReason declineNote note allowedTransitions\n          need { id title }\n          seed { id title }\n          researcher { nameJa nameEn }\n          institution { nameJa nameEn }\n          consortium { nameJa nameEn }\n          history { fromStatus toStatus reason occurredAt actorRole actor { name } }\n        }\n      }\n    }\n  }\n": types.ConsolePipelineDocument,
    "\n  mutation ConsoleTransition($input: TransitionMatchInput!) { transitionMatch(input: $input) { id status version } }\n": types.ConsoleTransitionDocument,
    "\n  query ConsolePlanCandidates($needId: ID!, $first: Int) {\n    need(id: $needId) { id title category desiredTrl }\n    supportPlans(first: 10, filter: { needId: $needId }) { edges { node { id status score proposedAt parts { role } } } }\n    planCandidates(needId: $needId, first: $first) {\n      plans {\n        rank score missingRoles explanationJa explanationEn\n        parts { role targetKind targetId labelJa labelEn score overCapacity reasonJa reasonEn }\n      }\n      excluded { role targetId labelJa reasonJa reasonEn }\n    }\n  }\n": types.ConsolePlanCandidatesDocument,
    "\n  mutation ConsoleProposePlan($input: ProposePlanInput!) { proposePlan(input: $input) { id } }\n": types.ConsoleProposePlanDocument,
    "\n  query ConsoleSupportPlan($id: ID!) {\n    supportPlan(id: $id) {\n      id version status score explanationJa explanationEn note proposedAt agreedAt\n      proposedBy { name }\n      need { id title }\n      parts(includeRemoved: true) {\n        role partScore reasonJa reasonEn addedAt removedAt\n        match {\n          id version status allowedTransitions targetKind\n          seed { id title } researcher { nameJa nameEn } institution { nameJa nameEn } consortium { nameJa nameEn } fundingProgramme { nameJa nameEn }\n        }\n      }\n      history { action role status actorRole reason occurredAt }\n    }\n  }\n": types.ConsoleSupportPlanDocument,
    "\n  mutation ConsoleAddPlanPart($input: AddPlanPartInput!) { addPlanPart(input: $input) { id version } }\n": types.ConsoleAddPlanPartDocument,
    "\n  mutation ConsoleReplacePlanPart($input: ReplacePlanPartInput!) { replacePlanPart(input: $input) { id version } }\n": types.ConsoleReplacePlanPartDocument,
    "\n  mutation ConsoleDropPlanPart($input: DropPlanPartInput!) { dropPlanPart(input: $input) { id version } }\n": types.ConsoleDropPlanPartDocument,
    "\n  mutation ConsoleMovePlanPart($input: TransitionMatchInput!) { transitionMatch(input: $input) { id status version } }\n": types.ConsoleMovePlanPartDocument,
    "\n  query ConsoleProposals {\n    matches(first: 50, filter: { status: [PROPOSED] }) {\n      edges { node { id version status note proposedAt need { id title confidentiality category } seed { id title } proposedBy { name email } } }\n    }\n  }\n": types.ConsoleProposalsDocument,
    "\n  mutation ConsoleAnswer($input: AnswerMatchInput!) { answerMatch(input: $input) { id status } }\n": types.ConsoleAnswerDocument,
    "\n  query ConsoleMyPublished($id: ID!) { researcher(id: $id) { seeds(status: [PUBLISHED]) { id title } } }\n": types.ConsoleMyPublishedDocument,
    "\n  query ConsoleNeedsForSeed($seedId: ID!) { needCandidatesForSeed(seedId: $seedId, first: 5) { edges { node { ...NeedCandidateCard } } } }\n": types.ConsoleNeedsForSeedDocument,
    "\n  query ConsoleSearchSeeds($filter: SeedFilter) {\n    seeds(first: 30, filter: $filter) { totalCount edges { node { id title trl status institution { nameJa nameEn } } } }\n  }\n": types.ConsoleSearchSeedsDocument,
    "\n  query ConsoleSearchNeeds($filter: NeedFilter) {\n    needs(first: 30, filter: $filter) { totalCount edges { node { id title category confidentiality status consultationStep company { nameJa } } } }\n  }\n": types.ConsoleSearchNeedsDocument,
    "\n  query ConsoleSeed($id: ID!) {\n    seed(id: $id) {\n      id title summary trl status language keywords collaborationForms updatedAt\n      owners { id nameJa nameEn } institution { nameJa nameEn region { nameJa nameEn } } fields { code nameJa nameEn }\n      patents { number title status }\n    }\n  }\n": types.ConsoleSeedDocument,
    "\n  mutation ConsoleSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      expiresAt\n      account { email role displayName researcher { id } coordinator { id } }\n    }\n  }\n": types.ConsoleSignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchFactorBars on MatchFactor {\n    factor\n    value\n    weight\n    contribution\n    share\n    sentenceJa\n    sentenceEn\n  }\n"): typeof import('./graphql').MatchFactorBarsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeedCandidateCard on SeedCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    seed {\n      id\n      title\n      trl\n      collaborationForms\n      owners { id nameJa nameEn }\n      institution { id nameJa nameEn kind region { code nameJa nameEn } }\n    }\n    explanation { ...MatchFactorBars }\n  }\n"): typeof import('./graphql').SeedCandidateCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedCandidateCard on NeedCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    need {\n      id\n      title\n      category\n      confidentiality\n      desiredTrl\n      timeline\n      company { nameJa nameEn }\n      region { nameJa nameEn }\n      holder { name email }\n    }\n    explanation { ...MatchFactorBars }\n  }\n"): typeof import('./graphql').NeedCandidateCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResearcherCandidateCard on ResearcherCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    researcher { id nameJa nameEn title institution { nameJa nameEn } }\n    bestSeeds { seed { id title trl } }\n    explanation { ...MatchFactorBars }\n  }\n"): typeof import('./graphql').ResearcherCandidateCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstitutionCandidateCard on InstitutionCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    institution { id nameJa nameEn kind region { nameJa nameEn } }\n    bestSeed { id title }\n    explanation { ...MatchFactorBars }\n  }\n"): typeof import('./graphql').InstitutionCandidateCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsortiumCandidateCard on ConsortiumCandidate {\n    rank\n    score\n    fit\n    summaryJa\n    summaryEn\n    consortium { id nameJa nameEn region { nameJa nameEn } secretariat { nameJa nameEn } }\n    bestSeed { id title }\n    explanation { ...MatchFactorBars }\n  }\n"): typeof import('./graphql').ConsortiumCandidateCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleSignOut { signOut }"): typeof import('./graphql').ConsoleSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNotifications {\n    notifications(first: 100) { id kind titleJa titleEn bodyJa bodyEn createdAt readAt emailStatus }\n    notificationSettings { language emailMuted }\n  }\n"): typeof import('./graphql').ConsoleNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }\n"): typeof import('./graphql').ConsoleMarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleNotificationSettings($language: String, $emailMuted: [NotificationKind!]) {\n    updateNotificationSettings(language: $language, emailMuted: $emailMuted) { language emailMuted }\n  }\n"): typeof import('./graphql').ConsoleNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUnreadNotifications { notifications(unreadOnly: true, first: 100) { id } }\n"): typeof import('./graphql').ConsoleUnreadNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAdmin {\n    accounts { id email role status displayName lastSignInAt }\n    apiKeys(includeRevoked: true) { id name prefix scopes revokedAt lastUsedAt createdAt ownerInstitution { nameJa } }\n    weightSets { version active activatedAt createdAt createdBy weights { factor weight } }\n    institutions(first: 100) { edges { node { id nameJa } } }\n  }\n"): typeof import('./graphql').ConsoleAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }"): typeof import('./graphql').ConsoleCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix } } }"): typeof import('./graphql').ConsoleCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleRevokeKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }"): typeof import('./graphql').ConsoleRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInbox {\n    mine: consultations(first: 100, filter: { heldByMe: true, status: [OPEN] }) {\n      edges { node { id step dueAt overdue need { id title confidentiality company { nameJa } } } }\n    }\n    held: needs(first: 100, filter: { heldByMe: true, status: [OPEN, IN_PROGRESS] }) {\n      edges { node { id title confidentiality consultationStep status company { nameJa } consultations { id status } } }\n    }\n    untaken: needs(first: 50, filter: { held: false, status: [OPEN] }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id title category confidentiality createdAt company { nameJa } } }\n    }\n  }\n"): typeof import('./graphql').ConsoleInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTakeNeed($needId: ID!) {\n    openConsultation(input: { needId: $needId, channel: WEB }) { id step need { id } }\n  }\n"): typeof import('./graphql').ConsoleTakeNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleKpis($fiscalYear: Int!, $regionCode: String, $institutionId: ID) {\n    kpis(fiscalYear: $fiscalYear, regionCode: $regionCode, institutionId: $institutionId) {\n      fiscalYear label labelJa\n      matches { proposed introduced agreed declined withdrawn }\n      matchesByMonth { month proposed introduced meeting negotiating agreed declined withdrawn }\n      agreedByOutcome { outcomeType count amountYen }\n      medianDaysToAgreement\n      gapThreshold\n      gapsByField { fieldCode fieldNameJa fieldNameEn needs needsWithoutCandidate }\n      consultationsByStep { step opened resolved closed }\n    }\n  }\n"): typeof import('./graphql').ConsoleKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleKpiFilters {\n    regions { code kind nameJa nameEn }\n    institutions(first: 100) { edges { node { id nameJa nameEn } } }\n  }\n"): typeof import('./graphql').ConsoleKpiFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleKpiCsv($fiscalYear: Int!, $regionCode: String, $institutionId: ID) { kpiCsv(fiscalYear: $fiscalYear, regionCode: $regionCode, institutionId: $institutionId) }\n"): typeof import('./graphql').ConsoleKpiCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMySeeds($id: ID!) {\n    researcher(id: $id) { id nameJa seeds(status: [DRAFT, PUBLISHED]) { id title trl status updatedAt } }\n  }\n"): typeof import('./graphql').ConsoleMySeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSeedForEdit($id: ID!) {\n    seed(id: $id) { id version title summary trl status keywords collaborationForms fieldCodes }\n  }\n"): typeof import('./graphql').ConsoleSeedForEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleResearchFields { researchFields { code depth nameJa nameEn } }\n"): typeof import('./graphql').ConsoleResearchFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRegisterSeed($input: RegisterSeedInput!) { registerSeed(input: $input) { id } }\n"): typeof import('./graphql').ConsoleRegisterSeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateSeed($input: UpdateSeedInput!) { updateSeed(input: $input) { id version } }\n"): typeof import('./graphql').ConsoleUpdateSeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNeed($id: ID!) {\n    need(id: $id) {\n      id title description category confidentiality status consultationStep desiredTrl timeline wantedForms keywords\n      company { nameJa nameEn } region { nameJa nameEn } holder { name } fields { code nameJa nameEn }\n      consultations {\n        id step status dueAt overdue version\n        history { action fromStep toStep reason createdAt holder { name } actor { name } }\n      }\n      matches { id status seed { id } researcher { id } institution { id } consortium { id } }\n    }\n    regions { code kind nameJa nameEn }\n  }\n"): typeof import('./graphql').ConsoleNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSeedCandidates($needId: ID!, $filter: MatchFilter) {\n    matchCandidates(needId: $needId, first: 12, filter: $filter) { edges { node { ...SeedCandidateCard } } }\n  }\n"): typeof import('./graphql').ConsoleSeedCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleResearcherCandidates($needId: ID!) { researcherCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...ResearcherCandidateCard } } } }\n"): typeof import('./graphql').ConsoleResearcherCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInstitutionCandidates($needId: ID!) { institutionCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...InstitutionCandidateCard } } } }\n"): typeof import('./graphql').ConsoleInstitutionCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleConsortiumCandidates($needId: ID!) { consortiumCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...ConsortiumCandidateCard } } } }\n"): typeof import('./graphql').ConsoleConsortiumCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRoute($id: ID!) { routeConsultation(id: $id, first: 1) { nextStep nextHolder { name institution { nameJa nameEn } } } }\n"): typeof import('./graphql').ConsoleRouteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status } }\n"): typeof import('./graphql').ConsoleProposeMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEscalate($input: EscalateConsultationInput!) { escalateConsultation(input: $input) { id step holder { name } } }\n"): typeof import('./graphql').ConsoleEscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenConsultation($input: OpenConsultationInput!) { openConsultation(input: $input) { id } }\n"): typeof import('./graphql').ConsoleOpenConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePipeline {\n    matches(first: 100) {\n      edges {\n        node {\n          id status version score proposedAt agreedAt outcomeType amountYen startDate declineReason declineNote note allowedTransitions\n          need { id title }\n          seed { id title }\n          researcher { nameJa nameEn }\n          institution { nameJa nameEn }\n          consortium { nameJa nameEn }\n          history { fromStatus toStatus reason occurredAt actorRole actor { name } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsolePipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTransition($input: TransitionMatchInput!) { transitionMatch(input: $input) { id status version } }\n"): typeof import('./graphql').ConsoleTransitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePlanCandidates($needId: ID!, $first: Int) {\n    need(id: $needId) { id title category desiredTrl }\n    supportPlans(first: 10, filter: { needId: $needId }) { edges { node { id status score proposedAt parts { role } } } }\n    planCandidates(needId: $needId, first: $first) {\n      plans {\n        rank score missingRoles explanationJa explanationEn\n        parts { role targetKind targetId labelJa labelEn score overCapacity reasonJa reasonEn }\n      }\n      excluded { role targetId labelJa reasonJa reasonEn }\n    }\n  }\n"): typeof import('./graphql').ConsolePlanCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleProposePlan($input: ProposePlanInput!) { proposePlan(input: $input) { id } }\n"): typeof import('./graphql').ConsoleProposePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSupportPlan($id: ID!) {\n    supportPlan(id: $id) {\n      id version status score explanationJa explanationEn note proposedAt agreedAt\n      proposedBy { name }\n      need { id title }\n      parts(includeRemoved: true) {\n        role partScore reasonJa reasonEn addedAt removedAt\n        match {\n          id version status allowedTransitions targetKind\n          seed { id title } researcher { nameJa nameEn } institution { nameJa nameEn } consortium { nameJa nameEn } fundingProgramme { nameJa nameEn }\n        }\n      }\n      history { action role status actorRole reason occurredAt }\n    }\n  }\n"): typeof import('./graphql').ConsoleSupportPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddPlanPart($input: AddPlanPartInput!) { addPlanPart(input: $input) { id version } }\n"): typeof import('./graphql').ConsoleAddPlanPartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReplacePlanPart($input: ReplacePlanPartInput!) { replacePlanPart(input: $input) { id version } }\n"): typeof import('./graphql').ConsoleReplacePlanPartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDropPlanPart($input: DropPlanPartInput!) { dropPlanPart(input: $input) { id version } }\n"): typeof import('./graphql').ConsoleDropPlanPartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMovePlanPart($input: TransitionMatchInput!) { transitionMatch(input: $input) { id status version } }\n"): typeof import('./graphql').ConsoleMovePlanPartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProposals {\n    matches(first: 50, filter: { status: [PROPOSED] }) {\n      edges { node { id version status note proposedAt need { id title confidentiality category } seed { id title } proposedBy { name email } } }\n    }\n  }\n"): typeof import('./graphql').ConsoleProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAnswer($input: AnswerMatchInput!) { answerMatch(input: $input) { id status } }\n"): typeof import('./graphql').ConsoleAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyPublished($id: ID!) { researcher(id: $id) { seeds(status: [PUBLISHED]) { id title } } }\n"): typeof import('./graphql').ConsoleMyPublishedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNeedsForSeed($seedId: ID!) { needCandidatesForSeed(seedId: $seedId, first: 5) { edges { node { ...NeedCandidateCard } } } }\n"): typeof import('./graphql').ConsoleNeedsForSeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSearchSeeds($filter: SeedFilter) {\n    seeds(first: 30, filter: $filter) { totalCount edges { node { id title trl status institution { nameJa nameEn } } } }\n  }\n"): typeof import('./graphql').ConsoleSearchSeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSearchNeeds($filter: NeedFilter) {\n    needs(first: 30, filter: $filter) { totalCount edges { node { id title category confidentiality status consultationStep company { nameJa } } } }\n  }\n"): typeof import('./graphql').ConsoleSearchNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSeed($id: ID!) {\n    seed(id: $id) {\n      id title summary trl status language keywords collaborationForms updatedAt\n      owners { id nameJa nameEn } institution { nameJa nameEn region { nameJa nameEn } } fields { code nameJa nameEn }\n      patents { number title status }\n    }\n  }\n"): typeof import('./graphql').ConsoleSeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      expiresAt\n      account { email role displayName researcher { id } coordinator { id } }\n    }\n  }\n"): typeof import('./graphql').ConsoleSignInDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
