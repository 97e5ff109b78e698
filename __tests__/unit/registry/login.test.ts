import {
  CreateRepositoryCommand,
  DescribeRegistriesCommand,
  DescribeRepositoriesCommand,
  ECRPUBLICClient,
  GetAuthorizationTokenCommand,
} from '@aws-sdk/client-ecr-public';
import { mockClient } from 'aws-sdk-client-mock';
import { loginToEcrPublic, logout } from '../../../src/registry/login.js';
import type { LoginSettings } from '../../../src/registry/inputs.js';
import { fakeRunner } from '../container/fake-runner.js';
import { accessDenied } from '../../helpers/iam-denial.js';

const ecr = mockClient(ECRPUBLICClient);
const client = new ECRPUBLICClient({ region: 'us-east-1' });
const PASSWORD = 'eyJwYXlsb2FkIjoi-secret';
const TOKEN = Buffer.from(`AWS:${PASSWORD}`).toString('base64');

const settings = (overrides: Partial<LoginSettings> = {}): LoginSettings => ({
  registry: 'public.ecr.aws',
  builder: 'buildah',
  repositories: [],
  maskPassword: true,
  skipLogout: false,
  ...overrides,
});

function awsFailure(name: string, message: string, status = 400) {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
}

beforeEach(() => {
  ecr.reset();
  ecr.on(GetAuthorizationTokenCommand).resolves({ authorizationData: { authorizationToken: TOKEN } });
  ecr.on(DescribeRegistriesCommand).resolves({
    registries: [
      {
        registryId: '123456789012',
        registryArn: 'arn',
        registryUri: 'public.ecr.aws/a1b2c3d4',
        verified: false,
        aliases: [
          { name: 'other', status: 'ACTIVE', primaryRegistryAlias: false, defaultRegistryAlias: false },
          { name: 'a1b2c3d4', status: 'ACTIVE', primaryRegistryAlias: true, defaultRegistryAlias: true },
        ],
      },
    ],
  });
});

