import { runAction, type ActionResult, type RunOptions } from '../helpers/run-action.js';
import {
  leakedSecrets,
  REGISTRY_ALIAS,
  startRegistryWorld,
  type RegistryWorld,
} from '../helpers/registry-world.js';
import {
  ACCOUNT,
  ALLOWS_NOTHING_USED,
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

// The policy matrix of docs/iam.md for ecr-public-login and build-push: the bundles run as the
// runner runs them, against the emulator's ECR Public with exactly the policy files of
// examples/iam/ as the role's identity policy, and buildah pushing to a real registry behind the
// authorising proxy, which asks the same policy for each push action on the repository ARN
// (startRegistryWorld({ iam: true })).
let world: RegistryWorld;

beforeAll(async () => {
  world = await startRegistryWorld({ iam: true });
}, 60_000);
afterAll(async () => {
  await world?.close();
});

async function run(name: 'ecr-public-login' | 'build-push', role: PolicyDocument, options: RunOptions) {
  world.emulator.setIamPolicy(role);
  const result = await runAction(name, { ...options, env: { ...world.env, ...options.env } });
  expect(leakedSecrets(result, [world.password, world.token])).toEqual([]);
  return result;
}

function login(role: PolicyDocument, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return run('ecr-public-login', role, {
    inputs: { registry: world.registry.host, builder: 'buildah', ...inputs },
  });
}

describe('ecr-public-login with the documented policy (examples/iam/ecr-public-login.json)', () => {
  const documented = policy('ecr-public-login');

  it('logs in and reads the alias without a denial or warning', async () => {
    const result = await login(documented);
    expectOutcome(result, world.emulator, { unused: true });
    expect(result.outputs['registry-alias']).toBe(REGISTRY_ALIAS);
    expect(world.emulator.calls.filter((call) => call.denied)).toEqual([]);
  });

  const table: Record<string, Expectation> = {
    GetRegistryToken: { fails: 'ecr-public:GetAuthorizationToken on *', changed: [] },
    GetBearerTokenForEcrPublic: { fails: 'sts:GetServiceBearerToken on *', changed: [] },
    OptionalReadRegistryAlias: { warns: 'ecr-public:DescribeRegistries' },
    OptionalEnsureRepositories: { unused: true },
  };

  it('every statement of the file has a row here', () => expectTableCovers(documented, table));

  it.each(rows(documented, table).filter(([, e]) => e !== undefined))(
    'without %s',
    async (sid, expectation) => {
      const before = world.emulator.mutatingCalls().length;
      const result = await login(without(documented, sid));
      expectOutcome(result, world.emulator, expectation, before);
      if (sid === 'OptionalReadRegistryAlias') expect(result.outputs['registry-alias']).toBe('');
    },
  );

  it('with repositories: without OptionalReadRegistryAlias the alias comes from the repository URI', async () => {
    const result = await login(without(documented, 'OptionalReadRegistryAlias'), { repositories: SERVICE });
    expectOutcome(result, world.emulator, { warns: 'ecr-public:DescribeRegistries' });
    expect(result.outputs['registry-alias']).toBe(REGISTRY_ALIAS);
  });

  it('with repositories: without OptionalEnsureRepositories the step fails naming ecr-public:DescribeRepositories', async () => {
    const before = world.emulator.mutatingCalls().length;
    const result = await login(without(documented, 'OptionalEnsureRepositories'), { repositories: SERVICE });
    expectOutcome(
      result,
      world.emulator,
      {
        fails: `ecr-public:DescribeRepositories on arn:aws:ecr-public::${ACCOUNT}:repository/${SERVICE}`,
        changed: [],
      },
      before,
    );
  });

  it('a role made for aws-actions logs in, warning once that the alias is unknown', async () => {
    const result = await login(policy('aws-actions-minimum'));
    expectOutcome(result, world.emulator, { warns: 'ecr-public:DescribeRegistries' });
  });
});

describe('build-push with the documented policy (examples/iam/build-push.json)', () => {
  const documented = policy('build-push');
  const image = () => `${world.registry.host}/${REGISTRY_ALIAS}/${SERVICE}`;
  let tags = 0;

  beforeAll(async () => {
    const result = await login(policy('ecr-public-login'));
    if (result.code !== 0) throw new Error(`login failed: ${result.errors.join('\n')}`);
  }, 60_000);

  function build(role: PolicyDocument): Promise<ActionResult> {
    return run('build-push', role, {
      workspace: world.workspaceWith('hello'),
      inputs: { image: image(), tags: `iam-${++tags}`, 'push-retries': '0' },
      env: {
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        SOURCE_DATE_EPOCH: String(1700000000 + tags),
      },
    });
  }

  it('pushes with the documented policy (build-push makes no AWS API call: only the push is authorised)', async () => {
    const result = await build(documented);
    expectOutcome(result, world.emulator, { unused: true });
    expect(await world.manifestDigest(`${REGISTRY_ALIAS}/${SERVICE}`, `iam-${tags}`)).toBe(
      result.outputs.digest,
    );
  });

  it('every statement of the file has a row here', () =>
    expectTableCovers(documented, {
      PushImage: { failsWith: 'add ecr-public:BatchCheckLayerAvailability', changed: [] },
    }));

  it('without PushImage the push fails naming ecr-public:BatchCheckLayerAvailability, the first push action', async () => {
    const result = await build(without(documented, 'PushImage'));
    expectOutcome(result, world.emulator, {
      failsWith: `add ecr-public:BatchCheckLayerAvailability, with the other push actions, on arn:aws:ecr-public::<account id>:repository/${SERVICE}`,
      changed: [],
    });
    expect(await world.manifestDigest(`${REGISTRY_ALIAS}/${SERVICE}`, `iam-${tags}`)).toBeUndefined();
  });

  it('an explicit Deny of ecr-public:PutImage is named with its resource, and the tag is not stored', async () => {
    const denyPut: PolicyDocument = {
      ...documented,
      Statement: [
        ...documented.Statement,
        { Sid: 'NoPut', Effect: 'Deny', Action: 'ecr-public:PutImage', Resource: '*' },
      ],
    };
    const result = await build(denyPut);
    expectOutcome(result, world.emulator, {
      failsWith: `An explicit Deny in the role's policies refuses ecr-public:PutImage on arn:aws:ecr-public::${ACCOUNT}:repository/${SERVICE}`,
      changed: [],
    });
    expect(await world.manifestDigest(`${REGISTRY_ALIAS}/${SERVICE}`, `iam-${tags}`)).toBeUndefined();
  });

  it('a role made for aws-actions pushes', async () => {
    const result = await build(policy('aws-actions-minimum'));
    expectOutcome(result, world.emulator, { unused: true });
    expect(permissionWarnings(result)).toEqual([]);
  });

  it('a role with nothing for ECR Public cannot push', async () => {
    const result = await build(ALLOWS_NOTHING_USED);
    expect(result.code).toBe(1);
  });
});
