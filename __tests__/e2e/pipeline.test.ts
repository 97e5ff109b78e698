import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { emulatorClients, SEED } from '../helpers/emulator-clients.js';
import { repoRoot, runAction, type ActionResult, type RunOptions } from '../helpers/run-action.js';
import {
  leakedSecrets,
  REGISTRY_ALIAS,
  startRegistryWorld,
  type RegistryWorld,
} from '../helpers/registry-world.js';

// Real parts: the root action's bundle (dist/pipeline) under Node 24, the AWS emulator over HTTP,
// buildah building a FROM scratch image, and Debian's docker-registry with htpasswd auth.
const SERVICE = 'sites-management-api';
const CLUSTER = SEED.cluster;
let world: RegistryWorld;
let ecs: ECSClient;

beforeAll(async () => {
  world = await startRegistryWorld();
  ecs = emulatorClients(world.emulator).ecs;
}, 60_000);
afterAll(async () => {
  ecs?.destroy();
  await world?.close();
});

function workspace(): string {
  const dir = world.workspaceWith('hello');
  mkdirSync(path.join(dir, '.aws'));
  cpSync(
    path.join(repoRoot, `examples/task-definitions/${SERVICE}.json`),
    path.join(dir, '.aws/task-definition.json'),
  );
  return dir;
}

const sha = '89abcdef0123456789abcdef0123456789abcdef';
async function deploy(inputs: RunOptions['inputs'] = {}, dir = workspace()): Promise<ActionResult> {
  const result = await runAction('pipeline', {
    workspace: dir,
    inputs: {
      registry: world.registry.host,
      builder: 'buildah',
      image: `${world.registry.host}/${REGISTRY_ALIAS}/${SERVICE}`,
      'task-definition': '.aws/task-definition.json',
      'container-name': SERVICE,
      'environment-variables': 'LOG_LEVEL=debug\nFEATURE_FLAGS=a=1,b=2',
      'aws-region': 'eu-west-3',
      cluster: CLUSTER,
      service: SERVICE,
      'wait-for-minutes': '1',
      ...inputs,
    },
    env: {
      ...world.env,
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: `org/${SERVICE}`,
      // The commit's time, as the checkout would give it: the same commit builds the same digest.
      SOURCE_DATE_EPOCH: '1796000000',
    },
  });
  expect(leakedSecrets(result, [world.password, world.token])).toEqual([]);
  return result;
}

async function primaryTaskDefinition(): Promise<string> {
  const { services } = await ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: [SERVICE] }));
  return services![0].taskDefinition!;
}

