import { InitialSchema1795292337541 } from './migrations/1795292337541-InitialSchema';
import { SearchIndexes1795292337600 } from './migrations/1795292337600-SearchIndexes';
import { MatchIndex1795292337700 } from './migrations/1795292337700-MatchIndex';
import { Auth1795292337900 } from './migrations/1795292337900-Auth';
import { Workflow1795295969153 } from './migrations/1795295969153-Workflow';
import { ListSortIndexes1795298354031 } from './migrations/1795298354031-ListSortIndexes';
import { PostingsByWeight1795298798001 } from './migrations/1795298798001-PostingsByWeight';
import { PostingImpact1795310000000 } from './migrations/1795310000000-PostingImpact';
import { Duplicates1795320000000 } from './migrations/1795320000000-Duplicates';
import { SharedState1795400000000 } from './migrations/1795400000000-SharedState';
import { ChangeHistory1795500000000 } from './migrations/1795500000000-ChangeHistory';
import { SupportPlans1795600000000 } from './migrations/1795600000000-SupportPlans';
import { PartnersAndEvents1795700000000 } from './migrations/1795700000000-PartnersAndEvents';
import { ReferenceChangeNotify1796000000000 } from './migrations/1796000000000-ReferenceChangeNotify';
import { WebhookSubscriptionVersion1796200000000 } from './migrations/1796200000000-WebhookSubscriptionVersion';

/** Every migration, in order. Generate new ones with `npm run migration:generate` and list them here. */
export const MIGRATIONS: Function[] = [
  InitialSchema1795292337541,
  SearchIndexes1795292337600,
  MatchIndex1795292337700,
  Auth1795292337900,
  Workflow1795295969153,
  ListSortIndexes1795298354031,
  PostingsByWeight1795298798001,
  PostingImpact1795310000000,
  Duplicates1795320000000,
  SharedState1795400000000,
  ChangeHistory1795500000000,
  SupportPlans1795600000000,
  PartnersAndEvents1795700000000,
  ReferenceChangeNotify1796000000000,
  WebhookSubscriptionVersion1796200000000,
];
