import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, runAction, type ActionResult } from '../helpers/run-action.js';
import {
  leakedSecrets,
  REGISTRY_ALIAS,
  startRegistryWorld,
  type RegistryWorld,
} from '../helpers/registry-world.js';
import {
  ACCOUNT,
  CLUSTER,
  REGION,
  SERVICE,
  expectOutcome,
  expectTableCovers,
  permissionWarnings,
  policy,
  rows,
  without,
  type Expectation,
  type PolicyDocument,
} from './policies.js';

// The policy matrix of docs/iam.md for the root action: the whole pipeline (login, build and push,
// render, register, update, wait) run as the runner runs dist/pipeline, against the emulator with
// exactly examples/iam/pipeline.json as the role's identity policy, each statement removed in turn,
// and aws-actions' minimum. The push goes through the authorising proxy, asking the same policy.
const TASK_DEFINITION = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${SERVICE}`;
const SERVICE_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${CLUSTER}/${SERVICE}`;
let world: RegistryWorld;
let runs = 0;

beforeAll(async () => {
  world = await startRegistryWorld({ iam: true });
}, 60_000);
afterAll(async () => {
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

/** One deploy; each run sets another environment value, so each registers a revision of its own. */
async function deploy(role: PolicyDocument): Promise<ActionResult> {
  world.emulator.setIamPolicy(role);
  runs++;
  const result = await runAction('pipeline', {
    workspace: workspace(),
    inputs: {
      registry: world.registry.host,
      builder: 'buildah',
      image: `${world.registry.host}/${REGISTRY_ALIAS}/${SERVICE}`,
      'task-definition': '.aws/task-definition.json',
      'container-name': SERVICE,
      'environment-variables': `RUN=${runs}`,
      'aws-region': REGION,
      cluster: CLUSTER,
      service: SERVICE,
      'wait-for-minutes': '1',
      'push-retries': '0',
    },
    env: {
      ...world.env,
      GITHUB_SHA: '89abcdef0123456789abcdef0123456789abcdef',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'acme/intrusion-detection',
      SOURCE_DATE_EPOCH: '1796000000',
    },
    timeoutMs: 120_000,
  });
  expect(leakedSecrets(result, [world.password, world.token])).toEqual([]);
  return result;
}

describe('root action with the documented policy (examples/iam/pipeline.json)', () => {
  const documented = policy('pipeline');

  it('deploys end to end without a denial or warning', async () => {
    const before = world.emulator.mutatingCalls().length;
    const result = await deploy(documented);
    expectOutcome(result, world.emulator, { unused: true }, before);
    expect(result.outputs.healthy).toBe('true');
    expect(world.emulator.calls.filter((call) => call.denied)).toEqual([]);
  });

  const table: Record<string, Expectation> = {
    GetRegistryToken: { fails: 'ecr-public:GetAuthorizationToken on *', changed: [] },
    GetBearerTokenForEcrPublic: { fails: 'sts:GetServiceBearerToken on *', changed: [] },
    OptionalReadRegistryAlias: { warns: 'ecr-public:DescribeRegistries' },
    OptionalEnsureRepositories: { unused: true },
    PushImage: { failsWith: 'add ecr-public:BatchCheckLayerAvailability', changed: [] },
    RegisterTaskDefinition: { fails: `ecs:RegisterTaskDefinition on ${TASK_DEFINITION}:*`, changed: [] },
    PassTaskRoles: {
      fails: `iam:PassRole on arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
      changed: [],
    },
    OptionalTagTaskDefinitionOnRegister: { warns: 'ecs:TagResource' },
    // Read only when DescribeServices does not find the cluster (a deploy to it never does).
    OptionalReadCluster: { unused: true },
    OptionalReadTaskDefinitions: { warns: 'ecs:DescribeTaskDefinition' },
    UpdateService: { fails: `ecs:UpdateService on ${SERVICE_ARN}`, changed: ['RegisterTaskDefinition'] },
    ReadService: { fails: `ecs:DescribeServices on ${SERVICE_ARN}`, changed: [] },
    OptionalReadServiceDeployments: { unused: true },
    OptionalListTasks: { warns: 'ecs:ListTasks' },
    OptionalReadTasks: { warns: 'ecs:DescribeTasks' },
    OptionalReadTargetHealth: { warns: 'elasticloadbalancing:DescribeTargetHealth' },
    OptionalStopServiceDeployment: { unused: true },
    OptionalReadListenerRules: { unused: true },
  };

  it('every statement of the file has a row here', () => expectTableCovers(documented, table));

  it.each(rows(documented, table).filter(([, e]) => e !== undefined))(
    'without %s',
    async (sid, expectation) => {
      const before = world.emulator.mutatingCalls().length;
      const result = await deploy(without(documented, sid));
      expectOutcome(result, world.emulator, expectation, before);
      if (sid === 'UpdateService') {
        // A denial after a change reports what changed.
        expect(result.outputs['task-definition-arn']).toMatch(new RegExp(`^${TASK_DEFINITION}:\\d+$`));
        expect(result.summary).toContain(`${SERVICE}:`);
      }
    },
  );

  it('a role made for aws-actions deploys end to end, warning once for each missing optional permission', async () => {
    const result = await deploy(policy('aws-actions-minimum'));
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs.healthy).toBe('true');
    const named = permissionWarnings(result).map(
      (w) => w.match(/\b(ecs|ecr-public|elasticloadbalancing):[A-Za-z]+/)?.[0],
    );
    expect(named.sort()).toEqual(
      [
        'ecr-public:DescribeRegistries',
        'ecs:DescribeTaskDefinition',
        'ecs:ListTasks',
        'ecs:TagResource',
        'elasticloadbalancing:DescribeTargetHealth',
      ].sort(),
    );
  });
});
