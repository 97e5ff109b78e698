import type { Deployment, ServiceDeployment, ServiceDeploymentBrief } from '@aws-sdk/client-ecs';
import { matchServiceDeployment, type DeploymentHistory } from '../../../src/health/history.js';
import { statusLine, type HealthSnapshot } from '../../../src/health/snapshot.js';
import { healthVerdict, initialMemory, type Verdict } from '../../../src/health/verdict.js';
import type { WaitOutcome } from '../../../src/health/types.js';
import {
  NEW,
  OTHER,
  ROLLBACK,
  TG,
  TG2,
  at,
  deployment,
  event,
  previous,
  snapshot,
  stoppedTask,
  target,
  task,
  td,
} from './snapshots.js';

/** Feeds successive snapshots through the verdict, carrying its memory, as the waiting loop does. */
function run(snapshots: HealthSnapshot[], deploymentId: string | undefined = NEW): Verdict[] {
  let memory = initialMemory(deploymentId);
  return snapshots.map((s) => {
    const verdict = healthVerdict(s, memory);
    memory = verdict.memory;
    return verdict;
  });
}

const a = task('a1');
const b = task('b2');
const running = (over = {}) => deployment(NEW, 2, { runningCount: 2, ...over });
const healthyTargets = { [TG]: [target(a, 'healthy'), target(b, 'healthy')] };

interface Case {
  name: string;
  snapshots: HealthSnapshot[];
  deploymentId?: string;
  outcome: WaitOutcome | 'waiting';
  reason: RegExp;
  details?: RegExp;
}

