import {
  DescribeServiceDeploymentsCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
  UpdateServiceCommand,
  waitUntilServicesStable,
  type Service,
} from '@aws-sdk/client-ecs';
import {
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js';
import { CLUSTER, clients, describeService, waitFor, registerImage } from './helpers.js';

let emu: Emulator | undefined;
let ecs: ECSClient;
let elb: ElasticLoadBalancingV2Client;

async function start(options: EmulatorOptions = {}) {
  emu = await startEmulator({ timeScale: 0.002, ...options });
  ({ ecs, elb } = clients(emu));
  return emu;
}

afterEach(async () => {
  ecs?.destroy();
  elb?.destroy();
  await emu?.close();
  emu = undefined;
});

/** Registers a copy of the service's current task definition with another image. */

async function deploy(service: string, image: string, extra: Record<string, unknown> = {}) {
  const arn = await registerImage(ecs, service, image);
  const out = await ecs.send(
    new UpdateServiceCommand({ cluster: CLUSTER, service, taskDefinition: arn, ...extra }),
  );
  return { arn, service: out.service!, deploymentId: out.service!.deployments![0].id! };
}

async function tasksOf(service: string, desiredStatus: 'RUNNING' | 'STOPPED') {
  const list = await ecs.send(
    new ListTasksCommand({ cluster: CLUSTER, serviceName: service, desiredStatus }),
  );
  if (list.taskArns!.length === 0) return [];
  return (await ecs.send(new DescribeTasksCommand({ cluster: CLUSTER, tasks: list.taskArns! }))).tasks!;
}

const messages = (s: Service) => s.events!.map((e) => e.message!);

describe('healthy rollouts', () => {
  it('plays a rollout out as ECS does and the SDK waitUntilServicesStable reaches success', async () => {
    await start();
    const before = await describeService(ecs, 'sites-management-api');
    const { arn, service, deploymentId } = await deploy(
      'sites-management-api',
      'public.ecr.aws/a1b2c3d4/sites-management-api:v2',
    );
    expect(deploymentId).toMatch(/^ecs-svc\/\d{19}$/);
    expect(service.deployments!.map((d) => [d.status, d.rolloutState])).toEqual([
      ['PRIMARY', 'IN_PROGRESS'],
      ['ACTIVE', 'COMPLETED'],
    ]);
    expect(service.taskDefinition).toBe(arn);

    const result = await waitUntilServicesStable(
      { client: ecs, maxWaitTime: 30, minDelay: 1, maxDelay: 1 },
      { cluster: CLUSTER, services: ['sites-management-api'] },
    );
    expect(result.state).toBe('SUCCESS');

    const after = await describeService(ecs, 'sites-management-api');
    expect(after.deployments).toHaveLength(1);
    expect(after.deployments![0]).toMatchObject({
      id: deploymentId,
      status: 'PRIMARY',
      rolloutState: 'COMPLETED',
      runningCount: 1,
    });
    const known = new Set(before.events!.map((e) => e.id));
    const newer = after.events!.filter((e) => !known.has(e.id)).map((e) => e.message!);
    // newest first, in ECS's own words
    expect(newer[0]).toBe('(service sites-management-api) has reached a steady state.');
    expect(newer[1]).toBe(
      `(service sites-management-api) (deployment ${deploymentId}) deployment completed.`,
    );
    expect(
      newer.some((x) =>
        /^\(service sites-management-api\) has started 1 tasks: \(task [0-9a-f]{32}\)\.$/.test(x),
      ),
    ).toBe(true);
    expect(
      newer.some((x) =>
        /^\(service sites-management-api\) registered 1 targets in \(target-group arn:aws:elasticloadbalancing:/.test(
          x,
        ),
      ),
    ).toBe(true);
    expect(newer.some((x) => /has stopped 1 running tasks/.test(x))).toBe(true);

    const running = await tasksOf('sites-management-api', 'RUNNING');
    expect(running.map((t) => [t.taskDefinitionArn, t.startedBy])).toEqual([[arn, deploymentId]]);
    const health = await elb.send(
      new DescribeTargetHealthCommand({ TargetGroupArn: after.loadBalancers![0].targetGroupArn }),
    );
    const ip = running[0].attachments![0].details!.find((d) => d.name === 'privateIPv4Address')!.value;
    expect(health.TargetHealthDescriptions).toEqual([
      {
        Target: { Id: ip, Port: 8080, AvailabilityZone: expect.any(String) },
        HealthCheckPort: '8080',
        TargetHealth: { State: 'healthy' },
      },
    ]);
    const old = await tasksOf('sites-management-api', 'STOPPED');
    expect(old).toHaveLength(1);
    expect(old[0].stoppedReason).toBe(`Scaling activity initiated by (deployment ${deploymentId})`);
  });

  it('shows tasks PROVISIONING -> PENDING -> RUNNING and targets initial -> healthy, then the old target draining', async () => {
    await start({ timeScale: 0.02 });
    const { deploymentId } = await deploy('idp', 'public.ecr.aws/a1b2c3d4/idp:v2');
    const first = (await tasksOf('idp', 'RUNNING')).find((t) => t.startedBy === deploymentId)!;
    const targetStates = new Set<string>();
    const tg = (await describeService(ecs, 'idp')).loadBalancers![0].targetGroupArn!;
    await waitFor(
      async () => {
        const th = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg }));
        for (const d of th.TargetHealthDescriptions!)
          targetStates.add(`${d.TargetHealth!.State}:${d.TargetHealth!.Reason ?? ''}`);
        return (await describeService(ecs, 'idp')).deployments![0].rolloutState === 'COMPLETED';
      },
      20000,
      20,
    );
    expect(['PROVISIONING', 'PENDING']).toContain(first.lastStatus);
    const [task] = (await ecs.send(new DescribeTasksCommand({ cluster: CLUSTER, tasks: [first.taskArn!] })))
      .tasks!;
    expect(task.lastStatus).toBe('RUNNING');
    // PROVISIONING for 10 s, PENDING (image pull) for 10 s, then RUNNING: simulated seconds x timeScale 0.02
    const created = task.createdAt!.getTime();
    expect(task.pullStartedAt!.getTime() - created).toBeCloseTo(200, -1);
    expect(task.startedAt!.getTime() - created).toBeCloseTo(400, -1);
    expect([...targetStates]).toEqual(
      expect.arrayContaining([
        'initial:Elb.RegistrationInProgress',
        'healthy:',
        'draining:Target.DeregistrationInProgress',
      ]),
    );
  });

  it('finishes a scripted healthy rollout of one task in under 5 s of wall time at the default time scale', async () => {
    emu = await startEmulator(); // default timeScale 0.01
    ({ ecs, elb } = clients(emu));
    const t0 = Date.now();
    const { deploymentId } = await deploy('human-detection', 'public.ecr.aws/a1b2c3d4/human-detection:v2');
    await waitFor(
      async () => {
        const s = await describeService(ecs, 'human-detection');
        return (
          s.deployments!.length === 1 &&
          s.deployments![0].id === deploymentId &&
          s.deployments![0].rolloutState === 'COMPLETED'
        );
      },
      10000,
      25,
    );
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('starts a new deployment for forceNewDeployment with the same task definition', async () => {
    await start();
    const before = await describeService(ecs, 'web-ui-client');
    const out = await ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'web-ui-client', forceNewDeployment: true }),
    );
    expect(out.service!.deployments).toHaveLength(2);
    expect(out.service!.deployments![0].taskDefinition).toBe(before.taskDefinition);
    expect(out.service!.deployments![0].id).not.toBe(before.deployments![0].id);
    const done = await waitFor(async () => {
      const s = await describeService(ecs, 'web-ui-client');
      return s.deployments!.length === 1 && s.deployments![0].rolloutState === 'COMPLETED' && s;
    });
    expect(done.runningCount).toBe(2);
  });
});

