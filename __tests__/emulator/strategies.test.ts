import {
  DescribeServiceDeploymentsCommand,
  ListServiceDeploymentsCommand,
  RegisterTaskDefinitionCommand,
  StopServiceDeploymentCommand,
  UpdateServiceCommand,
  type DeploymentConfiguration,
  type ECSClient,
  type ServiceDeployment,
} from '@aws-sdk/client-ecs';
import {
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  type ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { CLUSTER, REGION, clients, describeService, rejection, waitFor } from './helpers.js';

/**
 * ECS-native BLUE_GREEN, LINEAR and CANARY deployments (issue 17) through the real SDK over HTTP:
 * the stage sequence, the listener rule weights ELBv2 DescribeRules shows as traffic shifts, and the
 * failures that roll back (green targets unhealthy in the alternate group, a deployment alarm, a
 * lifecycle hook) or a StopServiceDeployment ROLLBACK.
 */
const SERVICE = 'web-ui-client';
const HOOK = 'arn:aws:lambda:eu-west-3:123456789012:function:smoke-test';
const ROLE = 'arn:aws:iam::123456789012:role/ecs-hooks';
const ALL_STAGES = [
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
  'BAKE_TIME',
  'CLEAN_UP',
];
let emu: Emulator;
let ecs: ECSClient;
let elb: ElasticLoadBalancingV2Client;

beforeEach(async () => {
  emu = await startEmulator();
  ({ ecs, elb } = clients(emu));
});
afterEach(() => emu.close());

async function deploy(tag: string, deploymentConfiguration: DeploymentConfiguration): Promise<string> {
  const body = structuredClone(emu.state.regions[REGION].taskDefinitions[SERVICE][0].body);
  body.containerDefinitions[0].image = `public.ecr.aws/a1b2c3d4/${SERVICE}:${tag}`;
  const registered = await ecs.send(new RegisterTaskDefinitionCommand(body as never));
  const out = await ecs.send(
    new UpdateServiceCommand({
      cluster: CLUSTER,
      service: SERVICE,
      taskDefinition: registered.taskDefinition!.taskDefinitionArn,
      deploymentConfiguration,
    }),
  );
  return out.service!.currentServiceDeployment!;
}

async function serviceDeployment(arn: string): Promise<ServiceDeployment> {
  const out = await ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }));
  return out.serviceDeployments![0];
}

/** The production rule's weights as ELBv2 shows them: target group name -> weight. */
async function weights(
  which: 'productionListenerRule' | 'testListenerRule',
): Promise<Record<string, number>> {
  const [config] = emu.advancedConfiguration(CLUSTER, SERVICE);
  const { Rules } = await elb.send(new DescribeRulesCommand({ RuleArns: [config[which]!] }));
  const groups = Rules![0].Actions![0].ForwardConfig!.TargetGroups!;
  const names = await elb.send(
    new DescribeTargetGroupsCommand({ TargetGroupArns: groups.map((g) => g.TargetGroupArn!) }),
  );
  return Object.fromEntries(groups.map((g, i) => [names.TargetGroups![i].TargetGroupName!, g.Weight!]));
}

/** The stages the emulator recorded for a service deployment, in order. */
function stages(arn: string): string[] {
  const svc = emu.state.regions[REGION].clusters[CLUSTER].services[SERVICE];
  return svc.serviceDeployments.find((s) => s.arn === arn)!.run!.stages.map((s) => s.stage);
}

const finished = (arn: string, status: string) =>
  waitFor(async () => {
    const sd = await serviceDeployment(arn);
    return sd.status === status && sd;
  }, 30000);

describe('the fixture prepares each service for blue/green without changing what ROLLING sees', () => {
  it('an alternate target group <service>-tg-alt appears, and the rules forward to it, only once the strategy is not ROLLING', async () => {
    const names = async () =>
      (await elb.send(new DescribeTargetGroupsCommand({}))).TargetGroups!.map((t) => t.TargetGroupName);
    expect(await names()).not.toContain(`${SERVICE}-tg-alt`);
    expect(await weights('productionListenerRule')).toEqual({ [`${SERVICE}-tg`]: 100 });
    await ecs.send(
      new UpdateServiceCommand({
        cluster: CLUSTER,
        service: SERVICE,
        deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 },
      }),
    );
    expect(await names()).toContain(`${SERVICE}-tg-alt`);
    expect(await weights('productionListenerRule')).toEqual({
      [`${SERVICE}-tg`]: 100,
      [`${SERVICE}-tg-alt`]: 0,
    });
    const svc = await describeService(ecs, SERVICE);
    expect(svc.loadBalancers![0].advancedConfiguration).toEqual(
      emu.advancedConfiguration(CLUSTER, SERVICE)[0],
    );
    expect(svc.deploymentConfiguration).toMatchObject({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 });
  });
});

