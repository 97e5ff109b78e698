/**
 * wait-healthy's inputs, read and checked before any AWS call (the root action's preflight too).
 */
import { InputError } from '../lib/errors.js';
import {
  isDeploymentId,
  isTargetGroupArn,
  isTaskDefinitionRevision,
  MAX_WAIT_MINUTES,
} from '../lib/identifiers.js';
import type { ActionInputNames, Inputs } from '../lib/inputs.js';

/** Input and output names of wait-healthy, in one place so action.yml and code cannot drift apart. */
export const WAIT_INPUTS = {
  service: 'service',
  cluster: 'cluster',
  region: 'aws-region',
  deploymentId: 'deployment-id',
  targetGroupArns: 'target-group-arns',
  waitForMinutes: 'wait-for-minutes',
  rollbackOnFailure: 'rollback-on-failure',
  rollbackTaskDefinition: 'rollback-task-definition',
} as const;

export const WAIT_INPUT_NAMES: ActionInputNames = {
  action: 'wait-healthy',
  known: Object.values(WAIT_INPUTS),
};

export const WAIT_OUTPUTS = {
  healthy: 'healthy',
  elapsedSeconds: 'elapsed-seconds',
  taskDefinitionArn: 'task-definition-arn',
  rolledBack: 'rolled-back',
} as const;

export interface WaitSettings {
  region: string;
  cluster: string;
  service: string;
  deploymentId?: string;
  targetGroupArns?: string[];
  timeoutMs: number;
  rollbackOnFailure: boolean;
  /** ARN or family:revision; default the last COMPLETED deployment's revision. */
  rollbackTaskDefinition?: string;
}

/** Fractions are allowed (0.5 = 30 s); below 0.6 s a wait could not make a single poll. */
const MIN_WAIT_MINUTES = 0.01;

/** Validates wait-healthy's inputs (pure: reads inputs, calls nothing). The root action calls it in its preflight. */
export function parseWaitInputs(inputs: Inputs): WaitSettings {
  const service = inputs.string(WAIT_INPUTS.service, { required: true });
  const cluster = inputs.string(WAIT_INPUTS.cluster, { default: 'default' });
  const region = inputs.region(WAIT_INPUTS.region);

  const deploymentId = inputs.optional(WAIT_INPUTS.deploymentId);
  if (deploymentId !== undefined && !isDeploymentId(deploymentId)) {
    throw new InputError(
      inputs.nameOf(WAIT_INPUTS.deploymentId),
      `'${deploymentId}' is not an ECS deployment id`,
      'Use the id ECS gives a deployment, like ecs-svc/1234567890123456789 (ecs-deploy outputs it as deployment-id), or leave it empty to follow the PRIMARY deployment',
    );
  }

  const targetGroups = inputs.list(WAIT_INPUTS.targetGroupArns, {
    valid: isTargetGroupArn,
    is: 'a target group ARN',
    hint: 'Give full ARNs like arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/web/0123456789abcdef, one per line',
  });

  const minutes =
    inputs.number(WAIT_INPUTS.waitForMinutes, {
      default: 30,
      min: MIN_WAIT_MINUTES,
      max: MAX_WAIT_MINUTES,
    }) ?? 30;

  const rollbackOnFailure = inputs.boolean(WAIT_INPUTS.rollbackOnFailure, false);
  const rollbackTaskDefinition = inputs.optional(WAIT_INPUTS.rollbackTaskDefinition);
  if (rollbackTaskDefinition !== undefined) {
    if (!isTaskDefinitionRevision(rollbackTaskDefinition)) {
      throw new InputError(
        inputs.nameOf(WAIT_INPUTS.rollbackTaskDefinition),
        `'${rollbackTaskDefinition}' is not a task definition revision`,
        'Use family:revision (web-ui-client:12) or a task definition ARN',
      );
    }
    if (!rollbackOnFailure) {
      throw new InputError(
        inputs.nameOf(WAIT_INPUTS.rollbackTaskDefinition),
        `is set but ${inputs.nameOf(WAIT_INPUTS.rollbackOnFailure)} is false, so it would never be used`,
        `Set ${inputs.nameOf(WAIT_INPUTS.rollbackOnFailure)}: true, or remove it`,
      );
    }
  }

  return {
    region,
    cluster,
    service,
    deploymentId,
    targetGroupArns: targetGroups.length > 0 ? targetGroups : undefined,
    timeoutMs: Math.round(minutes * 60_000),
    rollbackOnFailure,
    rollbackTaskDefinition,
  };
}
