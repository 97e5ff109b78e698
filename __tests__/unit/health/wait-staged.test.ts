/**
 * The waiting loop on a BLUE_GREEN / CANARY service (issue 17), with a fake clock and stubbed SDK
 * clients answering in AWS's shapes (ECS ServiceDeployment, ELBv2 Rule): the service deployment
 * is found once and described once per poll, the stages and the traffic split are printed, the
 * summary's stage timeline is returned, and IAM's refusal of the read is one error.
 */
import {
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ECSClient,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  StopServiceDeploymentCommand,
  UpdateServiceCommand,
  DescribeServiceRevisionsCommand,
  type DeploymentConfiguration,
  type ServiceDeployment,
} from '@aws-sdk/client-ecs';
import {
  DescribeRulesCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { ActionError } from '../../../src/lib/errors.js';
import { waitForDeployment } from '../../../src/health/wait.js';
import { rollbackService } from '../../../src/rollback/rollback.js';
import { accessDenied, missingPermission } from '../../helpers/iam-denial.js';
import { NEW, T0, TG, deployment, previous, target, task, td } from './snapshots.js';
import { FakeClock, options as waitOptions } from './wait-fixtures.js';

const ecsMock = mockClient(ECSClient);
const elbMock = mockClient(ElasticLoadBalancingV2Client);
const ALT =
  'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/web-ui-client-alt/1234567890abcdef';
const RULE =
  'arn:aws:elasticloadbalancing:eu-west-3:123456789012:listener-rule/app/seed/0123456789abcdef/fedcba9876543210/1111111111111111';
const SD_ARN =
  'arn:aws:ecs:eu-west-3:123456789012:service-deployment/intrusion-detection/web-ui-client/Ab1Cd2Ef3Gh4';

/** A CANARY rollout: scale up, test traffic, 10% production for 80 s, then all, 1 min bake, SUCCESSFUL at 230 s. */
function canary(s: number): { sd: ServiceDeployment; green: number } {
  const stage =
    s < 20
      ? 'SCALE_UP'
      : s < 40
        ? 'TEST_TRAFFIC_SHIFT'
        : s < 160
          ? 'PRODUCTION_TRAFFIC_SHIFT'
          : s < 230
            ? 'BAKE_TIME'
            : 'CLEAN_UP';
  const green = s < 40 ? 0 : s < 120 ? 10 : 100;
  return {
    green,
    sd: {
      serviceDeploymentArn: SD_ARN,
      createdAt: new Date(T0),
      status: s < 230 ? 'IN_PROGRESS' : 'SUCCESSFUL',
      lifecycleStage: stage,
      targetServiceRevision: { requestedProductionTrafficWeight: green },
      deploymentConfiguration: { strategy: 'CANARY', bakeTimeInMinutes: 1 },
    },
  };
}

type Timeline = (s: number) => { sd: ServiceDeployment; green: number };

/**
 * A BLUE_GREEN rollout as ECS stamps it (updatedAt at each stage's start): green healthy at 30 s,
 * all production traffic at 40 s, 1 min bake from 50 s, CLEAN_UP at 110 s, and the blue tasks
 * drained (30 s deregistration delay) and stopped: SUCCESSFUL at 143 s.
 */
function blueGreen(s: number): { sd: ServiceDeployment; green: number } {
  const stages: [number, ServiceDeployment['lifecycleStage']][] = [
    [0, 'SCALE_UP'],
    [30, 'TEST_TRAFFIC_SHIFT'],
    [40, 'PRODUCTION_TRAFFIC_SHIFT'],
    [50, 'BAKE_TIME'],
    [110, 'CLEAN_UP'],
  ];
  const [startedAt, stage] = stages.filter(([at]) => at <= s).pop()!;
  return {
    green: s < 40 ? 0 : 100,
    sd: {
      serviceDeploymentArn: SD_ARN,
      createdAt: new Date(T0),
      updatedAt: new Date(T0 + (s < 143 ? startedAt : 143) * 1000),
      status: s < 143 ? 'IN_PROGRESS' : 'SUCCESSFUL',
      lifecycleStage: stage,
      targetServiceRevision: { requestedProductionTrafficWeight: s < 40 ? 0 : 100 },
      deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 },
    },
  };
}