describe('success', () => {
  it('BLUE_GREEN: every stage in order, green in the alternate group, production moved at once, SUCCESSFUL', async () => {
    // a hook that hangs holds POST_TEST_TRAFFIC_SHIFT, so the weights can be read there without a race
    emu.setHookBehaviour(HOOK, 'hang');
    const arn = await deploy('v2', {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 5,
      lifecycleHooks: [{ hookTargetArn: HOOK, roleArn: ROLE, lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'] }],
    });
    await waitFor(
      async () => (await serviceDeployment(arn)).lifecycleHookDetails?.[0]?.status === 'IN_PROGRESS',
    );
    expect((await serviceDeployment(arn)).lifecycleStage).toBe('POST_TEST_TRAFFIC_SHIFT');
    // test traffic moves before production traffic
    expect(await weights('testListenerRule')).toEqual({ [`${SERVICE}-tg`]: 0, [`${SERVICE}-tg-alt`]: 100 });
    expect(await weights('productionListenerRule')).toEqual({
      [`${SERVICE}-tg`]: 100,
      [`${SERVICE}-tg-alt`]: 0,
    });
    const alt = emu.advancedConfiguration(CLUSTER, SERVICE)[0].alternateTargetGroupArn;
    const health = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: alt }));
    const desired = (await describeService(ecs, SERVICE)).desiredCount!;
    expect(health.TargetHealthDescriptions!.map((t) => t.TargetHealth!.State)).toEqual(
      Array(desired).fill('healthy'),
    );
    emu.setHookBehaviour(HOOK, 'succeed');
    await waitFor(async () => (await serviceDeployment(arn)).lifecycleStage === 'BAKE_TIME');
    expect(await weights('productionListenerRule')).toEqual({
      [`${SERVICE}-tg`]: 0,
      [`${SERVICE}-tg-alt`]: 100,
    });
    const done = await finished(arn, 'SUCCESSFUL');
    expect(done).toMatchObject({
      lifecycleStage: 'CLEAN_UP',
      finishedAt: expect.any(Date),
      targetServiceRevision: { requestedProductionTrafficWeight: 100, requestedTestTrafficWeight: 100 },
    });
    expect(stages(arn)).toEqual(ALL_STAGES);
    // the alternate group now serves production: it is the service's target group
    const svc = await describeService(ecs, SERVICE);
    expect(svc.loadBalancers![0].targetGroupArn).toBe(alt);
    expect(svc.deployments).toHaveLength(1);
    expect(svc.deployments![0]).toMatchObject({
      rolloutState: 'COMPLETED',
      taskDefinition: expect.stringMatching(/:2$/),
    });
  });

  it('CANARY: canaryPercent first, the canary bake, then 100', async () => {
    const arn = await deploy('v2', {
      strategy: 'CANARY',
      bakeTimeInMinutes: 0,
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 5 },
    });
    await waitFor(
      async () =>
        (await serviceDeployment(arn)).targetServiceRevision?.requestedProductionTrafficWeight === 10,
    );
    expect(await weights('productionListenerRule')).toEqual({
      [`${SERVICE}-tg`]: 90,
      [`${SERVICE}-tg-alt`]: 10,
    });
    expect((await serviceDeployment(arn)).sourceServiceRevisions![0].requestedProductionTrafficWeight).toBe(
      90,
    );
    await finished(arn, 'SUCCESSFUL');
    expect(stages(arn)).toEqual(ALL_STAGES);
  });

  it('LINEAR: stepPercent steps with their bake, no bake after 100', async () => {
    const arn = await deploy('v2', {
      strategy: 'LINEAR',
      linearConfiguration: { stepPercent: 50, stepBakeTimeInMinutes: 3 },
    });
    await waitFor(
      async () =>
        (await serviceDeployment(arn)).targetServiceRevision?.requestedProductionTrafficWeight === 50,
    );
    expect(await weights('productionListenerRule')).toEqual({
      [`${SERVICE}-tg`]: 50,
      [`${SERVICE}-tg-alt`]: 50,
    });
    await finished(arn, 'SUCCESSFUL');
    expect(stages(arn)).toEqual(ALL_STAGES);
  });
});