const cases: Case[] = [
  {
    name: 'healthy: PRIMARY, rollout COMPLETED and every target of its tasks healthy',
    snapshots: [
      snapshot({ now: 1, deployments: [deployment(NEW, 2, { pendingCount: 2 }), previous()] }),
      snapshot({
        now: 25,
        deployments: [running(), previous()],
        tasks: [a, b],
        targets: { [TG]: [target(a, 'initial'), target(b, 'initial')] },
      }),
      snapshot({ now: 60, deployments: [running(), previous()], tasks: [a, b], targets: healthyTargets }),
      snapshot({
        now: 95,
        deployments: [running({ rolloutState: 'COMPLETED' })],
        tasks: [a, b],
        targets: healthyTargets,
      }),
    ],
    outcome: 'healthy',
    reason:
      /ecs-svc\/1111111111111111111 \(revision web-ui-client:2\) is healthy: .*targets 2\/2 healthy · rollout COMPLETED/,
  },
  {
    name: 'waiting: rollout COMPLETED but a target is still in initial health checks',
    snapshots: [
      snapshot({
        now: 60,
        deployments: [running({ rolloutState: 'COMPLETED' })],
        tasks: [a, b],
        targets: {
          [TG]: [target(a, 'healthy'), target(b, 'initial', { reason: 'Elb.InitialHealthChecking' })],
        },
      }),
    ],
    outcome: 'waiting',
    reason: /targets 1\/2 healthy/,
    details: /target 10\.0\.1\.\d+:8080 in web-ui-client-tg: initial \(Elb\.InitialHealthChecking\)/,
  },
  {
    name: 'waiting: every target group must be healthy, not just the first',
    snapshots: [
      snapshot({
        now: 60,
        targetGroupArns: [TG, TG2],
        deployments: [running({ rolloutState: 'COMPLETED' })],
        tasks: [a, b],
        targets: { ...healthyTargets, [TG2]: [target(a, 'healthy'), target(b, 'unhealthy')] },
      }),
    ],
    outcome: 'waiting',
    reason: /targets 3\/4 healthy/,
  },
  {
    name: 'waiting: a running task without a target yet',
    snapshots: [
      snapshot({
        now: 60,
        deployments: [running({ rolloutState: 'COMPLETED' })],
        tasks: [a, b],
        targets: { [TG]: [target(a, 'healthy')] },
      }),
    ],
    outcome: 'waiting',
    reason: /targets 1\/2 healthy/,
    details: /task b2 has no target in web-ui-client-tg yet/,
  },
  {
    name: 'waiting: fewer tasks known than desired (the reader has not described them yet)',
    snapshots: [
      snapshot({
        now: 60,
        deployments: [running({ rolloutState: 'COMPLETED' })],
        tasks: [a],
        targets: { [TG]: [target(a, 'healthy')] },
      }),
    ],
    outcome: 'waiting',
    reason: /desired 2/,
  },
  {
    name: 'healthy without rollout state: running equals desired and the old deployment is gone',
    snapshots: [
      snapshot({
        now: 30,
        deployments: [running({ rolloutState: undefined }), previous({ rolloutState: undefined })],
        tasks: [a, b],
        targets: healthyTargets,
      }),
      snapshot({
        now: 40,
        deployments: [running({ rolloutState: undefined })],
        tasks: [a, b],
        targets: healthyTargets,
      }),
    ],
    outcome: 'healthy',
    reason: /is healthy/,
  },
  {
    name: 'waiting without rollout state while another deployment remains',
    snapshots: [
      snapshot({
        now: 30,
        deployments: [running({ rolloutState: undefined }), previous({ rolloutState: undefined })],
        tasks: [a, b],
        targets: healthyTargets,
      }),
    ],
    outcome: 'waiting',
    reason: /1 other deployment/,
  },
  {
    name: 'healthy without load balancer: no target groups to check',
    snapshots: [
      snapshot({
        now: 30,
        targetGroupArns: [],
        deployments: [running({ rolloutState: 'COMPLETED' })],
        tasks: [a, b],
      }),
    ],
    outcome: 'healthy',
    reason: /is healthy/,
  },
  {
    name: 'healthy in bridge mode: targets are instances, so every target not draining must be healthy',
    snapshots: [
      snapshot({
        now: 30,
        deployments: [running({ rolloutState: 'COMPLETED' })],
        tasks: [task('a1', { attachments: [] }), task('b2', { attachments: [] })],
        targets: {
          [TG]: [
            { Target: { Id: 'i-0abc', Port: 32768 }, TargetHealth: { State: 'healthy' } },
            { Target: { Id: 'i-0abc', Port: 32769 }, TargetHealth: { State: 'healthy' } },
            { Target: { Id: 'i-0def', Port: 32770 }, TargetHealth: { State: 'draining' } },
          ],
        },
      }),
    ],
    outcome: 'healthy',
    reason: /targets 2\/2 healthy/,
  },
  {
    name: 'failed: the circuit breaker marked the rollout FAILED (no rollback), with ECS reason',
    snapshots: [
      snapshot({ now: 10, deployments: [deployment(NEW, 2, { pendingCount: 2 }), previous()] }),
      snapshot({
        now: 70,
        deployments: [
          deployment(NEW, 2, {
            failedTasks: 3,
            rolloutState: 'FAILED',
            rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
          }),
          previous(),
        ],
        tasks: [stoppedTask('c3'), stoppedTask('d4'), stoppedTask('e5')],
      }),
    ],
    outcome: 'failed',
    reason:
      /Rollout of ecs-svc\/1111111111111111111 \(revision web-ui-client:2\) FAILED: ECS deployment circuit breaker: tasks failed to start\. Last stopped task: Essential container in task exited \(container web-ui-client exit code 1\)/,
    details:
      /task c3 \(web-ui-client:2\) stopped \[EssentialContainerExited\]: Essential container in task exited; container web-ui-client: exit code 1/,
  },
  {
    name: 'rolled back by ECS: the followed deployment FAILED and a new PRIMARY runs the old revision',
    snapshots: [
      snapshot({ now: 10, deployments: [deployment(NEW, 2, { pendingCount: 2 }), previous()] }),
      snapshot({
        now: 70,
        deployments: [
          deployment(ROLLBACK, 1, {
            createdAt: new Date(Date.parse('2025-06-01T10:01:10Z')),
            pendingCount: 2,
          }),
          deployment(NEW, 2, {
            status: 'ACTIVE',
            failedTasks: 3,
            rolloutState: 'FAILED',
            rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
          }),
          previous(),
        ],
        tasks: [
          stoppedTask('c3', {
            stopCode: 'TaskFailedToStart',
            stoppedReason:
              'CannotPullContainerError: pull image manifest has been retried 7 time(s): not found',
            containers: [{ name: 'web-ui-client', reason: 'CannotPullContainerError: not found' }],
          }),
        ],
      }),
    ],
    outcome: 'rolled-back-by-ecs',
    reason:
      /failed \(ECS deployment circuit breaker: tasks failed to start\.\) and ECS rolled it back: ecs-svc\/4444444444444444444 \(revision web-ui-client:1\) is now PRIMARY\. Last stopped task: CannotPullContainerError/,
    details: /CannotPullContainerError/,
  },
  {
    name: 'rolled back by ECS: disappeared and the new PRIMARY runs the revision that ran before',
    snapshots: [
      snapshot({ now: 10, deployments: [deployment(NEW, 2, { pendingCount: 2 }), previous()] }),
      snapshot({ now: 300, deployments: [deployment(ROLLBACK, 1, { rolloutState: 'IN_PROGRESS' })] }),
    ],
    outcome: 'rolled-back-by-ecs',
    reason: /rolled it back/,
  },
  {
    name: 'replaced: someone else deployed another revision, which is PRIMARY now',
    snapshots: [
      snapshot({ now: 10, deployments: [deployment(NEW, 2, { pendingCount: 2 }), previous()] }),
      snapshot({
        now: 40,
        deployments: [
          deployment(OTHER, 3, { pendingCount: 2 }),
          deployment(NEW, 2, { status: 'ACTIVE', runningCount: 1 }),
          previous(),
        ],
      }),
    ],
    outcome: 'replaced',
    reason:
      /Deployment ecs-svc\/1111111111111111111 \(revision web-ui-client:2\) was replaced by deployment ecs-svc\/3333333333333333333 \(revision web-ui-client:3\)/,
  },
  {
    name: 'replaced: the followed deployment disappeared and the PRIMARY is a new revision',
    snapshots: [
      snapshot({ now: 10, deployments: [deployment(NEW, 2, { pendingCount: 2 }), previous()] }),
      snapshot({ now: 400, deployments: [deployment(OTHER, 3, { rolloutState: 'COMPLETED' })] }),
    ],
    outcome: 'replaced',
    reason: /replaced by deployment ecs-svc\/3333333333333333333 \(revision web-ui-client:3\)/,
  },
  {
    name: 'not-found: the deployment to follow is not one of the service',
    snapshots: [snapshot({ now: 0, deployments: [deployment(OTHER, 3)] })],
    outcome: 'not-found',
    reason:
      /Deployment ecs-svc\/1111111111111111111 is not a deployment of service web-ui-client\. The PRIMARY deployment is ecs-svc\/3333333333333333333/,
  },
  {
    name: 'follows the PRIMARY at start when no deployment id is given',
    deploymentId: undefined,
    snapshots: [
      snapshot({ now: 0, deployments: [deployment(NEW, 2, { pendingCount: 2 }), previous()] }),
      snapshot({
        now: 90,
        deployments: [running({ rolloutState: 'COMPLETED' })],
        tasks: [a, b],
        targets: healthyTargets,
      }),
    ],
    outcome: 'healthy',
    reason: /ecs-svc\/1111111111111111111 .*is healthy/,
  },
  {
    name: 'failed: crashing tasks of the new revision reach the threshold (circuit breaker disabled)',
    snapshots: [
      snapshot({
        now: 20,
        deployments: [deployment(NEW, 2, { pendingCount: 2 }), previous()],
        tasks: [stoppedTask('c3')],
      }),
      snapshot({
        now: 30,
        deployments: [deployment(NEW, 2, { pendingCount: 2, failedTasks: 2 }), previous()],
        tasks: [stoppedTask('c3'), stoppedTask('d4')],
      }),
      snapshot({
        now: 40,
        deployments: [deployment(NEW, 2, { pendingCount: 2, failedTasks: 3 }), previous()],
        tasks: [
          stoppedTask('c3'),
          stoppedTask('d4'),
          stoppedTask('e5', { stoppingAt: new Date(Date.parse('2025-06-01T10:00:39Z')) }),
        ],
      }),
    ],
    outcome: 'failed',
    reason:
      /3 tasks of ecs-svc\/1111111111111111111 \(revision web-ui-client:2\) stopped\. Last stopped task: Essential container in task exited \(container web-ui-client exit code 1\)/,
    details: /task e5 .*exit code 1/,
  },
  {
    name: 'failed: unpullable image, CannotPullContainerError in every stopped task',
    snapshots: [
      snapshot({
        now: 60,
        deployments: [deployment(NEW, 2, { pendingCount: 2, failedTasks: 3 }), previous()],
        tasks: ['c3', 'd4', 'e5'].map((id) =>
          stoppedTask(id, {
            stopCode: 'TaskFailedToStart',
            stoppedReason:
              'CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref public.ecr.aws/a1b2c3d4/web:v9: not found',
            containers: [
              {
                name: 'web-ui-client',
                lastStatus: 'STOPPED',
                reason: 'CannotPullContainerError: failed to resolve ref',
              },
            ],
          }),
        ),
      }),
    ],
    outcome: 'failed',
    reason: /3 tasks .* stopped\. Last stopped task: CannotPullContainerError: pull image manifest/,
    details:
      /\[TaskFailedToStart\]: CannotPullContainerError.*container web-ui-client: no exit code \(CannotPullContainerError: failed to resolve ref\)/,
  },
  {
    name: 'waiting: tasks stopped by scaling or by a user do not count as failures',
    snapshots: [
      snapshot({
        now: 60,
        deployments: [deployment(NEW, 2, { pendingCount: 2 }), previous()],
        tasks: [
          stoppedTask('c3', {
            stopCode: 'ServiceSchedulerInitiated',
            stoppedReason: 'Scaling activity initiated by (deployment ecs-svc/1)',
          }),
          stoppedTask('d4', { stopCode: 'UserInitiated', stoppedReason: 'Task stopped by user' }),
          stoppedTask('e5', {
            stopCode: 'SpotInterruption',
            stoppedReason: 'Your Spot Task was interrupted.',
          }),
        ],
      }),
    ],
    outcome: 'waiting',
    reason: /desired 2/,
  },
  {
    name: 'waiting: targets unhealthy inside the health check grace period',
    snapshots: [
      snapshot({
        now: 60,
        grace: 120,
        deployments: [running(), previous()],
        tasks: [a, b],
        targets: {
          [TG]: [
            target(a, 'unhealthy', {
              reason: 'Target.ResponseCodeMismatch',
              description: 'Health checks failed with these codes: [502]',
            }),
            target(b, 'healthy'),
          ],
        },
      }),
    ],
    outcome: 'waiting',
    reason: /targets 1\/2 healthy/,
    details: /unhealthy \(Target\.ResponseCodeMismatch: Health checks failed with these codes: \[502\]\)/,
  },
  {
    name: 'failed: targets unhealthy past the health check grace period, with reason code and description',
    snapshots: [
      snapshot({
        now: 60,
        grace: 60,
        deployments: [running(), previous()],
        tasks: [a, b],
        targets: { [TG]: [target(a, 'initial'), target(b, 'initial')] },
      }),
      snapshot({
        now: 85,
        grace: 60,
        deployments: [running(), previous()],
        tasks: [a, b],
        targets: {
          [TG]: [
            target(a, 'unhealthy', {
              reason: 'Target.ResponseCodeMismatch',
              description: 'Health checks failed with these codes: [502]',
            }),
            target(b, 'healthy'),
          ],
        },
      }),
    ],
    outcome: 'failed',
    reason:
      /unhealthy past the 60 s health check grace period: target 10\.0\.1\.\d+:8080 in web-ui-client-tg: unhealthy \(Target\.ResponseCodeMismatch: Health checks failed with these codes: \[502\]\)/,
  },
  {
    name: 'failed: ECS could not place a task',
    snapshots: [
      snapshot({
        now: 20,
        deployments: [deployment(NEW, 2), previous()],
        events: [
          event(
            -100,
            'was unable to place a task because no container instance met all of its requirements. (an old one)',
          ),
          event(5, 'was unable to place a task because no container instance met all of its requirements.'),
        ],
      }),
    ],
    outcome: 'failed',
    reason:
      /ECS reports: \(service web-ui-client\) was unable to place a task because no container instance met all of its requirements\.$/,
  },
  {
    name: 'waiting: a placement failure from before the deployment is history, not a verdict',
    snapshots: [
      snapshot({
        now: 20,
        deployments: [deployment(NEW, 2), previous()],
        events: [
          event(
            -100,
            'was unable to place a task because no container instance met all of its requirements.',
          ),
        ],
      }),
    ],
    outcome: 'waiting',
    reason: /desired 2/,
  },
  {
    name: 'failed: ECS reports a task of the deployment unhealthy in its target group past the grace period',
    snapshots: [
      snapshot({
        now: 90,
        grace: 60,
        deployments: [running(), previous()],
        tasks: [a, b],
        events: [
          event(
            85,
            `(task a1) (port 8080) is unhealthy in (target-group ${TG}) due to (reason Health checks failed with these codes: [502]).`,
          ),
        ],
      }),
    ],
    outcome: 'failed',
    reason: /ECS reports: .*\(task a1\) \(port 8080\) is unhealthy in \(target-group/,
  },
  {
    name: "waiting: an unhealthy event about another deployment's task is not ours",
    snapshots: [
      snapshot({
        now: 90,
        grace: 60,
        deployments: [running(), previous()],
        tasks: [a, b],
        events: [
          event(
            85,
            `(task ffff) (port 8080) is unhealthy in (target-group ${TG}) due to (reason Health checks failed with these codes: [502]).`,
          ),
        ],
      }),
    ],
    outcome: 'waiting',
    reason: /running 2/,
  },
  {
    name: 'failed: a stopped task keeps the target health reason seen before ECS stopped it',
    snapshots: [
      snapshot({
        now: 50,
        grace: 600,
        deployments: [running(), previous()],
        tasks: [a, b],
        targets: {
          [TG]: [
            target(a, 'unhealthy', { reason: 'Target.Timeout', description: 'Request timed out' }),
            target(b, 'unhealthy', { reason: 'Target.Timeout', description: 'Request timed out' }),
          ],
        },
      }),
      snapshot({
        now: 70,
        grace: 600,
        deployments: [
          deployment(NEW, 2, { rolloutState: 'FAILED', rolloutStateReason: 'circuit breaker' }),
          previous(),
        ],
        tasks: [
          stoppedTask('a1', {
            stopCode: 'ServiceSchedulerInitiated',
            stoppedReason: `Task failed ELB health checks in (target-group ${TG})`,
            containers: [],
          }),
          b,
        ],
      }),
    ],
    outcome: 'failed',
    reason:
      /Task failed ELB health checks .*; its target was unhealthy in web-ui-client-tg \(Target\.Timeout: Request timed out\)/,
    details: /last target health: unhealthy in web-ui-client-tg \(Target\.Timeout: Request timed out\)/,
  },
  {
    name: 'failed: the service was deleted while waiting',
    snapshots: [snapshot({ now: 20, deployments: [deployment(NEW, 2)], service: { status: 'DRAINING' } })],
    outcome: 'failed',
    reason: /Service web-ui-client is DRAINING/,
  },
];

describe('healthVerdict over successive snapshots', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const verdicts = run(c.snapshots, 'deploymentId' in c ? c.deploymentId : NEW);
    const last = verdicts[verdicts.length - 1];
    // Every snapshot before the last one keeps the wait going: the verdict is not premature.
    for (const earlier of verdicts.slice(0, -1)) expect(earlier.status).toBe('waiting');
    expect(last.status === 'waiting' ? 'waiting' : last.outcome).toBe(c.outcome);
    expect(last.status).toBe(
      c.outcome === 'waiting' ? 'waiting' : c.outcome === 'healthy' ? 'healthy' : 'failed',
    );
    expect(last.reason).toMatch(c.reason);
    if (c.details) expect(last.details.join('\n')).toMatch(c.details);
  });
});

