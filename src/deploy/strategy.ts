/**
 * The deployment strategy ecs-deploy asks ECS to use for this deployment (issue 17): the
 * `deployment-strategy`, `bake-time-minutes`, `linear-*`, `canary-*` and `alarms` inputs, read and
 * checked on their own (parseStrategyInputs), then against the service DescribeServices returned
 * (checkStrategy), then merged into the service's own deploymentConfiguration so that UpdateService
 * keeps every field the inputs do not set (circuit breaker, maximumPercent, lifecycle hooks...).
 * Pure: data in, data out; check.ts, plan.ts and deploy.ts call it.
 *
 * Shapes: @aws-sdk/client-ecs DeploymentConfiguration (strategy, bakeTimeInMinutes,
 * linearConfiguration, canaryConfiguration, alarms) and LoadBalancer.advancedConfiguration.
 */
import type { DeploymentConfiguration, LoadBalancer } from '@aws-sdk/client-ecs';
import { InputError } from '../lib/errors.js';
import type { Inputs, ItemRule } from '../lib/inputs.js';
import { STRATEGY_INPUT } from './names.js';

const STRATEGIES = ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY'] as const;
type Strategy = (typeof STRATEGIES)[number];

/** What the inputs ask; every field undefined when its input is empty (the service's value stays). */
export interface StrategyRequest {
  strategy?: Strategy;
  bakeTimeInMinutes?: number;
  stepPercent?: number;
  stepBakeTimeInMinutes?: number;
  canaryPercent?: number;
  canaryBakeTimeInMinutes?: number;
  /** CloudWatch alarms that fail the deployment and roll it back (`alarms`). */
  alarmNames?: string[];
}

/** The names the user knows the strategy inputs by, for errors. */
type StrategyInputNames = Record<keyof typeof STRATEGY_INPUT, string>;

/** The parts of the service the strategy is checked against and merged into. */
export interface StrategyService {
  name: string;
  /** ECS, CODE_DEPLOY or EXTERNAL. */
  deploymentController?: string;
  deploymentConfiguration?: DeploymentConfiguration;
  loadBalancers?: LoadBalancer[];
}

// Ranges, from the ECS API reference (the @aws-sdk/client-ecs model docs of LinearConfiguration
// and CanaryConfiguration): stepPercent "multiples of 0.1 from 3.0 to 100.0" (default 10.0),
// stepBakeTimeInMinutes "0 to 1440" (default 6), canaryPercent "multiples of 0.1 from 0.1 to
// 100.0" (default 5.0), canaryBakeTimeInMinutes "0 to 1440" (default 10). bakeTimeInMinutes:
// "between 0 and 1440" (AWS::ECS::Service DeploymentConfiguration, the provider docs of
// bakeTimeInMinutes); ECS requires it for BLUE_GREEN (DeploymentConfiguration.bakeTimeInMinutes).
const MAX_BAKE_MINUTES = 1440;
const STEP_PERCENT = { min: 3, max: 100 };
const CANARY_PERCENT = { min: 0.1, max: 100 };
/** ECS's defaults when a configuration leaves a field out (same source as the ranges). */
const DEFAULTS = { stepPercent: 10, stepBakeTimeInMinutes: 6, canaryPercent: 5, canaryBakeTimeInMinutes: 10 };

/** A CloudWatch alarm name: 1 to 255 characters (CloudWatch PutMetricAlarm, AlarmName). */
const ALARM_NAME: ItemRule = {
  valid: (name) => name.length >= 1 && name.length <= 255,
  is: 'a CloudWatch alarm name (1 to 255 characters)',
  hint: 'Give the alarm names, one per line or separated by commas',
};

