/**
 * One bad input per action, each of which the action must report as one `::error::Input '<name>' …`
 * without any AWS call: shared by the entry tests (__tests__/e2e/entries.test.ts) and the startup
 * bench (bench/startup.ts), so both measure the same path.
 */
import type { ActionName } from './run-action.js';

export interface BadInputCase {
  action: ActionName;
  inputs: Record<string, string>;
  /** The input the one error must name. */
  input: string;
}

export const BAD_INPUTS: BadInputCase[] = [
  { action: 'ecr-public-login', inputs: { builder: 'kaniko' }, input: 'builder' },
  { action: 'build-push', inputs: {}, input: 'image' },
  {
    action: 'render-task-def',
    inputs: { 'task-definition': 'missing.json', 'container-name': 'web', image: 'a/b:c' },
    input: 'task-definition',
  },
  {
    action: 'ecs-deploy',
    inputs: { 'task-definition': 'missing.json', 'aws-region': 'eu-west-3' },
    input: 'task-definition',
  },
  { action: 'wait-healthy', inputs: {}, input: 'service' },
  {
    action: 'pipeline',
    inputs: {
      service: 'web',
      'container-name': 'web',
      'aws-region': 'eu-west-3',
      image: 'Public.ecr.aws/x/web',
    },
    input: 'image',
  },
];

/** The environment of a bare run: PATH, the runner's folders and the inputs as INPUT_* variables. */
export function badInputEnv(inputs: Record<string, string>, dir: string): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
  };
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.toUpperCase()}`] = value;
  return env;
}
