import {
  cancellationMessage,
  changedSoFar,
  lostUpdateDeployment,
  type ChangesMade,
} from '../../../src/deploy/plan.js';

// Issue 12: the pure decisions of a deploy that stops after changing something (defects 4, 5, 6).
const ARN = (n: number) => `arn:aws:ecs:eu-west-3:123456789012:task-definition/web:${n}`;

describe('lostUpdateDeployment: the deployment a lost UpdateService started', () => {
  const old = { id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: ARN(1) };
  it.each([
    ['nothing new: the call changed nothing that shows', [old], ARN(2), undefined],
    [
      'a new deployment of our revision',
      [
        { id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: ARN(2) },
        { ...old, status: 'ACTIVE' },
      ],
      ARN(2),
      'ecs-svc/2',
    ],
    [
      'force-new-deployment of the same revision',
      [
        { id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: ARN(1) },
        { ...old, status: 'ACTIVE' },
      ],
      ARN(1),
      'ecs-svc/2',
    ],
    [
      'a new deployment of another revision (someone else’s) is not ours',
      [
        { id: 'ecs-svc/3', status: 'PRIMARY', taskDefinition: ARN(3) },
        { ...old, status: 'ACTIVE' },
      ],
      ARN(2),
      undefined,
    ],
    [
      'the deployment that was there before is not ours, even with our revision',
      [{ ...old, taskDefinition: ARN(2) }],
      ARN(2),
      undefined,
    ],
    [
      'two new ones of our revision: the PRIMARY one',
      [
        { id: 'ecs-svc/2', status: 'ACTIVE', taskDefinition: ARN(2) },
        { id: 'ecs-svc/3', status: 'PRIMARY', taskDefinition: ARN(2) },
      ],
      ARN(2),
      'ecs-svc/3',
    ],
  ])('%s', (_what, deployments, arn, expected) => {
    expect(lostUpdateDeployment(['ecs-svc/1'], deployments, arn)).toBe(expected);
  });
});

describe('what a stopped step says it did', () => {
  const rows: [string, ChangesMade, string, string | undefined][] = [
    [
      'nothing yet',
      { service: 'web' },
      'Cancelled (SIGTERM) before any change: nothing was registered and service web was not updated',
      undefined,
    ],
    [
      'register only, nothing yet',
      {},
      'Cancelled (SIGTERM) before any change: nothing was registered',
      undefined,
    ],
    [
      'registered',
      { service: 'web', registeredArn: ARN(2) },
      'Cancelled (SIGTERM) after registering web:2; service web was not updated',
      'Registered web:2',
    ],
    [
      'registered and updated',
      { service: 'web', registeredArn: ARN(2), deploymentId: 'ecs-svc/2' },
      'Cancelled (SIGTERM) after registering web:2 and updating service web (deployment ecs-svc/2); not waiting for it. ECS carries on with the deployment',
      'Registered web:2 and started deployment ecs-svc/2 of service web',
    ],
    [
      'updated with a reused revision',
      { service: 'web', deploymentId: 'ecs-svc/2' },
      'Cancelled (SIGTERM) after updating service web (deployment ecs-svc/2); not waiting for it. ECS carries on with the deployment',
      'Started deployment ecs-svc/2 of service web',
    ],
    [
      'registered and started a one-off task (run-task)',
      { service: 'web', registeredArn: ARN(2), oneOffTasks: ['0123abcd'] },
      'Cancelled (SIGTERM) after registering web:2 and starting one-off task 0123abcd (ECS carries on with it); service web was not updated',
      'Registered web:2 and started one-off task 0123abcd',
    ],
    [
      'a one-off task of a reused revision',
      { service: 'web', oneOffTasks: ['0123abcd'] },
      'Cancelled (SIGTERM) after starting one-off task 0123abcd (ECS carries on with it); service web was not updated',
      'Started one-off task 0123abcd',
    ],
  ];
  it.each(rows)('%s', (_what, made, cancelled, failed) => {
    expect(cancellationMessage('Cancelled (SIGTERM)', made)).toBe(cancelled);
    expect(changedSoFar(made)).toBe(failed);
  });
});