/** The strategy inputs, checked on their own: values, ranges, and the combinations the inputs alone decide. */
export function parseStrategyInputs(inputs: Inputs): StrategyRequest {
  const names = strategyInputNames(inputs);
  const raw = inputs.string(STRATEGY_INPUT.deploymentStrategy);
  let strategy: Strategy | undefined;
  if (raw) {
    strategy = STRATEGIES.find((choice) => choice === raw.toUpperCase().replace(/-/g, '_'));
    if (!strategy)
      throw new InputError(
        names.deploymentStrategy,
        `'${raw}' is not one of ${STRATEGIES.join(', ')}`,
        `Use one of: ${STRATEGIES.join(', ')}; leave it empty to keep the service's`,
      );
  }
  const minutes = (key: keyof StrategyInputNames) =>
    inputs.integer(STRATEGY_INPUT[key], { min: 0, max: MAX_BAKE_MINUTES });
  const percent = (key: keyof StrategyInputNames, range: { min: number; max: number }) => {
    const value = inputs.number(STRATEGY_INPUT[key], range);
    if (value !== undefined && Math.abs(value * 10 - Math.round(value * 10)) > 1e-9)
      throw new InputError(
        names[key],
        `${value} is not a multiple of 0.1`,
        `Use a value from ${range.min} to ${range.max} with at most one decimal`,
      );
    return value;
  };
  const alarmNames = inputs.commaList(STRATEGY_INPUT.alarms, ALARM_NAME);
  const request: StrategyRequest = {
    strategy,
    bakeTimeInMinutes: minutes('bakeTimeMinutes'),
    stepPercent: percent('linearStepPercent', STEP_PERCENT),
    stepBakeTimeInMinutes: minutes('linearStepBakeMinutes'),
    canaryPercent: percent('canaryPercent', CANARY_PERCENT),
    canaryBakeTimeInMinutes: minutes('canaryBakeMinutes'),
    alarmNames: alarmNames.length ? alarmNames : undefined,
  };
  // With the strategy given, its settings are checked now; without it, against the service's.
  if (strategy) checkCombination(request, strategy, names, `${names.deploymentStrategy} is ${strategy}`);
  return request;
}

/** True when no strategy input is set: the service's deploymentConfiguration is not touched. */
export function isEmptyStrategyRequest(request: StrategyRequest): boolean {
  return Object.values(request).every((value) => value === undefined);
}

/** The first strategy input that is set, for an error about all of them. */
function firstInputSet(request: StrategyRequest, names: StrategyInputNames): string {
  const order: [keyof StrategyRequest, keyof StrategyInputNames][] = [
    ['strategy', 'deploymentStrategy'],
    ['bakeTimeInMinutes', 'bakeTimeMinutes'],
    ['stepPercent', 'linearStepPercent'],
    ['stepBakeTimeInMinutes', 'linearStepBakeMinutes'],
    ['canaryPercent', 'canaryPercent'],
    ['canaryBakeTimeInMinutes', 'canaryBakeMinutes'],
    ['alarmNames', 'alarms'],
  ];
  const found = order.find(([field]) => request[field] !== undefined);
  return names[found?.[1] ?? 'deploymentStrategy'];
}

/** linear-* only with LINEAR, canary-* only with CANARY, a bake time only with a traffic-shifting strategy. */
function checkCombination(
  request: StrategyRequest,
  strategy: Strategy,
  names: StrategyInputNames,
  because: string,
): void {
  const misplaced: [keyof StrategyInputNames, boolean, string][] = [
    ['linearStepPercent', request.stepPercent !== undefined && strategy !== 'LINEAR', 'LINEAR'],
    ['linearStepBakeMinutes', request.stepBakeTimeInMinutes !== undefined && strategy !== 'LINEAR', 'LINEAR'],
    ['canaryPercent', request.canaryPercent !== undefined && strategy !== 'CANARY', 'CANARY'],
    ['canaryBakeMinutes', request.canaryBakeTimeInMinutes !== undefined && strategy !== 'CANARY', 'CANARY'],
    [
      'bakeTimeMinutes',
      request.bakeTimeInMinutes !== undefined && strategy === 'ROLLING',
      'BLUE_GREEN, LINEAR or CANARY',
    ],
  ];
  const bad = misplaced.find(([, wrong]) => wrong);
  if (bad)
    throw new InputError(
      names[bad[0]],
      `applies only to the ${bad[2]} strategy, but ${because}`,
      `Set ${names.deploymentStrategy}: ${bad[2].split(',')[0]}, or remove ${names[bad[0]]}`,
    );
}

/**
 * The strategy inputs against the service (DescribeServices), before any change: the deployment
 * controller must be ECS (strategies and alarms are ECS's own: DeploymentAlarms and
 * DeploymentConfiguration.strategy are "only valid ... with deploymentController set to ECS";
 * a CODE_DEPLOY service's blue/green is CodeDeploy's), the settings must fit the strategy the
 * deployment will use, and a traffic-shifting strategy needs each load balancer's
 * advancedConfiguration (alternate target group, production listener rule, role). A service
 * without a load balancer may still use one ("Required resources for Amazon ECS blue/green
 * deployments": a headless service, or one on Service Connect or VPC Lattice); ECS then shifts no
 * ELB traffic, which the returned note (a warning) says.
 */
