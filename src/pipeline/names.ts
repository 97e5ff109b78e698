/**
 * The root action's input names, as its action.yml declares them (a unit test checks they agree),
 * for the check of a step's input names (lib/inputs.ts, Inputs.forAction). The stages read them
 * through their own names modules; this list is only what the root accepts as a whole.
 */
import type { ActionInputNames } from '../lib/inputs.js';

export const PIPELINE_INPUT_NAMES: ActionInputNames = {
  action: 'the root action (infra-actions)',
  known: [
    // Login
    'ecr-region',
    'registry',
    'builder',
    'repositories',
    'skip-logout',
    // Build and push
    'image',
    'prebuilt-image',
    'context',
    'file',
    'tags',
    'build-args',
    'labels',
    'target',
    'platforms',
    'cache-from',
    'cache-to',
    'push-retries',
    'revision',
    // Render
    'task-definition',
    'task-definition-family',
    'container-name',
    'environment-variables',
    'environment-variables-mode',
    'env-files',
    'secrets',
    'log-configuration-log-driver',
    'log-configuration-options',
    'docker-labels',
    'command',
    'task-role-arn',
    'execution-role-arn',
    'cpu',
    'memory',
    // Deploy
    'aws-region',
    'cluster',
    'service',
    'skip-unchanged',
    'force-new-deployment',
    'desired-count',
    'enable-ecs-managed-tags',
    'propagate-tags',
    'task-definition-tags',
    'dry-run',
    // Wait
    'target-group-arns',
    'wait-for-minutes',
    'rollback-on-failure',
  ],
};
