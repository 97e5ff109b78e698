import { randomBytes } from 'node:crypto';
import { RegisterTaskDefinitionCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { emulatorClients, SEED } from '../helpers/emulator-clients.js';
import { leakedSecrets, loggedInRegistries, startRegistryWorld } from '../helpers/registry-world.js';
import { runAction } from '../helpers/run-action.js';
import { startTinyproxy, type Tinyproxy } from '../helpers/tinyproxy.js';

// Real parts: the wait-healthy and ecr-public-login bundles under Node 24 as the runner runs them,
// the real AWS SDK in them, Debian's tinyproxy on 127.0.0.1 (a real forwarding proxy that adds
// a Via header and logs each request line), the AWS emulator (which records the Via header of
// each call), and for the login buildah with Debian's docker-registry.
const REGION = SEED.region;
const CLUSTER = SEED.cluster;
const SERVICE = 'web-ui-client';

let emulator: Emulator | undefined;
let proxy: Tinyproxy | undefined;
afterEach(async () => {
  await emulator?.close();
  await proxy?.close();
  emulator = proxy = undefined;
});

/** A rollout for wait-healthy to follow, started by the test itself (directly, not through the proxy). */
async function startRollout(emu: Emulator): Promise<string> {
  const { ecs } = emulatorClients(emu);
  const body = structuredClone(emu.state.regions[REGION].taskDefinitions[SERVICE][0].body);
  body.containerDefinitions[0].image = `public.ecr.aws/a1b2c3d4/${SERVICE}:v2`;
  const registered = await ecs.send(new RegisterTaskDefinitionCommand(body as never));
  const updated = await ecs.send(
    new UpdateServiceCommand({
      cluster: CLUSTER,
      service: SERVICE,
      taskDefinition: registered.taskDefinition!.taskDefinitionArn,
    }),
  );
  return updated.service!.deployments!.find((d) => d.status === 'PRIMARY')!.id!;
}

/** The emulator's request lines in the proxy's log. */
const proxiedTo = (p: Tinyproxy, port: number) =>
  p.requests().filter((line) => line.startsWith(`POST http://127.0.0.1:${port}/`));

describe('AWS clients behind a proxy (HTTPS_PROXY / HTTP_PROXY / NO_PROXY)', () => {
  it('wait-healthy sends every ECS and ELBv2 request through HTTP_PROXY when NO_PROXY is empty', async () => {
    emulator = await startEmulator({ timeScale: 0.01 });
    proxy = await startTinyproxy();
    const deploymentId = await startRollout(emulator);
    const own = emulator.calls.length;

    const result = await runAction('wait-healthy', {
      inputs: { cluster: CLUSTER, service: SERVICE, 'deployment-id': deploymentId },
      env: {
        AWS_ENDPOINT_URL: emulator.endpoint,
        AWS_REGION: REGION,
        HTTPS_PROXY: proxy.url,
        HTTP_PROXY: proxy.url,
        NO_PROXY: '',
      },
      timeoutMs: 60_000,
    });

    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    const calls = emulator.calls.slice(own);
    expect(new Set(calls.map((call) => call.service))).toEqual(new Set(['ecs', 'elbv2']));
    // Every call of the action arrived with tinyproxy's Via header, and the proxy logged each one.
    expect(calls.filter((call) => !call.via?.includes(proxy!.viaName))).toEqual([]);
    expect(proxiedTo(proxy, emulator.port).length).toBe(calls.length);
    // The test's own calls went direct: the Via header is the proxy's doing, not the emulator's.
    expect(emulator.calls.slice(0, own).every((call) => call.via === undefined)).toBe(true);
    expect(result.stdout).toContain(
      `AWS API requests to https:// endpoints through ${proxy.url} (HTTPS_PROXY), to http:// endpoints through ${proxy.url} (HTTP_PROXY)`,
    );
  });

  it('NO_PROXY=127.0.0.1 sends the requests direct: none in the proxy log, none with a Via header', async () => {
    emulator = await startEmulator({ timeScale: 0.01 });
    proxy = await startTinyproxy();
    const deploymentId = await startRollout(emulator);
    const own = emulator.calls.length;

    const result = await runAction('wait-healthy', {
      inputs: { cluster: CLUSTER, service: SERVICE, 'deployment-id': deploymentId },
      env: {
        AWS_ENDPOINT_URL: emulator.endpoint,
        AWS_REGION: REGION,
        HTTPS_PROXY: proxy.url,
        HTTP_PROXY: proxy.url,
        NO_PROXY: 'example.org, 127.0.0.1',
      },
      timeoutMs: 60_000,
    });

    expect(result.code).toBe(0);
    const calls = emulator.calls.slice(own);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((call) => call.via !== undefined)).toEqual([]);
    expect(proxiedTo(proxy, emulator.port)).toEqual([]);
    expect(result.stdout).toContain('hosts in NO_PROXY go direct');
  });

  it('a proxy variable that is no http(s) URL is one clear error that names it and hides the password', async () => {
    emulator = await startEmulator({ timeScale: 0.01 });
    const result = await runAction('wait-healthy', {
      inputs: { cluster: CLUSTER, service: SERVICE },
      env: {
        AWS_ENDPOINT_URL: emulator.endpoint,
        AWS_REGION: REGION,
        https_proxy: 'socks5://deploy:s3cret-proxy-pw@127.0.0.1:1080',
      },
    });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      'The environment variable https_proxy uses the scheme socks5:, and only http:// and https:// proxies are supported. Give http://host:port or https://host:port (user:password@ may come before the host, percent-encoded)',
    ]);
    expect(result.log).not.toContain('s3cret-proxy-pw');
    expect(emulator.calls).toEqual([]);
  });
});

