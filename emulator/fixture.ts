/** Loads a fixture (the JSON "world" description, see README) into emulator state. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageDigest, repositoryRecord } from './ecr-public.js';
import { loadCodeDeploy } from './codedeploy.js';
import { createServiceRecord } from './ecs.js';
import { createTask, markCompleted, svcEvent } from './ecs-sim.js';
import { registerTaskDefinition } from './ecs-taskdef.js';
import type {
  AdvancedConfiguration,
  EmulatorState,
  Fixture,
  FixtureRegion,
  ListenerRecord,
  LoadBalancerRef,
  RegionState,
  ServiceRecord,
} from './types.js';
import { AwsError, stableHex } from './util.js';
import type { World } from './world.js';

export const SEED_FIXTURE_PATH = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'seed.json');

export function readFixture(fixture: Fixture | string | undefined): Fixture {
  if (fixture === undefined) fixture = SEED_FIXTURE_PATH;
  if (typeof fixture === 'string') return JSON.parse(readFileSync(fixture, 'utf8')) as Fixture;
  return JSON.parse(JSON.stringify(fixture)) as Fixture;
}

export function emptyState(fixture: Fixture): EmulatorState {
  return {
    accountId: fixture.accountId ?? '123456789012',
    regions: {},
    ecrPublic: {
      registryAlias: fixture.ecrPublic?.registryAlias ?? 'a1b2c3d4',
      verified: fixture.ecrPublic?.verified ?? false,
      repositories: {},
    },
  };
}

function fail(message: string): never {
  throw new Error(`Invalid fixture: ${message}`);
}

function loadRegion(world: World, name: string, spec: FixtureRegion, history: number): void {
  const region = world.region(name);
  const acct = world.state.accountId;
  if (spec.vpcId) region.vpcId = spec.vpcId;
  if (spec.subnets && spec.subnets.length > 0) region.subnets = spec.subnets.map((s) => ({ ...s }));
  for (const c of spec.clusters ?? []) {
    region.clusters[c.name] = {
      arn: `arn:aws:ecs:${name}:${acct}:cluster/${c.name}`,
      name: c.name,
      status: 'ACTIVE',
      tags: (c.tags ?? []).map((t) => ({ ...t })),
      services: {},
    };
  }
  for (const lb of spec.loadBalancers ?? []) {
    const type = lb.type ?? 'application';
    region.loadBalancers.push({
      arn:
        lb.arn ??
        `arn:aws:elasticloadbalancing:${name}:${acct}:loadbalancer/${type === 'application' ? 'app' : 'net'}/${lb.name}/${stableHex(name + lb.name, 16)}`,
      name: lb.name,
      dnsName: `${lb.name}-${parseInt(stableHex(lb.name, 8), 16) % 1000000000}.${name}.elb.amazonaws.com`,
      scheme: lb.scheme ?? 'internet-facing',
      type,
      vpcId: region.vpcId,
      createdTime: lb.createdTime ? Date.parse(lb.createdTime) : history,
      securityGroups: lb.securityGroups ?? [],
      availabilityZones: region.subnets
        .filter((s) => !lb.subnets || lb.subnets.includes(s.id))
        .map((s) => ({ zoneName: s.availabilityZone, subnetId: s.id })),
    });
  }
  // Each application load balancer gets a production listener (HTTP 80) and a test listener (HTTP
  // 9000): the listeners whose rules ECS blue/green, linear and canary deployments shift.
  region.listeners = [];
  region.listenerRules = [];
  for (const lb of region.loadBalancers.filter((x) => x.type === 'application')) {
    for (const port of [LISTENER_PORTS.production, LISTENER_PORTS.test])
      region.listeners.push({
        arn: lb.arn.replace(':loadbalancer/', ':listener/') + '/' + stableHex(`${lb.arn}:${port}`, 16),
        loadBalancerArn: lb.arn,
        port,
        protocol: 'HTTP',
      });
  }
  for (const tg of spec.targetGroups ?? []) {
    const lb = tg.loadBalancer ? region.loadBalancers.find((x) => x.name === tg.loadBalancer) : undefined;
    if (tg.loadBalancer && !lb)
      fail(`target group ${tg.name} names unknown load balancer ${tg.loadBalancer}`);
    const arn =
      tg.arn ??
      `arn:aws:elasticloadbalancing:${name}:${acct}:targetgroup/${tg.name}/${stableHex(name + tg.name, 16)}`;
    region.targetGroups[arn] = {
      arn,
      name: tg.name,
      protocol: tg.protocol ?? 'HTTP',
      port: tg.port,
      vpcId: region.vpcId,
      targetType: tg.targetType ?? 'ip',
      healthCheckProtocol: tg.healthCheckProtocol ?? tg.protocol ?? 'HTTP',
      healthCheckPort: tg.healthCheckPort ?? 'traffic-port',
      healthCheckPath: tg.healthCheckPath ?? '/',
      healthCheckIntervalSeconds: tg.healthCheckIntervalSeconds ?? 30,
      healthCheckTimeoutSeconds: tg.healthCheckTimeoutSeconds ?? 5,
      healthyThresholdCount: tg.healthyThresholdCount ?? 5,
      unhealthyThresholdCount: tg.unhealthyThresholdCount ?? 2,
      matcher: tg.matcher ?? '200',
      deregistrationDelaySeconds: tg.deregistrationDelaySeconds ?? 300,
      loadBalancerArns: lb ? [lb.arn] : [],
      targets: [],
    };
  }
  for (const td of spec.taskDefinitions ?? []) {
    const { status, ...input } = td;
    let record;
    try {
      record = registerTaskDefinition(world, region, input, history);
    } catch (e) {
      fail(`task definition ${String(td.family)}: ${(e as Error).message}`);
    }
    if (status === 'INACTIVE') {
      record.status = 'INACTIVE';
      record.deregisteredAt = history;
    }
  }
  for (const s of spec.services ?? []) {
    const createdAt = s.createdAt ? Date.parse(s.createdAt) : history;
    world.now = createdAt;
    const loadBalancers = (s.loadBalancers ?? []).map((lb) => {
      const tg = lb.targetGroupArn
        ? region.targetGroups[lb.targetGroupArn]
        : Object.values(region.targetGroups).find((x) => x.name === lb.targetGroupName);
      if (!tg)
        fail(`service ${s.serviceName}: unknown target group ${lb.targetGroupArn ?? lb.targetGroupName}`);
      return { targetGroupArn: tg.arn, containerName: lb.containerName, containerPort: lb.containerPort };
    });
    const prepared =
      (s.deploymentController?.type ?? 'ECS') === 'ECS' && s.status !== 'INACTIVE'
        ? prepareBlueGreen(region, s.serviceName, loadBalancers)
        : undefined;
    let svc: ServiceRecord;
    try {
      svc = createServiceRecord(
        world,
        region,
        {
          serviceName: s.serviceName,
          cluster: s.cluster,
          taskDefinition: s.taskDefinition,
          desiredCount: s.desiredCount ?? 1,
          launchType: s.launchType ?? 'FARGATE',
          platformVersion: s.platformVersion,
          loadBalancers,
          networkConfiguration: s.networkConfiguration ?? {
            awsvpcConfiguration: {
              subnets: region.subnets.map((x) => x.id),
              securityGroups: [],
              assignPublicIp: 'ENABLED',
            },
          },
          deploymentConfiguration: s.deploymentConfiguration,
          healthCheckGracePeriodSeconds: s.healthCheckGracePeriodSeconds,
          tags: s.tags,
          deploymentController: s.deploymentController,
        },
        prepared,
      );
    } catch (e) {
      fail(
        `service ${s.serviceName}: ${e instanceof AwsError ? `${e.code}: ${e.message}` : (e as Error).message}`,
      );
    }
    if (s.status === 'INACTIVE') {
      svc.status = 'INACTIVE';
      svc.desiredCount = 0;
      svc.deployments[0].status = 'INACTIVE';
      continue;
    }
    seedSteadyService(world, region, svc, createdAt);
  }
  try {
    loadCodeDeploy(world, region, spec.codeDeploy?.applications ?? [], history);
  } catch (e) {
    fail(`codeDeploy: ${(e as Error).message}`);
  }
}

const LISTENER_PORTS = { production: 80, test: 9000 };

/**
 * What an ECS blue/green (linear, canary) deployment of a fixture service needs, made for every
 * service behind an application load balancer: on each listener a rule (path `/<service>/*`)
 * forwarding to the production group, and an alternate target group `<service>-tg-alt` (the
 * production group's settings) kept aside until the service takes a non-ROLLING strategy: then it
 * appears in DescribeTargetGroups and in the rules' forward actions with weight 0
 * (ecs-strategies.ts activateAdvancedConfiguration). So scenarios that stay ROLLING see the seed's
 * target groups only.
 */
