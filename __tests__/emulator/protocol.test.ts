import { spawn } from 'node:child_process';
import {
  DescribeServicesCommand,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { DescribeImagesCommand } from '@aws-sdk/client-ecr-public';
import { DescribeTargetGroupsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { CLUSTER, clients, rejection } from './helpers.js';

let emu: Emulator | undefined;
const opened: { destroy(): void }[] = [];

afterEach(async () => {
  for (const c of opened.splice(0)) c.destroy();
  await emu?.close();
  emu = undefined;
});

function sdk(e: Emulator, opts: Parameters<typeof clients>[1] = {}) {
  const c = clients(e, opts);
  opened.push(c.ecs, c.elb, c.ecr);
  return c;
}

const rawEcs = (e: Emulator, headers: Record<string, string>) =>
  fetch(e.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListClusters',
      ...headers,
    },
    body: '{}',
  });

describe('SigV4 credential scope', () => {
  it('refuses unsigned and malformed requests', async () => {
    emu = await startEmulator();
    const missing = await rawEcs(emu, {});
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as any).__type).toBe('MissingAuthenticationTokenException');
    const malformed = await rawEcs(emu, { authorization: 'Bearer abc' });
    expect(malformed.status).toBe(403);
    expect(((await malformed.json()) as any).__type).toBe('IncompleteSignatureException');
    const wrongService = await rawEcs(emu, {
      authorization: `AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-3/ecr-public/aws4_request, SignedHeaders=host, Signature=${'c'.repeat(64)}`,
    });
    expect(((await wrongService.json()) as any).__type).toBe('InvalidSignatureException');
    expect(emu.calls.map((c) => c.error)).toEqual([
      'MissingAuthenticationTokenException',
      'IncompleteSignatureException',
      'InvalidSignatureException',
    ]);
  });

  it('rejects unknown access keys when accessKeys is set', async () => {
    emu = await startEmulator({ accessKeys: ['AKIAGOODKEY000000000'] });
    const good = sdk(emu, { accessKeyId: 'AKIAGOODKEY000000000' });
    const out = await good.ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: ['idp'] }));
    expect(out.services).toHaveLength(1);
    const bad = sdk(emu, { accessKeyId: 'AKIABADKEY0000000000' });
    const err = await rejection(
      bad.ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: ['idp'] })),
    );
    expect(err.name).toBe('UnrecognizedClientException');
    expect(err.$metadata.httpStatusCode).toBe(403);
    const elbErr = await rejection(bad.elb.send(new DescribeTargetGroupsCommand({})));
    expect(elbErr.name).toBe('InvalidClientTokenId');
  });
});

describe('faults', () => {
  it('throttles 30% of ECS calls with ThrottlingException and the SDK retries absorb it', async () => {
    emu = await startEmulator({ seed: 3, faults: [{ kind: 'throttle', rate: 0.3, service: 'ecs' }] });
    const { ecs } = sdk(emu);
    for (let i = 0; i < 12; i++) {
      const out = await ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: ['idp'] }));
      expect(out.services![0].serviceName).toBe('idp');
    }
    const throttled = emu.calls.filter((c) => c.error === 'ThrottlingException');
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled.every((c) => c.status === 400)).toBe(true);
    expect(emu.calls.filter((c) => c.status === 200)).toHaveLength(12);
  });

  it('is deterministic for a seed', async () => {
    const pattern = async () => {
      const e = await startEmulator({ seed: 11, faults: [{ kind: 'throttle', rate: 0.5, service: 'ecs' }] });
      const { ecs } = clients(e, { maxAttempts: 1 });
      const out: string[] = [];
      for (let i = 0; i < 10; i++) {
        out.push(
          await ecs.send(new ListTaskDefinitionsCommand({})).then(
            () => 'ok',
            (err: Error) => err.name,
          ),
        );
      }
      ecs.destroy();
      await e.close();
      return out;
    };
    const a = await pattern();
    expect(a).toContain('ThrottlingException');
    expect(a).toContain('ok');
    expect(await pattern()).toEqual(a);
  });

  it('answers 500 InternalFailure (XML) / ServerException (JSON), refusing before processing', async () => {
    emu = await startEmulator({
      faults: [{ kind: 'internal', rate: 1, operations: ['DescribeTargetGroups', 'RegisterTaskDefinition'] }],
    });
    const { elb, ecs } = sdk(emu, { maxAttempts: 1 });
    const e1 = await rejection(elb.send(new DescribeTargetGroupsCommand({})));
    expect(e1.$metadata.httpStatusCode).toBe(500);
    expect(e1.name).toBe('InternalFailure');
    const e2 = await rejection(
      ecs.send(
        new RegisterTaskDefinitionCommand({
          family: 'x',
          containerDefinitions: [{ name: 'x', image: 'x', memory: 128 }],
        }),
      ),
    );
    expect(e2.name).toBe('ServerException');
    expect(emu.state.regions['eu-west-3'].taskDefinitions.x).toBeUndefined();
    expect(emu.mutatingCalls()).toEqual([]);
  });

  it('drops connections and adds latency; the SDK retries dropped calls', async () => {
    emu = await startEmulator({ seed: 5 });
    const { ecs } = sdk(emu);
    emu.setFaults([{ kind: 'drop', rate: 1, service: 'ecs' }]);
    const dropped = await rejection(
      sdk(emu, { maxAttempts: 1 }).ecs.send(new ListTaskDefinitionsCommand({})),
    );
    expect(dropped.message).toMatch(/socket hang up|ECONNRESET/);
    expect(emu.calls[emu.calls.length - 1].error).toBe('ConnectionDropped');

    emu.setFaults([{ kind: 'drop', rate: 0.4, service: 'ecs' }]);
    for (let i = 0; i < 5; i++) await ecs.send(new ListTaskDefinitionsCommand({}));

    emu.setFaults([{ kind: 'latency', rate: 1, latencyMs: 300 }]);
    const t0 = Date.now();
    await ecs.send(new ListTaskDefinitionsCommand({}));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });
});

