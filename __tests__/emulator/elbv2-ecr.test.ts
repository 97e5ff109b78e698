import {
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRegistriesCommand,
  DescribeRepositoriesCommand,
  GetAuthorizationTokenCommand,
} from '@aws-sdk/client-ecr-public';
import {
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { clients, rejection } from './helpers.js';

let emu: Emulator;
let c: ReturnType<typeof clients>;

beforeAll(async () => {
  emu = await startEmulator({ registryPassword: 'local-registry-pass', timeScale: 0.002 });
  c = clients(emu);
});
afterAll(async () => {
  c.ecs.destroy();
  c.elb.destroy();
  c.ecr.destroy();
  await emu.close();
});

describe('ELBv2 (awsQuery)', () => {
  it('describes the seed ALB and its six target groups', async () => {
    const lbs = await c.elb.send(new DescribeLoadBalancersCommand({ Names: ['intrusion-detection-alb'] }));
    const lb = lbs.LoadBalancers![0];
    expect(lb).toMatchObject({
      LoadBalancerName: 'intrusion-detection-alb',
      Type: 'application',
      State: { Code: 'active' },
    });
    expect(lb.CreatedTime).toBeInstanceOf(Date);
    expect(lb.LoadBalancerArn).toMatch(
      /^arn:aws:elasticloadbalancing:eu-west-3:123456789012:loadbalancer\/app\/intrusion-detection-alb\/[0-9a-f]{16}$/,
    );

    const all = await c.elb.send(new DescribeTargetGroupsCommand({ LoadBalancerArn: lb.LoadBalancerArn }));
    expect(all.TargetGroups!.map((t) => t.TargetGroupName).sort()).toEqual([
      'human-detection-tg',
      'idp-tg',
      'intrusion-management-api-tg',
      'sites-management-api-tg',
      'web-ui-client-tg',
      'web-ui-management-tg',
    ]);
    const byName = await c.elb.send(new DescribeTargetGroupsCommand({ Names: ['idp-tg'] }));
    const tg = byName.TargetGroups![0];
    expect(tg).toMatchObject({
      TargetType: 'ip',
      Protocol: 'HTTP',
      HealthCheckIntervalSeconds: 30,
      HealthyThresholdCount: 3,
      Matcher: { HttpCode: '200-399' },
      LoadBalancerArns: [lb.LoadBalancerArn],
    });
    const byArn = await c.elb.send(
      new DescribeTargetGroupsCommand({ TargetGroupArns: [tg.TargetGroupArn!] }),
    );
    expect(byArn.TargetGroups![0].TargetGroupName).toBe('idp-tg');
  });

  it('raises TargetGroupNotFoundException and LoadBalancerNotFoundException', async () => {
    const e1 = await rejection(c.elb.send(new DescribeTargetGroupsCommand({ Names: ['nope'] })));
    expect(e1.name).toBe('TargetGroupNotFoundException');
    const e2 = await rejection(
      c.elb.send(
        new DescribeTargetHealthCommand({
          TargetGroupArn:
            'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/x/0123456789abcdef',
        }),
      ),
    );
    expect(e2.name).toBe('TargetGroupNotFoundException');
    expect(e2.message).toMatch(/not found/);
    const e3 = await rejection(c.elb.send(new DescribeLoadBalancersCommand({ Names: ['nope'] })));
    expect(e3.name).toBe('LoadBalancerNotFoundException');
  });

  it('reports target health for the running tasks, and unused for unregistered targets', async () => {
    const tg = (await c.elb.send(new DescribeTargetGroupsCommand({ Names: ['web-ui-client-tg'] })))
      .TargetGroups![0];
    const th = await c.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }));
    expect(th.TargetHealthDescriptions).toHaveLength(2);
    for (const d of th.TargetHealthDescriptions!) {
      expect(d.Target!.Id).toMatch(/^10\.0\.\d+\.\d+$/);
      expect(d.Target!.Port).toBe(80);
      expect(d.HealthCheckPort).toBe('80');
      expect(d.TargetHealth).toEqual({ State: 'healthy' });
    }
    const one = await c.elb.send(
      new DescribeTargetHealthCommand({
        TargetGroupArn: tg.TargetGroupArn,
        Targets: [
          { Id: th.TargetHealthDescriptions![0].Target!.Id!, Port: 80 },
          { Id: '10.9.9.9', Port: 80 },
        ],
      }),
    );
    expect(one.TargetHealthDescriptions![0].TargetHealth!.State).toBe('healthy');
    expect(one.TargetHealthDescriptions![1].TargetHealth).toEqual({
      State: 'unused',
      Reason: 'Target.NotRegistered',
      Description: 'Target is not registered to the target group',
    });
  });

  it('answers with the awsQuery XML wrapper and ErrorResponse on the wire', async () => {
    const auth =
      'AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-3/elasticloadbalancing/aws4_request, SignedHeaders=host, Signature=' +
      'b'.repeat(64);
    const ok = await fetch(emu.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: auth },
      body:
        'Action=DescribeTargetHealth&Version=2015-12-01&TargetGroupArn=' +
        encodeURIComponent(Object.values(emu.state.regions['eu-west-3'].targetGroups)[0].arn),
    });
    const xml = await ok.text();
    expect(xml).toMatch(
      /^<DescribeTargetHealthResponse xmlns="http:\/\/elasticloadbalancing.amazonaws.com\/doc\/2015-12-01\/"><DescribeTargetHealthResult><TargetHealthDescriptions><member>/,
    );
    expect(xml).toContain('<ResponseMetadata><RequestId>');
    const bad = await fetch(emu.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: auth },
      body: 'Action=DescribeTargetGroups&Version=2015-12-01&Names.member.1=nope',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(
      /^<ErrorResponse xmlns="[^"]+"><Error><Type>Sender<\/Type><Code>TargetGroupNotFound<\/Code><Message>One or more target groups not found<\/Message><\/Error><RequestId>[^<]+<\/RequestId><\/ErrorResponse>$/,
    );
  });
});

