/**
 * `npm run local -- <action>` runs the action with its own action.yml (issue 16): its inputs,
 * defaults and outputs, not the root action's. Real parts: scripts/local.ts and
 * @github/local-action running render-task-def's TypeScript source with its committed
 * .env.render-task-def.example (rendering from a file needs no AWS).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/run-action.js';

it('render-task-def runs with render-task-def/action.yml and renders', () => {
  const run = spawnSync(
    path.join(repoRoot, 'node_modules/.bin/tsx'),
    ['scripts/local.ts', 'render-task-def'],
    {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: '' },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  const output = run.stdout + run.stderr;
  expect(output).toContain(`with ${path.join('render-task-def', 'action.yml')} and .env.render-task-def`);
  // render-task-def's one output, described as its action.yml describes it; the root action's
  // outputs (deployment-id, healthy) are not there.
  expect(output).toMatch(/'task-definition'\s*│\s*'Path of the rendered JSON file, under RUNNER_TEMP\.'/);
  expect(output).not.toMatch(/'deployment-id'|'healthy'/);
  expect(output).toMatch(
    /Rendered sites-management-api from examples\/task-definitions\/sites-management-api\.json/,
  );
  expect(run.status).toBe(0);
}, 150_000);