describe('verdict memory', () => {
  test('remembers the newest COMPLETED revision other than the followed one as the rollback target', () => {
    const [first] = run([snapshot({ now: 0, deployments: [deployment(NEW, 2), previous()] })]);
    expect(first.memory.lastCompletedTaskDefinitionArn).toBe(td(1));
    expect(first.memory.taskDefinitionArn).toBe(td(2));
  });

  test('keeps the rollback target after the old deployment is gone', () => {
    const verdicts = run([
      snapshot({ now: 0, deployments: [deployment(NEW, 2), previous()] }),
      snapshot({ now: 9, deployments: [deployment(NEW, 2, { rolloutState: 'FAILED' })] }),
    ]);
    expect(verdicts[1].memory.lastCompletedTaskDefinitionArn).toBe(td(1));
  });

  test('the stopped-task threshold is a setting', () => {
    const s = snapshot({
      now: 30,
      deployments: [deployment(NEW, 2, { failedTasks: 1 }), previous()],
      tasks: [stoppedTask('c3')],
    });
    expect(healthVerdict(s, initialMemory(NEW), { stoppedTaskThreshold: 1 }).status).toBe('failed');
    expect(healthVerdict(s, initialMemory(NEW)).status).toBe('waiting');
  });
});

describe('statusLine', () => {
  test('counts, targets, rollout state and other deployments on one line', () => {
    const s = snapshot({
      now: 30,
      deployments: [deployment(NEW, 2, { pendingCount: 1, runningCount: 1, failedTasks: 1 }), previous()],
      tasks: [a],
      targets: { [TG]: [target(a, 'healthy')] },
    });
    expect(statusLine(s, s.service.deployments![0])).toBe(
      'desired 2 · pending 1 · running 1 · failed 1 · targets 1/1 healthy · rollout IN_PROGRESS · 1 other deployment',
    );
  });

  test('says when the followed deployment is no longer PRIMARY', () => {
    const s = snapshot({
      now: 30,
      deployments: [deployment(OTHER, 3), deployment(NEW, 2, { status: 'ACTIVE' })],
      targetGroupArns: [],
    });
    expect(statusLine(s, s.service.deployments![1])).toBe(
      'desired 2 · pending 0 · running 0 · rollout IN_PROGRESS · deployment now ACTIVE · 1 other deployment',
    );
  });
});

