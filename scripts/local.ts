// `npm run local -- <action>`: runs one action's TypeScript source with @github/local-action,
// with inputs from `.env.<action>` (or the committed `.env.<action>.example`), typically against
// the emulator started by `npm run emulator -- --port 4566`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

// Each action's module with run(), as in src/README.md.
const ACTIONS: Record<string, string> = {
  'ecr-public-login': 'src/registry/action.ts',
  'build-push': 'src/image/action.ts',
  'render-task-def': 'src/task-definition/action.ts',
  'ecs-deploy': 'src/deploy/action.ts',
  'wait-healthy': 'src/health/action.ts',
  pipeline: 'src/pipeline/action.ts',
};
const action = process.argv[2];
if (!action || !Object.hasOwn(ACTIONS, action)) {
  console.error(`usage: npm run local -- <${Object.keys(ACTIONS).join('|')}>`);
  process.exit(2);
}
const envFile = existsSync(`.env.${action}`) ? `.env.${action}` : `.env.${action}.example`;
if (!existsSync(envFile)) {
  console.error(`no ${envFile}: copy one of the .env.*.example files`);
  process.exit(2);
}
// local-action reads the inputs and their defaults from <folder>/action.yml: the action's own
// folder (the root's action.yml is the pipeline's), and the entrypoint is relative to it.
const folder = action === 'pipeline' ? '.' : action;
const entrypoint = path.relative(folder, ACTIONS[action]);
console.log(`local-action: ${ACTIONS[action]} with ${path.join(folder, 'action.yml')} and ${envFile}`);
const result = spawnSync('npx', ['local-action', 'run', folder, entrypoint, envFile], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