export function checkStrategy(
  request: StrategyRequest,
  service: StrategyService,
  names: StrategyInputNames,
): string[] {
  if (isEmptyStrategyRequest(request)) return [];
  const controller = service.deploymentController ?? 'ECS';
  if (controller !== 'ECS')
    throw new InputError(
      firstInputSet(request, names),
      `service '${service.name}' uses the ${controller} deployment controller; deployment strategies and alarms apply only to the ECS controller`,
      controller === 'CODE_DEPLOY'
        ? "Leave the strategy inputs empty: CodeDeploy runs this service's blue/green (its deployment group and codedeploy-deployment-config set the traffic shifting)"
        : 'Leave the strategy inputs empty',
    );
  const current = currentStrategy(service.deploymentConfiguration);
  const strategy = request.strategy ?? current;
  if (!request.strategy)
    checkCombination(
      request,
      strategy,
      names,
      `service '${service.name}' uses ${current} and ${names.deploymentStrategy} is empty`,
    );
  if (strategy === 'ROLLING') return [];
  const missing = missingAdvancedConfiguration(service.loadBalancers ?? []);
  if (missing)
    throw new InputError(
      request.strategy ? names.deploymentStrategy : firstInputSet(request, names),
      `${strategy} shifts traffic between two target groups, but service '${service.name}' ${missing}`,
      `Give the service's load balancer an advancedConfiguration (alternateTargetGroupArn, productionListenerRule, roleArn; testListenerRule optional) with UpdateService or your infrastructure code, or set ${names.deploymentStrategy}: ROLLING`,
    );
  if (strategy === 'BLUE_GREEN' && mergedBakeTime(request, service.deploymentConfiguration) === undefined)
    throw new InputError(
      names.bakeTimeMinutes,
      `is required with BLUE_GREEN (ECS needs a bake time) and service '${service.name}' has none`,
      `Set ${names.bakeTimeMinutes} (0 to ${MAX_BAKE_MINUTES})`,
    );
  if (service.loadBalancers?.length) return [];
  return [
    `Service '${service.name}' has no load balancer: ECS runs ${strategy} without shifting load balancer traffic (only Service Connect or VPC Lattice traffic, if the service uses them)`,
  ];
}

/** What is missing for a traffic-shifting strategy, said of the service; undefined when nothing is. */
function missingAdvancedConfiguration(loadBalancers: LoadBalancer[]): string | undefined {
  for (const [index, balancer] of loadBalancers.entries()) {
    const advanced = balancer.advancedConfiguration;
    const where = `loadBalancers[${index}]${balancer.targetGroupArn ? ` (${balancer.targetGroupArn})` : ''}`;
    if (!advanced) return `has no advancedConfiguration in ${where}`;
    const absent = (['alternateTargetGroupArn', 'productionListenerRule', 'roleArn'] as const).filter(
      (field) => !advanced[field],
    );
    if (absent.length) return `has no ${absent.join(', ')} in ${where}.advancedConfiguration`;
  }
  return undefined;
}

/** The strategy a service deploys with: ROLLING when its configuration names none (ECS's default). */
export function currentStrategy(configuration: DeploymentConfiguration | undefined): Strategy {
  return (configuration?.strategy as Strategy | undefined) ?? 'ROLLING';
}

function mergedBakeTime(
  request: StrategyRequest,
  current: DeploymentConfiguration | undefined,
): number | undefined {
  return request.bakeTimeInMinutes ?? current?.bakeTimeInMinutes;
}

/**
 * The deploymentConfiguration UpdateService gets: the service's own, with what the inputs set.
 * Settings of another strategy than the one deployed with are dropped (ECS takes
 * linearConfiguration only with LINEAR, canaryConfiguration only with CANARY); alarms given
 * are enabled with rollback on. Undefined when no strategy input is set.
 */
