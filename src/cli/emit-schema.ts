import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printMusubiSchema } from '../graphql/schema';

/** `npm run schema:emit`: writes the SDL that schema/schema.graphql commits (a test fails when it is stale). */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []), 'schema', 'schema.graphql');

async function main(): Promise<void> {
  const sdl = await printMusubiSchema();
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)} (${sdl.split('\n').length} lines)`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
