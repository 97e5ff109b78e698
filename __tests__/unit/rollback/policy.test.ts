import { lastCompletedRevision } from '../../../src/health/snapshot.js';
import type { WaitOutcome } from '../../../src/health/types.js';
import {
  nativeRollbackStart,
  rollbackCancelled,
  rollbackDecision,
  rollbackStart,
  type RollbackContext,
  type RollbackDecision,
} from '../../../src/rollback/policy.js';

// The one rollback policy: ecs-deploy (its own deployment: `deployedTaskDefinitionArn` set) and
// wait-healthy (a deployment it did not start) decide through the same table.
const ARN = (n: number) => `arn:aws:ecs:eu-west-3:123456789012:task-definition/web:${n}`;

/** ecs-deploy deployed web:2 over web:1. */
const deploy: RollbackContext = {
  rollbackOnFailure: true,
  deployedTaskDefinitionArn: ARN(2),
  candidates: [ARN(1)],
};
/** wait-healthy with rollback-on-failure and no rollback-task-definition. */
const wait: RollbackContext = { rollbackOnFailure: true, candidates: [undefined] };

describe('after a failed wait', () => {
  const rows: [string, WaitOutcome, RollbackContext, string | undefined, Partial<RollbackDecision>][] = [
    // ecs-deploy
    [
      'deploy: failed → roll back to the previous revision',
      'failed',
      deploy,
      undefined,
      { action: 'rollback', toTaskDefinitionArn: ARN(1) },
    ],
    [
      'deploy: timeout → roll back',
      'timeout',
      deploy,
      undefined,
      { action: 'rollback', toTaskDefinitionArn: ARN(1) },
    ],
    [
      'deploy: ECS rolled back → follow it, no second rollback',
      'rolled-back-by-ecs',
      deploy,
      undefined,
      { action: 'follow-ecs-rollback' },
    ],
    [
      'deploy: ECS rolled back → followed even with rollback-on-failure false',
      'rolled-back-by-ecs',
      { ...deploy, rollbackOnFailure: false },
      undefined,
      { action: 'follow-ecs-rollback' },
    ],
    [
      'deploy: ECS rolled back → followed even once cancelled',
      'rolled-back-by-ecs',
      { ...deploy, cancelled: true },
      undefined,
      { action: 'follow-ecs-rollback' },
    ],
    [
      'deploy: replaced → leave the other deployment alone',
      'replaced',
      deploy,
      undefined,
      { action: 'none' },
    ],
    ['deploy: cancelled → no rollback', 'cancelled', deploy, undefined, { action: 'none' }],
    ['deploy: healthy → nothing to do', 'healthy', deploy, undefined, { action: 'none' }],
    [
      'deploy: rollback-on-failure false',
      'failed',
      { ...deploy, rollbackOnFailure: false },
      undefined,
      { action: 'none' },
    ],
    [
      'deploy: same revision forced → the last completed one',
      'failed',
      { ...deploy, candidates: [ARN(2)] },
      ARN(1),
      { action: 'rollback', toTaskDefinitionArn: ARN(1) },
    ],
    [
      'deploy: nothing to roll back to',
      'failed',
      { ...deploy, candidates: [ARN(2)] },
      undefined,
      { action: 'none' },
    ],
    [
      'deploy: a first deploy has nothing to roll back to',
      'failed',
      { ...deploy, candidates: [undefined] },
      undefined,
      { action: 'none' },
    ],
    // issue 12: after a cancellation no further change is started, a rollback included
    [
      'deploy: failed, then a signal → no rollback',
      'failed',
      { ...deploy, cancelled: true },
      undefined,
      { action: 'none', why: 'the step was cancelled before the rollback could start' },
    ],
    [
      'deploy: timeout, then a signal → no rollback',
      'timeout',
      { ...deploy, cancelled: true },
      undefined,
      { action: 'none', why: 'the step was cancelled before the rollback could start' },
    ],
    // wait-healthy: rolls back on failure, ECS rollback and timeout; never over someone else's
    // deployment or on cancel
    [
      'wait: failed → the last completed revision the wait saw',
      'failed',
      wait,
      ARN(1),
      { action: 'rollback', toTaskDefinitionArn: ARN(1) },
    ],
    ['wait: failed, none seen → looked up in the history', 'failed', wait, undefined, { action: 'rollback' }],
    [
      'wait: rollback-task-definition wins over the last completed one',
      'timeout',
      { ...wait, candidates: [ARN(3)] },
      ARN(1),
      { action: 'rollback', toTaskDefinitionArn: ARN(3) },
    ],
    [
      'wait: ECS rolled back → a rollback (which follows ECS when it goes there)',
      'rolled-back-by-ecs',
      wait,
      ARN(1),
      { action: 'rollback', toTaskDefinitionArn: ARN(1) },
    ],
    [
      'wait: ECS rolled back, rollback-on-failure false',
      'rolled-back-by-ecs',
      { ...wait, rollbackOnFailure: false },
      ARN(1),
      { action: 'none' },
    ],
    ['wait: replaced', 'replaced', wait, ARN(1), { action: 'none' }],
    ['wait: cancelled', 'cancelled', wait, ARN(1), { action: 'none' }],
    ['wait: healthy', 'healthy', wait, ARN(1), { action: 'none' }],
    ['wait: not found', 'not-found', wait, ARN(1), { action: 'none' }],
  ];
  it.each(rows)('%s', (_name, outcome, context, lastCompleted, expected) => {
    const decision = rollbackDecision({ outcome, lastCompletedTaskDefinitionArn: lastCompleted }, context);
    expect(decision).toMatchObject(expected);
    if (expected.action === 'rollback') expect(decision).toEqual(expected);
  });
});

