/**
 * The verdict on ECS-native BLUE_GREEN, LINEAR and CANARY deployments (issue 17): successive
 * snapshots whose service deployment is shaped as DescribeServiceDeployments answers (ECS API
 * reference, ServiceDeployment), for each strategy; and the stage progress and timeline lines.
 */
import type { Deployment, ServiceDeployment } from '@aws-sdk/client-ecs';
import type { HealthSnapshot } from '../../../src/health/snapshot.js';
import {
  formatDuration,
  greenWeight,
  pickServiceDeployment,
  rememberStage,
  serviceDeploymentCause,
  stageCanFailAnyMoment,
  stageProgress,
  stageTableLines,
  stageTimeline,
  stageVerdict,
} from '../../../src/health/stages.js';
import { healthVerdict, initialMemory, type Verdict } from '../../../src/health/verdict.js';
import type { WaitOutcome } from '../../../src/health/types.js';
import { NEW, T0, TG, deployment, previous, snapshot, target, task } from './snapshots.js';

const ALT =
  'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/web-ui-client-alt/1234567890abcdef';
const SD_ARN =
  'arn:aws:ecs:eu-west-3:123456789012:service-deployment/intrusion-detection/web-ui-client/Ab1Cd2Ef3Gh4';
const HOOK = 'arn:aws:lambda:eu-west-3:123456789012:function:smoke-test';

function sd(
  status: string,
  lifecycleStage: string | undefined,
  over: Partial<ServiceDeployment> = {},
): ServiceDeployment {
  return {
    serviceDeploymentArn: SD_ARN,
    status: status as never,
    lifecycleStage: lifecycleStage as never,
    createdAt: new Date(T0),
    targetServiceRevision: { arn: 'rev-2', requestedProductionTrafficWeight: 0 },
    deploymentConfiguration: { bakeTimeInMinutes: 5 },
    ...over,
  };
}

const a = task('a1');
const b = task('b2');
const green = (over: Partial<Deployment> = {}) => deployment(NEW, 2, { runningCount: 2, ...over });

function staged(
  strategy: string,
  now: number,
  serviceDeployment: ServiceDeployment,
  targets: HealthSnapshot['targets'] = {},
  deployments: Deployment[] = [green(), previous()],
): HealthSnapshot {
  const s = snapshot({
    now,
    deployments,
    tasks: [a, b],
    targets,
    service: { deploymentConfiguration: { strategy: strategy as never } },
  });
  return { ...s, serviceDeployment, alternateTargetGroups: { [TG]: ALT } };
}

function run(snapshots: HealthSnapshot[]): Verdict[] {
  let memory = initialMemory(NEW);
  return snapshots.map((s) => {
    const v = healthVerdict(s, memory);
    memory = v.memory;
    return v;
  });
}

const healthyInAlt = { [TG]: [], [ALT]: [target(a, 'healthy'), target(b, 'healthy')] };
const unhealthyInAlt = {
  [TG]: [],
  [ALT]: [target(a, 'unhealthy', { reason: 'Target.ResponseCodeMismatch' }), target(b, 'healthy')],
};

interface Case {
  name: string;
  snapshots: (strategy: string) => HealthSnapshot[];
  outcome: WaitOutcome | 'waiting';
  reason: RegExp;
}

