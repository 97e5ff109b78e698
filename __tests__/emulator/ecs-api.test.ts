import {
  CreateServiceCommand,
  DeregisterTaskDefinitionCommand,
  DescribeClustersCommand,
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ListServiceDeploymentsCommand,
  ListTagsForResourceCommand,
  ListTaskDefinitionsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  TagResourceCommand,
  UpdateServiceCommand,
  type RegisterTaskDefinitionCommandInput,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { CLUSTER, clients, describeService, rejection, waitFor } from './helpers.js';

let emu: Emulator;
let ecs: ReturnType<typeof clients>['ecs'];

const fargateTd = (family: string, image: string, extra: Partial<RegisterTaskDefinitionCommandInput> = {}) =>
  ({
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: family, image, essential: true, portMappings: [{ containerPort: 8080 }] }],
    ...extra,
  }) as RegisterTaskDefinitionCommandInput;

beforeAll(async () => {
  emu = await startEmulator({ timeScale: 0.002, seed: 7 });
  ({ ecs } = clients(emu));
});
afterAll(async () => {
  ecs?.destroy();
  await emu?.close();
});

describe('ECS task definitions', () => {
  it('registers a revision, fills ECS defaults and describes it by family, family:revision and ARN with tags', async () => {
    const reg = await ecs.send(
      new RegisterTaskDefinitionCommand({
        ...fargateTd('api-test', 'public.ecr.aws/a1b2c3d4/api-test:v1'),
        tags: [{ key: 'team', value: 'platform' }],
      }),
    );
    const td = reg.taskDefinition!;
    expect(td.taskDefinitionArn).toBe('arn:aws:ecs:eu-west-3:123456789012:task-definition/api-test:1');
    expect(td.revision).toBe(1);
    expect(td.status).toBe('ACTIVE');
    expect(td.registeredAt).toBeInstanceOf(Date);
    expect(td.compatibilities).toEqual(['EC2', 'FARGATE']);
    expect(td.containerDefinitions![0].portMappings).toEqual([
      { containerPort: 8080, hostPort: 8080, protocol: 'tcp' },
    ]);
    expect(td.containerDefinitions![0].cpu).toBe(0);
    expect(reg.tags).toEqual([{ key: 'team', value: 'platform' }]);

    const second = await ecs.send(new RegisterTaskDefinitionCommand(fargateTd('api-test', 'x/api-test:v2')));
    expect(second.taskDefinition!.revision).toBe(2);

    const byFamily = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'api-test' }));
    expect(byFamily.taskDefinition!.revision).toBe(2);
    expect(byFamily.tags).toBeUndefined();
    const byRevision = await ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: 'api-test:1', include: ['TAGS'] }),
    );
    expect(byRevision.taskDefinition!.containerDefinitions![0].image).toBe(
      'public.ecr.aws/a1b2c3d4/api-test:v1',
    );
    expect(byRevision.tags).toEqual([{ key: 'team', value: 'platform' }]);
    const byArn = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: td.taskDefinitionArn }));
    expect(byArn.taskDefinition!.revision).toBe(1);
  });

  it('rejects invalid registrations with ClientException naming the problem', async () => {
    const cases: [RegisterTaskDefinitionCommandInput, RegExp][] = [
      [fargateTd('bad family!', 'img'), /Family contains invalid characters/],
      [{ family: 'x', containerDefinitions: [] }, /Container list cannot be empty/],
      [
        {
          ...fargateTd('dup', 'img'),
          containerDefinitions: [
            { name: 'a', image: 'i' },
            { name: 'a', image: 'j' },
          ],
        },
        /Duplicate container name 'a'/,
      ],
      [
        { ...fargateTd('noimg', 'img'), containerDefinitions: [{ name: 'a' }] },
        /Container.image should not be null/,
      ],
      [
        fargateTd('badsize', 'img', { cpu: '256', memory: '4096' }),
        /No Fargate configuration exists for given values: 256 CPU, 4096 memory/,
      ],
      [fargateTd('badmode', 'img', { networkMode: 'bridge' }), /Fargate only supports network mode 'awsvpc'/],
    ];
    for (const [input, message] of cases) {
      const err = await rejection(ecs.send(new RegisterTaskDefinitionCommand(input)));
      expect(err.name).toBe('ClientException');
      expect(err.message).toMatch(message);
    }
    // nothing was registered by the failed calls
    expect(
      emu
        .mutatingCalls()
        .filter((c) => c.operation === 'RegisterTaskDefinition' && (c.params as any).family === 'dup'),
    ).toEqual([]);
  });

  it('rejects unknown top-level parameters (the SDK drops them, so this is checked over raw HTTP)', async () => {
    const res = await fetch(emu.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AmazonEC2ContainerServiceV20141113.RegisterTaskDefinition',
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-3/ecs/aws4_request, SignedHeaders=host;x-amz-date, Signature=' +
          'a'.repeat(64),
      },
      body: JSON.stringify({ ...fargateTd('unknown-param', 'img'), taskDefinitionArn: 'arn:x' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { __type: string; message: string };
    expect(body.__type).toBe('ClientException');
    expect(body.message).toMatch(/Unknown parameter in input: "taskDefinitionArn"/);
  });

  it('lists task definitions by family, status and sort order, and deregisters a revision', async () => {
    await ecs.send(new RegisterTaskDefinitionCommand(fargateTd('list-test', 'img:1')));
    await ecs.send(new RegisterTaskDefinitionCommand(fargateTd('list-test', 'img:2')));
    await ecs.send(new RegisterTaskDefinitionCommand(fargateTd('list-test', 'img:3')));
    const asc = await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'list-test' }));
    expect(asc.taskDefinitionArns!.map((a) => a.split(':').pop())).toEqual(['1', '2', '3']);
    const desc = await ecs.send(
      new ListTaskDefinitionsCommand({ familyPrefix: 'list-test', sort: 'DESC', maxResults: 2 }),
    );
    expect(desc.taskDefinitionArns!.map((a) => a.split(':').pop())).toEqual(['3', '2']);
    expect(desc.nextToken).toBeDefined();

    const dereg = await ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: 'list-test:3' }));
    expect(dereg.taskDefinition!.status).toBe('INACTIVE');
    expect(dereg.taskDefinition!.deregisteredAt).toBeInstanceOf(Date);
    const active = await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'list-test' }));
    expect(active.taskDefinitionArns).toHaveLength(2);
    const inactive = await ecs.send(
      new ListTaskDefinitionsCommand({ familyPrefix: 'list-test', status: 'INACTIVE' }),
    );
    expect(inactive.taskDefinitionArns).toEqual([
      'arn:aws:ecs:eu-west-3:123456789012:task-definition/list-test:3',
    ]);
    // the family now resolves to the latest ACTIVE revision
    const latest = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'list-test' }));
    expect(latest.taskDefinition!.revision).toBe(2);

    const missing = await rejection(
      ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'nope:9' })),
    );
    expect(missing.name).toBe('ClientException');
    expect(missing.message).toBe('Unable to describe task definition.');
  });
});