describe('calling for a rollback, or following the one ECS makes', () => {
  const primary = (taskDefinition: string, rolloutState = 'IN_PROGRESS') => ({
    id: 'ecs-svc/9',
    status: 'PRIMARY',
    taskDefinition,
    rolloutState,
  });
  it.each([
    [
      'ECS already rolls back to it → follow',
      primary(ARN(1)),
      ARN(1),
      { action: 'follow', deploymentId: 'ecs-svc/9' },
    ],
    [
      'family:revision names the same revision',
      primary(ARN(1)),
      'web:1',
      { action: 'follow', deploymentId: 'ecs-svc/9' },
    ],
    ['the PRIMARY runs another revision → UpdateService', primary(ARN(2)), ARN(1), { action: 'update' }],
    [
      'the PRIMARY on that revision failed → UpdateService',
      primary(ARN(1), 'FAILED'),
      ARN(1),
      { action: 'update' },
    ],
    ['no PRIMARY → UpdateService', undefined, ARN(1), { action: 'update' }],
  ] as const)('%s', (_name, current, target, expected) => {
    expect(rollbackStart(current, target)).toEqual(expected);
  });

  it('picks the newest COMPLETED deployment ECS still lists', () => {
    const d = (n: number, rolloutState: string, createdAt: number) => ({
      taskDefinition: ARN(n),
      rolloutState,
      createdAt: new Date(createdAt),
    });
    expect(lastCompletedRevision([d(1, 'COMPLETED', 1), d(2, 'COMPLETED', 2), d(3, 'FAILED', 3)])).toBe(
      ARN(2),
    );
    expect(lastCompletedRevision([d(3, 'FAILED', 3)])).toBeUndefined();
    expect(lastCompletedRevision(undefined)).toBeUndefined();
  });
});

it('a cancelled rollback says ECS carries on with it', () => {
  const wait = { outcome: 'cancelled' } as never;
  const rollback = { toTaskDefinitionArn: ARN(1), deploymentId: 'ecs-svc/9', wait };
  expect(rollbackCancelled('Cancelled (SIGTERM)', { ...rollback, updated: true })).toBe(
    'Cancelled (SIGTERM) after rolling back to web:1 (deployment ecs-svc/9); not waiting for it. ECS carries on with the rollback',
  );
  expect(rollbackCancelled('Cancelled (SIGTERM)', { ...rollback, updated: false })).toBe(
    'Cancelled (SIGTERM) while ECS rolls back to web:1 (deployment ecs-svc/9); not waiting for it. ECS carries on with the rollback',
  );
});