function install(
  clock: FakeClock,
  strategy = 'CANARY',
  timeline: Timeline = canary,
  configuration: DeploymentConfiguration = {},
): void {
  const s = () => (clock.now() - T0) / 1000;
  const tasks = ['a1', 'b2'].map((id) => task(id));
  ecsMock.on(DescribeServicesCommand).callsFake(() => ({
    services: [
      {
        serviceName: 'web-ui-client',
        status: 'ACTIVE',
        deploymentConfiguration: { ...configuration, strategy: strategy as never },
        loadBalancers: [
          {
            targetGroupArn: TG,
            containerName: 'web-ui-client',
            containerPort: 8080,
            advancedConfiguration: { alternateTargetGroupArn: ALT, productionListenerRule: RULE },
          },
        ],
        deployments:
          timeline(s()).sd.status !== 'SUCCESSFUL'
            ? [deployment(NEW, 2, { runningCount: 2, rolloutState: 'COMPLETED' }), previous()]
            : [deployment(NEW, 2, { runningCount: 2, rolloutState: 'COMPLETED' })],
        events: [],
      },
    ],
  }));
  ecsMock.on(ListTasksCommand).resolves({ taskArns: tasks.map((t) => t.taskArn!) });
  ecsMock.on(DescribeTasksCommand).resolves({ tasks });
  ecsMock.on(ListServiceDeploymentsCommand).resolves({
    serviceDeployments: [
      { serviceDeploymentArn: 'older', createdAt: new Date(T0 - 3_600_000), status: 'SUCCESSFUL' },
      { serviceDeploymentArn: SD_ARN, createdAt: new Date(T0), status: 'IN_PROGRESS' },
    ],
  });
  ecsMock
    .on(DescribeServiceDeploymentsCommand)
    .callsFake(() => ({ serviceDeployments: [timeline(s()).sd], failures: [] }));
  elbMock.on(DescribeTargetHealthCommand).callsFake((input: { TargetGroupArn: string }) => ({
    TargetHealthDescriptions:
      input.TargetGroupArn === (strategy === 'ROLLING' ? TG : ALT)
        ? tasks.map((t) => target(t, 'healthy'))
        : [],
  }));
  elbMock.on(DescribeRulesCommand).callsFake(() => ({
    Rules: [
      {
        RuleArn: RULE,
        Actions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: TG, Weight: 100 - timeline(s()).green },
                { TargetGroupArn: ALT, Weight: timeline(s()).green },
              ],
            },
          },
        ],
      },
    ],
  }));
}

/** Both target groups: a check every 10 s, 2 to change state, 30 s of draining. */
function healthCheckSettings(): void {
  elbMock.on(DescribeTargetGroupsCommand).resolves({
    TargetGroups: [TG, ALT].map((TargetGroupArn) => ({
      TargetGroupArn,
      HealthCheckIntervalSeconds: 10,
      HealthyThresholdCount: 2,
      UnhealthyThresholdCount: 2,
    })),
  });
  elbMock.on(DescribeTargetGroupAttributesCommand).resolves({
    Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '30' }],
  });
}

beforeEach(() => {
  ecsMock.reset();
  elbMock.reset();
});

test('a CANARY service is healthy only once its service deployment is SUCCESSFUL, not when the rollout COMPLETED', async () => {
  const clock = new FakeClock();
  install(clock);
  const opts = waitOptions(clock);
  const lines = opts.lines;
  const result = await waitForDeployment(opts);
  expect(result.outcome).toBe('healthy');
  expect(result.elapsedMs).toBeGreaterThanOrEqual(230_000);
  expect(result.reason).toMatch(/CANARY service deployment Ab1Cd2Ef3Gh4 is SUCCESSFUL/);
  expect(result.stages?.map((s) => s.stage)).toEqual([
    'SCALE_UP',
    'TEST_TRAFFIC_SHIFT',
    'PRODUCTION_TRAFFIC_SHIFT',
    'BAKE_TIME',
    'CLEAN_UP',
  ]);
  // Each stage with its start time; the split from the listener rule's weights; the bake time left.
  expect(lines).toContain(
    'IN_PROGRESS: stage SCALE_UP since 10:00:00, production traffic 0% green / 100% blue',
  );
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.stringMatching(
        /stage PRODUCTION_TRAFFIC_SHIFT since 10:0\d:\d\d, production traffic 10% green \/ 90% blue/,
      ),
    ]),
  );
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/stage PRODUCTION_TRAFFIC_SHIFT .* 100% green \/ 0% blue/),
    ]),
  );
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/stage BAKE_TIME since 10:0\d:\d\d, .*bake time left 1 min 00 s of 1 min/),
    ]),
  );
  // The stage line is printed on a change, not every poll.
  expect(lines.filter((l) => l.includes('stage SCALE_UP')).length).toBe(1);
});