describe('failures roll back', () => {
  it('green targets unhealthy in the alternate group: rollback before any production traffic moved', async () => {
    const arn = await deploy('unhealthy', { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 });
    const done = await finished(arn, 'ROLLBACK_SUCCESSFUL');
    expect(done.statusReason).toMatch(/unhealthy in the alternate target group web-ui-client-tg-alt/);
    expect(done.rollback).toMatchObject({ serviceRevisionArn: done.sourceServiceRevisions![0].arn });
    expect(stages(arn)).not.toContain('PRODUCTION_TRAFFIC_SHIFT');
    expect(await weights('productionListenerRule')).toEqual({
      [`${SERVICE}-tg`]: 100,
      [`${SERVICE}-tg-alt`]: 0,
    });
    const svc = await describeService(ecs, SERVICE);
    expect(svc.taskDefinition).toMatch(/:1$/);
    expect(svc.loadBalancers![0].targetGroupArn).toMatch(/targetgroup\/web-ui-client-tg\//);
  });

  it('an alarm in ALARM during bake time: ECS rolls back, the reason names the alarm', async () => {
    const arn = await deploy('v2', {
      strategy: 'CANARY',
      bakeTimeInMinutes: 5,
      canaryConfiguration: { canaryPercent: 20, canaryBakeTimeInMinutes: 0 },
      alarms: { alarmNames: ['web-ui-5xx'], enable: true, rollback: true },
    });
    await waitFor(async () => (await serviceDeployment(arn)).lifecycleStage === 'BAKE_TIME');
    emu.setAlarmState('web-ui-5xx', 'ALARM');
    const done = await finished(arn, 'ROLLBACK_SUCCESSFUL');
    expect(done.statusReason).toContain('web-ui-5xx');
    expect(done.alarms).toEqual({
      status: 'TRIGGERED',
      alarmNames: ['web-ui-5xx'],
      triggeredAlarmNames: ['web-ui-5xx'],
    });
    expect(done.lifecycleStage).toBe('BAKE_TIME');
    expect(await weights('productionListenerRule')).toEqual({
      [`${SERVICE}-tg`]: 100,
      [`${SERVICE}-tg-alt`]: 0,
    });
  });

  it('an alarm in ALARM with alarms.rollback false: the deployment STOPPED, no rollback, the reason names the alarm', async () => {
    emu.setAlarmState('web-ui-latency', 'ALARM');
    const arn = await deploy('v2', {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 1,
      alarms: { alarmNames: ['web-ui-latency'], enable: true, rollback: false },
    });
    const done = await finished(arn, 'STOPPED');
    expect(done).toMatchObject({
      statusReason: 'CloudWatch alarm(s) web-ui-latency in ALARM state.',
      stoppedAt: expect.any(Date),
      alarms: { status: 'TRIGGERED', triggeredAlarmNames: ['web-ui-latency'] },
    });
    expect(done.rollback).toBeUndefined();
  });

  it('a lifecycle hook that answers FAILED: rollback naming the hook and the stage; the hook shows FAILED', async () => {
    emu.setHookBehaviour(HOOK, 'fail');
    const arn = await deploy('v2', {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 1,
      lifecycleHooks: [{ hookTargetArn: HOOK, roleArn: ROLE, lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'] }],
    });
    const done = await finished(arn, 'ROLLBACK_SUCCESSFUL');
    expect(done.statusReason).toBe(
      `Lifecycle hook ${HOOK} returned FAILED in lifecycle stage POST_TEST_TRAFFIC_SHIFT.`,
    );
    expect(done.lifecycleHookDetails).toEqual([
      { hookId: expect.any(String), targetType: 'AWS_LAMBDA', targetArn: HOOK, status: 'FAILED' },
    ]);
  });

  it('a hanging hook holds the stage until StopServiceDeployment ROLLBACK; a finished deployment cannot be stopped', async () => {
    emu.setHookBehaviour(HOOK, 'hang');
    const arn = await deploy('v2', {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 1,
      lifecycleHooks: [{ hookTargetArn: HOOK, roleArn: ROLE, lifecycleStages: ['PRE_SCALE_UP'] }],
    });
    await waitFor(
      async () => (await serviceDeployment(arn)).lifecycleHookDetails?.[0]?.status === 'IN_PROGRESS',
    );
    expect((await serviceDeployment(arn)).lifecycleStage).toBe('PRE_SCALE_UP');
    await ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }));
    // ROLLBACK_REQUESTED lasts 5 simulated seconds: either may show, never IN_PROGRESS again
    expect((await serviceDeployment(arn)).status).toMatch(/^ROLLBACK_(REQUESTED|IN_PROGRESS)$/);
    const done = await finished(arn, 'ROLLBACK_SUCCESSFUL');
    expect(done.statusReason).toBe(
      'Service deployment rolled back because of a StopServiceDeployment request.',
    );
    const again = await rejection(
      ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' })),
    );
    expect(again.name).toBe('ConflictException');
  });
});

