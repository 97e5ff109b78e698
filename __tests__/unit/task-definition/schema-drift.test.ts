import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import { repoRoot } from '../../helpers/run-action.js';
import { deriveSchema, schemaModuleText } from '../../../scripts/task-definition-schema.js';

// Real parts: the installed @aws-sdk/client-ecs serde schema for RegisterTaskDefinition.
const file = path.join(repoRoot, 'src/task-definition/schema.generated.ts');

describe('the checked-in task definition schema', () => {
  it('matches the shapes of the installed @aws-sdk/client-ecs RegisterTaskDefinition request', async () => {
    const options = (await prettier.resolveConfig(file)) ?? {};
    const expected = await prettier.format(schemaModuleText(deriveSchema()), { ...options, filepath: file });
    if (process.env.UPDATE_TASK_DEFINITION_SCHEMA) writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