const cases: Case[] = [
  {
    name: 'success: SUCCESSFUL and every target of green healthy (in the alternate group turned production)',
    snapshots: (s) => [
      staged(s, 10, sd('IN_PROGRESS', 'SCALE_UP')),
      staged(s, 40, sd('IN_PROGRESS', 'PRODUCTION_TRAFFIC_SHIFT'), healthyInAlt),
      staged(s, 400, sd('SUCCESSFUL', 'CLEAN_UP'), healthyInAlt, [green({ rolloutState: 'COMPLETED' })]),
    ],
    outcome: 'healthy',
    reason: /is healthy: \w+ service deployment Ab1Cd2Ef3Gh4 is SUCCESSFUL/,
  },
  {
    name: 'not healthy on a completed rollout alone: the service deployment is still in BAKE_TIME',
    snapshots: (s) => [
      staged(s, 400, sd('IN_PROGRESS', 'BAKE_TIME'), healthyInAlt, [green({ rolloutState: 'COMPLETED' })]),
    ],
    outcome: 'waiting',
    reason: /IN_PROGRESS at stage BAKE_TIME/,
  },
  {
    name: 'SUCCESSFUL but a target of green not healthy yet: waiting',
    snapshots: (s) => [
      staged(s, 400, sd('SUCCESSFUL', 'CLEAN_UP'), { [ALT]: [target(a, 'healthy'), target(b, 'initial')] }),
    ],
    outcome: 'waiting',
    reason: /SUCCESSFUL/,
  },
  {
    name: 'alternate-group failure before production traffic moved: fails naming the stage, production untouched',
    snapshots: (s) => [staged(s, 200, sd('IN_PROGRESS', 'POST_TEST_TRAFFIC_SHIFT'), unhealthyInAlt)],
    outcome: 'failed',
    reason:
      /service deployment Ab1Cd2Ef3Gh4 failed at stage POST_TEST_TRAFFIC_SHIFT: targets of .* unhealthy in the alternate target group .* before any production traffic moved \(production is untouched\): target 10\.0\.1\.161:8080 in web-ui-client-alt: unhealthy/,
  },
  {
    name: 'alarm in ALARM during bake time, ECS still IN_PROGRESS: fails fast naming the alarm',
    snapshots: (s) => [
      staged(
        s,
        300,
        sd('IN_PROGRESS', 'BAKE_TIME', {
          alarms: {
            status: 'ENABLED' as never,
            alarmNames: ['p99-latency', '5xx'],
            triggeredAlarmNames: ['5xx'],
          },
        }),
        healthyInAlt,
      ),
    ],
    outcome: 'failed',
    reason: /failed at stage BAKE_TIME: alarm 5xx in ALARM$/,
  },
  {
    name: 'hook failure: names the hook, its status and ECS reason',
    snapshots: (s) => [
      staged(
        s,
        100,
        sd('IN_PROGRESS', 'POST_TEST_TRAFFIC_SHIFT', {
          statusReason: 'Lifecycle hook returned FAILED',
          lifecycleHookDetails: [{ targetArn: HOOK, status: 'FAILED' as never }],
        }),
      ),
    ],
    outcome: 'failed',
    reason:
      /failed at stage POST_TEST_TRAFFIC_SHIFT: lifecycle hook smoke-test FAILED \(Lifecycle hook returned FAILED\)/,
  },
  {
    name: "ECS's rollback is followed until ROLLBACK_SUCCESSFUL, reported as rolled back by ECS with the alarm",
    snapshots: (s) => {
      const alarms = { alarmNames: ['5xx'], triggeredAlarmNames: ['5xx'] };
      return [
        staged(s, 300, sd('ROLLBACK_REQUESTED', 'BAKE_TIME', { alarms })),
        staged(s, 310, sd('ROLLBACK_IN_PROGRESS', 'BAKE_TIME', { alarms }), {}, [
          previous({ status: 'PRIMARY' }),
        ]),
        staged(s, 330, sd('ROLLBACK_SUCCESSFUL', 'BAKE_TIME', { alarms }), {}, [
          previous({ status: 'PRIMARY' }),
        ]),
      ];
    },
    outcome: 'rolled-back-by-ecs',
    reason: /failed at stage BAKE_TIME: alarm 5xx in ALARM; ECS rolled it back \(ROLLBACK_SUCCESSFUL\)/,
  },
  {
    name: 'ROLLBACK_FAILED: rolled back by ECS, and the rollback failed too',
    snapshots: (s) => [
      staged(s, 300, sd('ROLLBACK_FAILED', 'PRODUCTION_TRAFFIC_SHIFT', { statusReason: 'Hook timed out' })),
    ],
    outcome: 'rolled-back-by-ecs',
    reason:
      /failed at stage PRODUCTION_TRAFFIC_SHIFT: Hook timed out; ECS rolled it back, but the rollback failed too/,
  },
  {
    name: 'STOPPED (someone stopped it, or no rollback configured): failed with the reason',
    snapshots: (s) => [staged(s, 300, sd('STOPPED', 'SCALE_UP', { statusReason: 'Stopped by user' }))],
    outcome: 'failed',
    reason: /was stopped at stage SCALE_UP \(STOPPED\): Stopped by user/,
  },
];