describe('ECS clusters, services and tasks', () => {
  it('describes the seed cluster and reports missing clusters as failures', async () => {
    const out = await ecs.send(
      new DescribeClustersCommand({ clusters: [CLUSTER, 'missing'], include: ['TAGS'] }),
    );
    expect(out.clusters![0]).toMatchObject({
      clusterName: CLUSTER,
      status: 'ACTIVE',
      activeServicesCount: 6,
      runningTasksCount: 7,
      tags: [{ key: 'project', value: 'intrusion-detection' }],
    });
    expect(out.failures).toEqual([
      { arn: 'arn:aws:ecs:eu-west-3:123456789012:cluster/missing', reason: 'MISSING' },
    ]);
  });

  it('describes the six seed services steady, with MISSING failures for unknown names', async () => {
    const out = await ecs.send(
      new DescribeServicesCommand({
        cluster: CLUSTER,
        services: [
          'human-detection',
          'intrusion-management-api',
          'sites-management-api',
          'web-ui-client',
          'web-ui-management',
          'idp',
          'ghost',
        ],
      }),
    );
    expect(out.services).toHaveLength(6);
    for (const s of out.services!) {
      expect(s.status).toBe('ACTIVE');
      expect(s.runningCount).toBe(s.desiredCount);
      expect(s.deployments).toHaveLength(1);
      expect(s.deployments![0]).toMatchObject({ status: 'PRIMARY', rolloutState: 'COMPLETED' });
      expect(s.deployments![0].id).toMatch(/^ecs-svc\/\d{19}$/);
      expect(s.deploymentConfiguration!.deploymentCircuitBreaker).toEqual({ enable: true, rollback: true });
      expect(s.healthCheckGracePeriodSeconds).toBe(60);
      expect(s.loadBalancers![0].targetGroupArn).toMatch(/:targetgroup\//);
      expect(s.events![0].message).toBe(`(service ${s.serviceName}) has reached a steady state.`);
      expect(s.taskDefinition).toBe(`arn:aws:ecs:eu-west-3:123456789012:task-definition/${s.serviceName}:1`);
    }
    expect(out.services!.find((s) => s.serviceName === 'web-ui-client')!.desiredCount).toBe(2);
    expect(out.failures).toEqual([
      { arn: 'arn:aws:ecs:eu-west-3:123456789012:service/intrusion-detection/ghost', reason: 'MISSING' },
    ]);
  });

  it('raises ClusterNotFoundException, ServiceNotFoundException and InvalidParameterException from UpdateService', async () => {
    const noCluster = await rejection(
      ecs.send(new UpdateServiceCommand({ cluster: 'nope', service: 'idp', desiredCount: 1 })),
    );
    expect(noCluster.name).toBe('ClusterNotFoundException');
    const noService = await rejection(
      ecs.send(new UpdateServiceCommand({ cluster: CLUSTER, service: 'nope', desiredCount: 1 })),
    );
    expect(noService.name).toBe('ServiceNotFoundException');
    const noTd = await rejection(
      ecs.send(
        new UpdateServiceCommand({ cluster: CLUSTER, service: 'idp', taskDefinition: 'does-not-exist:4' }),
      ),
    );
    expect(noTd.name).toBe('InvalidParameterException');
    // a cluster in a region without resources does not exist
    const other = clients(emu, { region: 'us-west-2' }).ecs;
    const wrongRegion = await rejection(
      other.send(new DescribeServicesCommand({ cluster: CLUSTER, services: ['idp'] })),
    );
    expect(wrongRegion.name).toBe('ClusterNotFoundException');
    other.destroy();
    expect(emu.mutatingCalls().filter((c) => c.operation === 'UpdateService')).toEqual([]);
  });

  it('raises ServiceNotActiveException when updating an INACTIVE service', async () => {
    const emu2 = await startEmulator({
      fixture: {
        regions: {
          'eu-west-3': {
            clusters: [{ name: 'c' }],
            taskDefinitions: [fargateTd('old', 'img') as any],
            services: [{ serviceName: 'old', cluster: 'c', taskDefinition: 'old:1', status: 'INACTIVE' }],
          },
        },
      },
    });
    const c = clients(emu2).ecs;
    const err = await rejection(
      c.send(new UpdateServiceCommand({ cluster: 'c', service: 'old', desiredCount: 1 })),
    );
    expect(err.name).toBe('ServiceNotActiveException');
    c.destroy();
    await emu2.close();
  });

  it('lists and describes tasks with IPs, start metadata and the deployment that started them', async () => {
    const svc = await describeService(ecs, 'web-ui-client');
    const list = await ecs.send(new ListTasksCommand({ cluster: CLUSTER, serviceName: 'web-ui-client' }));
    expect(list.taskArns).toHaveLength(2);
    const out = await ecs.send(
      new DescribeTasksCommand({ cluster: CLUSTER, tasks: [...list.taskArns!, 'ffffffff'] }),
    );
    expect(out.tasks).toHaveLength(2);
    for (const t of out.tasks!) {
      expect(t.lastStatus).toBe('RUNNING');
      expect(t.desiredStatus).toBe('RUNNING');
      expect(t.startedBy).toBe(svc.deployments![0].id);
      expect(t.group).toBe('service:web-ui-client');
      expect(t.taskDefinitionArn).toBe(svc.taskDefinition);
      const ip = t.attachments![0].details!.find((d) => d.name === 'privateIPv4Address')!.value;
      expect(ip).toMatch(/^10\.0\.\d+\.\d+$/);
      expect(t.containers![0]).toMatchObject({ name: 'web-ui-client', lastStatus: 'RUNNING' });
    }
    expect(out.failures).toEqual([{ arn: 'ffffffff', reason: 'MISSING' }]);
    const stopped = await ecs.send(
      new ListTasksCommand({ cluster: CLUSTER, serviceName: 'web-ui-client', desiredStatus: 'STOPPED' }),
    );
    expect(stopped.taskArns).toEqual([]);
    const missing = await rejection(
      ecs.send(new ListTasksCommand({ cluster: CLUSTER, serviceName: 'ghost' })),
    );
    expect(missing.name).toBe('ServiceNotFoundException');
  });

  it('tags task definitions and services with TagResource', async () => {
    const arn = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/idp:1';
    await ecs.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key: 'deployed-by', value: 'ci' }] }));
    const td = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }));
    expect(td.tags).toEqual([
      { key: 'service', value: 'idp' },
      { key: 'deployed-by', value: 'ci' },
    ]);
    const svcArn = 'arn:aws:ecs:eu-west-3:123456789012:service/intrusion-detection/idp';
    await ecs.send(new TagResourceCommand({ resourceArn: svcArn, tags: [{ key: 'tier', value: 'auth' }] }));
    const tags = await ecs.send(new ListTagsForResourceCommand({ resourceArn: svcArn }));
    expect(tags.tags).toContainEqual({ key: 'tier', value: 'auth' });
    const bad = await rejection(
      ecs.send(
        new TagResourceCommand({
          resourceArn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/nope:1',
          tags: [{ key: 'a', value: 'b' }],
        }),
      ),
    );
    expect(bad.name).toBe('InvalidParameterException');
    expect(emu.mutatingCalls().filter((c) => c.operation === 'TagResource')).toHaveLength(2);
  });

  it('creates a service that rolls out and lists its service deployments', async () => {
    await ecs.send(new RegisterTaskDefinitionCommand(fargateTd('fresh', 'public.ecr.aws/a1b2c3d4/fresh:v1')));
    const tg = emu.state.regions['eu-west-3'].targetGroups;
    const tgArn = Object.values(tg).find((x) => x.name === 'idp-tg')!.arn;
    const created = await ecs.send(
      new CreateServiceCommand({
        cluster: CLUSTER,
        serviceName: 'fresh',
        taskDefinition: 'fresh',
        desiredCount: 1,
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60718'] } },
        loadBalancers: [{ targetGroupArn: tgArn, containerName: 'fresh', containerPort: 8080 }],
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
        healthCheckGracePeriodSeconds: 30,
      }),
    );
    expect(created.service!.deployments![0]).toMatchObject({
      status: 'PRIMARY',
      rolloutState: 'IN_PROGRESS',
    });
    const dup = await rejection(
      ecs.send(
        new CreateServiceCommand({
          cluster: CLUSTER,
          serviceName: 'fresh',
          taskDefinition: 'fresh',
          desiredCount: 1,
        }),
      ),
    );
    expect(dup.name).toBe('InvalidParameterException');
    const done = await waitFor(async () => {
      const s = await describeService(ecs, 'fresh');
      return s.deployments![0].rolloutState === 'COMPLETED' && s;
    });
    expect(done.runningCount).toBe(1);

    const list = await ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: 'fresh' }));
    expect(list.serviceDeployments).toHaveLength(1);
    expect(list.serviceDeployments![0].status).toBe('SUCCESSFUL');
    const described = await ecs.send(
      new DescribeServiceDeploymentsCommand({
        serviceDeploymentArns: [
          list.serviceDeployments![0].serviceDeploymentArn!,
          'arn:aws:ecs:eu-west-3:123456789012:service-deployment/x/y/z',
        ],
      }),
    );
    expect(described.serviceDeployments![0]).toMatchObject({
      status: 'SUCCESSFUL',
      deploymentCircuitBreaker: { status: 'MONITORING_COMPLETE', failureCount: 0, threshold: 3 },
    });
    expect(described.serviceDeployments![0].targetServiceRevision!.runningTaskCount).toBe(1);
    expect(described.failures![0].reason).toBe('MISSING');
    const missing = await rejection(
      ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: 'ghost' })),
    );
    expect(missing.name).toBe('ServiceNotFoundException');
  });

  it('scales a service with desiredCount without starting a new deployment', async () => {
    const before = await describeService(ecs, 'web-ui-management');
    const up = await ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'web-ui-management', desiredCount: 2 }),
    );
    expect(up.service!.deployments).toHaveLength(1);
    expect(up.service!.deployments![0].id).toBe(before.deployments![0].id);
    const scaled = await waitFor(async () => {
      const s = await describeService(ecs, 'web-ui-management');
      return s.runningCount === 2 && s;
    });
    expect(scaled.events!.some((e) => /has started 1 tasks/.test(e.message!))).toBe(true);
  });
});
