// Lint: typescript-eslint's recommended rules, tuned where musubi's conventions differ on
// purpose. Formatting is prettier's (npm run format:check), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'console/src/gql/**', 'examples/partner-client/gql/**', 'bench/results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      // Unused names are mistakes, except deliberately ignored ones (`_x`, rest siblings that drop a key).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // type-graphql's resolver lists are typed `Function[]` by its own API.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Legacy decorators and declaration merging need empty classes/interfaces (e.g. `class XConnection extends Connection(X) {}`).
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // lindera's WebAssembly tokenizer is loaded lazily, on first use.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^lindera-wasm-nodejs-ipadic$'] }],
    },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
  },
  {
    // Tests read untyped GraphQL responses; `any` there is the honest type.
    files: ['test/**/*.ts', 'eval/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
