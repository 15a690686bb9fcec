import 'reflect-metadata';
import { loadConfig } from './src/config/config';
import { createDataSource } from './src/database/data-source';
import { embeddedDatabaseUrl } from './src/database/database-url';

/**
 * The DataSource for the TypeORM CLI (`npm run migration:generate -- src/database/migrations/Name`).
 * It uses DATABASE_URL, or the embedded cluster of a running `npm start`.
 */
const config = loadConfig();
// No statement timeout: the CLI runs migrations, which may rightly take minutes on a large database.
export default createDataSource({ url: config.databaseUrl ?? embeddedDatabaseUrl(config), statementTimeoutMs: 0 });