describe('ECR Public (us-east-1)', () => {
  it('hands out a base64 AWS:<password> token with an expiry', async () => {
    const out = await c.ecr.send(new GetAuthorizationTokenCommand({}));
    const token = out.authorizationData!.authorizationToken!;
    expect(Buffer.from(token, 'base64').toString()).toBe('AWS:local-registry-pass');
    expect(out.authorizationData!.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 11 * 3600 * 1000);
    expect(emu.registryPassword).toBe('local-registry-pass');
  });

  it('describes the registry with its default alias', async () => {
    const out = await c.ecr.send(new DescribeRegistriesCommand({}));
    expect(out.registries).toEqual([
      {
        registryId: '123456789012',
        registryArn: 'arn:aws:ecr-public::123456789012:registry/123456789012',
        registryUri: 'public.ecr.aws/a1b2c3d4',
        verified: false,
        aliases: [
          { name: 'a1b2c3d4', status: 'ACTIVE', primaryRegistryAlias: true, defaultRegistryAlias: true },
        ],
      },
    ]);
  });

  it('creates and describes repositories, with RepositoryAlreadyExists and RepositoryNotFound errors', async () => {
    const created = await c.ecr.send(new CreateRepositoryCommand({ repositoryName: 'new-service' }));
    expect(created.repository).toMatchObject({
      repositoryName: 'new-service',
      repositoryUri: 'public.ecr.aws/a1b2c3d4/new-service',
      repositoryArn: 'arn:aws:ecr-public::123456789012:repository/new-service',
      registryId: '123456789012',
    });
    expect(created.repository!.createdAt).toBeInstanceOf(Date);
    const dup = await rejection(c.ecr.send(new CreateRepositoryCommand({ repositoryName: 'new-service' })));
    expect(dup.name).toBe('RepositoryAlreadyExistsException');
    const invalid = await rejection(c.ecr.send(new CreateRepositoryCommand({ repositoryName: 'Bad_Name!' })));
    expect(invalid.name).toBe('InvalidParameterException');

    const all = await c.ecr.send(new DescribeRepositoriesCommand({}));
    expect(all.repositories!.map((r) => r.repositoryName)).toEqual(
      expect.arrayContaining(['human-detection', 'idp', 'sites-management-api', 'new-service']),
    );
    const missing = await rejection(
      c.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['idp', 'ghost'] })),
    );
    expect(missing.name).toBe('RepositoryNotFoundException');
    expect(missing.message).toContain("'ghost'");
  });

  it('describes images by tag and raises ImageNotFoundException', async () => {
    const out = await c.ecr.send(
      new DescribeImagesCommand({ repositoryName: 'idp', imageIds: [{ imageTag: 'v1' }] }),
    );
    expect(out.imageDetails![0]).toMatchObject({ repositoryName: 'idp', imageTags: ['v1', 'latest'] });
    expect(out.imageDetails![0].imageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const err = await rejection(
      c.ecr.send(new DescribeImagesCommand({ repositoryName: 'idp', imageIds: [{ imageTag: 'v7' }] })),
    );
    expect(err.name).toBe('ImageNotFoundException');
  });

  it('refuses an ECR Public call scoped to eu-west-3', async () => {
    const wrong = clients(emu, { region: 'eu-west-3' }).ecr;
    const err = await rejection(wrong.send(new GetAuthorizationTokenCommand({})));
    expect(err.name).toBe('UnsupportedCommandException');
    expect(err.message).toMatch(/only in us-east-1/);
    wrong.destroy();
    const last = emu.calls[emu.calls.length - 1];
    expect(last).toMatchObject({
      service: 'ecr-public',
      operation: 'GetAuthorizationToken',
      region: 'eu-west-3',
      status: 400,
      error: 'UnsupportedCommandException',
    });
  });
});
