import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_FIXTURE_PATH, startEmulator, type Emulator } from '../../emulator/index.js';
import { readFixture } from '../../emulator/fixture.js';
import type { Fixture } from '../../emulator/types.js';
import { buildahSandboxEnv } from '../helpers/local-registry.js';
import { repoRoot, runAction, type ActionResult } from '../helpers/run-action.js';
import {
  leakedSecrets,
  loggedInRegistries,
  REGISTRY_ALIAS,
  startRegistryWorld,
  type RegistryWorld,
} from '../helpers/registry-world.js';
import { mapLimit } from '../reliability/helpers.js';

// Issue 12, defect 1: every combination of the root action's booleans (rollback-on-failure,
// skip-unchanged, force-new-deployment, dry-run, skip-logout), end to end. Real parts: the root
// action's bundle (dist/pipeline) under Node 24, one AWS emulator per row over HTTP, buildah
// building and pushing the `hello` image, Debian's docker-registry with htpasswd auth.
//
// Why this shape (the file must stay well under 90 s on 2 shared cores):
// - Every row that logs in builds for real: skip-logout only means something after a real
//   login, and the login, build and push are what leave a credential behind. Each of these rows
//   has its own buildah storage and auth file, so "logged in afterwards" is a fact of that row.
// - The build is reproducible (same commit, SOURCE_DATE_EPOCH), so one build in beforeAll gives
//   the exact definition every row will render. Each row's emulator starts with the service
//   already running that definition: skip-unchanged and force-new-deployment then each have a
//   visible effect (a revision registered or reused, a deployment started or not).
// - rollback-on-failure only shows when the deployment fails: two more rows deploy a crashing
//   `prebuilt-image` (no build needed there) with it true and false.
// - Rows run 4 at a time, each with its own emulator, so one row's calls never count in another's.
const SERVICE = 'sites-management-api';
const BOOLEANS = ['rollback-on-failure', 'skip-unchanged', 'force-new-deployment', 'dry-run', 'skip-logout'];
type Row = Record<string, boolean>;
const ROWS: Row[] = Array.from({ length: 2 ** BOOLEANS.length }, (_, n) =>
  Object.fromEntries(BOOLEANS.map((name, bit) => [name, Boolean(n & (1 << bit))])),
);
const ENV = {
  GITHUB_SHA: '89abcdef0123456789abcdef0123456789abcdef',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REPOSITORY: `org/${SERVICE}`,
  SOURCE_DATE_EPOCH: '1796000000',
};

let world: RegistryWorld;
/** The seed with the service's revision 1 equal to what this commit renders (its built image). */
let runningThisCommit: Fixture;
let builtImage: string;

function workspace(): string {
  const dir = world.workspaceWith('hello');
  mkdirSync(path.join(dir, '.aws'));
  cpSync(
    path.join(repoRoot, `examples/task-definitions/${SERVICE}.json`),
    path.join(dir, '.aws/task-definition.json'),
  );
  return dir;
}

function run(emu: Emulator, sandbox: string, inputs: Record<string, string>): Promise<ActionResult> {
  return runAction('pipeline', {
    workspace: workspace(),
    timeoutMs: 90_000,
    inputs: {
      registry: world.registry.host,
      builder: 'buildah',
      image: `${world.registry.host}/${REGISTRY_ALIAS}/${SERVICE}`,
      'task-definition': '.aws/task-definition.json',
      'container-name': SERVICE,
      'aws-region': 'eu-west-3',
      cluster: 'intrusion-detection',
      service: SERVICE,
      'wait-for-minutes': '1',
      ...inputs,
    },
    env: { ...world.env, ...buildahSandboxEnv(sandbox), AWS_ENDPOINT_URL: emu.endpoint, ...ENV },
    secrets: [world.password, world.token],
  });
}

const flags = (row: Row) =>
  Object.fromEntries(Object.entries(row).map(([name, value]) => [name, String(value)]));
const ecsMutations = (emu: Emulator) =>
  emu
    .mutatingCalls()
    .filter((call) => call.service === 'ecs')
    .map((call) => call.operation);

