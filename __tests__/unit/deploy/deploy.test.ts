import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type Service,
} from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { executeDeploy } from '../../../src/deploy/deploy.js';
import { DeployFailedError, type DeployIo, type Waiter } from '../../../src/deploy/result.js';
import { parseDeployInputs } from '../../../src/deploy/inputs.js';
import type { WaitResult } from '../../../src/health/types.js';
import { Inputs } from '../../../src/lib/inputs.js';
import { accessDenied, missingPermission } from '../../helpers/iam-denial.js';

// The AWS SDK is stubbed with aws-sdk-client-mock; the waiter is a fake. Scenarios follow
// aws-actions/amazon-ecs-deploy-task-definition's own suite where the contract shares them.
const ARN1 = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:1';
const ARN2 = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:2';
const IMAGE2 = 'public.ecr.aws/a1b2c3d4/web:v2';

const registered = (arn: string, image: string) => ({
  taskDefinitionArn: arn,
  revision: Number(arn.split(':').pop()),
  status: 'ACTIVE',
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  volumes: [],
  containerDefinitions: [{ name: 'web', image, cpu: 0, essential: true, portMappings: [], environment: [] }],
});

/** The file in the repository: describe output of revision 1 with a new image and some leftovers. */
const fileDefinition = {
  ...registered(ARN1, IMAGE2),
  registeredAt: '2024-01-01T00:00:00Z',
  compatibilities: ['EC2', 'FARGATE'],
  taskRoleArn: null,
  placementConstraints: [],
  containerDefinitions: [
    {
      name: 'web',
      image: IMAGE2,
      cpu: 0,
      essential: true,
      links: [],
      environment: [{ name: 'EMPTY', value: '' }],
      user: null,
    },
  ],
};

const ecsMock = mockClient(ECSClient);
let workspace: string;

beforeEach(() => {
  ecsMock.reset();
  workspace = mkdtempSync(path.join(os.tmpdir(), 'deploy-unit-'));
  process.env.GITHUB_WORKSPACE = workspace;
  writeFileSync(path.join(workspace, 'td.json'), JSON.stringify(fileDefinition));
  ecsMock
    .on(DescribeClustersCommand)
    .resolves({ clusters: [{ clusterName: 'default', status: 'ACTIVE' }], failures: [] });
  ecsMock.on(DescribeServicesCommand).resolves({
    services: [
      {
        serviceName: 'web',
        status: 'ACTIVE',
        taskDefinition: ARN1,
        desiredCount: 2,
        deployments: [
          { id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: ARN1, rolloutState: 'COMPLETED' },
        ],
      },
    ],
    failures: [],
  });
  ecsMock
    .on(DescribeTaskDefinitionCommand)
    .resolves({ taskDefinition: registered(ARN1, 'public.ecr.aws/a1b2c3d4/web:v1') as any, tags: [] });
  ecsMock.on(RegisterTaskDefinitionCommand).resolves({ taskDefinition: { taskDefinitionArn: ARN2 } });
  ecsMock.on(UpdateServiceCommand).resolves({
    service: {
      deployments: [
        { id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: ARN2 },
        { id: 'ecs-svc/1', status: 'ACTIVE' },
      ],
    },
  });
});

afterAll(() => {
  delete process.env.GITHUB_WORKSPACE;
});

function settings(given: Record<string, string>) {
  const values: Record<string, string> = {
    'aws-region': 'eu-west-3',
    'task-definition': 'td.json',
    ...given,
  };
  return parseDeployInputs(new Inputs((name) => values[name]));
}

const waitResult = (outcome: WaitResult['outcome'], extra: Partial<WaitResult> = {}): WaitResult => ({
  healthy: outcome === 'healthy',
  outcome,
  reason: outcome === 'healthy' ? 'healthy' : `deployment ${outcome}: tasks keep crashing`,
  details: [],
  elapsedMs: 1000,
  deploymentId: 'ecs-svc/2',
  taskDefinitionArn: ARN2,
  timeline: [],
  ...extra,
});

function fakeWaiter(
  first: WaitResult,
  afterwards: WaitResult = waitResult('healthy', { deploymentId: 'ecs-svc/3', taskDefinitionArn: ARN1 }),
) {
  const waits: any[] = [];
  const rollbacks: any[] = [];
  let calls = 0;
  const waiter: Waiter = {
    waitForDeployment: async (options) => {
      waits.push(options);
      return calls++ === 0 ? first : afterwards;
    },
    rollbackService: async (options) => {
      rollbacks.push(options);
      return {
        toTaskDefinitionArn: options.toTaskDefinitionArn!,
        deploymentId: 'ecs-svc/3',
        updated: true,
        wait: afterwards,
      };
    },
  };
  return { waiter, waits, rollbacks };
}