describe('StopServiceDeployment', () => {
  it('ABORT stops a BLUE_GREEN run where it stands: STOP_REQUESTED then STOPPED, no rollback, the rules keep their weights', async () => {
    // a hook that hangs holds POST_TEST_TRAFFIC_SHIFT, test traffic already on green
    emu.setHookBehaviour(HOOK, 'hang');
    const arn = await deploy('v2', {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 1,
      lifecycleHooks: [{ hookTargetArn: HOOK, roleArn: ROLE, lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'] }],
    });
    await waitFor(
      async () => (await serviceDeployment(arn)).lifecycleHookDetails?.[0]?.status === 'IN_PROGRESS',
    );
    await ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ABORT' }));
    // STOP_REQUESTED lasts 5 simulated seconds: either may show, never a rollback status
    expect((await serviceDeployment(arn)).status).toMatch(/^STOP(_REQUESTED|PED)$/);
    const done = await finished(arn, 'STOPPED');
    expect(done).toMatchObject({
      lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT',
      statusReason: 'Service deployment stopped because of a StopServiceDeployment request (ABORT).',
      stoppedAt: expect.any(Date),
    });
    expect(done.rollback).toBeUndefined();
    expect(await weights('testListenerRule')).toEqual({ [`${SERVICE}-tg`]: 0, [`${SERVICE}-tg-alt`]: 100 });
    expect(await weights('productionListenerRule')).toEqual({
      [`${SERVICE}-tg`]: 100,
      [`${SERVICE}-tg-alt`]: 0,
    });
    // nothing moves on afterwards (no stage, no rollback), and a stopped deployment cannot be stopped again
    expect(stages(arn).at(-1)).toBe('POST_TEST_TRAFFIC_SHIFT');
    const again = await rejection(
      ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ABORT' })),
    );
    expect(again.name).toBe('ConflictException');
  });

  it('rolls back a ROLLING deployment through the scheduler: ROLLBACK_REQUESTED then ROLLBACK_SUCCESSFUL', async () => {
    const arn = await deploy('slow-start', {});
    await ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }));
    const list = await ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: SERVICE }));
    expect(list.serviceDeployments![0]).toMatchObject({
      serviceDeploymentArn: arn,
      status: expect.stringMatching(/^ROLLBACK_(REQUESTED|IN_PROGRESS)$/),
    });
    const done = await finished(arn, 'ROLLBACK_SUCCESSFUL');
    expect(done.rollback!.serviceRevisionArn).toBe(done.sourceServiceRevisions![0].arn);
    expect((await describeService(ecs, SERVICE)).taskDefinition).toMatch(/:1$/);
  });

  it.each([
    // ABORT: only a BLUE_GREEN, LINEAR or CANARY run has a stage to stop at (the emulator's limit)
    [{ stopType: 'ABORT' as const }, 'InvalidParameterException'],
    [
      {
        serviceDeploymentArn:
          'arn:aws:ecs:eu-west-3:123456789012:service-deployment/intrusion-detection/web-ui-client/nope',
      },
      'ServiceDeploymentNotFoundException',
    ],
    [{ serviceDeploymentArn: 'not-an-arn' }, 'InvalidParameterException'],
  ])('refuses %j with %s', async (params, code) => {
    const arn = await deploy('slow-start', {});
    const err = await rejection(
      ecs.send(
        new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK', ...params }),
      ),
    );
    expect(err.name).toBe(code);
  });
});