beforeAll(async () => {
  world = await startRegistryWorld();
  // One real build and deploy of this commit, to learn the definition it renders.
  const template = await startEmulator({ registryPassword: world.password });
  try {
    const sandbox = mkdtempSync(path.join(world.dir, 'template-'));
    const result = await run(template, sandbox, {});
    if (result.code !== 0) throw new Error(`template run failed: ${result.errors.join('; ')}`);
    builtImage = result.outputs.image;
    const registered = template.calls.find(
      (call) => call.operation === 'RegisterTaskDefinition' && call.status === 200,
    )!.params as Record<string, unknown>;
    runningThisCommit = readFixture(SEED_FIXTURE_PATH);
    const region = runningThisCommit.regions!['eu-west-3'];
    region.taskDefinitions = region.taskDefinitions!.map((definition) =>
      definition.family === SERVICE ? (registered as typeof definition) : definition,
    );
  } finally {
    await template.close();
  }
}, 90_000);
afterAll(async () => {
  await world?.close();
});

describe('root action: every combination of its booleans', () => {
  it('each of the 32 rows has the outcome its booleans call for', async () => {
    const problems = await mapLimit(ROWS, 4, async (row) => {
      const emu = await startEmulator({ fixture: runningThisCommit, registryPassword: world.password });
      const sandbox = mkdtempSync(path.join(os.tmpdir(), 'pipeline-row-'));
      try {
        const result = await run(emu, sandbox, flags(row));
        const authFile = buildahSandboxEnv(sandbox).REGISTRY_AUTH_FILE;
        const seen = {
          code: result.code,
          errors: result.errors,
          healthy: result.outputs.healthy,
          registered: result.outputs.registered,
          rolledBack: result.outputs['rolled-back'],
          taskDefinition: result.outputs['task-definition-arn']?.split('/').pop(),
          image: result.outputs.image,
          ecs: ecsMutations(emu),
          built: /buildah (build|bud)\b/.test(result.stdout),
          loggedIn: loggedInRegistries(authFile).includes(world.registry.host),
          leaks: leakedSecrets(result, [world.password, world.token]),
        };
        const expected = expectedOutcome(row);
        const same = JSON.stringify(seen) === JSON.stringify(expected);
        return same ? undefined : { row, expected, seen, log: same ? '' : result.stdout.slice(-1500) };
      } finally {
        await emu.close();
      }
    });
    expect(problems.filter(Boolean)).toEqual([]);
  }, 180_000);

  it.each([true, false])(
    'a failing deployment with rollback-on-failure %s: fails, healthy=false, rolled back only when asked',
    async (rollback) => {
      const emu = await startEmulator({ fixture: runningThisCommit, registryPassword: world.password });
      try {
        // The emulator crashes images whose reference contains "crash"; prebuilt-image skips the build.
        const crashing = `${world.registry.host}/${REGISTRY_ALIAS}/${SERVICE}:crash-1`;
        const sandbox = mkdtempSync(path.join(os.tmpdir(), 'pipeline-row-'));
        const result = await run(emu, sandbox, {
          'prebuilt-image': crashing,
          'rollback-on-failure': String(rollback),
        });
        expect(result.code).toBe(1);
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]).not.toContain("Input 'rollback-task-definition'");
        expect(result.errors[0]).toMatch(/revision sites-management-api:2\) (failed|was rolled back)/);
        expect(result.outputs).toMatchObject({
          healthy: 'false',
          image: crashing,
          registered: 'true',
          'rolled-back': String(rollback),
        });
        expect(result.errors[0].includes('olled back to sites-management-api:1')).toBe(rollback);
        expect(ecsMutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
        expect(result.stdout).not.toMatch(/buildah (login|build|push)/);
      } finally {
        await emu.close();
      }
    },
    60_000,
  );
});

/** What a row must end with, from its booleans alone, starting from a service that runs this commit. */
function expectedOutcome(row: Row) {
  if (row['dry-run']) {
    // Preflight and plan only: no login, no build, no change, no outputs.
    return {
      code: 0,
      errors: [],
      ecs: [],
      built: false,
      loggedIn: false,
      leaks: [],
    };
  }
  const register = !row['skip-unchanged'];
  const update = register || row['force-new-deployment'];
  return {
    code: 0,
    errors: [],
    healthy: 'true',
    registered: String(register),
    rolledBack: 'false',
    taskDefinition: `${SERVICE}:${register ? 2 : 1}`,
    image: builtImage,
    ecs: [...(register ? ['RegisterTaskDefinition'] : []), ...(update ? ['UpdateService'] : [])],
    built: true,
    loggedIn: row['skip-logout'],
    leaks: [],
  };
}
