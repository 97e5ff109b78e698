import { DescribeRulesCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { emulatorClients } from '../helpers/emulator-clients.js';
import { runAction, type ActionResult } from '../helpers/run-action.js';

// Issue 17 end to end: ecs-deploy (dist/ecs-deploy under Node 24, as the runner runs it) chooses an
// ECS-native strategy with its inputs, and its wait follows the service deployment the emulator
// plays stage by stage (listener rule weights, alternate target group, hooks, alarms).
// Seed service web-ui-client in cluster intrusion-detection behind the ALB; the fixture prepares
// its alternate target group web-ui-client-tg-alt and its production and test listener rules.
const REGION = 'eu-west-3';
const CLUSTER = 'intrusion-detection';
const SERVICE = 'web-ui-client';
const ACCOUNT = '123456789012';
const arnOf = (revision: number) => `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${SERVICE}:${revision}`;

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/**
 * The emulator with the service's load balancer ready for a traffic-shifting strategy, as the
 * team's infrastructure code would leave it: an alternate target group and the listener rules
 * (the fixture prepares them; ecs-deploy refuses a strategy without them).
 */
async function start(): Promise<Emulator> {
  const emu = (emulator = await startEmulator({ timeScale: 0.01 }));
  const [advanced] = emu.advancedConfiguration(CLUSTER, SERVICE);
  const svc = emu.state.regions[REGION].clusters[CLUSTER].services[SERVICE];
  svc.loadBalancers = svc.loadBalancers.map((lb) => ({ ...lb, advancedConfiguration: advanced })) as never;
  return emu;
}

function deploy(emu: Emulator, tag: string, inputs: Record<string, string>): Promise<ActionResult> {
  const body = structuredClone(emu.state.regions[REGION].taskDefinitions[SERVICE][0].body);
  body.containerDefinitions[0].image = `public.ecr.aws/a1b2c3d4/${SERVICE}:${tag}`;
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'strategies-'));
  writeFileSync(path.join(workspace, 'task-definition.json'), JSON.stringify(body, null, 2));
  return runAction('ecs-deploy', {
    inputs: {
      cluster: CLUSTER,
      service: SERVICE,
      'task-definition': 'task-definition.json',
      'wait-for-service-stability': 'true',
      'wait-for-minutes': '3',
      ...inputs,
    },
    env: { AWS_ENDPOINT_URL: emu.endpoint, AWS_REGION: REGION, GITHUB_SHA: '0'.repeat(40) },
    workspace,
    timeoutMs: 120_000,
  });
}

const service = (emu: Emulator) => emu.state.regions[REGION].clusters[CLUSTER].services[SERVICE];
const mutations = (emu: Emulator) => emu.mutatingCalls().map((call) => call.operation);

/** Waits on a condition of the emulator's state (polled every 50 ms), never on a fixed sleep. */
async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The production listener rule's forward weights as ELBv2 DescribeRules answers: target group ARN -> weight. */
async function productionWeights(emu: Emulator): Promise<Record<string, number>> {
  const [advanced] = emu.advancedConfiguration(CLUSTER, SERVICE);
  const { elb } = emulatorClients(emu);
  const { Rules } = await elb.send(new DescribeRulesCommand({ RuleArns: [advanced.productionListenerRule] }));
  const groups = Rules![0].Actions!.find((a) => a.Type === 'forward')!.ForwardConfig!.TargetGroups!;
  return Object.fromEntries(groups.map((g) => [g.TargetGroupArn!, g.Weight!]));
}

const STRATEGIES: [string, Record<string, string>][] = [
  ['BLUE_GREEN', { 'deployment-strategy': 'BLUE_GREEN', 'bake-time-minutes': '1' }],
  [
    'LINEAR',
    { 'deployment-strategy': 'LINEAR', 'linear-step-percent': '50', 'linear-step-bake-minutes': '1' },
  ],
  ['CANARY', { 'deployment-strategy': 'CANARY', 'canary-percent': '10', 'canary-bake-minutes': '1' }],
];