function io(waiter?: Waiter): DeployIo {
  return {
    ecs: new ECSClient({ region: 'eu-west-3' }),
    elb: async () => ({}) as ElasticLoadBalancingV2Client,
    provenance: { sha: 'abc123', runUrl: 'https://github.com/o/r/actions/runs/9' },
    waiter,
    log: () => {},
  };
}

const mutating = () => [
  ...ecsMock.commandCalls(RegisterTaskDefinitionCommand),
  ...ecsMock.commandCalls(UpdateServiceCommand),
];

describe('registering and updating the service', () => {
  it('registers the cleaned task definition with provenance tags and updates the service', async () => {
    const result = await executeDeploy(await settings({ service: 'web', tags: 'team=platform' }), io());
    const register = ecsMock.commandCalls(RegisterTaskDefinitionCommand)[0].args[0].input;
    expect(register).toEqual({
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        { name: 'web', image: IMAGE2, cpu: 0, essential: true, environment: [{ name: 'EMPTY', value: '' }] },
      ],
      tags: [
        { key: 'infra-actions:commit', value: 'abc123' },
        { key: 'infra-actions:run', value: 'https://github.com/o/r/actions/runs/9' },
        { key: 'team', value: 'platform' },
      ],
    });
    expect(ecsMock.commandCalls(UpdateServiceCommand)[0].args[0].input).toEqual({
      cluster: 'default',
      service: 'web',
      taskDefinition: ARN2,
      forceNewDeployment: false,
    });
    expect(result).toMatchObject({
      outcome: 'deployed',
      taskDefinitionArn: ARN2,
      previousTaskDefinitionArn: ARN1,
      deploymentId: 'ecs-svc/2',
      registered: true,
      rolledBack: false,
    });
    expect(result.removedFields).toEqual(
      expect.arrayContaining(['taskDefinitionArn', 'revision', 'status', 'registeredAt', 'compatibilities']),
    );
    expect(result.changes).toEqual([
      'container web: image public.ecr.aws/a1b2c3d4/web:v1 → public.ecr.aws/a1b2c3d4/web:v2',
      'container web: environment added EMPTY',
    ]);
  });

  it('only registers when no service is given (no cluster or service call)', async () => {
    const result = await executeDeploy(await settings({}), io());
    expect(result).toMatchObject({
      outcome: 'registered',
      taskDefinitionArn: ARN2,
      registered: true,
      deploymentId: '',
    });
    expect(ecsMock.commandCalls(DescribeClustersCommand)).toHaveLength(0);
    expect(ecsMock.commandCalls(DescribeServicesCommand)).toHaveLength(0);
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
  });

  it.each([
    ['force-new-deployment', { 'force-new-deployment': 'TRUE' }, { forceNewDeployment: true }],
    ['desired-count', { 'desired-count': '4' }, { desiredCount: 4 }],
    ['enable-ecs-managed-tags', { 'enable-ecs-managed-tags': 'true' }, { enableECSManagedTags: true }],
    ['propagate-tags', { 'propagate-tags': 'service' }, { propagateTags: 'SERVICE' }],
    ['cluster', { cluster: 'prod' }, { cluster: 'prod' }],
  ])('passes %s to UpdateService', async (_name, given, expected) => {
    await executeDeploy(await settings({ service: 'web', ...given }), io());
    expect(ecsMock.commandCalls(UpdateServiceCommand)[0].args[0].input).toMatchObject(expected);
  });

  it('reuses the latest ACTIVE revision when the file equals it, and skips a no-op UpdateService', async () => {
    writeFileSync(
      path.join(workspace, 'td.json'),
      JSON.stringify(registered(ARN1, 'public.ecr.aws/a1b2c3d4/web:v1')),
    );
    const result = await executeDeploy(await settings({ service: 'web' }), io());
    expect(result).toMatchObject({
      outcome: 'unchanged',
      taskDefinitionArn: ARN1,
      registered: false,
      deploymentId: 'ecs-svc/1',
    });
    expect(mutating()).toHaveLength(0);
  });

  it('registers a copy when skip-unchanged is false', async () => {
    writeFileSync(
      path.join(workspace, 'td.json'),
      JSON.stringify(registered(ARN1, 'public.ecr.aws/a1b2c3d4/web:v1')),
    );
    const result = await executeDeploy(await settings({ service: 'web', 'skip-unchanged': 'false' }), io());
    expect(result.registered).toBe(true);
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(1);
  });

  it('registers the first revision of a new family', async () => {
    ecsMock
      .on(DescribeTaskDefinitionCommand)
      .rejects(Object.assign(new Error('Unable to describe task definition.'), { name: 'ClientException' }));
    const result = await executeDeploy(await settings({}), io());
    expect(result.choice.reason).toMatch(/no ACTIVE revision/);
    expect(result.registered).toBe(true);
  });

  it('deploys a given ARN without registering', async () => {
    ecsMock.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: registered(ARN2, IMAGE2) as any });
    const result = await executeDeploy(
      await settings({ service: 'web', 'task-definition': '', 'task-definition-arn': ARN2 }),
      io(),
    );
    expect(result).toMatchObject({ taskDefinitionArn: ARN2, registered: false, deploymentId: 'ecs-svc/2' });
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(0);
  });

  it('reports a failed registration with what it was doing', async () => {
    ecsMock
      .on(RegisterTaskDefinitionCommand)
      .rejects(Object.assign(new Error('Invalid setting for container'), { name: 'ClientException' }));
    await expect(executeDeploy(await settings({ service: 'web' }), io())).rejects.toThrow(
      'While registering task definition family web: ClientException: Invalid setting for container',
    );
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
  });
});

