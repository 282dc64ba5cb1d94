import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import { config } from '../../codegen';

// src/Web/schema.graphql is kept equal to the served schema by tests/Gateway.Tests (WebSchemaTests); this test
// keeps the checked-in generated types equal to what codegen makes from that file and the app's documents.
describe('generated GraphQL types', () => {
  it('match the schema and the documents (run `npm run codegen` when this fails)', async () => {
    const root = resolve(__dirname, '../..');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const outputs = await generate({ ...config, silent: true, verbose: false }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const onDisk = readFileSync(resolve(root, output.filename), 'utf8');
        expect(onDisk, `${output.filename} is stale`).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