// issue 12: a deployment-id DescribeServices does not list (ECS dropped it before the first poll)
// is looked up in the service deployment history before it is called unknown.
describe('healthVerdict with the service deployment history', () => {
  const SD = 'arn:aws:ecs:eu-west-3:123456789012:service-deployment/intrusion-detection/web-ui-client/a1';
  const brief = (n: number, seconds: number): ServiceDeploymentBrief => ({
    serviceDeploymentArn: `${SD}${n}`,
    createdAt: at(seconds),
    targetServiceRevisionArn: `rev-${n}`,
  });
  const history = (
    sd?: Partial<ServiceDeployment>,
    later: ServiceDeploymentBrief[] = [],
  ): DeploymentHistory => ({
    taskDefinitionArn: td(2),
    serviceDeployment: sd && { serviceDeploymentArn: `${SD}1`, ...sd },
    later,
  });
  const breaker = 'ECS deployment circuit breaker: tasks failed to start.';
  const rolledBackTo = deployment(ROLLBACK, 1, { rolloutState: 'COMPLETED', createdAt: at(40) });
  const replacedBy = deployment(OTHER, 3, { rolloutState: 'COMPLETED' });
  const rows: {
    name: string;
    deployments: Deployment[];
    history?: DeploymentHistory;
    status: Verdict['status'];
    outcome?: WaitOutcome;
    reason: RegExp | string;
  }[] = [
    {
      name: 'current: listed by the service, the history is not consulted',
      deployments: [deployment(NEW, 2, { pendingCount: 2 }), previous()],
      history: history({ status: 'ROLLBACK_SUCCESSFUL' }),
      status: 'waiting',
      reason: /^desired 2 · pending 2/,
    },
    {
      name: 'unknown: no task ever ran for it, so no history: a bad id',
      deployments: [replacedBy],
      status: 'failed',
      outcome: 'not-found',
      reason: `Deployment ${NEW} is not a deployment of service web-ui-client. The PRIMARY deployment is ${OTHER} (revision web-ui-client:3)`,
    },
    {
      name: 'rolled back: ROLLBACK_SUCCESSFUL, with ECS reason and the revision now PRIMARY',
      deployments: [rolledBackTo],
      history: history({ status: 'ROLLBACK_SUCCESSFUL', statusReason: breaker }),
      status: 'failed',
      outcome: 'rolled-back-by-ecs',
      // The stopped tasks' cause follows, as when the rollback is seen live.
      reason: `Deployment ${NEW} (revision web-ui-client:2) failed (${breaker}) and ECS rolled it back: ${ROLLBACK} (revision web-ui-client:1) is now PRIMARY. Last stopped task: Essential container in task exited (container web-ui-client exit code 1)`,
    },
    {
      name: 'rolling back: ROLLBACK_IN_PROGRESS, the reason from the rollback when no status reason',
      deployments: [deployment(ROLLBACK, 1, { createdAt: at(40) })],
      history: history({ status: 'ROLLBACK_IN_PROGRESS', rollback: { reason: 'circuit breaker rollback' } }),
      status: 'failed',
      outcome: 'rolled-back-by-ecs',
      reason: /failed \(circuit breaker rollback\) and ECS is rolling it back: ecs-svc\/4444444444444444444/,
    },
    {
      name: 'rollback failed: ROLLBACK_FAILED says so',
      deployments: [deployment(ROLLBACK, 1, { rolloutState: 'FAILED', createdAt: at(40) })],
      history: history({ status: 'ROLLBACK_FAILED', statusReason: breaker }),
      status: 'failed',
      outcome: 'rolled-back-by-ecs',
      reason: /and ECS rolled it back, but the rollback failed too: /,
    },
    {
      name: 'circuit breaker without rollback: STOPPED and TRIGGERED is a failed rollout',
      deployments: [previous({ status: 'PRIMARY' })],
      history: history({
        status: 'STOPPED',
        statusReason: breaker,
        deploymentCircuitBreaker: { status: 'TRIGGERED' },
      }),
      status: 'failed',
      outcome: 'failed',
      reason: `Rollout of ${NEW} (revision web-ui-client:2) FAILED: ${breaker.slice(0, -1)}. Last stopped task: Essential container in task exited (container web-ui-client exit code 1)`,
    },
    {
      name: 'replaced: STOPPED by a newer deployment names the one PRIMARY now',
      deployments: [replacedBy],
      history: history({ status: 'STOPPED', statusReason: 'stopped for a newer deployment' }, [brief(2, 30)]),
      status: 'failed',
      outcome: 'replaced',
      reason: `Deployment ${NEW} (revision web-ui-client:2) was replaced by deployment ${OTHER} (revision web-ui-client:3): someone else deployed`,
    },
    {
      name: 'replaced after it completed, by several later deployments: says how many',
      deployments: [replacedBy],
      history: history({ status: 'SUCCESSFUL' }, [brief(3, 60), brief(2, 30)]),
      status: 'failed',
      outcome: 'replaced',
      reason:
        /was replaced by deployment ecs-svc\/3333333333333333333 \(revision web-ui-client:3\), the newest of 2 deployments started after it: /,
    },
    {
      name: 'its tasks ran, but the history has no record of it: no longer the service’s, not a bad id',
      deployments: [replacedBy],
      history: history(undefined),
      status: 'failed',
      outcome: 'replaced',
      reason:
        /is no longer a deployment of service web-ui-client and its service deployment history is gone: ecs-svc\/3333333333333333333/,
    },
    {
      name: 'listed by the history as in progress but not by DescribeServices yet: keep waiting',
      deployments: [previous({ status: 'PRIMARY' })],
      history: history({ status: 'IN_PROGRESS' }),
      status: 'waiting',
      reason: /is not listed by the service yet \(service deployment IN_PROGRESS\)/,
    },
  ];

  test.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const verdict = healthVerdict(
      snapshot({ now: 60, deployments: r.deployments, tasks: [stoppedTask('c3')] }),
      initialMemory(NEW),
      undefined,
      r.history,
    );
    expect(verdict.status).toBe(r.status);
    expect(verdict.outcome).toBe(r.outcome);
    if (typeof r.reason === 'string') expect(verdict.reason).toBe(r.reason);
    else expect(verdict.reason).toMatch(r.reason);
    // Once decided from the history, the revision is known (and the summary names it).
    if (r.history && r.status === 'failed') expect(verdict.memory.taskDefinitionArn).toBe(td(2));
  });

  test('waiting on the history keeps the deployment "not yet seen", so the next poll asks again', () => {
    const verdict = healthVerdict(
      snapshot({ now: 60, deployments: [previous({ status: 'PRIMARY' })] }),
      initialMemory(NEW),
      undefined,
      history({ status: 'IN_PROGRESS' }),
    );
    expect(verdict.memory.taskDefinitionArn).toBeUndefined();
  });
});

