import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations of the console, over the committed SDL: `npm run console:codegen` after
 * changing a `graphql(...)` document in console/src or the schema. String documents: the
 * bundle carries each operation's text, not a parsed AST nor the graphql package.
 */
const root = path.join(__dirname, '..');
const config: CodegenConfig = {
  schema: path.join(root, 'schema', 'schema.graphql'),
  documents: [path.join(__dirname, 'src', '**', '*.{ts,tsx}'), `!${path.join(__dirname, 'src', 'gql', '**')}`],
  ignoreNoDocuments: false,
  generates: {
    [`${path.join(__dirname, 'src', 'gql')}/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string', ID: 'string' } },
    },
  },
};

export default config;