describe.each(['BLUE_GREEN', 'LINEAR', 'CANARY'])('healthVerdict for a %s service', (strategy) => {
  test.each(cases)('$name', ({ snapshots, outcome, reason }) => {
    const verdicts = run(snapshots(strategy));
    const last = verdicts[verdicts.length - 1];
    expect(last.outcome ?? last.status).toBe(outcome);
    expect(last.reason).toMatch(reason);
    expect(last.reason).toContain(strategy);
    // Every snapshot before the last one keeps waiting (the rollback is followed, not cut short).
    for (const v of verdicts.slice(0, -1)) expect(v.status).toBe('waiting');
  });
});

test('a ROLLING service ignores a service deployment: the rollout state decides, as before', () => {
  const s = staged(
    'ROLLING',
    400,
    sd('IN_PROGRESS', undefined),
    { [TG]: [target(a, 'healthy'), target(b, 'healthy')] },
    [green({ rolloutState: 'COMPLETED' })],
  );
  const [v] = run([{ ...s, alternateTargetGroups: undefined }]);
  expect(v.outcome).toBe('healthy');
  expect(v.memory.stages).toBeUndefined();
});

test('the stages are remembered once each, with the time each was first seen', () => {
  const verdicts = run([
    staged('CANARY', 10, sd('IN_PROGRESS', 'SCALE_UP')),
    staged('CANARY', 12, sd('IN_PROGRESS', 'SCALE_UP')),
    staged('CANARY', 40, sd('IN_PROGRESS', 'TEST_TRAFFIC_SHIFT')),
  ]);
  expect(verdicts[2].memory.stages).toEqual([
    { stage: 'SCALE_UP', startedAt: T0 + 10_000 },
    { stage: 'TEST_TRAFFIC_SHIFT', startedAt: T0 + 40_000 },
  ]);
});

describe("rememberStage: a stage's start is ECS's updatedAt when it can be, else when it was seen", () => {
  const at = (seconds: number) => new Date(T0 + seconds * 1000);
  const earlier = [{ stage: 'PRODUCTION_TRAFFIC_SHIFT', startedAt: T0 + 40_000 }];
  test.each([
    { name: 'updatedAt after the previous stage: the stage started then', updatedAt: at(50), startedAt: 50 },
    { name: 'no updatedAt: when it was seen', updatedAt: undefined, startedAt: 70 },
    { name: "updatedAt at the previous stage's start: not this stage's", updatedAt: at(40), startedAt: 70 },
    { name: 'updatedAt before the previous stage: stale', updatedAt: at(30), startedAt: 70 },
    { name: 'updatedAt in the future (clock skew): when it was seen', updatedAt: at(75), startedAt: 70 },
  ])('$name', ({ updatedAt, startedAt }) => {
    const stages = rememberStage(earlier, sd('IN_PROGRESS', 'BAKE_TIME', { updatedAt }), T0 + 70_000);
    expect(stages).toEqual([...earlier, { stage: 'BAKE_TIME', startedAt: T0 + startedAt * 1000 }]);
  });

  test('the first stage seen takes updatedAt, however long ago (a wait started mid-deployment)', () => {
    const stages = rememberStage([], sd('IN_PROGRESS', 'BAKE_TIME', { updatedAt: at(-600) }), T0);
    expect(stages).toEqual([{ stage: 'BAKE_TIME', startedAt: T0 - 600_000 }]);
  });
});

