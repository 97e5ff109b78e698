import type { DeploymentConfiguration, LoadBalancer } from '@aws-sdk/client-ecs';
import { serviceChanges, updateServiceRequest, type ServiceState } from '../../../src/deploy/plan.js';
import { STRATEGY_INPUT } from '../../../src/deploy/names.js';
import {
  checkStrategy,
  describeStrategy,
  mergeDeploymentConfiguration,
  parseStrategyInputs,
  strategyChanges,
  type StrategyRequest,
  type StrategyService,
} from '../../../src/deploy/strategy.js';
import { Inputs } from '../../../src/lib/inputs.js';

// Issue 17: the deployment strategy inputs of ecs-deploy, pure (no SDK, no emulator).

const parse = (values: Record<string, string>) => parseStrategyInputs(new Inputs((name) => values[name]));
const NAMES = { ...STRATEGY_INPUT };

/** A load balancer ready for BLUE_GREEN, LINEAR and CANARY. */
const READY: LoadBalancer = {
  targetGroupArn: 'arn:tg/blue',
  containerName: 'web',
  containerPort: 8080,
  advancedConfiguration: {
    alternateTargetGroupArn: 'arn:tg/green',
    productionListenerRule: 'arn:rule/prod',
    testListenerRule: 'arn:rule/test',
    roleArn: 'arn:role/ecs-elb',
  },
};
const ROLLING_CONFIG: DeploymentConfiguration = {
  maximumPercent: 200,
  minimumHealthyPercent: 100,
  deploymentCircuitBreaker: { enable: true, rollback: true },
};
const service = (extra: Partial<StrategyService> = {}): StrategyService => ({
  name: 'web',
  deploymentController: 'ECS',
  deploymentConfiguration: ROLLING_CONFIG,
  loadBalancers: [READY],
  ...extra,
});

describe('parseStrategyInputs', () => {
  it.each<[string, Record<string, string>, StrategyRequest]>([
    ['nothing set: every field undefined', {}, {}],
    ['a strategy, any case', { 'deployment-strategy': 'blue_green' }, { strategy: 'BLUE_GREEN' }],
    ['a strategy written with a dash', { 'deployment-strategy': 'Blue-Green' }, { strategy: 'BLUE_GREEN' }],
    [
      'LINEAR with its settings',
      {
        'deployment-strategy': 'LINEAR',
        'linear-step-percent': '12.5',
        'linear-step-bake-minutes': '2',
        'bake-time-minutes': '5',
      },
      { strategy: 'LINEAR', stepPercent: 12.5, stepBakeTimeInMinutes: 2, bakeTimeInMinutes: 5 },
    ],
    [
      'CANARY at the lowest percent and no bake',
      { 'deployment-strategy': 'CANARY', 'canary-percent': '0.1', 'canary-bake-minutes': '0' },
      { strategy: 'CANARY', canaryPercent: 0.1, canaryBakeTimeInMinutes: 0 },
    ],
    [
      'alarms, comma-separated and one per line',
      { alarms: 'web-5xx, web-latency\nweb-errors' },
      { alarmNames: ['web-5xx', 'web-latency', 'web-errors'] },
    ],
    [
      'settings without a strategy (checked later against the service)',
      { 'canary-percent': '20' },
      { canaryPercent: 20 },
    ],
  ])('%s', (_name, values, expected) => {
    expect(parse(values)).toEqual(expect.objectContaining(expected));
    const parsed = parse(values);
    for (const [key, value] of Object.entries(parsed)) if (!(key in expected)) expect(value).toBeUndefined();
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'an unknown strategy',
      { 'deployment-strategy': 'RECREATE' },
      /Input 'deployment-strategy': 'RECREATE' is not one of ROLLING, BLUE_GREEN, LINEAR, CANARY/,
    ],
    [
      'a step below 3',
      { 'deployment-strategy': 'LINEAR', 'linear-step-percent': '2.9' },
      /Input 'linear-step-percent': 2.9 is out of range. Use a value from 3 to 100/,
    ],
    [
      'a step above 100',
      { 'deployment-strategy': 'LINEAR', 'linear-step-percent': '101' },
      /Input 'linear-step-percent'.*out of range/,
    ],
    [
      'a step that is no multiple of 0.1',
      { 'deployment-strategy': 'LINEAR', 'linear-step-percent': '10.25' },
      /Input 'linear-step-percent': 10.25 is not a multiple of 0.1/,
    ],
    [
      'a canary of 0',
      { 'deployment-strategy': 'CANARY', 'canary-percent': '0' },
      /Input 'canary-percent': 0 is out of range. Use a value from 0.1 to 100/,
    ],
    [
      'a bake time over a day',
      { 'deployment-strategy': 'BLUE_GREEN', 'bake-time-minutes': '1441' },
      /Input 'bake-time-minutes': 1441 is out of range. Use a value from 0 to 1440/,
    ],
    [
      'a fractional bake time',
      { 'deployment-strategy': 'BLUE_GREEN', 'bake-time-minutes': '1.5' },
      /Input 'bake-time-minutes': '1.5' is not a whole number/,
    ],
    [
      'a negative canary bake time',
      { 'deployment-strategy': 'CANARY', 'canary-bake-minutes': '-1' },
      /Input 'canary-bake-minutes'.*out of range/,
    ],
    [
      'linear settings with CANARY',
      { 'deployment-strategy': 'CANARY', 'linear-step-percent': '10' },
      /Input 'linear-step-percent': applies only to the LINEAR strategy, but deployment-strategy is CANARY. Set deployment-strategy: LINEAR, or remove linear-step-percent/,
    ],
    [
      'canary settings with LINEAR',
      { 'deployment-strategy': 'LINEAR', 'canary-bake-minutes': '3' },
      /Input 'canary-bake-minutes': applies only to the CANARY strategy/,
    ],
    [
      'a bake time with ROLLING',
      { 'deployment-strategy': 'ROLLING', 'bake-time-minutes': '5' },
      /Input 'bake-time-minutes': applies only to the BLUE_GREEN, LINEAR or CANARY strategy, but deployment-strategy is ROLLING. Set deployment-strategy: BLUE_GREEN/,
    ],
    [
      'an alarm name over 255 characters',
      { alarms: 'a'.repeat(256) },
      /Input 'alarms': '.*' is not a CloudWatch alarm name/,
    ],
  ])('refuses %s', (_name, values, message) => {
    expect(() => parse(values)).toThrow(message);
  });
});