// Issue 18: the reads that need no other's answer go out together, one round trip instead of two;
// the cluster is read only when DescribeServices does not find it.
describe('the first reads', () => {
  /** Resolves once each of `names` has been sent; a read held on it proves the others went out meanwhile. */
  function barrier(names: string[]) {
    const sent = new Set<string>();
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return {
      opened,
      arrive(name: string) {
        sent.add(name);
        if (names.every((n) => sent.has(n))) open();
      },
    };
  }

  it('DescribeServices and DescribeTaskDefinition are both sent before any answer, and no DescribeClusters', async () => {
    const all = barrier(['services', 'task-definition']);
    const held =
      <T>(name: string, answer: T) =>
      async () => {
        all.arrive(name);
        await all.opened;
        return answer;
      };
    ecsMock.on(DescribeServicesCommand).callsFake(
      held('services', {
        services: [
          {
            serviceName: 'web',
            status: 'ACTIVE',
            taskDefinition: ARN1,
            deployments: [{ id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: ARN1 }],
          },
        ],
      }),
    );
    ecsMock
      .on(DescribeTaskDefinitionCommand)
      .callsFake(
        held('task-definition', { taskDefinition: registered(ARN1, 'public.ecr.aws/a1b2c3d4/web:v1') }),
      );
    const result = await executeDeploy(await settings({ service: 'web' }), io());
    expect(result).toMatchObject({ outcome: 'deployed', registered: true, deploymentId: 'ecs-svc/2' });
    // The service runs the family's latest revision: no further read before registering.
    expect(ecsMock.commandCalls(DescribeTaskDefinitionCommand)).toHaveLength(1);
    expect(ecsMock.commandCalls(DescribeClustersCommand)).toHaveLength(0);
  }, 10_000); // read one after another, the held reads never answer

  it.each([
    [
      'a missing cluster before a missing service and an unreadable task definition',
      /Input 'cluster': cluster 'default' does not exist/,
    ],
    [
      'a missing service before an unreadable task definition',
      /Input 'service': service 'web' was not found/,
    ],
  ])(
    'both fail: the error is the first in the order cluster, service, task definition: %s',
    async (name, message) => {
      if (name.startsWith('a missing cluster')) {
        ecsMock
          .on(DescribeServicesCommand)
          .rejects(Object.assign(new Error('Cluster not found.'), { name: 'ClusterNotFoundException' }));
        ecsMock.on(DescribeClustersCommand).resolves({ clusters: [], failures: [{ reason: 'MISSING' }] });
      } else
        ecsMock.on(DescribeServicesCommand).resolves({ services: [], failures: [{ reason: 'MISSING' }] });
      ecsMock
        .on(DescribeTaskDefinitionCommand)
        .rejects(Object.assign(new Error('Internal error'), { name: 'ServerException', $fault: 'server' }));
      await expect(executeDeploy(await settings({ service: 'web' }), io())).rejects.toThrow(message);
      expect(mutating()).toHaveLength(0);
    },
  );
});