describe('ecr-public-login with the http-proxy input', () => {
  it('sends the ECR Public requests through the proxy with its credentials, masks the password, and the builder logs in to the loopback registry direct', async () => {
    const proxyPassword = `pp-${randomBytes(12).toString('hex')}`;
    proxy = await startTinyproxy({ basicAuth: { user: 'deployer', password: proxyPassword } });
    const world = await startRegistryWorld();
    try {
      const result = await runAction('ecr-public-login', {
        inputs: {
          registry: world.registry.host,
          repositories: 'behind-a-proxy',
          'http-proxy': `http://deployer:${proxyPassword}@127.0.0.1:${proxy.port}`,
        },
        // No proxy variables: the input alone routes the requests.
        env: { ...world.env, NO_PROXY: '' },
        secrets: [proxyPassword],
      });

      expect(result.errors).toEqual([]);
      expect(result.code).toBe(0);
      const calls = world.emulator.calls;
      expect(calls.map((call) => call.operation)).toEqual([
        'GetAuthorizationToken',
        'DescribeRegistries',
        'DescribeRepositories',
        'CreateRepository',
      ]);
      // tinyproxy answers 407 without the BasicAuth credentials: these calls carried them.
      expect(calls.filter((call) => !call.via?.includes(proxy!.viaName))).toEqual([]);
      expect(proxiedTo(proxy, world.emulator.port).length).toBe(calls.length);
      expect(result.stdout).toContain(
        `AWS API requests to https:// endpoints through ${proxy.url} (input http-proxy, with credentials), to http:// endpoints through ${proxy.url} (input http-proxy, with credentials)`,
      );
      expect(result.masks).toContain(proxyPassword);
      expect(result.leaks).toEqual([]);
      expect(leakedSecrets(result, [proxyPassword, world.password])).toEqual([]);

      // buildah had the proxy as HTTPS_PROXY/HTTP_PROXY, but Go never proxies a loopback address
      // (golang.org/x/net/http/httpproxy, Config.ProxyFunc): the login reached 127.0.0.1 direct.
      expect(loggedInRegistries(world.authFile)).toContain(world.registry.host);
      expect(proxy.requests().filter((line) => line.includes(world.registry.host))).toEqual([]);
    } finally {
      await world.close();
    }
  });
});