describe('checkStrategy against the service (DescribeServices)', () => {
  it.each<[string, StrategyRequest, StrategyService]>([
    ['nothing asked of a CODE_DEPLOY service', {}, service({ deploymentController: 'CODE_DEPLOY' })],
    [
      'BLUE_GREEN behind a load balancer with advancedConfiguration',
      { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 },
      service(),
    ],
    [
      'BLUE_GREEN keeping the bake time the service has',
      { strategy: 'BLUE_GREEN' },
      service({ deploymentConfiguration: { strategy: 'LINEAR', bakeTimeInMinutes: 3 } }),
    ],
    ['CANARY without a bake time (ECS requires one only for BLUE_GREEN)', { strategy: 'CANARY' }, service()],
    ['ROLLING without a load balancer', { strategy: 'ROLLING' }, service({ loadBalancers: [] })],
    [
      'alarms on a ROLLING service without a load balancer',
      { alarmNames: ['a'] },
      service({ loadBalancers: [] }),
    ],
    [
      'canary settings for a service that already uses CANARY',
      { canaryPercent: 20 },
      service({ deploymentConfiguration: { strategy: 'CANARY' } }),
    ],
  ])('accepts %s', (_name, request, svc) => {
    expect(checkStrategy(request, svc, NAMES)).toEqual([]);
  });

  it('accepts a traffic-shifting strategy without a load balancer (headless, Service Connect), with a note', () => {
    expect(
      checkStrategy({ strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 }, service({ loadBalancers: [] }), NAMES),
    ).toEqual([
      "Service 'web' has no load balancer: ECS runs BLUE_GREEN without shifting load balancer traffic (only Service Connect or VPC Lattice traffic, if the service uses them)",
    ]);
  });

  it.each<[string, StrategyRequest, StrategyService, RegExp]>([
    [
      'a strategy for a CODE_DEPLOY service',
      { strategy: 'LINEAR' },
      service({ deploymentController: 'CODE_DEPLOY' }),
      /Input 'deployment-strategy': service 'web' uses the CODE_DEPLOY deployment controller; deployment strategies and alarms apply only to the ECS controller. Leave the strategy inputs empty: CodeDeploy runs/,
    ],
    [
      'alarms for an EXTERNAL service',
      { alarmNames: ['a'] },
      service({ deploymentController: 'EXTERNAL' }),
      /Input 'alarms': service 'web' uses the EXTERNAL deployment controller/,
    ],
    [
      'CANARY behind a load balancer without advancedConfiguration',
      { strategy: 'CANARY' },
      service({ loadBalancers: [{ targetGroupArn: 'arn:tg/blue' }] }),
      /service 'web' has no advancedConfiguration in loadBalancers\[0\] \(arn:tg\/blue\).*or set deployment-strategy: ROLLING/,
    ],
    [
      'LINEAR with an advancedConfiguration missing its role',
      { strategy: 'LINEAR' },
      service({
        loadBalancers: [
          { ...READY, advancedConfiguration: { ...READY.advancedConfiguration, roleArn: undefined } },
        ],
      }),
      /has no roleArn in loadBalancers\[0\] \(arn:tg\/blue\).advancedConfiguration/,
    ],
    [
      'BLUE_GREEN without any bake time',
      { strategy: 'BLUE_GREEN' },
      service(),
      /Input 'bake-time-minutes': is required with BLUE_GREEN \(ECS needs a bake time\) and service 'web' has none/,
    ],
    [
      'linear settings for a ROLLING service, strategy empty',
      { stepPercent: 10 },
      service(),
      /Input 'linear-step-percent': applies only to the LINEAR strategy, but service 'web' uses ROLLING and deployment-strategy is empty. Set deployment-strategy: LINEAR/,
    ],
    [
      'a bake time for a ROLLING service, strategy empty',
      { bakeTimeInMinutes: 5 },
      service(),
      /Input 'bake-time-minutes': applies only to the BLUE_GREEN, LINEAR or CANARY strategy, but service 'web' uses ROLLING/,
    ],
  ])('refuses %s', (_name, request, svc, message) => {
    expect(() => checkStrategy(request, svc, NAMES)).toThrow(message);
  });
});