function prepareBlueGreen(
  region: RegionState,
  serviceName: string,
  loadBalancers: LoadBalancerRef[],
): AdvancedConfiguration[] | undefined {
  const out: AdvancedConfiguration[] = [];
  for (const lb of loadBalancers) {
    const tg = region.targetGroups[lb.targetGroupArn];
    const listeners = (region.listeners ?? []).filter((l) => tg.loadBalancerArns.includes(l.loadBalancerArn));
    const production = listeners.find((l) => l.port === LISTENER_PORTS.production);
    const test = listeners.find((l) => l.port === LISTENER_PORTS.test);
    if (!production || !test) return undefined;
    const name = `${serviceName}-tg-alt`.slice(0, 32);
    const altArn = tg.arn.replace(
      /targetgroup\/[^/]+\/[0-9a-f]+$/,
      `targetgroup/${name}/${stableHex(tg.arn + ':alt', 16)}`,
    );
    region.preparedTargetGroups ??= {};
    region.preparedTargetGroups[altArn] ??= {
      ...tg,
      arn: altArn,
      name,
      loadBalancerArns: [...tg.loadBalancerArns],
      targets: [],
    };
    const rule = (listener: ListenerRecord) => {
      const rules = region.listenerRules!;
      const arn =
        listener.arn.replace(':listener/', ':listener-rule/') +
        '/' +
        stableHex(`${listener.arn}:${lb.targetGroupArn}`, 16);
      rules.push({
        arn,
        listenerArn: listener.arn,
        priority: String(rules.filter((r) => r.listenerArn === listener.arn).length + 1),
        conditions: [{ field: 'path-pattern', values: [`/${serviceName}/*`] }],
        forward: [{ targetGroupArn: tg.arn, weight: 100 }],
      });
      return arn;
    };
    out.push({
      alternateTargetGroupArn: altArn,
      productionListenerRule: rule(production),
      testListenerRule: rule(test),
      roleArn: `arn:aws:iam::${altArn.split(':')[4]}:role/ecsInfrastructureRoleForLoadBalancers`,
    });
  }
  return out.length > 0 ? out : undefined;
}