test('SUCCESSFUL is seen within 3 s: predicted from the bake time and the deregistration delay, not found by a quick heartbeat', async () => {
  const clock = new FakeClock();
  install(clock, 'BLUE_GREEN', blueGreen);
  healthCheckSettings();
  const result = await waitForDeployment(waitOptions(clock));
  expect(result.outcome).toBe('healthy');
  // The stages' starts are ECS's updatedAt, not when a slow heartbeat first saw them.
  expect(result.stages?.find((s) => s.stage === 'BAKE_TIME')?.startedAt).toBe(T0 + 50_000);
  expect(result.stages?.find((s) => s.stage === 'CLEAN_UP')?.startedAt).toBe(T0 + 110_000);
  expect(result.elapsedMs).toBeGreaterThanOrEqual(143_000);
  expect(result.elapsedMs).toBeLessThanOrEqual(146_000);
  // The heartbeat stays failure-paced (no alarm, no hook: only task failures can end it early).
  expect(ecsMock.commandCalls(DescribeServicesCommand).length).toBeLessThanOrEqual(18);
});

test('call budget: ListServiceDeployments once, then one DescribeServiceDeployments per poll', async () => {
  const clock = new FakeClock();
  install(clock);
  await waitForDeployment(waitOptions(clock));
  const polls = clock.sleeps.length + 1;
  expect(ecsMock.commandCalls(ListServiceDeploymentsCommand)).toHaveLength(1);
  expect(ecsMock.commandCalls(DescribeServiceDeploymentsCommand)).toHaveLength(polls);
  expect(ecsMock.commandCalls(DescribeServiceDeploymentsCommand)[0].args[0].input).toEqual({
    serviceDeploymentArns: [SD_ARN],
  });
});

test("while ECS rolls back, the wait reads every few seconds: the rollback's end is seen within 4.5 s", async () => {
  const clock = new FakeClock();
  // A CANARY rollout that ECS rolls back at 60 s (a stage it failed); the rollback ends at 83 s.
  const rolledBack: Timeline = (s) => {
    const { sd, green } = canary(Math.min(s, 59));
    const status = s < 60 ? sd.status : s < 83 ? 'ROLLBACK_IN_PROGRESS' : 'ROLLBACK_SUCCESSFUL';
    return { green: s < 60 ? green : 0, sd: { ...sd, status, statusReason: 'Traffic shift failed.' } };
  };
  install(clock, 'CANARY', rolledBack);
  const result = await waitForDeployment(waitOptions(clock));
  expect(result.outcome).toBe('rolled-back-by-ecs');
  expect(result.elapsedMs).toBeGreaterThanOrEqual(83_000);
  expect(result.elapsedMs).toBeLessThanOrEqual(87_500);
});