describe('mergeDeploymentConfiguration keeps what the inputs do not set', () => {
  it.each<
    [string, DeploymentConfiguration | undefined, StrategyRequest, DeploymentConfiguration | undefined]
  >([
    ['nothing asked: nothing to send', ROLLING_CONFIG, {}, undefined],
    [
      'BLUE_GREEN over ROLLING: circuit breaker and percents kept',
      ROLLING_CONFIG,
      { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 },
      { ...ROLLING_CONFIG, strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 },
    ],
    [
      'LINEAR over CANARY: the canary settings dropped, one linear field given',
      {
        ...ROLLING_CONFIG,
        strategy: 'CANARY',
        bakeTimeInMinutes: 3,
        canaryConfiguration: { canaryPercent: 5 },
      },
      { strategy: 'LINEAR', stepPercent: 20 },
      {
        ...ROLLING_CONFIG,
        strategy: 'LINEAR',
        bakeTimeInMinutes: 3,
        linearConfiguration: { stepPercent: 20 },
      },
    ],
    [
      'one linear field on a LINEAR service: the other kept',
      { strategy: 'LINEAR', linearConfiguration: { stepPercent: 10, stepBakeTimeInMinutes: 6 } },
      { stepBakeTimeInMinutes: 1 },
      { strategy: 'LINEAR', linearConfiguration: { stepPercent: 10, stepBakeTimeInMinutes: 1 } },
    ],
    [
      'back to ROLLING: bake time and canary settings dropped, lifecycle hooks kept',
      {
        strategy: 'CANARY',
        bakeTimeInMinutes: 3,
        canaryConfiguration: { canaryPercent: 5 },
        lifecycleHooks: [{ hookTargetArn: 'arn:lambda', lifecycleStages: ['POST_SCALE_UP'] }],
      },
      { strategy: 'ROLLING' },
      {
        strategy: 'ROLLING',
        lifecycleHooks: [{ hookTargetArn: 'arn:lambda', lifecycleStages: ['POST_SCALE_UP'] }],
      },
    ],
    [
      'alarms: enabled with rollback, replacing the service list',
      { ...ROLLING_CONFIG, alarms: { alarmNames: ['old'], enable: false, rollback: false } },
      { alarmNames: ['web-5xx'] },
      { ...ROLLING_CONFIG, alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true } },
    ],
    [
      'a service without any configuration',
      undefined,
      { strategy: 'CANARY', canaryPercent: 10, canaryBakeTimeInMinutes: 2 },
      { strategy: 'CANARY', canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 2 } },
    ],
  ])('%s', (_name, current, request, merged) => {
    expect(mergeDeploymentConfiguration(current, request)).toEqual(merged);
  });

  it("does not change the service's own object", () => {
    const current = structuredClone(ROLLING_CONFIG);
    mergeDeploymentConfiguration(current, { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 });
    expect(current).toEqual(ROLLING_CONFIG);
  });
});