describe('checks before any change fail with one error and no RegisterTaskDefinition or UpdateService', () => {
  it.each([
    [
      'a missing cluster',
      () => {
        ecsMock
          .on(DescribeServicesCommand)
          .rejects(Object.assign(new Error('Cluster not found.'), { name: 'ClusterNotFoundException' }));
        ecsMock.on(DescribeClustersCommand).resolves({ clusters: [], failures: [{ reason: 'MISSING' }] });
      },
      /Input 'cluster': cluster 'default' does not exist \(MISSING\)/,
    ],
    [
      // ECS answers ClusterNotFoundException for an INACTIVE cluster too: DescribeClusters tells which.
      'an INACTIVE cluster',
      () => {
        ecsMock
          .on(DescribeServicesCommand)
          .rejects(Object.assign(new Error('Cluster not found.'), { name: 'ClusterNotFoundException' }));
        ecsMock.on(DescribeClustersCommand).resolves({ clusters: [{ status: 'INACTIVE' }] });
      },
      /Input 'cluster'.*is INACTIVE/,
    ],
    [
      'a missing service',
      () => ecsMock.on(DescribeServicesCommand).resolves({ services: [], failures: [{ reason: 'MISSING' }] }),
      /Input 'service': service 'web' was not found/,
    ],
    [
      'an INACTIVE service',
      () =>
        ecsMock
          .on(DescribeServicesCommand)
          .resolves({ services: [{ serviceName: 'web', status: 'INACTIVE' }] }),
      /Input 'service': service 'web' is INACTIVE/,
    ],
    [
      'a DRAINING service',
      () =>
        ecsMock
          .on(DescribeServicesCommand)
          .resolves({ services: [{ serviceName: 'web', status: 'DRAINING' }] }),
      /service 'web' is DRAINING/,
    ],
  ])('%s', async (_name, arrange, message) => {
    arrange();
    await expect(executeDeploy(await settings({ service: 'web' }), io())).rejects.toThrow(message);
    expect(mutating()).toHaveLength(0);
  });

  it('an INACTIVE task-definition-arn', async () => {
    ecsMock
      .on(DescribeTaskDefinitionCommand)
      .resolves({ taskDefinition: { ...registered(ARN2, IMAGE2), status: 'INACTIVE' } as any });
    await expect(
      executeDeploy(
        await settings({ service: 'web', 'task-definition': '', 'task-definition-arn': ARN2 }),
        io(),
      ),
    ).rejects.toThrow(/Input 'task-definition-arn': web:2 is INACTIVE/);
    expect(mutating()).toHaveLength(0);
  });

  it('a task-definition-arn whose image has no tag', async () => {
    ecsMock
      .on(DescribeTaskDefinitionCommand)
      .resolves({ taskDefinition: registered(ARN2, 'public.ecr.aws/a1b2c3d4/web') as any });
    await expect(
      executeDeploy(
        await settings({ service: 'web', 'task-definition': '', 'task-definition-arn': ARN2 }),
        io(),
      ),
    ).rejects.toThrow(/Input 'task-definition-arn'.*no tag or digest/);
    expect(mutating()).toHaveLength(0);
  });

  it('an unknown task-definition-arn', async () => {
    ecsMock
      .on(DescribeTaskDefinitionCommand)
      .rejects(Object.assign(new Error('Unable to describe task definition.'), { name: 'ClientException' }));
    await expect(
      executeDeploy(
        await settings({ service: 'web', 'task-definition': '', 'task-definition-arn': ARN2 }),
        io(),
      ),
    ).rejects.toThrow(/Input 'task-definition-arn'/);
    expect(mutating()).toHaveLength(0);
  });
});

describe('dry run', () => {
  it('plans against the running revision and makes no mutating call', async () => {
    const result = await executeDeploy(
      await settings({ service: 'web', 'dry-run': 'true', 'desired-count': '3' }),
      io(),
    );
    expect(mutating()).toHaveLength(0);
    expect(result).toMatchObject({
      outcome: 'planned',
      dryRun: true,
      registered: false,
      previousTaskDefinitionArn: ARN1,
      taskDefinitionArn: '',
    });
    expect(result.changes).toEqual([
      'container web: image public.ecr.aws/a1b2c3d4/web:v1 → public.ecr.aws/a1b2c3d4/web:v2',
      'container web: environment added EMPTY',
    ]);
    expect(result.serviceChanges).toEqual([
      'task definition: web:1 → (new revision)',
      'desired count: 2 → 3',
    ]);
    expect(result.message).toMatch(/^Dry run: nothing was changed/);
  });
});

