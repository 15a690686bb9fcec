import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the partner operations in operations/*.graphql, over the committed SDL.
 * Regenerate after changing an operation or the schema: `npm run partner:codegen`
 * (npx graphql-codegen --config examples/partner-client/codegen.ts).
 * persisted-documents.json (sha256 → operation) doubles as the server's allow list
 * (MUSUBI_PERSISTED_QUERIES=allowlist, MUSUBI_ALLOWLIST_FILE=examples/partner-client/gql/persisted-documents.json).
 *
 * PARTNER_CODEGEN_OUT writes elsewhere (the staleness test compares a fresh run with gql/).
 */
const here = __dirname;
const out = process.env.PARTNER_CODEGEN_OUT ?? path.join(here, 'gql');

const config: CodegenConfig = {
  schema: path.join(here, '..', '..', 'schema', 'schema.graphql'),
  documents: [path.join(here, 'operations', '*.graphql')],
  ignoreNoDocuments: false,
  generates: {
    [`${out}/`]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
