import type { CodegenConfig } from '@graphql-codegen/cli';

// schema.graphql is the SDL the silo serves (tests/Gateway.Tests checks that it is); the generated types live in
// src/api/generated and are checked in, and src/api/generated.test.ts fails when they drift from the schema.
export const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/api/generated/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    './src/api/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string', Long: 'number' },
      },
    },
  },
};

export default config;