describe('matchServiceDeployment', () => {
  const brief = (n: number, seconds: number): ServiceDeploymentBrief => ({
    serviceDeploymentArn: `sd-${n}`,
    createdAt: at(seconds),
  });
  const created = (seconds: number) => stoppedTask(`c${seconds}`, { createdAt: at(seconds) });
  test.each([
    [
      'the newest created at or before its first task',
      [brief(1, -3600), brief(2, 0), brief(3, 30)],
      [created(5), created(2)],
      'sd-2',
      ['sd-3'],
    ],
    ['created at the same instant as its first task', [brief(2, 0), brief(1, -10)], [created(0)], 'sd-2', []],
    [
      'in any order the list comes in',
      [brief(3, 30), brief(1, -3600), brief(4, 90), brief(2, 0)],
      [created(1)],
      'sd-2',
      ['sd-4', 'sd-3'],
    ],
    ['none before its tasks: no match', [brief(3, 30)], [created(1)], undefined, []],
    ['no tasks: no match', [brief(2, 0)], [], undefined, []],
  ] as const)('%s', (_name, briefs, tasks, match, later) => {
    const out = matchServiceDeployment([...briefs], [...tasks]);
    expect(out.match?.serviceDeploymentArn).toBe(match);
    expect(out.later.map((b) => b.serviceDeploymentArn)).toEqual(later);
  });
});