describe('stageCanFailAnyMoment: alarms up to BAKE_TIME, a hook until its last stage has passed', () => {
  const hook = (...lifecycleStages: string[]) => ({
    hookTargetArn: 'arn:aws:lambda:eu-west-3:123456789012:function:smoke',
    roleArn: 'arn:aws:iam::123456789012:role/hooks',
    lifecycleStages: lifecycleStages as never[],
  });
  test.each([
    { name: 'no alarm, no hook', config: {}, stage: 'SCALE_UP', fast: false },
    {
      name: 'alarms, in BAKE_TIME',
      config: { alarms: { enable: true, rollback: true, alarmNames: ['a'] } },
      stage: 'BAKE_TIME',
      fast: true,
    },
    {
      name: 'alarms, in CLEAN_UP (ECS no longer watches)',
      config: { alarms: { enable: true, rollback: true, alarmNames: ['a'] } },
      stage: 'CLEAN_UP',
      fast: false,
    },
    {
      name: 'alarms turned off',
      config: { alarms: { enable: false, rollback: true, alarmNames: ['a'] } },
      stage: 'SCALE_UP',
      fast: false,
    },
    {
      name: 'a hook still ahead',
      config: { lifecycleHooks: [hook('POST_TEST_TRAFFIC_SHIFT')] },
      stage: 'SCALE_UP',
      fast: true,
    },
    {
      name: 'a hook in its stage',
      config: { lifecycleHooks: [hook('POST_TEST_TRAFFIC_SHIFT')] },
      stage: 'POST_TEST_TRAFFIC_SHIFT',
      fast: true,
    },
    {
      name: 'past the last hook',
      config: { lifecycleHooks: [hook('PRE_SCALE_UP', 'POST_TEST_TRAFFIC_SHIFT')] },
      stage: 'BAKE_TIME',
      fast: false,
    },
    {
      name: 'no stage listed yet: every hook is ahead',
      config: { lifecycleHooks: [hook('PRE_SCALE_UP')] },
      stage: undefined,
      fast: true,
    },
    { name: 'a stage this code does not know', config: {}, stage: 'NEW_STAGE', fast: true },
    {
      name: 'LINEAR stepping: a PRE_PRODUCTION_TRAFFIC_SHIFT hook runs again before the next step',
      config: { lifecycleHooks: [hook('PRE_PRODUCTION_TRAFFIC_SHIFT')] },
      stage: 'PRODUCTION_TRAFFIC_SHIFT',
      fast: true,
    },
    {
      name: 'after the last step: past the hook',
      config: { lifecycleHooks: [hook('PRE_PRODUCTION_TRAFFIC_SHIFT')] },
      stage: 'POST_PRODUCTION_TRAFFIC_SHIFT',
      fast: false,
    },
  ])('$name', ({ config, stage, fast }) => {
    expect(stageCanFailAnyMoment({ deploymentConfiguration: config }, stage)).toBe(fast);
  });
});

describe('stageProgress', () => {
  const stages = [{ stage: 'BAKE_TIME', startedAt: T0 }];
  test.each([
    {
      name: 'traffic split from the service deployment when no listener rule was read',
      sd: sd('IN_PROGRESS', 'PRODUCTION_TRAFFIC_SHIFT', {
        targetServiceRevision: { requestedProductionTrafficWeight: 10 },
      }),
      green: undefined,
      now: T0,
      line: 'stage PRODUCTION_TRAFFIC_SHIFT since 10:00:00, production traffic 10% green / 90% blue',
    },
    {
      name: "the listener rule's weights win over the requested weight",
      sd: sd('IN_PROGRESS', 'PRODUCTION_TRAFFIC_SHIFT', {
        targetServiceRevision: { requestedProductionTrafficWeight: 10 },
      }),
      green: 20,
      now: T0,
      line: 'stage PRODUCTION_TRAFFIC_SHIFT since 10:00:00, production traffic 20% green / 80% blue',
    },
    {
      name: 'bake time left during BAKE_TIME',
      sd: sd('IN_PROGRESS', 'BAKE_TIME', {
        targetServiceRevision: { requestedProductionTrafficWeight: 100 },
      }),
      green: undefined,
      now: T0 + 95_000,
      line: 'stage BAKE_TIME since 10:00:00, production traffic 100% green / 0% blue, bake time left 3 min 25 s of 5 min',
    },
  ])('$name', ({ sd: d, green: g, now, line }) => {
    expect(stageProgress(d, stages, now, g)).toBe(line);
  });
});