describe('validation before any change', () => {
  it.each([
    [{ strategy: 'PURPLE' }, /Invalid deployment strategy: PURPLE/],
    [{ strategy: 'BLUE_GREEN' }, /bakeTimeInMinutes must be specified/],
    [
      { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1441 },
      /bakeTimeInMinutes must be an integer from 0 to 1440/,
    ],
    [
      { strategy: 'LINEAR', linearConfiguration: { stepPercent: 2 } },
      /stepPercent must be a multiple of 0.1 from 3.0/,
    ],
    [{ strategy: 'LINEAR', linearConfiguration: { stepPercent: 10.05 } }, /stepPercent/],
    [{ strategy: 'CANARY', canaryConfiguration: { canaryPercent: 0 } }, /canaryPercent/],
    [
      { strategy: 'CANARY', linearConfiguration: { stepPercent: 10 } },
      /linearConfiguration can only be specified/,
    ],
    [{ strategy: 'CANARY', canaryConfiguration: { canaryBakeTimeInMinutes: -1 } }, /canaryBakeTimeInMinutes/],
    [
      {
        strategy: 'BLUE_GREEN',
        bakeTimeInMinutes: 1,
        lifecycleHooks: [{ hookTargetArn: HOOK, roleArn: ROLE, lifecycleStages: ['BAKE_TIME'] }],
      },
      /Invalid lifecycle stage: BAKE_TIME/,
    ],
    [
      {
        strategy: 'BLUE_GREEN',
        bakeTimeInMinutes: 1,
        lifecycleHooks: [{ hookTargetArn: 'x', roleArn: ROLE, lifecycleStages: ['PRE_SCALE_UP'] }],
      },
      /hookTargetArn must be the ARN of a Lambda function/,
    ],
    [{ alarms: { alarmNames: ['a'], enable: true } }, /alarms requires alarmNames/],
  ])('%j is refused: %s', async (deploymentConfiguration, message) => {
    const before = JSON.stringify((await describeService(ecs, SERVICE)).deploymentConfiguration);
    const err = await rejection(
      ecs.send(
        new UpdateServiceCommand({
          cluster: CLUSTER,
          service: SERVICE,
          deploymentConfiguration: deploymentConfiguration as DeploymentConfiguration,
        }),
      ),
    );
    expect(err.name).toBe('InvalidParameterException');
    expect(err.message).toMatch(message);
    expect(JSON.stringify((await describeService(ecs, SERVICE)).deploymentConfiguration)).toBe(before);
  });

  it('advancedConfiguration: an unknown alternate target group or rule is refused', async () => {
    const [prepared] = emu.advancedConfiguration(CLUSTER, SERVICE);
    const svc = await describeService(ecs, SERVICE);
    const lb = svc.loadBalancers![0];
    for (const [bad, message] of [
      [{ alternateTargetGroupArn: lb.targetGroupArn }, /must be different/],
      [
        { productionListenerRule: prepared.productionListenerRule + 'x' },
        /production listener rule .* does not exist/,
      ],
      [{ roleArn: 'role' }, /roleArn must be the ARN of an IAM role/],
    ] as const) {
      const err = await rejection(
        ecs.send(
          new UpdateServiceCommand({
            cluster: CLUSTER,
            service: SERVICE,
            loadBalancers: [{ ...lb, advancedConfiguration: { ...prepared, ...bad } }],
          }),
        ),
      );
      expect(err.name).toBe('InvalidParameterException');
      expect(err.message).toMatch(message);
    }
  });
});

describe('admin routes (for an emulator started in another process)', () => {
  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emu.endpoint}/_emulator/${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('POST alarms and hooks record the states the scenario hooks set (bad values are 400); advanced-configurations lists the prepared ARNs', async () => {
    expect(await admin('POST', 'alarms', { name: 'web-ui-5xx', state: 'ALARM' })).toEqual({
      status: 200,
      body: { alarms: { 'web-ui-5xx': 'ALARM' } },
    });
    expect((await admin('POST', 'alarms', { name: 'web-ui-5xx', state: 'RED' })).status).toBe(400);
    expect(await admin('POST', 'hooks', { hookTargetArn: HOOK, behaviour: 'hang' })).toEqual({
      status: 200,
      body: { hooks: { [HOOK]: 'hang' } },
    });
    expect((await admin('POST', 'hooks', { hookTargetArn: HOOK, behaviour: 'maybe' })).status).toBe(400);
    const { body } = await admin('GET', 'advanced-configurations');
    expect(body[REGION][`${CLUSTER}/${SERVICE}`]).toEqual(emu.advancedConfiguration(CLUSTER, SERVICE));
    expect(emu.advancedConfiguration(CLUSTER, SERVICE)[0]).toEqual({
      alternateTargetGroupArn: expect.stringMatching(/:targetgroup\/web-ui-client-tg-alt\/[0-9a-f]{16}$/),
      productionListenerRule: expect.stringMatching(/:listener-rule\/app\/intrusion-detection-alb\//),
      testListenerRule: expect.stringMatching(/:listener-rule\/app\/intrusion-detection-alb\//),
      roleArn: 'arn:aws:iam::123456789012:role/ecsInfrastructureRoleForLoadBalancers',
    });
  });
});