describe('the plan lines', () => {
  it.each<[string, DeploymentConfiguration | undefined, string]>([
    ['no configuration: ROLLING', undefined, 'ROLLING (alarms: none)'],
    [
      'BLUE_GREEN with alarms',
      {
        strategy: 'BLUE_GREEN',
        bakeTimeInMinutes: 5,
        alarms: { alarmNames: ['a', 'b'], enable: true, rollback: true },
      },
      'BLUE_GREEN (bake time 5 min; alarms: a, b (rollback on))',
    ],
    [
      'LINEAR with ECS defaults',
      { strategy: 'LINEAR' },
      'LINEAR (10% more every 6 min; bake time (none) min; alarms: none)',
    ],
    [
      'CANARY',
      {
        strategy: 'CANARY',
        bakeTimeInMinutes: 0,
        canaryConfiguration: { canaryPercent: 2.5, canaryBakeTimeInMinutes: 15 },
      },
      'CANARY (2.5% for 15 min, then the rest; bake time 0 min; alarms: none)',
    ],
    [
      'disabled alarms',
      { alarms: { alarmNames: ['a'], enable: false, rollback: true } },
      'ROLLING (alarms: none)',
    ],
  ])('describes %s', (_name, configuration, line) => {
    expect(describeStrategy(configuration)).toBe(line);
  });

  it.each<[string, DeploymentConfiguration | undefined, StrategyRequest, string[]]>([
    ['nothing asked', ROLLING_CONFIG, {}, []],
    [
      'the same strategy again',
      { strategy: 'CANARY', canaryConfiguration: { canaryPercent: 5 } },
      { strategy: 'CANARY', canaryPercent: 5 },
      [],
    ],
    [
      'ROLLING to BLUE_GREEN',
      ROLLING_CONFIG,
      { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 },
      ['deployment strategy: ROLLING → BLUE_GREEN', 'bake time: (none) → 5 min'],
    ],
    [
      'CANARY to LINEAR',
      {
        strategy: 'CANARY',
        bakeTimeInMinutes: 3,
        canaryConfiguration: { canaryPercent: 5, canaryBakeTimeInMinutes: 10 },
      },
      { strategy: 'LINEAR', stepPercent: 25, stepBakeTimeInMinutes: 2 },
      [
        'deployment strategy: CANARY → LINEAR',
        'linear step: (none) → 25%',
        'linear step bake time: (none) → 2 min',
        'canary: 5% → (none)',
        'canary bake time: 10 min → (none)',
      ],
    ],
    [
      'alarms added',
      undefined,
      { alarmNames: ['web-5xx'] },
      ['deployment alarms: none → web-5xx (rollback on)'],
    ],
  ])('changes: %s', (_name, current, request, lines) => {
    expect(strategyChanges(current, mergeDeploymentConfiguration(current, request))).toEqual(lines);
  });
});

describe('UpdateService and the service change lines', () => {
  const ARN1 = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:1';
  const ARN2 = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:2';
  const base = { cluster: 'c', service: 'web', forceNewDeployment: false };
  const running: ServiceState = {
    arn: 'arn:svc',
    name: 'web',
    status: 'ACTIVE',
    taskDefinition: ARN1,
    desiredCount: 2,
    deployments: [],
    deploymentConfiguration: ROLLING_CONFIG,
    loadBalancers: [READY],
  };

  it.each<[string, StrategyRequest | undefined, DeploymentConfiguration | undefined]>([
    ['no strategy inputs: no deploymentConfiguration', undefined, undefined],
    ['empty strategy inputs: none either', {}, undefined],
    ['the strategy the service already has: none', { strategy: 'ROLLING' }, undefined],
    [
      'a new strategy: the merged configuration',
      { strategy: 'LINEAR', stepPercent: 50 },
      { ...ROLLING_CONFIG, strategy: 'LINEAR', linearConfiguration: { stepPercent: 50 } },
    ],
  ])('%s', (_name, strategy, sent) => {
    const request = updateServiceRequest({ ...base, strategy }, ARN2, running.deploymentConfiguration);
    expect(request.deploymentConfiguration).toEqual(sent);
    expect(request).toMatchObject({ cluster: 'c', service: 'web', taskDefinition: ARN2 });
  });

  it('lists the strategy changes with the service changes, so a strategy change alone updates the service', () => {
    expect(
      serviceChanges(running, { ...base, strategy: { strategy: 'CANARY', canaryPercent: 10 } }, ARN1),
    ).toEqual(['deployment strategy: ROLLING → CANARY', 'canary: (none) → 10%']);
    expect(serviceChanges(running, { ...base, strategy: { strategy: 'ROLLING' } }, ARN1)).toEqual([]);
  });
});