/** Puts a freshly created service in the steady state: tasks RUNNING, targets healthy, deployment COMPLETED. */
function seedSteadyService(world: World, region: RegionState, svc: ServiceRecord, t0: number): void {
  const dep = svc.deployments[0];
  const tasks = [];
  for (let i = 0; i < svc.desiredCount; i++) {
    const task = createTask(world, region, svc, dep, t0);
    task.lastStatus = 'RUNNING';
    task.pullStartedAt = t0 + 10_000;
    task.connectivityAt = t0 + 10_000;
    task.pullStoppedAt = t0 + 20_000;
    task.startedAt = t0 + 20_000;
    task.version = 3;
    for (const c of task.containers) {
      c.lastStatus = 'RUNNING';
      c.runtimeId = `${task.id}-${world.ids.digits(10)}`;
    }
    tasks.push(task);
  }
  world.now = t0;
  if (tasks.length > 0)
    svcEvent(
      world,
      svc,
      `has started ${tasks.length} tasks: ${tasks.map((t) => `(task ${t.id})`).join(' ')}.`,
    );
  world.now = t0 + 20_000;
  for (const lb of svc.loadBalancers) {
    const tg = region.targetGroups[lb.targetGroupArn];
    for (const task of tasks) {
      tg.targets.push({
        id: task.ip,
        port: lb.containerPort,
        availabilityZone: task.availabilityZone,
        taskArn: task.arn,
        state: 'healthy',
        registeredAt: t0 + 20_000,
      });
    }
    if (tasks.length > 0)
      svcEvent(world, svc, `registered ${tasks.length} targets in (target-group ${tg.arn})`);
  }
  world.now = t0 + 180_000;
  markCompleted(svc, dep, world.now);
  const sd = svc.serviceDeployments[0];
  sd.status = 'SUCCESSFUL';
  sd.finishedAt = world.now;
  sd.updatedAt = world.now;
  if (sd.circuitBreaker.status === 'MONITORING') sd.circuitBreaker.status = 'MONITORING_COMPLETE';
  svcEvent(world, svc, `(deployment ${dep.id}) deployment completed.`);
  svcEvent(world, svc, 'has reached a steady state.');
}

export function loadFixture(world: World, fixture: Fixture): void {
  const history = Date.now() - 24 * 3600 * 1000;
  for (const [name, spec] of Object.entries(fixture.regions ?? {})) loadRegion(world, name, spec, history);
  for (const r of fixture.ecrPublic?.repositories ?? []) {
    const repo = repositoryRecord(world.state, r.name, history);
    if (r.description) repo.catalogData = { description: r.description };
    repo.images = (r.images ?? []).map((img) => ({
      digest: img.digest ?? imageDigest(`${r.name}:${(img.tags ?? []).join(',')}`),
      tags: [...(img.tags ?? [])],
      sizeInBytes: img.sizeInBytes ?? 48_000_000 + (parseInt(stableHex(r.name, 6), 16) % 10_000_000),
      pushedAt: img.pushedAt ? Date.parse(img.pushedAt) : history,
    }));
    world.state.ecrPublic.repositories[r.name] = repo;
  }
  world.now = Date.now();
}
