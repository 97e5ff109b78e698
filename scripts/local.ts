// `npm run local -- <action>`: runs one action's TypeScript source with @github/local-action,
// with inputs from `.env.<action>` (or the committed `.env.<action>.example`), typically against
// the emulator started by `npm run emulator -- --port 4566`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ACTIONS = [
  'ecr-public-login',
  'build-push',
  'render-task-def',
  'ecs-deploy',
  'wait-healthy',
  'pipeline',
];
const action = process.argv[2];
if (!action || !ACTIONS.includes(action)) {
  console.error(`usage: npm run local -- <${ACTIONS.join('|')}>`);
  process.exit(2);
}
const envFile = existsSync(`.env.${action}`) ? `.env.${action}` : `.env.${action}.example`;
if (!existsSync(envFile)) {
  console.error(`no ${envFile}: copy one of the .env.*.example files`);
  process.exit(2);
}
console.log(`local-action: src/${action}.ts with ${envFile}`);
const result = spawnSync('npx', ['local-action', 'run', '.', `src/${action}.ts`, envFile], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