describe('call log and admin endpoints', () => {
  it('records every call with service, operation, region and parameters; mutatingCalls() keeps successful changes', async () => {
    emu = await startEmulator();
    const { ecs, elb } = sdk(emu);
    await ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: ['idp'] }));
    await rejection(
      ecs.send(new RegisterTaskDefinitionCommand({ family: 'bad!', containerDefinitions: [] })),
    );
    await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'ok',
        containerDefinitions: [{ name: 'ok', image: 'ok', memory: 128 }],
      }),
    );
    await elb.send(new DescribeTargetGroupsCommand({ Names: ['idp-tg'] }));
    expect(emu.calls.map((c) => [c.service, c.operation, c.region, c.status, c.mutating])).toEqual([
      ['ecs', 'DescribeServices', 'eu-west-3', 200, false],
      ['ecs', 'RegisterTaskDefinition', 'eu-west-3', 400, true],
      ['ecs', 'RegisterTaskDefinition', 'eu-west-3', 200, true],
      ['elbv2', 'DescribeTargetGroups', 'eu-west-3', 200, false],
    ]);
    expect(emu.calls[0].params).toEqual({ cluster: CLUSTER, services: ['idp'] });
    expect(emu.calls[1].error).toBe('ClientException');
    expect((emu.calls[3].params as any)['Names.member.1']).toBe('idp-tg');
    expect(emu.mutatingCalls().map((c) => (c.params as any).family)).toEqual(['ok']);
  });

  it('serves calls, state, faults, behaviours and reset-calls over HTTP', async () => {
    emu = await startEmulator();
    const { ecs } = sdk(emu, { maxAttempts: 1 });
    await ecs.send(new ListTaskDefinitionsCommand({}));
    const calls = (await (await fetch(`${emu.endpoint}/_emulator/calls`)).json()) as any;
    expect(calls.calls.map((c: any) => c.operation)).toEqual(['ListTaskDefinitions']);
    const state = (await (await fetch(`${emu.endpoint}/_emulator/state`)).json()) as any;
    expect(Object.keys(state.regions['eu-west-3'].clusters[CLUSTER].services)).toHaveLength(6);

    const post = (path: string, body: unknown) =>
      fetch(`${emu!.endpoint}/_emulator/${path}`, { method: 'POST', body: JSON.stringify(body) });
    expect((await post('faults', { rules: [{ kind: 'throttle', rate: 1 }] })).status).toBe(200);
    expect((await rejection(ecs.send(new ListTaskDefinitionsCommand({})))).name).toBe('ThrottlingException');
    await post('faults', { rules: [] });
    expect((await post('faults', { rules: [{ kind: 'bogus', rate: 1 }] })).status).toBe(400);

    expect((await post('behaviours', { match: 'idp:v5', behaviour: 'crash' })).status).toBe(200);
    expect(((await (await fetch(`${emu.endpoint}/_emulator/behaviours`)).json()) as any).rules).toEqual([
      { match: 'idp:v5', behaviour: 'crash' },
    ]);
    expect((await post('reset-calls', {})).status).toBe(200);
    expect(emu.calls).toEqual([]);
  });
});

describe('admin images', () => {
  it('records a pushed image so that ECR Public DescribeImages reports it', async () => {
    emu = await startEmulator();
    const res = await fetch(`${emu.endpoint}/_emulator/images`, {
      method: 'POST',
      body: JSON.stringify({
        repository: 'idp',
        tags: ['sha-1234567', 'latest'],
        digest: 'sha256:' + 'd'.repeat(64),
      }),
    });
    expect(res.status).toBe(200);
    const { ecr } = sdk(emu);
    const out = await ecr.send(new DescribeImagesCommand({ repositoryName: 'idp' }));
    const pushed = out.imageDetails!.find((i) => i.imageDigest === 'sha256:' + 'd'.repeat(64))!;
    expect(pushed.imageTags).toEqual(['sha-1234567', 'latest']);
    // the tag moved away from the seed image
    expect(out.imageDetails!.find((i) => i.imageDigest !== pushed.imageDigest)!.imageTags).toEqual(['v1']);
  });
});

describe('CLI', () => {
  it('starts on the given port, prints the endpoint and env vars, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'emulator/cli.ts',
        '--port',
        '0',
        '--time-scale',
        '0.05',
        '--registry-password',
        'pw',
      ],
      {
        cwd: process.cwd(),
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    const endpoint = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no endpoint printed: ${out}`)), 20000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = out.match(/AWS_ENDPOINT_URL=(http:\/\/127\.0\.0\.1:\d+)/);
        // The banner comes in several writes: wait for its last variable, not the first line
        // (waiting on AWS_REGION alone was a race once the exports became several lines).
        if (m && out.includes('AWS_REGION=') && out.includes('AWS_SECRET_ACCESS_KEY=')) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', () => reject(new Error(`cli exited: ${out}`)));
    });
    expect(out).toContain('AWS_ACCESS_KEY_ID=');
    expect(out).toContain('AWS_SECRET_ACCESS_KEY=');
    const health = (await (await fetch(`${endpoint}/_emulator/health`)).json()) as any;
    expect(health).toMatchObject({ ok: true, timeScale: 0.05 });
    const code = await new Promise<number | null>((resolve) => {
      child.removeAllListeners('exit');
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
  });
});
