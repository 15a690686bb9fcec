import { InitialSchema1795292337541 } from './migrations/1795292337541-InitialSchema';
import { SearchIndexes1795292337600 } from './migrations/1795292337600-SearchIndexes';

/** Every migration, in order. Generate new ones with `npm run migration:generate` and list them here. */
export const MIGRATIONS: Function[] = [InitialSchema1795292337541, SearchIndexes1795292337600];