describe('root action: the whole pipeline against the emulator, a real builder and a real registry', () => {
  it('pushes the image, registers a revision with it, updates the service and waits until healthy', async () => {
    const result = await deploy();
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    const digest = await world.manifestDigest(`${REGISTRY_ALIAS}/${SERVICE}`, 'sha-89abcde');
    expect(digest).toMatch(/^sha256:/);
    expect(result.outputs.image).toBe(`${world.registry.host}/${REGISTRY_ALIAS}/${SERVICE}@${digest}`);
    expect(result.outputs['task-definition-arn']).toMatch(/task-definition\/sites-management-api:2$/);
    expect(result.outputs['deployment-id']).toMatch(/^ecs-svc\/\d+$/);
    expect(result.outputs.healthy).toBe('true');
    expect(await primaryTaskDefinition()).toBe(result.outputs['task-definition-arn']);
    const registered = world.emulator.calls.filter(
      (call) => call.operation === 'RegisterTaskDefinition' && call.status === 200,
    );
    expect(registered).toHaveLength(1);
    const container = (registered[0].params as any).containerDefinitions[0];
    expect(container.image).toBe(result.outputs.image);
    expect(container.environment).toEqual(
      expect.arrayContaining([{ name: 'FEATURE_FLAGS', value: 'a=1,b=2' }]),
    );
    // One job summary for the whole deploy: every stage's section, in order.
    const sections = [
      'ECR Public login',
      'Build and push',
      'Task definition',
      'ECS deploy',
      'Deployment healthy',
    ];
    const at = sections.map((title) => result.summary.indexOf(title));
    expect(at.every((index, i) => index >= 0 && (i === 0 || index > at[i - 1]))).toBe(true);
    // Logged out at the end of the step.
    expect(result.stdout).toMatch(/buildah logout/);
  });

  it('re-running the same commit registers nothing and starts no deployment', async () => {
    const before = world.emulator.mutatingCalls().length;
    const result = await deploy();
    expect(result.code).toBe(0);
    const mutating = world.emulator
      .mutatingCalls()
      .slice(before)
      .filter((call) => call.service === 'ecs');
    expect(mutating).toEqual([]);
    expect(result.outputs.healthy).toBe('true');
  });

  it('a crashing image fails the step, and the service runs the previous revision again, healthy', async () => {
    const previous = await primaryTaskDefinition();
    // The emulator crashes images whose reference contains "crash"; prebuilt-image skips the build.
    const crashing = `${world.registry.host}/${REGISTRY_ALIAS}/${SERVICE}:crash-1`;
    const result = await deploy({ 'prebuilt-image': crashing });
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/revision sites-management-api:\d+\) failed/);
    expect(result.errors[0]).toMatch(/Essential container in task exited/);
    expect(result.errors[0]).toContain(`olled back to ${previous.split('/').pop()}`);
    expect(result.errors[0]).toMatch(/which is healthy$/);
    expect(result.outputs.healthy).toBe('false');
    expect(result.outputs['rolled-back']).toBe('true');
    expect(result.outputs['task-definition-arn']).toBe(previous);
    expect(result.outputs.image).toBe(crashing);
    expect(await primaryTaskDefinition()).toBe(previous);
    expect(result.stdout).not.toMatch(/buildah (login|build|push)/);
  });

  it.each([
    ['container-name', { 'container-name': 'no-such-container' }, /no-such-container/],
    ['service', { service: 'no-such-service' }, /no-such-service/],
    ['image', { image: `${'127.0.0.1:1'}/${REGISTRY_ALIAS}/Upper` }, /image/],
    ['ecr-region', { 'ecr-region': 'eu-west-3' }, /us-east-1/],
    ['revision', { revision: sha.slice(0, 7) }, /is not a full commit id/],
  ])('a bad %s fails before anything is pushed or changed', async (input, inputs, pattern) => {
    const before = world.emulator.mutatingCalls().length;
    const result = await deploy(inputs as RunOptions['inputs']);
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(`'${input}'`);
    expect(result.errors[0]).toMatch(pattern);
    expect(world.emulator.mutatingCalls().slice(before)).toEqual([]);
    expect(result.stdout).not.toMatch(/buildah (build|push)/);
  });

  // Issue 16: in a workflow_run workflow GITHUB_SHA is the default branch's head, not the tested
  // commit; `revision` names the tested one everywhere a commit is named.
  it('revision, not GITHUB_SHA, names the image tag, its revision label and the provenance tag', async () => {
    const tested = 'fedcba9876543210fedcba9876543210fedcba98';
    const result = await deploy({ revision: tested.toUpperCase() });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    const repository = `${REGISTRY_ALIAS}/${SERVICE}`;
    const digest = await world.manifestDigest(repository, 'sha-fedcba9');
    expect(result.outputs.image).toBe(`${world.registry.host}/${repository}@${digest}`);
    // The label as stored in the pushed image's config, read back from the registry.
    const auth = { authorization: `Basic ${Buffer.from(`AWS:${world.password}`).toString('base64')}` };
    const manifest = (await (
      await fetch(`http://${world.registry.host}/v2/${repository}/manifests/${digest}`, {
        headers: { ...auth, accept: 'application/vnd.oci.image.manifest.v1+json' },
      })
    ).json()) as { config: { digest: string } };
    const config = (await (
      await fetch(`http://${world.registry.host}/v2/${repository}/blobs/${manifest.config.digest}`, {
        headers: auth,
      })
    ).json()) as { config: { Labels: Record<string, string> } };
    expect(config.config.Labels['org.opencontainers.image.revision']).toBe(tested);
    const { tags } = await ecs.send(
      new DescribeTaskDefinitionCommand({
        taskDefinition: result.outputs['task-definition-arn'],
        include: ['TAGS'],
      }),
    );
    expect(tags).toContainEqual({ key: 'infra-actions:commit', value: tested });
    expect(JSON.stringify(tags)).not.toContain(sha);
  });

  it('a build context holding a checkout token is refused in the preflight, before the login', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, '.git'));
    const token = Buffer.from('x-access-token:ghs_pipelineE2eToken0123456789').toString('base64');
    writeFileSync(
      path.join(dir, '.git/config'),
      `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${token}\n`,
    );
    const before = world.emulator.mutatingCalls().length;
    const result = await deploy({}, dir);
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/holds git credentials: \.git\/config line 2 /)]);
    expect(leakedSecrets(result, [token])).toEqual([]);
    expect(world.emulator.mutatingCalls().slice(before)).toEqual([]);
    expect(result.stdout).not.toMatch(/buildah (login|build|push)/);
  });
});