test('stage timeline: stage, start time, duration to the next stage (the last to the end), as a table', () => {
  const spans = stageTimeline(
    [
      { stage: 'SCALE_UP', startedAt: T0 },
      { stage: 'PRODUCTION_TRAFFIC_SHIFT', startedAt: T0 + 42_000 },
      { stage: 'BAKE_TIME', startedAt: T0 + 102_000 },
    ],
    T0 + 402_000,
  );
  expect(spans.map((s) => s.durationMs)).toEqual([42_000, 60_000, 300_000]);
  expect(stageTableLines(spans)).toEqual([
    '| Stage | Started (UTC) | Duration |',
    '| --- | --- | --- |',
    '| SCALE_UP | 10:00:00 | 42 s |',
    '| PRODUCTION_TRAFFIC_SHIFT | 10:00:42 | 1 min 00 s |',
    '| BAKE_TIME | 10:01:42 | 5 min 00 s |',
  ]);
  expect(formatDuration(59_400)).toBe('59 s');
});

test.each([
  { name: 'weights 80/20: 20% green', weights: [80, 20], green: 20 },
  { name: 'all to green', weights: [0, 100], green: 100 },
  { name: 'no weights: unknown', weights: [0, 0], green: undefined },
])('greenWeight from the production listener rule: $name', ({ weights, green }) => {
  const rule = {
    Actions: [
      {
        Type: 'forward' as const,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: TG, Weight: weights[0] },
            { TargetGroupArn: ALT, Weight: weights[1] },
          ],
        },
      },
    ],
  };
  expect(greenWeight(rule, ALT)).toBe(green);
});

test('pickServiceDeployment: the one created nearest the deployment, else the newest', () => {
  const brief = (id: string, s: number) => ({ serviceDeploymentArn: id, createdAt: new Date(T0 + s * 1000) });
  const briefs = [brief('old', -3600), brief('ours', 1), brief('later', 600)];
  expect(pickServiceDeployment(briefs, new Date(T0))?.serviceDeploymentArn).toBe('ours');
  expect(pickServiceDeployment(briefs, undefined)?.serviceDeploymentArn).toBe('later');
});

test.each([
  [{ alarms: { triggeredAlarmNames: ['a', 'b'] }, statusReason: 'x' }, 'alarm a in ALARM, alarm b in ALARM'],
  [
    { lifecycleHookDetails: [{ targetArn: HOOK, status: 'TIMED_OUT' as never }] },
    'lifecycle hook smoke-test TIMED_OUT',
  ],
  [{ rollback: { reason: 'circuit breaker' } }, 'circuit breaker'],
  [{}, 'no reason given'],
  [{ statusReason: 'Stopped by user.' }, 'Stopped by user'],
])('serviceDeploymentCause %#', (over, cause) => {
  expect(serviceDeploymentCause(over as ServiceDeployment)).toBe(cause);
});

test("ECS's statusReason is quoted without its full stop: no '.;' before what the verdict adds", () => {
  const reason =
    'Target 10.0.1.5:8080 of the new service revision is unhealthy in the alternate target group web-ui-client-tg-alt (health checks failed); no production traffic was shifted (loadBalancers[0]).';
  const verdict = stageVerdict(
    sd('ROLLBACK_SUCCESSFUL', 'SCALE_UP', { statusReason: reason }) as ServiceDeployment,
    'CANARY',
  );
  expect(verdict.reason).toBe(
    `CANARY service deployment Ab1Cd2Ef3Gh4 failed at stage SCALE_UP: ${reason.slice(0, -1)}; ECS rolled it back (ROLLBACK_SUCCESSFUL)`,
  );
  expect(verdict.reason).not.toContain('.;');
  const hook = stageVerdict(
    sd('ROLLBACK_SUCCESSFUL', 'POST_TEST_TRAFFIC_SHIFT', {
      statusReason: `Lifecycle hook ${HOOK} returned FAILED in lifecycle stage POST_TEST_TRAFFIC_SHIFT.`,
      lifecycleHookDetails: [{ targetArn: HOOK, status: 'FAILED' }],
    }) as ServiceDeployment,
    'BLUE_GREEN',
  );
  expect(hook.reason).toContain('POST_TEST_TRAFFIC_SHIFT); ECS rolled it back');
});