describe('loginToEcrPublic', () => {
  it('masks token and password, logs in with the password on stdin, and creates only the missing repositories', async () => {
    ecr
      .on(DescribeRepositoriesCommand, { repositoryNames: ['exists'] })
      .resolves({ repositories: [{ repositoryName: 'exists' }] });
    ecr
      .on(DescribeRepositoriesCommand, { repositoryNames: ['missing'] })
      .rejects(awsFailure('RepositoryNotFoundException', 'not found'));
    ecr.on(CreateRepositoryCommand).resolves({});
    const { runner, calls } = fakeRunner();
    const masked: string[] = [];
    const result = await loginToEcrPublic(settings({ repositories: ['exists', 'missing'] }), {
      client,
      runner,
      setSecret: (s) => masked.push(s),
    });

    expect(masked).toEqual([TOKEN, PASSWORD]);
    expect(calls).toEqual([
      {
        command: 'buildah',
        args: ['login', '--username', 'AWS', '--password-stdin', 'public.ecr.aws'],
        options: { input: PASSWORD },
      },
    ]);
    expect(calls.flatMap((call) => call.args).join(' ')).not.toContain(PASSWORD);
    expect(ecr.commandCalls(CreateRepositoryCommand).map((call) => call.args[0].input)).toEqual([
      { repositoryName: 'missing' },
    ]);
    expect(result).toEqual({
      registry: 'public.ecr.aws',
      alias: 'a1b2c3d4',
      registryUri: 'public.ecr.aws/a1b2c3d4',
      repositoryUris: ['public.ecr.aws/a1b2c3d4/exists', 'public.ecr.aws/a1b2c3d4/missing'],
      repositoriesCreated: ['missing'],
      username: 'AWS',
      password: PASSWORD,
      builder: 'buildah',
    });
  });

  it('gives the builder login the http-proxy input as HTTPS_PROXY and HTTP_PROXY, in both spellings', async () => {
    const { runner, calls } = fakeRunner();
    const proxy = 'http://deploy:pw@proxy.corp:3128/';
    await loginToEcrPublic(settings({ httpProxy: { url: new URL(proxy), source: 'input http-proxy' } }), {
      client,
      runner,
      setSecret: () => undefined,
    });
    expect(calls.map((call) => call.options.env)).toEqual([
      { HTTPS_PROXY: proxy, https_proxy: proxy, HTTP_PROXY: proxy, http_proxy: proxy },
    ]);
  });

  it('leaves the builder login the step environment without http-proxy', async () => {
    const { runner, calls } = fakeRunner();
    await loginToEcrPublic(settings(), { client, runner, setSecret: () => undefined });
    expect(calls.map((call) => call.options.env)).toEqual([undefined]);
  });

  it('masks the token but not the password when mask-password is false', async () => {
    const masked: string[] = [];
    await loginToEcrPublic(settings({ maskPassword: false }), {
      client,
      runner: fakeRunner().runner,
      setSecret: (s) => masked.push(s),
    });
    expect(masked).toEqual([TOKEN]);
  });

  it('treats a repository created meanwhile by another job as existing', async () => {
    ecr.on(DescribeRepositoriesCommand).rejects(awsFailure('RepositoryNotFoundException', 'not found'));
    ecr.on(CreateRepositoryCommand).rejects(awsFailure('RepositoryAlreadyExistsException', 'exists'));
    const result = await loginToEcrPublic(settings({ repositories: ['raced'] }), {
      client,
      runner: fakeRunner().runner,
      setSecret: () => undefined,
    });
    expect(result.repositoriesCreated).toEqual([]);
  });

  it.each([
    [
      'no credentials',
      Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError',
      }),
      /^While getting an ECR Public authorization token .*No AWS credentials found\. Configure them/,
    ],
    [
      'access denied',
      awsFailure(
        'AccessDeniedException',
        'User: arn:aws:iam::1:user/ci is not authorized to perform: ecr-public:GetAuthorizationToken',
        403,
      ),
      /^While getting an ECR Public authorization token .*: Missing IAM permission: add ecr-public:GetAuthorizationToken to the role's policy \(see docs\/iam\.md\)\. AWS said: AccessDeniedException: User: arn:aws:iam::1:user\/ci is not authorized/,
    ],
  ])('explains %s', async (_name, failure, message) => {
    ecr.on(GetAuthorizationTokenCommand).rejects(failure);
    const { runner, calls } = fakeRunner();
    await expect(
      loginToEcrPublic(settings(), { client, runner, setSecret: () => undefined }),
    ).rejects.toThrow(message);
    expect(calls).toEqual([]);
  });

  it('fails on an empty token before logging in', async () => {
    ecr.on(GetAuthorizationTokenCommand).resolves({ authorizationData: {} });
    const { runner, calls } = fakeRunner();
    await expect(
      loginToEcrPublic(settings(), { client, runner, setSecret: () => undefined }),
    ).rejects.toThrow(/empty authorization token/);
    expect(calls).toEqual([]);
  });

  it('fails without an alias, before logging in or creating anything', async () => {
    ecr.on(DescribeRegistriesCommand).resolves({ registries: [] });
    const { runner, calls } = fakeRunner();
    await expect(
      loginToEcrPublic(settings({ repositories: ['x1'] }), { client, runner, setSecret: () => undefined }),
    ).rejects.toThrow(/no ECR Public registry alias/);
    expect(calls).toEqual([]);
    expect(ecr.commandCalls(CreateRepositoryCommand)).toEqual([]);
  });

  it('reports a refused login with the builder output, the password redacted, and creates nothing', async () => {
    const { runner } = fakeRunner({
      answer: () => ({
        exitCode: 125,
        stderr: `Error: logging into "public.ecr.aws": invalid username/password (${PASSWORD})\n`,
      }),
    });
    const failure = loginToEcrPublic(settings({ repositories: ['x1'] }), {
      client,
      runner,
      setSecret: () => undefined,
    });
    await expect(failure).rejects.toThrow(
      /^buildah login to public.ecr.aws failed \(exit 125\):\nError: logging into "public.ecr.aws": invalid username\/password \(\*\*\*\)$/,
    );
    expect(ecr.commandCalls(DescribeRepositoriesCommand)).toEqual([]);
  });

  it('says so when the chosen builder is not installed, before any AWS call', async () => {
    const { runner } = fakeRunner({ installed: ['buildah'] });
    await expect(
      loginToEcrPublic(settings({ builder: 'podman' }), { client, runner, setSecret: () => undefined }),
    ).rejects.toThrow(
      /^Input 'builder': podman is not installed \(not found on PATH\)\. Install it first, e.g. `sudo apt-get install -y podman`/,
    );
    expect(ecr.commandCalls(GetAuthorizationTokenCommand)).toEqual([]);
  });
});

describe('logout', () => {
  it.each([
    ['docker', ['logout', 'public.ecr.aws']],
    ['podman', ['logout', 'public.ecr.aws']],
    ['buildah', ['logout', 'public.ecr.aws']],
  ] as const)('%s logout %j', async (builder, args) => {
    const { runner, calls } = fakeRunner();
    await logout({ registry: 'public.ecr.aws', builder }, runner);
    expect(calls.map((call) => [call.command, call.args])).toEqual([[builder, args]]);
  });

  it('throws a message the post step turns into a warning', async () => {
    const { runner } = fakeRunner({
      answer: () => ({
        exitCode: 125,
        stderr: 'Error: open /run/containers/0/auth.json: permission denied\n',
      }),
    });
    await expect(logout({ registry: 'public.ecr.aws', builder: 'buildah' }, runner)).rejects.toThrow(
      'buildah logout from public.ecr.aws failed (exit 125): Error: open /run/containers/0/auth.json: permission denied',
    );
  });

  // After a failed login (issue 12) there is nothing to remove: that is the outcome wanted, not a warning.
  it.each([
    ['buildah', 125, 'Error: not logged into public.ecr.aws\n', false],
    ['podman', 125, 'Error: not logged into public.ecr.aws\n', false],
    ['docker', 0, 'Not logged in to public.ecr.aws\n', false],
    ['buildah', 0, 'Removed login credentials for public.ecr.aws\n', true],
  ] as const)('%s exit %d %j: removed a credential = %s', async (builder, exitCode, stderr, removed) => {
    const { runner } = fakeRunner({ answer: () => ({ exitCode, stderr }) });
    await expect(logout({ registry: 'public.ecr.aws', builder }, runner)).resolves.toBe(removed);
  });
});