describe('ecs-deploy with an ECS-native strategy, followed stage by stage', () => {
  it.each(STRATEGIES)(
    '%s: succeeds once the service deployment is SUCCESSFUL, with the stages in the log and the summary',
    async (strategy, inputs) => {
      const emu = await start();
      const result = await deploy(emu, 'v2', inputs);
      expect(result.errors).toEqual([]);
      expect(result.code).toBe(0);
      expect(result.outputs['task-definition-arn']).toBe(arnOf(2));
      expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
      const update = emu.calls.find((call) => call.operation === 'UpdateService')!.params as any;
      expect(update.deploymentConfiguration.strategy).toBe(strategy);
      expect(result.stdout).toMatch(/stage PRODUCTION_TRAFFIC_SHIFT/);
      expect(result.summary).toContain('PRODUCTION_TRAFFIC_SHIFT');
      expect(service(emu).deploymentConfiguration?.strategy).toBe(strategy);
    },
  );

  it('dry run: the plan names the strategy and changes nothing', async () => {
    const emu = await start();
    const result = await deploy(emu, 'v2', {
      'deployment-strategy': 'CANARY',
      'canary-percent': '10',
      'canary-bake-minutes': '5',
      'dry-run': 'true',
    });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/deployment strategy: .*CANARY/);
    expect(mutations(emu)).toEqual([]);
  });

  it.each(STRATEGIES)(
    '%s: green targets unhealthy in the alternate target group fail the step before any production traffic moved',
    async (_strategy, inputs) => {
      const emu = await start();
      const result = await deploy(emu, 'unhealthy', inputs);
      expect(result.code).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(/alternate target group/);
      expect(result.errors[0]).toMatch(/failed at stage SCALE_UP: .*no production traffic was shifted/);
      // Production never shifted: no stage of the timeline got that far.
      expect(result.summary).not.toContain('PRODUCTION_TRAFFIC_SHIFT');
      // ECS rolled it back: the service runs revision 1 again.
      expect(result.outputs['rolled-back']).toBe('true');
      expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    },
  );

  it.each(STRATEGIES)('%s: a failing lifecycle hook is named with its stage', async (_strategy, inputs) => {
    const emu = await start();
    const hook = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:smoke-test`;
    emu.setHookBehaviour(hook, 'fail');
    // The hook is configured on the service itself (inputs do not set hooks: the service's are kept).
    const svc = service(emu);
    svc.deploymentConfiguration = {
      ...svc.deploymentConfiguration,
      lifecycleHooks: [
        {
          hookTargetArn: hook,
          roleArn: `arn:aws:iam::${ACCOUNT}:role/ecsHookRole`,
          lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
        },
      ],
    } as never;
    const result = await deploy(emu, 'v2', inputs);
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/POST_TEST_TRAFFIC_SHIFT/);
    expect(result.errors[0]).toMatch(/hook/i);
  });

  it('CANARY: an alarm in ALARM makes ECS roll back, and the error names the alarm', async () => {
    const emu = await start();
    emu.setAlarmState('web-ui-client-5xx', 'ALARM');
    const result = await deploy(emu, 'v2', {
      'deployment-strategy': 'CANARY',
      'canary-percent': '10',
      'canary-bake-minutes': '1',
      alarms: 'web-ui-client-5xx',
    });
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('web-ui-client-5xx');
    expect(result.outputs['rolled-back']).toBe('true');
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
  });

  // A bake long enough (60 simulated minutes, 36 s at this time scale) that the alarm goes off
  // during it: the test waits on the emulator's own stage, not on a clock.
  const BAKING: [string, Record<string, string>][] = STRATEGIES.map(([strategy, inputs]) => [
    strategy,
    { ...inputs, 'bake-time-minutes': '60' },
  ]);

  it.each(BAKING)(
    '%s: an alarm in ALARM during BAKE_TIME makes ECS roll back; the step names the alarm and the stage, production is back on blue',
    async (_strategy, inputs) => {
      const emu = await start();
      const alarm = 'web-ui-client-5xx';
      const step = deploy(emu, 'v2', { ...inputs, alarms: alarm });
      const latest = () => service(emu).serviceDeployments[0];
      await until(() => latest()?.run !== undefined && latest().lifecycleStage === 'BAKE_TIME');
      // production traffic all on green while baking
      const [advanced] = emu.advancedConfiguration(CLUSTER, SERVICE);
      expect(await productionWeights(emu)).toEqual({
        [advanced.alternateTargetGroupArn]: 100,
        [service(emu).loadBalancers[0].targetGroupArn]: 0,
      });
      emu.setAlarmState(alarm, 'ALARM');
      const result = await step;
      expect(result.code).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toContain(`alarm ${alarm} in ALARM`);
      expect(result.errors[0]).toMatch(/failed at stage BAKE_TIME/);
      expect(result.errors[0]).toContain('ROLLBACK_SUCCESSFUL');
      expect(result.outputs['rolled-back']).toBe('true');
      expect(latest()).toMatchObject({ status: 'ROLLBACK_SUCCESSFUL', lifecycleStage: 'BAKE_TIME' });
      // ECS's rollback, not the action's: no mutating call after UpdateService
      expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
      // production traffic is back on the old revision's target group (ELBv2 DescribeRules)
      expect(await productionWeights(emu)).toEqual({
        [advanced.alternateTargetGroupArn]: 0,
        [service(emu).loadBalancers[0].targetGroupArn]: 100,
      });
      expect(service(emu).deployments.find((d) => d.status === 'PRIMARY')?.taskDefinition).toBe(arnOf(1));
    },
  );

  it('rollback-on-failure stops a hanging BLUE_GREEN deployment with StopServiceDeployment (ROLLBACK), not UpdateService', async () => {
    const emu = await start();
    const hook = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:never-answers`;
    emu.setHookBehaviour(hook, 'hang');
    const svc = service(emu);
    svc.deploymentConfiguration = {
      ...svc.deploymentConfiguration,
      lifecycleHooks: [
        {
          hookTargetArn: hook,
          roleArn: `arn:aws:iam::${ACCOUNT}:role/ecsHookRole`,
          lifecycleStages: ['POST_SCALE_UP'],
        },
      ],
    } as never;
    const result = await deploy(emu, 'v2', {
      'deployment-strategy': 'BLUE_GREEN',
      'bake-time-minutes': '1',
      'wait-for-minutes': '0.05',
      'rollback-on-failure': 'true',
    });
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService', 'StopServiceDeployment']);
    const stop = emu.calls.find((call) => call.operation === 'StopServiceDeployment')!.params as any;
    expect(stop.stopType).toBe('ROLLBACK');
  });
});