test('while a lifecycle hook can still fail it, the service deployment alone is read every 4 s between full reads paced by task failures', async () => {
  const clock = new FakeClock();
  const HOOK = 'arn:aws:lambda:eu-west-3:123456789012:function:smoke-test';
  // The hook runs in POST_TEST_TRAFFIC_SHIFT from 30 s and answers FAILED at 70 s; ECS rolls back until 90 s.
  const hookFails: Timeline = (s) => {
    const { sd } = blueGreen(Math.min(s, 29));
    const stage = s < 30 ? 'SCALE_UP' : 'POST_TEST_TRAFFIC_SHIFT';
    const status = s < 70 ? 'IN_PROGRESS' : s < 90 ? 'ROLLBACK_IN_PROGRESS' : 'ROLLBACK_SUCCESSFUL';
    const hook = { targetArn: HOOK, status: s < 30 ? undefined : s < 70 ? 'IN_PROGRESS' : 'FAILED' };
    return {
      green: 0,
      sd: {
        ...sd,
        status,
        lifecycleStage: stage,
        updatedAt: new Date(T0 + (s < 30 ? 0 : s < 70 ? 30 : s < 90 ? 70 : 90) * 1000),
        ...(s >= 30 ? { lifecycleHookDetails: [hook as never] } : {}),
      },
    };
  };
  install(clock, 'BLUE_GREEN', hookFails, {
    lifecycleHooks: [
      {
        hookTargetArn: HOOK,
        roleArn: 'arn:aws:iam::123456789012:role/hooks',
        lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
      },
    ],
  });
  healthCheckSettings();
  const result = await waitForDeployment(waitOptions(clock));
  expect(result.outcome).toBe('rolled-back-by-ecs');
  expect(result.reason).toMatch(/lifecycle hook smoke-test FAILED/);
  // The hook's answer and the rollback's end are each seen within FAST_MS (4 s) and a read.
  expect(result.elapsedMs).toBeGreaterThanOrEqual(90_000);
  expect(result.elapsedMs).toBeLessThanOrEqual(94_500);
  const full = ecsMock.commandCalls(DescribeServicesCommand).length;
  const stageReads = ecsMock.commandCalls(DescribeServiceDeploymentsCommand).length;
  // Full reads at the failure pace (2 tasks running, 3 failures to fail: gaps up to 19 s) and
  // at each change the stage reads saw; a full read every 4 s would be about 24.
  expect(full).toBeLessThanOrEqual(12);
  expect(stageReads).toBeGreaterThanOrEqual(20);
});

test("the production rule's weights are read while ECS shifts production traffic and once as each other stage starts", async () => {
  const clock = new FakeClock();
  install(clock);
  const seen: string[] = [];
  ecsMock.on(DescribeServiceDeploymentsCommand).callsFake(() => {
    const { sd } = canary((clock.now() - T0) / 1000);
    if (sd.status === 'IN_PROGRESS') seen.push(sd.lifecycleStage!);
    return { serviceDeployments: [sd], failures: [] };
  });
  const result = await waitForDeployment(waitOptions(clock));
  expect(result.outcome).toBe('healthy');
  const due = seen.filter((stage, i) => stage === 'PRODUCTION_TRAFFIC_SHIFT' || stage !== seen[i - 1]);
  expect(elbMock.commandCalls(DescribeRulesCommand)).toHaveLength(due.length);
  expect(due.length).toBeLessThan(seen.length);
});

test('a ROLLING service makes no service deployment read', async () => {
  const clock = new FakeClock();
  install(clock, 'ROLLING');
  const result = await waitForDeployment(waitOptions(clock));
  expect(result.outcome).toBe('healthy');
  expect(ecsMock.commandCalls(ListServiceDeploymentsCommand)).toHaveLength(0);
  expect(ecsMock.commandCalls(DescribeServiceDeploymentsCommand)).toHaveLength(0);
  expect(result.stages).toBeUndefined();
});

test('IAM refusing ecs:DescribeServiceDeployments for a CANARY service is one error naming the permission', async () => {
  const clock = new FakeClock();
  install(clock);
  ecsMock
    .on(DescribeServiceDeploymentsCommand)
    .rejects(accessDenied('ecs:DescribeServiceDeployments', SD_ARN));
  const error = await waitForDeployment(waitOptions(clock)).catch((e) => e);
  expect(error).toBeInstanceOf(ActionError);
  expect(error.message).toContain('deploys with the CANARY strategy');
  expect(error.message).toContain(
    missingPermission(
      'ecs:DescribeServiceDeployments',
      'arn:aws:ecs:eu-west-3:123456789012:service-deployment/intrusion-detection/web-ui-client/*',
    ),
  );
});

