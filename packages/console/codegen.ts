/**
 * GraphQL Code Generator: typed documents for every operation under src/, generated from the composed
 * supergraph (the product's API). test/codegen.test.ts fails when src/gql is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../gateway/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
        strictScalars: false,
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
  hooks: {},
};

export default config;