// Issue 14: a role made for aws-actions has ecr-public:GetAuthorizationToken and
// sts:GetServiceBearerToken, not DescribeRegistries.
describe('loginToEcrPublic with a least-privilege role', () => {
  const denied = accessDenied;
  const REPOSITORY = 'arn:aws:ecr-public::123456789012:repository/web';

  beforeEach(() => {
    ecr
      .on(DescribeRegistriesCommand)
      .rejects(
        denied('ecr-public:DescribeRegistries', 'arn:aws:ecr-public::123456789012:registry/123456789012'),
      );
  });

  it('without DescribeRegistries takes the alias from the URI of an existing repository, warning once', async () => {
    ecr
      .on(DescribeRepositoriesCommand)
      .resolves({ repositories: [{ repositoryName: 'web', repositoryUri: 'public.ecr.aws/a1b2c3d4/web' }] });
    const warnings: string[] = [];
    const { runner, calls } = fakeRunner();
    const result = await loginToEcrPublic(settings({ repositories: ['web'] }), {
      client,
      runner,
      setSecret: () => undefined,
      warn: (message) => warnings.push(message),
    });
    expect(calls).toHaveLength(1);
    expect(result).toMatchObject({
      alias: 'a1b2c3d4',
      registryUri: 'public.ecr.aws/a1b2c3d4',
      repositoryUris: ['public.ecr.aws/a1b2c3d4/web'],
      repositoriesCreated: [],
    });
    expect(warnings).toEqual([
      "The registry alias is taken from the repository URI instead of DescribeRegistries. Missing IAM permission: add ecr-public:DescribeRegistries on arn:aws:ecr-public::123456789012:registry/123456789012 to the role's policy (see docs/iam.md)",
    ]);
  });

  it('takes it from the URI of a repository it created', async () => {
    ecr.on(DescribeRepositoriesCommand).rejects(awsFailure('RepositoryNotFoundException', 'not found'));
    ecr
      .on(CreateRepositoryCommand)
      .resolves({ repository: { repositoryName: 'web', repositoryUri: 'public.ecr.aws/a1b2c3d4/web' } });
    const result = await loginToEcrPublic(settings({ repositories: ['web'] }), {
      client,
      runner: fakeRunner().runner,
      setSecret: () => undefined,
      warn: () => undefined,
    });
    expect(result).toMatchObject({ alias: 'a1b2c3d4', repositoriesCreated: ['web'] });
  });

  it('without repositories logs in and leaves the alias outputs empty, saying why', async () => {
    const warnings: string[] = [];
    const { runner, calls } = fakeRunner();
    const result = await loginToEcrPublic(settings(), {
      client,
      runner,
      setSecret: () => undefined,
      warn: (message) => warnings.push(message),
    });
    expect(calls.map((call) => call.args[0])).toEqual(['login']);
    expect(result).toMatchObject({ alias: '', registryUri: '', repositoryUris: [], username: 'AWS' });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^The registry alias is unknown, so the registry-alias, registry-uri and repository-uris outputs are empty .*\. Missing IAM permission: add ecr-public:DescribeRegistries on /,
      ),
    ]);
  });

  it.each([
    [
      'DescribeRepositories',
      () =>
        ecr.on(DescribeRepositoriesCommand).rejects(denied('ecr-public:DescribeRepositories', REPOSITORY)),
      "While looking up repository web (DescribeRepositories): Missing IAM permission: add ecr-public:DescribeRepositories on arn:aws:ecr-public::123456789012:repository/web to the role's policy (see docs/iam.md). AWS said: AccessDeniedException: User: ",
    ],
    [
      'CreateRepository',
      () => {
        ecr.on(DescribeRepositoriesCommand).rejects(awsFailure('RepositoryNotFoundException', 'not found'));
        ecr.on(CreateRepositoryCommand).rejects(denied('ecr-public:CreateRepository', REPOSITORY));
      },
      "While creating repository web (CreateRepository): Missing IAM permission: add ecr-public:CreateRepository on arn:aws:ecr-public::123456789012:repository/web to the role's policy (see docs/iam.md). AWS said: AccessDeniedException: User: ",
    ],
  ])(
    'a refused %s fails naming the permission: the user asked for the repositories',
    async (_what, deny, start) => {
      deny();
      const failure = loginToEcrPublic(settings({ repositories: ['web'] }), {
        client,
        runner: fakeRunner().runner,
        setSecret: () => undefined,
        warn: () => undefined,
      });
      await expect(failure).rejects.toThrow(start);
    },
  );
});