describe('rollback-on-failure through StopServiceDeployment (ROLLBACK)', () => {
  /** A CANARY service deployment in BAKE_TIME; after the stop, ECS rolls back in 20 s. */
  function installInFlight(clock: FakeClock, stop: () => unknown): void {
    install(clock);
    let stoppedAt: number | undefined;
    ecsMock.on(ListServiceDeploymentsCommand).resolves({
      serviceDeployments: [{ serviceDeploymentArn: SD_ARN, createdAt: new Date(T0), status: 'IN_PROGRESS' }],
    });
    ecsMock.on(DescribeServiceRevisionsCommand).resolves({ serviceRevisions: [{ taskDefinition: td(1) }] });
    ecsMock.on(StopServiceDeploymentCommand).callsFake(() => {
      const out = stop();
      stoppedAt = clock.now();
      return out;
    });
    ecsMock.on(DescribeServiceDeploymentsCommand).callsFake(() => ({
      serviceDeployments: [
        {
          serviceDeploymentArn: SD_ARN,
          status:
            stoppedAt === undefined
              ? 'IN_PROGRESS'
              : clock.now() - stoppedAt < 20_000
                ? 'ROLLBACK_IN_PROGRESS'
                : 'ROLLBACK_SUCCESSFUL',
          lifecycleStage: 'BAKE_TIME',
          sourceServiceRevisions: [{ arn: 'rev-1' }],
        },
      ],
    }));
  }

  test('stops the service deployment with ROLLBACK (no UpdateService) and waits for ROLLBACK_SUCCESSFUL', async () => {
    const clock = new FakeClock();
    installInFlight(clock, () => ({ serviceDeploymentArn: SD_ARN }));
    const result = await rollbackService({
      ...waitOptions(clock),
      deploymentId: undefined,
      toTaskDefinitionArn: td(1),
    });
    expect(ecsMock.commandCalls(StopServiceDeploymentCommand)[0].args[0].input).toEqual({
      serviceDeploymentArn: SD_ARN,
      stopType: 'ROLLBACK',
    });
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
    expect(result).toMatchObject({ stoppedServiceDeployment: true, deploymentId: 'Ab1Cd2Ef3Gh4' });
    expect(result.wait).toMatchObject({ healthy: true, outcome: 'healthy' });
    expect(result.wait.reason).toBe(
      'Service deployment Ab1Cd2Ef3Gh4 is ROLLBACK_SUCCESSFUL: service web-ui-client runs web-ui-client:1 again',
    );
    expect(result.wait.elapsedMs).toBeGreaterThanOrEqual(20_000);
  });

  test('StopServiceDeployment refused (UnsupportedFeatureException): falls back to UpdateService', async () => {
    const clock = new FakeClock();
    installInFlight(clock, () => {
      throw Object.assign(new Error('Stopping this service deployment is not supported'), {
        name: 'UnsupportedFeatureException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
      });
    });
    ecsMock
      .on(UpdateServiceCommand)
      .rejects(Object.assign(new Error('stop here'), { name: 'ServerException' }));
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: unknown) => written.push(String(chunk)) > 0) as typeof write;
    let error;
    try {
      error = await rollbackService({
        ...waitOptions(clock),
        deploymentId: undefined,
        toTaskDefinitionArn: td(1),
      }).catch((e) => e);
    } finally {
      process.stdout.write = write;
    }
    // Said once, as a warning: why ECS's own rollback was not used.
    expect(written.filter((line) => line.startsWith('::warning::'))).toEqual([
      '::warning::StopServiceDeployment (ROLLBACK) was refused for service web-ui-client (UnsupportedFeatureException: Stopping this service deployment is not supported); rolling back with UpdateService instead\n',
    ]);
    expect(ecsMock.commandCalls(StopServiceDeploymentCommand)).toHaveLength(1);
    expect(ecsMock.commandCalls(UpdateServiceCommand)[0].args[0].input).toEqual({
      cluster: 'intrusion-detection',
      service: 'web-ui-client',
      taskDefinition: td(1),
    });
    expect(error.message).toContain('While rolling service web-ui-client back to web-ui-client:1');
  });
});
