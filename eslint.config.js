// ESLint (npm run lint): JavaScript's and typescript-eslint's recommended rules for .ts/.mjs, eslint-plugin-astro's
// for .astro files (frontmatter and client scripts). Type checking itself is astro check's job (npm run check).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'dist-subpath/', '.astro/', 'reports/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // A leading underscore marks a value left out on purpose: `const { [key]: _old, ...rest } = record` drops a key.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrors: 'none',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // These strip or escape control characters in what a user types or a file holds: matching them is the point.
    files: ['src/components/shared/print-stamp.ts', 'src/domain/templates/template-language.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Type erasure on purpose: a registry of documents of any type, and zod schemas whose input type does not matter.
    files: ['src/domain/storage/document-definition.ts', 'src/domain/mentoring/sealed-file.ts', 'src/domain/transfer/personal-rules.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests build wrong values on purpose.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The press corpus evaluator counts with comma expressions (`else (count++, list.push(rule))`).
    files: ['tests/fixtures/press-corpus/evaluate.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