describe('failing rollouts', () => {
  it('crash: tasks stop with exit code 1, the circuit breaker fails the rollout and rolls back to the previous revision', async () => {
    await start();
    const previous = (await describeService(ecs, 'intrusion-management-api')).deployments![0];
    const { deploymentId, arn } = await deploy(
      'intrusion-management-api',
      'public.ecr.aws/a1b2c3d4/intrusion-management-api:crash',
    );

    const final = await waitFor(async () => {
      const s = await describeService(ecs, 'intrusion-management-api');
      return (
        s.deployments!.length === 1 &&
        s.deployments![0].rolloutState === 'COMPLETED' &&
        s.deployments![0].id !== previous.id &&
        s
      );
    }, 20000);
    // back on the previous revision, through a new PRIMARY deployment
    expect(final.taskDefinition).toBe(previous.taskDefinition);
    expect(final.deployments![0].id).not.toBe(deploymentId);
    const m = messages(final);
    expect(m).toContain(
      `(service intrusion-management-api) deployment ${deploymentId} deployment failed: tasks failed to start.`,
    );
    expect(m).toContain(`(service intrusion-management-api) rolling back to deployment ${previous.id}.`);
    expect(m[0]).toBe('(service intrusion-management-api) has reached a steady state.');

    const crashed = (await tasksOf('intrusion-management-api', 'STOPPED')).filter(
      (t) => t.taskDefinitionArn === arn,
    );
    expect(crashed.length).toBeGreaterThanOrEqual(3);
    for (const t of crashed) {
      expect(t.stoppedReason).toBe('Essential container in task exited');
      expect(t.stopCode).toBe('EssentialContainerExited');
      expect(t.containers![0].exitCode).toBe(1);
      expect(t.startedBy).toBe(deploymentId);
    }
    const sd = await ecs.send(
      new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [final.currentServiceDeployment!] }),
    );
    expect(sd.serviceDeployments![0]).toMatchObject({
      status: 'ROLLBACK_SUCCESSFUL',
      deploymentCircuitBreaker: { status: 'TRIGGERED', failureCount: 3, threshold: 3 },
    });
  });

  it('reports the failed deployment FAILED with failedTasks at the threshold while the rollback plays out', async () => {
    await start();
    const { deploymentId } = await deploy(
      'web-ui-management',
      'public.ecr.aws/a1b2c3d4/web-ui-management:unpullable',
    );
    const failed = await waitFor(
      async () => {
        const s = await describeService(ecs, 'web-ui-management');
        const d = s.deployments!.find((x) => x.id === deploymentId);
        return d?.rolloutState === 'FAILED' && { s, d };
      },
      20000,
      10,
    );
    expect(failed.d.status).toBe('ACTIVE');
    expect(failed.d.failedTasks).toBe(3);
    expect(failed.d.rolloutStateReason).toBe('ECS deployment circuit breaker: tasks failed to start.');
    expect(failed.s.deployments![0].status).toBe('PRIMARY');
    expect(failed.s.deployments![0].taskDefinition).toMatch(/web-ui-management:1$/);

    const stopped = (await tasksOf('web-ui-management', 'STOPPED')).filter(
      (t) => t.startedBy === deploymentId,
    );
    expect(stopped[0].stoppedReason).toMatch(
      /^CannotPullContainerError: .*web-ui-management:unpullable.*not found$/,
    );
    expect(stopped[0].stopCode).toBe('TaskFailedToStart');
    expect(stopped[0].containers![0].exitCode).toBeUndefined();
    expect(stopped[0].startedAt).toBeUndefined();
  });

  it('unhealthy: targets fail ELB health checks (Target.ResponseCodeMismatch) and ECS replaces the tasks after the grace period', async () => {
    await start();
    const tg = (await describeService(ecs, 'human-detection')).loadBalancers![0].targetGroupArn!;
    const { deploymentId } = await deploy(
      'human-detection',
      'public.ecr.aws/a1b2c3d4/human-detection:unhealthy',
      {
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: false, rollback: false } },
      },
    );
    const unhealthy = await waitFor(
      async () => {
        const th = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg }));
        return th.TargetHealthDescriptions!.find((d) => d.TargetHealth!.State === 'unhealthy');
      },
      20000,
      10,
    );
    expect(unhealthy.TargetHealth).toEqual({
      State: 'unhealthy',
      Reason: 'Target.ResponseCodeMismatch',
      Description: 'Health checks failed with these codes: [502]',
    });
    const replaced = await waitFor(async () => {
      const s = await describeService(ecs, 'human-detection');
      const d = s.deployments!.find((x) => x.id === deploymentId)!;
      return d.failedTasks! >= 2 && s;
    }, 20000);
    const stopped = (await tasksOf('human-detection', 'STOPPED')).filter((t) => t.startedBy === deploymentId);
    expect(stopped[0].stoppedReason).toBe(`Task failed ELB health checks in (target-group ${tg})`);
    expect(
      messages(replaced).some((x) =>
        x.includes(
          `is unhealthy in (target-group ${tg}) due to (reason Health checks failed with these codes: [502]).`,
        ),
      ),
    ).toBe(true);
    // without the circuit breaker the rollout never fails; the old task keeps serving
    expect(replaced.deployments![0]).toMatchObject({ id: deploymentId, rolloutState: 'IN_PROGRESS' });
    expect(replaced.deployments![1].runningCount).toBe(1);
  });

  it('unhealthy with the circuit breaker: failed ELB health checks trip it and the service rolls back', async () => {
    await start();
    const previous = (await describeService(ecs, 'idp')).deployments![0];
    const { deploymentId } = await deploy('idp', 'public.ecr.aws/a1b2c3d4/idp:unhealthy');
    const s = await waitFor(async () => {
      const x = await describeService(ecs, 'idp');
      return (
        x.deployments!.length === 1 &&
        x.deployments![0].id !== previous.id &&
        x.deployments![0].rolloutState === 'COMPLETED' &&
        x
      );
    }, 20000);
    expect(s.taskDefinition).toBe(previous.taskDefinition);
    expect(messages(s)).toContain(
      `(service idp) deployment ${deploymentId} deployment failed: tasks failed to start.`,
    );
    const failed = (await tasksOf('idp', 'STOPPED')).filter((t) => t.startedBy === deploymentId);
    expect(failed).toHaveLength(3);
    expect(
      failed.every((t) => t.stoppedReason!.startsWith('Task failed ELB health checks in (target-group ')),
    ).toBe(true);
  });

  it('without the circuit breaker, crashing tasks are replaced beyond the threshold and the rollout stays IN_PROGRESS', async () => {
    await start();
    const { deploymentId } = await deploy('idp', 'public.ecr.aws/a1b2c3d4/idp:crash', {
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: false, rollback: false } },
    });
    const s = await waitFor(async () => {
      const x = await describeService(ecs, 'idp');
      return x.deployments![0].failedTasks! >= 5 && x;
    }, 20000);
    expect(s.deployments![0]).toMatchObject({
      id: deploymentId,
      status: 'PRIMARY',
      rolloutState: 'IN_PROGRESS',
    });
  });

  it('circuit breaker without rollback: the rollout goes FAILED and stays PRIMARY, no more tasks are launched', async () => {
    await start();
    const { deploymentId } = await deploy('idp', 'public.ecr.aws/a1b2c3d4/idp:crash', {
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } },
    });
    const s = await waitFor(async () => {
      const x = await describeService(ecs, 'idp');
      return x.deployments![0].rolloutState === 'FAILED' && x;
    }, 20000);
    expect(s.deployments![0]).toMatchObject({ id: deploymentId, status: 'PRIMARY', failedTasks: 3 });
    expect(s.deployments).toHaveLength(2);
    const started = emu!.state.regions['eu-west-3'].tasks;
    const count = () => Object.values(started).filter((t) => t.deploymentId === deploymentId).length;
    const n = count();
    await new Promise((r) => setTimeout(r, 300));
    expect(count()).toBe(n);
  });

  it('unplaceable: ECS reports it cannot place a task and no task starts', async () => {
    await start();
    const { deploymentId } = await deploy(
      'web-ui-client',
      'public.ecr.aws/a1b2c3d4/web-ui-client:unplaceable',
    );
    const s = await waitFor(async () => {
      const x = await describeService(ecs, 'web-ui-client');
      return x.events![0].message!.includes('unable to place') && x;
    });
    expect(s.events![0].message).toBe(
      '(service web-ui-client) was unable to place a task because no container instance met all of its requirements.',
    );
    const tasks = await tasksOf('web-ui-client', 'RUNNING');
    expect(tasks.filter((t) => t.startedBy === deploymentId)).toEqual([]);
    expect(s.deployments![0]).toMatchObject({
      rolloutState: 'IN_PROGRESS',
      runningCount: 0,
      pendingCount: 0,
    });
  });

  it('setImageBehaviour selects a behaviour for matching images (RegExp, later rules win)', async () => {
    await start();
    emu!.setImageBehaviour(/sites-management-api:v9$/, 'crash');
    const { deploymentId } = await deploy(
      'sites-management-api',
      'public.ecr.aws/a1b2c3d4/sites-management-api:v9',
    );
    const stopped = await waitFor(async () =>
      (await tasksOf('sites-management-api', 'STOPPED')).find((t) => t.startedBy === deploymentId),
    );
    expect(stopped.stoppedReason).toBe('Essential container in task exited');
    expect(stopped.containers![0].exitCode).toBe(1);
  });
});
