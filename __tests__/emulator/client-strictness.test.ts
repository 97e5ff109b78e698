/**
 * Answers a third-party client hit that real AWS would not give (issue 16): parameters the emulator
 * ignored (ECR Public's maxResults, ListServices'/ListTasks' filters) and requests it accepted
 * (a malformed ELBv2 ARN or Marker, a wrong content type, a JSON body that is not an object).
 * Real parts: the emulator over HTTP, the real SDK clients, and raw fetch for what no SDK sends.
 */
import { CreateRepositoryCommand, DescribeRepositoriesCommand } from '@aws-sdk/client-ecr-public';
import {
  CreateServiceCommand,
  ListServicesCommand,
  ListTasksCommand,
  RunTaskCommand,
  type LaunchType,
  type SchedulingStrategy,
} from '@aws-sdk/client-ecs';
import {
  DescribeLoadBalancersCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { CLUSTER, clients, rejection } from './helpers.js';

let emu: Emulator;
let c: ReturnType<typeof clients>;

beforeAll(async () => {
  emu = await startEmulator({ timeScale: 0.002, seed: 16 });
  c = clients(emu);
});
afterAll(async () => {
  c.ecs.destroy();
  c.elb.destroy();
  c.ecr.destroy();
  await emu.close();
});

describe('ECR Public DescribeRepositories pages by maxResults and nextToken', () => {
  it('walks every repository two at a time, in the order of one unpaged answer', async () => {
    for (const name of ['paging-a', 'paging-b', 'paging-c'])
      await c.ecr.send(new CreateRepositoryCommand({ repositoryName: name }));
    const all = await c.ecr.send(new DescribeRepositoriesCommand({}));
    const names = all.repositories!.map((r) => r.repositoryName);
    expect(names.length).toBeGreaterThan(4);
    expect(all.nextToken).toBeUndefined();

    const paged: (string | undefined)[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const out = await c.ecr.send(new DescribeRepositoriesCommand({ maxResults: 2, nextToken }));
      expect(out.repositories!.length).toBeLessThanOrEqual(2);
      paged.push(...out.repositories!.map((r) => r.repositoryName));
      nextToken = out.nextToken;
      pages++;
    } while (nextToken);
    expect(paged).toEqual(names);
    expect(pages).toBe(Math.ceil(names.length / 2));
  });

  it.each([0, 1001, 2.5])('refuses maxResults %s (1 to 1000)', async (maxResults) => {
    const err = await rejection(c.ecr.send(new DescribeRepositoriesCommand({ maxResults })));
    expect(err.name).toBe('InvalidParameterException');
    expect(err.message).toContain('maxResults');
  });

  it('refuses a nextToken it did not issue, and paging together with repositoryNames', async () => {
    const bogus = await rejection(c.ecr.send(new DescribeRepositoriesCommand({ nextToken: 'not-a-token' })));
    expect(bogus.name).toBe('InvalidParameterException');
    const withNames = await rejection(
      c.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['human-detection'], maxResults: 1 })),
    );
    expect(withNames.name).toBe('InvalidParameterException');
  });
});

describe('ListServices and ListTasks filter by launchType and schedulingStrategy', () => {
  const listServices = async (filter: { launchType?: LaunchType; schedulingStrategy?: SchedulingStrategy }) =>
    (await c.ecs.send(new ListServicesCommand({ cluster: CLUSTER, ...filter }))).serviceArns!;

  it('lists only the services of the launch type and strategy asked', async () => {
    const daemon = await c.ecs.send(
      new CreateServiceCommand({
        cluster: CLUSTER,
        serviceName: 'ec2-daemon',
        taskDefinition: 'human-detection:1',
        launchType: 'EC2',
        schedulingStrategy: 'DAEMON',
        desiredCount: 0,
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60718'] } },
      }),
    );
    const daemonArn = daemon.service!.serviceArn!;
    const all = await listServices({});
    expect(all).toContain(daemonArn);
    expect(await listServices({ launchType: 'EC2' })).toEqual([daemonArn]);
    expect(await listServices({ schedulingStrategy: 'DAEMON' })).toEqual([daemonArn]);
    const fargate = await listServices({ launchType: 'FARGATE' });
    expect(fargate).toEqual(all.filter((arn) => arn !== daemonArn));
    expect(await listServices({ schedulingStrategy: 'REPLICA' })).toEqual(fargate);
    expect(await listServices({ launchType: 'EXTERNAL' })).toEqual([]);
  });

  it('lists only the tasks of the launch type asked', async () => {
    await c.ecs.send(
      new RunTaskCommand({
        cluster: CLUSTER,
        taskDefinition: 'human-detection:1',
        launchType: 'FARGATE',
        startedBy: 'launch-type-filter',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60718'] } },
      }),
    );
    const list = async (launchType?: LaunchType) =>
      (
        await c.ecs.send(
          new ListTasksCommand({ cluster: CLUSTER, startedBy: 'launch-type-filter', launchType }),
        )
      ).taskArns!;
    expect(await list()).toHaveLength(1);
    expect(await list('FARGATE')).toHaveLength(1);
    expect(await list('EC2')).toEqual([]);
  });

  it('refuses a launch type or strategy outside the enum instead of ignoring it', async () => {
    for (const send of [
      () => c.ecs.send(new ListServicesCommand({ cluster: CLUSTER, launchType: 'LAMBDA' as LaunchType })),
      () =>
        c.ecs.send(
          new ListServicesCommand({ cluster: CLUSTER, schedulingStrategy: 'ONCE' as SchedulingStrategy }),
        ),
      () => c.ecs.send(new ListTasksCommand({ cluster: CLUSTER, launchType: 'LAMBDA' as LaunchType })),
    ]) {
      const err = await rejection(send());
      expect(err.name).toBe('InvalidParameterException');
    }
  });
});