export function mergeDeploymentConfiguration(
  current: DeploymentConfiguration | undefined,
  request: StrategyRequest,
): DeploymentConfiguration | undefined {
  if (isEmptyStrategyRequest(request)) return undefined;
  const merged: DeploymentConfiguration = structuredClone(current ?? {});
  const strategy = request.strategy ?? currentStrategy(current);
  if (request.strategy) merged.strategy = request.strategy;
  if (strategy === 'ROLLING') delete merged.bakeTimeInMinutes;
  else if (request.bakeTimeInMinutes !== undefined) merged.bakeTimeInMinutes = request.bakeTimeInMinutes;
  if (strategy === 'LINEAR')
    merged.linearConfiguration = overlay(merged.linearConfiguration, {
      stepPercent: request.stepPercent,
      stepBakeTimeInMinutes: request.stepBakeTimeInMinutes,
    });
  else delete merged.linearConfiguration;
  if (strategy === 'CANARY')
    merged.canaryConfiguration = overlay(merged.canaryConfiguration, {
      canaryPercent: request.canaryPercent,
      canaryBakeTimeInMinutes: request.canaryBakeTimeInMinutes,
    });
  else delete merged.canaryConfiguration;
  if (request.alarmNames) merged.alarms = { alarmNames: request.alarmNames, enable: true, rollback: true };
  return merged;
}

/** The service's settings with the ones the inputs give (an undefined one keeps the service's). */
function overlay<T extends object>(current: T | undefined, given: T): T {
  const set = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  return { ...current, ...set } as T;
}

/** The strategy and its settings in one line, for the plan ("CANARY: 5% for 10 min, then the rest; bake time 5 min"). */
export function describeStrategy(configuration: DeploymentConfiguration | undefined): string {
  const strategy = currentStrategy(configuration);
  const parts: string[] = [];
  if (strategy === 'LINEAR') {
    const linear = configuration?.linearConfiguration;
    parts.push(
      `${linear?.stepPercent ?? DEFAULTS.stepPercent}% more every ${linear?.stepBakeTimeInMinutes ?? DEFAULTS.stepBakeTimeInMinutes} min`,
    );
  }
  if (strategy === 'CANARY') {
    const canary = configuration?.canaryConfiguration;
    parts.push(
      `${canary?.canaryPercent ?? DEFAULTS.canaryPercent}% for ${canary?.canaryBakeTimeInMinutes ?? DEFAULTS.canaryBakeTimeInMinutes} min, then the rest`,
    );
  }
  if (strategy !== 'ROLLING') parts.push(`bake time ${configuration?.bakeTimeInMinutes ?? '(none)'} min`);
  parts.push(`alarms: ${alarmsText(configuration)}`);
  return `${strategy} (${parts.join('; ')})`;
}

function alarmsText(configuration: DeploymentConfiguration | undefined): string {
  const alarms = configuration?.alarms;
  if (!alarms?.enable || !alarms.alarmNames?.length) return 'none';
  return `${alarms.alarmNames.join(', ')}${alarms.rollback ? ' (rollback on)' : ' (no rollback)'}`;
}

/** The fields strategyChanges compares: label, how to read it, unit. */
const COMPARED: [string, (c: DeploymentConfiguration | undefined) => unknown, string][] = [
  ['deployment strategy', currentStrategy, ''],
  ['bake time', (c) => c?.bakeTimeInMinutes, ' min'],
  ['linear step', (c) => c?.linearConfiguration?.stepPercent, '%'],
  ['linear step bake time', (c) => c?.linearConfiguration?.stepBakeTimeInMinutes, ' min'],
  ['canary', (c) => c?.canaryConfiguration?.canaryPercent, '%'],
  ['canary bake time', (c) => c?.canaryConfiguration?.canaryBakeTimeInMinutes, ' min'],
  ['deployment alarms', alarmsText, ''],
];

/** What the merged configuration changes against the service's, one line each; empty when nothing. */
export function strategyChanges(
  current: DeploymentConfiguration | undefined,
  merged: DeploymentConfiguration | undefined,
): string[] {
  if (!merged) return [];
  const shown = (value: unknown, unit: string) => (value === undefined ? '(none)' : `${value}${unit}`);
  return COMPARED.flatMap(([what, read, unit]) => {
    const before = read(current);
    const after = read(merged);
    return before === after ? [] : [`${what}: ${shown(before, unit)} → ${shown(after, unit)}`];
  });
}

/** The names the user knows the strategy inputs by (the root action may rename). */
function strategyInputNames(inputs: Inputs): StrategyInputNames {
  return Object.fromEntries(
    Object.entries(STRATEGY_INPUT).map(([key, name]) => [key, inputs.nameOf(name)]),
  ) as StrategyInputNames;
}