describe('issue 17: rolling back through StopServiceDeployment where ECS supports it', () => {
  const SD = 'arn:aws:ecs:eu-west-3:123456789012:service-deployment/default/web/Ab1Cd2';
  test.each([
    {
      name: 'no service deployment in flight (none, or its history unreadable): UpdateService',
      sd: undefined,
      start: { action: 'update', why: 'no service deployment is in flight' },
    },
    {
      name: 'IN_PROGRESS, ECS returns to the asked revision: StopServiceDeployment',
      sd: { serviceDeploymentArn: SD, status: 'IN_PROGRESS', sourceTaskDefinitionArn: ARN(1) },
      start: { action: 'stop-service-deployment', serviceDeploymentArn: SD },
    },
    {
      name: 'PENDING, source revision unknown: StopServiceDeployment',
      sd: { serviceDeploymentArn: SD, status: 'PENDING' },
      start: { action: 'stop-service-deployment', serviceDeploymentArn: SD },
    },
    {
      name: "IN_PROGRESS, but ECS's rollback would return elsewhere (rollback-task-definition): UpdateService",
      sd: { serviceDeploymentArn: SD, status: 'IN_PROGRESS', sourceTaskDefinitionArn: ARN(3) },
      start: { action: 'update', why: "ECS's rollback would return to web:3, not web:1" },
    },
    {
      name: 'ECS already rolling back (ROLLBACK_REQUESTED): follow it, no second stop',
      sd: { serviceDeploymentArn: SD, status: 'ROLLBACK_REQUESTED' },
      start: { action: 'follow-service-deployment', serviceDeploymentArn: SD },
    },
    {
      name: 'ECS already rolling back (ROLLBACK_IN_PROGRESS): follow it',
      sd: { serviceDeploymentArn: SD, status: 'ROLLBACK_IN_PROGRESS' },
      start: { action: 'follow-service-deployment', serviceDeploymentArn: SD },
    },
    {
      name: 'a finished service deployment (STOPPED by the circuit breaker) cannot be stopped: UpdateService',
      sd: { serviceDeploymentArn: SD, status: 'STOPPED' },
      start: { action: 'update', why: 'the service deployment is STOPPED' },
    },
    {
      name: 'SUCCESSFUL cannot be stopped either: UpdateService',
      sd: { serviceDeploymentArn: SD, status: 'SUCCESSFUL' },
      start: { action: 'update', why: 'the service deployment is SUCCESSFUL' },
    },
  ])('$name', ({ sd, start }) => {
    expect(nativeRollbackStart(sd, ARN(1))).toEqual(start);
  });
});

describe("issue 17: ECS's rollback of a service deployment, followed to its end by the wait", () => {
  const wait = (serviceDeploymentStatus?: string) => ({
    outcome: 'rolled-back-by-ecs' as const,
    lastCompletedTaskDefinitionArn: ARN(1),
    serviceDeploymentStatus,
  });
  test.each([
    {
      name: 'ecs-deploy, ROLLBACK_SUCCESSFUL: nothing left to follow',
      wait: wait('ROLLBACK_SUCCESSFUL'),
      context: deploy,
      decision: { action: 'follow-ecs-rollback', ended: 'ROLLBACK_SUCCESSFUL' },
    },
    {
      name: 'ecs-deploy, ROLLBACK_FAILED: reported, not rolled back a second time',
      wait: wait('ROLLBACK_FAILED'),
      context: deploy,
      decision: { action: 'follow-ecs-rollback', ended: 'ROLLBACK_FAILED' },
    },
    {
      name: 'ecs-deploy, a ROLLING rollback by the circuit breaker: followed as before',
      wait: wait(undefined),
      context: deploy,
      decision: { action: 'follow-ecs-rollback' },
    },
    {
      name: 'wait-healthy, ROLLBACK_SUCCESSFUL: no rollback of its own',
      wait: wait('ROLLBACK_SUCCESSFUL'),
      context: { rollbackOnFailure: true, candidates: [] },
      decision: {
        action: 'none',
        why: 'ECS already rolled the service deployment back (ROLLBACK_SUCCESSFUL)',
      },
    },
  ])('$name', ({ wait: w, context, decision }) => {
    expect(rollbackDecision(w, context)).toEqual(decision);
  });
});