describe('waiting and rolling back', () => {
  it('waits for the deployment UpdateService started, with wait-for-minutes as the limit', async () => {
    const { waiter, waits } = fakeWaiter(waitResult('healthy'));
    const result = await executeDeploy(
      await settings({ service: 'web', 'wait-for-service-stability': 'true', 'wait-for-minutes': '0.5' }),
      io(waiter),
    );
    expect(waits[0]).toMatchObject({
      cluster: 'default',
      service: 'web',
      deploymentId: 'ecs-svc/2',
      timeoutMs: 30_000,
    });
    expect(result).toMatchObject({ outcome: 'healthy', rolledBack: false });
  });

  it('does not wait unless asked', async () => {
    const { waiter, waits } = fakeWaiter(waitResult('healthy'));
    await executeDeploy(await settings({ service: 'web' }), io(waiter));
    expect(waits).toHaveLength(0);
  });

  it('rolls a failed deployment back to the previous revision, then fails saying so', async () => {
    const { waiter, rollbacks } = fakeWaiter(waitResult('failed'));
    const error = await executeDeploy(
      await settings({ service: 'web', 'wait-for-service-stability': 'true' }),
      io(waiter),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(DeployFailedError);
    expect(error.message).toBe(
      'Deployment ecs-svc/2 of web:2 did not become healthy: deployment failed: tasks keep crashing. Rolled back to web:1 (deployment ecs-svc/3), which is healthy again',
    );
    expect(rollbacks[0]).toMatchObject({ toTaskDefinitionArn: ARN1, service: 'web' });
    expect(error.result).toMatchObject({
      outcome: 'rolled-back',
      rolledBack: true,
      taskDefinitionArn: ARN1,
      deployedTaskDefinitionArn: ARN2,
      registered: true,
    });
  });

  it('rolls back on timeout too', async () => {
    const { waiter, rollbacks } = fakeWaiter(waitResult('timeout'));
    await expect(
      executeDeploy(await settings({ service: 'web', 'wait-for-service-stability': 'true' }), io(waiter)),
    ).rejects.toThrow(/Rolled back to web:1/);
    expect(rollbacks).toHaveLength(1);
  });

  it("follows the circuit breaker's rollback instead of rolling back twice", async () => {
    const { waiter, rollbacks, waits } = fakeWaiter(
      waitResult('rolled-back-by-ecs', { taskDefinitionArn: ARN1 }),
    );
    const error = await executeDeploy(
      await settings({ service: 'web', 'wait-for-service-stability': 'true' }),
      io(waiter),
    ).catch((e) => e);
    expect(rollbacks).toHaveLength(0);
    expect(waits).toHaveLength(2);
    expect(waits[1].deploymentId).toBeUndefined();
    expect(error.message).toMatch(
      /circuit breaker rolled the service back to web:1 \(deployment ecs-svc\/3\), which is healthy again; not rolled back a second time/,
    );
    expect(error.result).toMatchObject({
      outcome: 'rolled-back-by-ecs',
      rolledBack: true,
      taskDefinitionArn: ARN1,
    });
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(1);
  });

  it("issue 17: ECS's rollback of a CANARY service deployment, already followed to ROLLBACK_SUCCESSFUL by the wait, is not waited for again", async () => {
    const { waiter, rollbacks, waits } = fakeWaiter(
      waitResult('rolled-back-by-ecs', {
        taskDefinitionArn: ARN1,
        reason:
          'CANARY service deployment Ab1 failed at stage BAKE_TIME: alarm 5xx in ALARM; ECS rolled it back (ROLLBACK_SUCCESSFUL)',
        serviceDeploymentStatus: 'ROLLBACK_SUCCESSFUL',
      }),
    );
    const error = await executeDeploy(
      await settings({ service: 'web', 'wait-for-service-stability': 'true' }),
      io(waiter),
    ).catch((e) => e);
    expect(rollbacks).toHaveLength(0);
    expect(waits).toHaveLength(1);
    expect(error.message).toMatch(
      /alarm 5xx in ALARM; ECS rolled it back \(ROLLBACK_SUCCESSFUL\)\. The service runs web:1 again; not rolled back a second time/,
    );
    expect(error.result).toMatchObject({
      outcome: 'rolled-back-by-ecs',
      rolledBack: true,
      taskDefinitionArn: ARN1,
    });
  });

  it('leaves the service as it is with rollback-on-failure false', async () => {
    const { waiter, rollbacks } = fakeWaiter(waitResult('failed'));
    const error = await executeDeploy(
      await settings({
        service: 'web',
        'wait-for-service-stability': 'true',
        'rollback-on-failure': 'false',
      }),
      io(waiter),
    ).catch((e) => e);
    expect(rollbacks).toHaveLength(0);
    expect(error.message).toMatch(/Not rolled back: rollback-on-failure is false/);
    expect(error.result.rolledBack).toBe(false);
  });

  it('says so when the rollback does not become healthy either', async () => {
    const { waiter } = fakeWaiter(
      waitResult('failed'),
      waitResult('failed', { reason: 'old revision crashes too', deploymentId: 'ecs-svc/3' }),
    );
    await expect(
      executeDeploy(await settings({ service: 'web', 'wait-for-service-stability': 'true' }), io(waiter)),
    ).rejects.toThrow(
      /Rolled back to web:1 \(deployment ecs-svc\/3\), but that did not become healthy either: old revision crashes too/,
    );
  });

  it('does not roll back over a deployment that replaced ours', async () => {
    const { waiter, rollbacks } = fakeWaiter(waitResult('replaced'));
    await expect(
      executeDeploy(await settings({ service: 'web', 'wait-for-service-stability': 'true' }), io(waiter)),
    ).rejects.toThrow(/Not rolled back: another deployment/);
    expect(rollbacks).toHaveLength(0);
  });
});

// Issue 14: a role made for aws-actions has ecs:RegisterTaskDefinition, ecs:UpdateService,
// ecs:DescribeServices and iam:PassRole; the rest is optional, or fails naming the permission.
describe('with a least-privilege role', () => {
  const A = 'arn:aws:ecs:eu-west-3:123456789012';
  const denied = accessDenied;
  const fix = missingPermission;

  function quietIo(waiter?: Waiter) {
    const warnings: string[] = [];
    const logs: string[] = [];
    return {
      warnings,
      logs,
      io: {
        ...io(waiter),
        warn: (m: string) => void warnings.push(m),
        log: (l: string) => void logs.push(l),
      },
    };
  }

  it('without ecs:DescribeClusters deploys to an existing cluster without a warning (the cluster is not read)', async () => {
    ecsMock.on(DescribeClustersCommand).rejects(denied('ecs:DescribeClusters', `${A}:cluster/default`));
    const { io: given, warnings } = quietIo();
    const result = await executeDeploy(await settings({ service: 'web' }), given);
    expect(result).toMatchObject({ outcome: 'deployed', registered: true, deploymentId: 'ecs-svc/2' });
    expect(warnings).toEqual([]);
  });

  it('without ecs:DescribeClusters a missing cluster is still an input error, before any change, warning once why it says no more', async () => {
    ecsMock.on(DescribeClustersCommand).rejects(denied('ecs:DescribeClusters', `${A}:cluster/default`));
    ecsMock
      .on(DescribeServicesCommand)
      .rejects(Object.assign(new Error('Cluster not found.'), { name: 'ClusterNotFoundException' }));
    const { io: given, warnings } = quietIo();
    await expect(executeDeploy(await settings({ service: 'web' }), given)).rejects.toThrow(
      "Input 'cluster': cluster 'default' does not exist in eu-west-3. Check the cluster name and aws-region",
    );
    expect(mutating()).toHaveLength(0);
    expect(warnings).toEqual([
      `The cluster's state cannot be read to say why it was not found. ${fix('ecs:DescribeClusters', `${A}:cluster/default`)}`,
    ]);
  });

  it('without ecs:DescribeTaskDefinition registers the file anyway, warning once that unchanged detection is off', async () => {
    ecsMock.on(DescribeTaskDefinitionCommand).rejects(denied('ecs:DescribeTaskDefinition', '*'));
    const { io: given, warnings } = quietIo();
    const result = await executeDeploy(await settings({ service: 'web' }), given);
    expect(result).toMatchObject({ outcome: 'deployed', registered: true, taskDefinitionArn: ARN2 });
    expect(result.choice.reason).toBe(
      "the family's latest revision could not be read (ecs:DescribeTaskDefinition is not allowed)",
    );
    expect(warnings).toEqual([
      `The family's latest revision cannot be read, so unchanged detection (skip-unchanged) is off: a new revision is registered, and the changes against the running one are not listed. ${fix('ecs:DescribeTaskDefinition', '*')}`,
    ]);
  });

  it('needs ecs:DescribeTaskDefinition for a task-definition-arn it checks', async () => {
    ecsMock.on(DescribeTaskDefinitionCommand).rejects(denied('ecs:DescribeTaskDefinition', '*'));
    await expect(
      executeDeploy(
        await settings({ service: 'web', 'task-definition': '', 'task-definition-arn': ARN1 }),
        quietIo().io,
      ),
    ).rejects.toThrow(`While describing task definition ${ARN1}: ${fix('ecs:DescribeTaskDefinition', '*')}`);
    expect(mutating()).toHaveLength(0);
  });

  describe('RegisterTaskDefinition refused for ecs:TagResource', () => {
    const tagDenied = () => denied('ecs:TagResource', `${A}:task-definition/web:2`);

    it.each([
      ['the provenance tags', {}, fileDefinition],
      [
        "the provenance tags and a previous run's, carried in the file",
        {},
        {
          taskDefinition: fileDefinition,
          tags: [
            { key: 'infra-actions:commit', value: 'old' },
            { key: 'infra-actions:run', value: 'https://github.com/o/r/actions/runs/1' },
          ],
        },
      ],
    ])('with only %s: registers again without tags, warning once', async (_what, given, file) => {
      writeFileSync(path.join(workspace, 'td.json'), JSON.stringify(file));
      ecsMock
        .on(RegisterTaskDefinitionCommand)
        .rejectsOnce(tagDenied())
        .resolves({ taskDefinition: { taskDefinitionArn: ARN2 } });
      const { io: given2, warnings, logs } = quietIo();
      const result = await executeDeploy(await settings({ service: 'web', ...given }), given2);
      const registers = ecsMock.commandCalls(RegisterTaskDefinitionCommand).map((call) => call.args[0].input);
      expect(registers).toHaveLength(2);
      expect(registers[0].tags?.map((tag) => tag.key)).toEqual(['infra-actions:commit', 'infra-actions:run']);
      expect(registers[1]).toEqual({ ...registers[0], tags: undefined });
      expect('tags' in registers[1]).toBe(false);
      expect(result).toMatchObject({ outcome: 'deployed', registered: true, taskDefinitionArn: ARN2 });
      expect(warnings).toEqual([
        `The revision is registered without the provenance tags (infra-actions:commit, infra-actions:run), which trace it to this run. ${fix('ecs:TagResource', `${A}:task-definition/web:*`)}`,
      ]);
      expect(logs).toContain('Registered web:2');
    });

    it.each([
      [
        'the tags input',
        { tags: 'team=platform' },
        fileDefinition,
        'infra-actions:commit, infra-actions:run, team',
      ],
      [
        'tags in the file',
        {},
        { ...fileDefinition, tags: [{ key: 'team', value: 'platform' }] },
        'team, infra-actions:commit, infra-actions:run',
      ],
    ])(
      'with %s: fails naming ecs:TagResource, nothing registered or updated',
      async (_what, given, file, keys) => {
        writeFileSync(path.join(workspace, 'td.json'), JSON.stringify(file));
        ecsMock.on(RegisterTaskDefinitionCommand).rejects(tagDenied());
        const error = await executeDeploy(await settings({ service: 'web', ...given }), quietIo().io).catch(
          (e) => e,
        );
        expect(error).not.toBeInstanceOf(DeployFailedError);
        expect(error.message).toBe(
          `Registering task definition family web with tags ${keys} (the tags input, or the task definition file's tags) was refused: ${fix('ecs:TagResource', `${A}:task-definition/web:*`)}, or remove those tags. Nothing was registered`,
        );
        expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(1);
        expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
      },
    );
  });

  it('without ecs:DescribeTaskDefinition a lost RegisterTaskDefinition answer is retried, warning once', async () => {
    const lost = Object.assign(new Error('socket hang up'), { name: 'TimeoutError', $metadata: {} });
    ecsMock.on(DescribeTaskDefinitionCommand).rejects(denied('ecs:DescribeTaskDefinition', '*'));
    ecsMock
      .on(RegisterTaskDefinitionCommand)
      .rejectsOnce(lost)
      .resolves({ taskDefinition: { taskDefinitionArn: ARN2 } });
    const { io: given, warnings } = quietIo();
    const ecs = new ECSClient({ region: 'eu-west-3', maxAttempts: 3 });
    const result = await executeDeploy(await settings({}), {
      ...given,
      ecs,
      ecsSingleAttempt: ecs,
      sleep: async () => {},
    });
    expect(result).toMatchObject({ outcome: 'registered', taskDefinitionArn: ARN2 });
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(2);
    expect(warnings).toEqual([
      expect.stringMatching(/^The family's latest revision cannot be read/),
      `Whether a RegisterTaskDefinition whose answer was lost took effect cannot be checked; registering again may leave an identical extra revision. ${fix('ecs:DescribeTaskDefinition', '*')}`,
    ]);
  });

  it('UpdateService refused after registering: the error and the result say what was registered', async () => {
    ecsMock.on(UpdateServiceCommand).rejects(denied('ecs:UpdateService', `${A}:service/default/web`));
    const error = await executeDeploy(await settings({ service: 'web' }), quietIo().io).catch((e) => e);
    expect(error).toBeInstanceOf(DeployFailedError);
    expect(error.message).toMatch(
      new RegExp(
        `^Registered web:2, then: While updating service web to web:2: ${escape(fix('ecs:UpdateService', `${A}:service/default/web`))}\\. AWS said: AccessDeniedException: User: `,
      ),
    );
    expect(error.result).toMatchObject({
      outcome: 'failed',
      registered: true,
      serviceUpdated: false,
      taskDefinitionArn: ARN2,
    });
  });

  it("the rollback's UpdateService refused: the error says the deployment failed and the rollback did too", async () => {
    const { rollbackService } = await import('../../../src/rollback/rollback.js');
    const { waiter } = fakeWaiter(waitResult('failed'));
    // The check reads the service before the deploy, the rollback after it (web:2 PRIMARY).
    const service: Service = {
      serviceName: 'web',
      status: 'ACTIVE',
      taskDefinition: ARN1,
      desiredCount: 2,
      deployments: [{ id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: ARN1, rolloutState: 'COMPLETED' }],
    };
    const before = { services: [service], failures: [] };
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce(before)
      .resolves({
        services: [
          {
            ...service,
            taskDefinition: ARN2,
            deployments: [
              { id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: ARN2, rolloutState: 'FAILED' },
              { id: 'ecs-svc/1', status: 'ACTIVE', taskDefinition: ARN1, rolloutState: 'COMPLETED' },
            ],
          },
        ],
      });
    ecsMock
      .on(UpdateServiceCommand)
      .resolvesOnce({
        service: {
          deployments: [
            { id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: ARN2 },
            { id: 'ecs-svc/1', status: 'ACTIVE' },
          ],
        },
      })
      .rejects(denied('ecs:UpdateService', `${A}:service/default/web`));
    const error = await executeDeploy(
      await settings({ service: 'web', 'wait-for-service-stability': 'true' }),
      quietIo({ ...waiter, rollbackService }).io,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(DeployFailedError);
    expect(error.message).toContain(
      `Deployment ecs-svc/2 of web:2 did not become healthy: deployment failed: tasks keep crashing. Rolling back to web:1 failed too: While rolling service web back to web:1: ${fix('ecs:UpdateService', `${A}:service/default/web`)}`,
    );
    expect(error.result).toMatchObject({
      outcome: 'failed',
      registered: true,
      serviceUpdated: true,
      deploymentId: 'ecs-svc/2',
      rolledBack: false,
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('deployment strategy (issue 17)', () => {
  const readyService = (deploymentConfiguration?: Service['deploymentConfiguration']): Service => ({
    serviceName: 'web',
    status: 'ACTIVE',
    taskDefinition: ARN1,
    desiredCount: 2,
    deploymentController: { type: 'ECS' },
    deploymentConfiguration,
    loadBalancers: [
      {
        targetGroupArn: 'arn:tg/blue',
        advancedConfiguration: {
          alternateTargetGroupArn: 'arn:tg/green',
          productionListenerRule: 'arn:rule/prod',
          roleArn: 'arn:role/ecs-elb',
        },
      },
    ],
    deployments: [{ id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: ARN1, rolloutState: 'COMPLETED' }],
  });

  it('plans the strategy and its changes in the dry run, with no mutating call', async () => {
    ecsMock.on(DescribeServicesCommand).resolves({
      services: [
        readyService({ maximumPercent: 200, deploymentCircuitBreaker: { enable: true, rollback: true } }),
      ],
    });
    const lines: string[] = [];
    const result = await executeDeploy(
      await settings({
        service: 'web',
        'dry-run': 'true',
        'deployment-strategy': 'CANARY',
        'canary-percent': '10',
        'canary-bake-minutes': '5',
        'bake-time-minutes': '2',
        alarms: 'web-5xx',
      }),
      { ...io(), log: (line) => lines.push(line) },
    );
    expect(mutating()).toHaveLength(0);
    expect(result.strategy).toBe(
      'CANARY (10% for 5 min, then the rest; bake time 2 min; alarms: web-5xx (rollback on))',
    );
    expect(lines).toContain(
      '  deployment strategy: CANARY (10% for 5 min, then the rest; bake time 2 min; alarms: web-5xx (rollback on))',
    );
    expect(result.serviceChanges).toEqual([
      'task definition: web:1 → (new revision)',
      'deployment strategy: ROLLING → CANARY',
      'bake time: (none) → 2 min',
      'canary: (none) → 10%',
      'canary bake time: (none) → 5 min',
      'deployment alarms: none → web-5xx (rollback on)',
    ]);
  });

  it("sends UpdateService the service's configuration with the strategy merged in", async () => {
    ecsMock.on(DescribeServicesCommand).resolves({
      services: [
        readyService({ maximumPercent: 150, deploymentCircuitBreaker: { enable: true, rollback: false } }),
      ],
    });
    await executeDeploy(
      await settings({ service: 'web', 'deployment-strategy': 'BLUE_GREEN', 'bake-time-minutes': '3' }),
      io(),
    );
    const [update] = ecsMock.commandCalls(UpdateServiceCommand);
    expect(update.args[0].input.deploymentConfiguration).toEqual({
      maximumPercent: 150,
      deploymentCircuitBreaker: { enable: true, rollback: false },
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 3,
    });
  });

  it('a plain ROLLING deploy sends no deploymentConfiguration and plans no strategy line', async () => {
    const result = await executeDeploy(await settings({ service: 'web' }), io());
    const [update] = ecsMock.commandCalls(UpdateServiceCommand);
    expect(update.args[0].input.deploymentConfiguration).toBeUndefined();
    expect(result.strategy).toBeUndefined();
  });

  it('refuses a traffic-shifting strategy for a service without advancedConfiguration, before any change', async () => {
    ecsMock.on(DescribeServicesCommand).resolves({
      services: [{ ...readyService(), loadBalancers: [{ targetGroupArn: 'arn:tg/blue' }] }],
    });
    await expect(
      executeDeploy(await settings({ service: 'web', 'deployment-strategy': 'LINEAR' }), io()),
    ).rejects.toThrow(
      /Input 'deployment-strategy': LINEAR shifts traffic between two target groups, but service 'web' has no advancedConfiguration in loadBalancers\[0\] \(arn:tg\/blue\)/,
    );
    expect(mutating()).toHaveLength(0);
  });

  it('warns, and goes on, when the service has no load balancer to shift', async () => {
    // The default service of this file has no load balancer.
    const warnings: string[] = [];
    const result = await executeDeploy(
      await settings({
        service: 'web',
        'dry-run': 'true',
        'deployment-strategy': 'BLUE_GREEN',
        'bake-time-minutes': '1',
      }),
      { ...io(), warn: (message) => warnings.push(message) },
    );
    expect(result.outcome).toBe('planned');
    expect(warnings).toEqual([
      expect.stringMatching(/^Service 'web' has no load balancer: ECS runs BLUE_GREEN without/),
    ]);
  });
});