describe('ELBv2 validates ARNs and markers before looking anything up', () => {
  const malformed = 'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/web';

  it('answers a malformed target group ARN with ValidationError, a well-formed unknown one with TargetGroupNotFound', async () => {
    for (const send of [
      () => c.elb.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [malformed] })),
      () => c.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: malformed })),
      () => c.elb.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: 'web-tg' })),
    ]) {
      const err = await rejection(send());
      expect(err.name).toBe('ValidationError');
      expect(err.message).toMatch(/is not a valid target group ARN$/);
      expect(err.$metadata!.httpStatusCode).toBe(400);
    }
    const unknown = await rejection(
      c.elb.send(
        new DescribeTargetGroupsCommand({
          TargetGroupArns: [`${malformed}/0123456789abcdef`],
        }),
      ),
    );
    expect(unknown.name).toBe('TargetGroupNotFoundException');
    const lb = await rejection(
      c.elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: ['arn:aws:nope'] })),
    );
    expect(lb.name).toBe('ValidationError');
    expect(lb.message).toContain('is not a valid load balancer ARN');
  });

  it('pages with the Marker it issued and refuses a bogus one', async () => {
    const first = await c.elb.send(new DescribeTargetGroupsCommand({ PageSize: 2 }));
    expect(first.TargetGroups).toHaveLength(2);
    const second = await c.elb.send(
      new DescribeTargetGroupsCommand({ PageSize: 2, Marker: first.NextMarker }),
    );
    expect(second.TargetGroups![0].TargetGroupArn).not.toBe(first.TargetGroups![0].TargetGroupArn);
    const bogus = await rejection(c.elb.send(new DescribeTargetGroupsCommand({ Marker: 'bogus' })));
    expect(bogus.name).toBe('ValidationError');
    expect(bogus.message).toContain('Marker');
  });
});

describe('the JSON protocol refuses what AWS refuses', () => {
  const raw = (contentType: string, body: string) =>
    fetch(emu.endpoint, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListClusters',
        authorization: `AWS4-HMAC-SHA256 Credential=AKIAEMULATOR00000000/20240101/eu-west-3/ecs/aws4_request, SignedHeaders=host, Signature=${'c'.repeat(64)}`,
      },
      body,
    });

  it('answers a target sent with another content type with 400 UnknownOperationException', async () => {
    for (const type of ['application/json', 'text/plain', 'application/x-www-form-urlencoded']) {
      const res = await raw(type, '{}');
      expect(res.status).toBe(400);
      expect(((await res.json()) as { __type: string }).__type).toBe('UnknownOperationException');
    }
  });

  it.each(['[]', '[{"cluster":"x"}]', 'null', '"text"', '42'])(
    'answers the JSON body %s (not an object) with 400 SerializationException',
    async (body) => {
      const res = await raw('application/x-amz-json-1.1', body);
      expect(res.status).toBe(400);
      const answer = (await res.json()) as { __type: string; message: string };
      expect(answer.__type).toBe('SerializationException');
      expect(answer.message).toMatch(/must be a JSON object/);
    },
  );

  it('still serves the same request with the right content type and an object body', async () => {
    const res = await raw('application/x-amz-json-1.1; charset=utf-8', '{}');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { clusterArns: string[] }).clusterArns.length).toBeGreaterThan(0);
  });
});
