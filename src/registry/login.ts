import type { ECRPUBLICClient } from '@aws-sdk/client-ecr-public';
import { ActionError } from '../lib/errors.js';
import { awsError } from '../lib/aws.js';
import { loginArgs, logoutArgs, resolveBuilder, type Builder } from '../container/builder.js';
import { lastLines, type CommandRunner } from '../container/command.js';
import { proxyEnvironment } from '../lib/proxy.js';
import type { LoginSettings } from './inputs.js';
import { decodeAuthorizationToken, redact } from './token.js';

type Sdk = typeof import('@aws-sdk/client-ecr-public');

export interface LoginDeps {
  /** An ECR Public client in us-east-1 (createEcrPublicClient()). */
  client: Pick<ECRPUBLICClient, 'send'>;
  runner: CommandRunner;
  /** Registers a value to mask in the log (core.setSecret). Called before anything could print it. */
  setSecret: (secret: string) => void;
  log?: (message: string) => void;
  /**
   * Called just before the builder login, with what a logout needs. From then on a credential
   * may be on the runner whatever happens next (a failed CreateRepository, a failed build, a
   * cancellation), so the caller records it here, not after the login returned (issue 12).
   */
  beforeLogin?: (target: LogoutTarget) => void;
}

export interface LoginResult {
  registry: string;
  alias: string;
  /** `<registry>/<alias>`. */
  registryUri: string;
  /** `<registryUri>/<name>` for each of settings.repositories, in order. */
  repositoryUris: string[];
  /** The repositories this run created. */
  repositoriesCreated: string[];
  username: string;
  password: string;
  builder: Builder;
}

/**
 * Gets an ECR Public token (us-east-1), logs the builder in with it (password on stdin) and makes
 * sure the repositories exist. Order: nothing is changed (login, repositories) until the builder,
 * the token and the alias are known to be good.
 */
export async function loginToEcrPublic(settings: LoginSettings, deps: LoginDeps): Promise<LoginResult> {
  const log = deps.log ?? (() => undefined);
  const builder = await resolveBuilder(settings.builder, deps.runner);
  log(`Builder: ${builder}`);

  // Lazily, as lib/aws.ts does: the SDK stays in its own bundle chunk.
  const sdk = await import('@aws-sdk/client-ecr-public');
  let token: string | undefined;
  try {
    const response = await deps.client.send(new sdk.GetAuthorizationTokenCommand({}));
    token = response.authorizationData?.authorizationToken;
  } catch (error) {
    throw awsError(error, 'getting an ECR Public authorization token (GetAuthorizationToken in us-east-1)');
  }
  // The token is base64 of the password: mask it whatever mask-password says.
  if (token) deps.setSecret(token);
  const { username, password } = decodeAuthorizationToken(token);
  if (settings.maskPassword) deps.setSecret(password);
  const secrets = [token ?? '', password];

  const alias = await defaultAlias(deps.client, sdk);
  const registryUri = `${settings.registry}/${alias}`;

  deps.beforeLogin?.({ registry: settings.registry, builder });
  // The builder reads HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the step's environment, which
  // createExecRunner passes through; the http-proxy input takes their place for the login.
  const login = await deps.runner.run(builder, loginArgs(builder, settings.registry, username), {
    input: password,
    env: settings.httpProxy ? proxyEnvironment(settings.httpProxy.url) : undefined,
  });
  if (login.exitCode !== 0) {
    throw new ActionError(
      `${builder} login to ${settings.registry} failed (exit ${login.exitCode}):\n${redact(lastLines(login.output, 10), secrets)}`,
    );
  }
  log(`Logged in to ${settings.registry} as ${username} with ${builder}`);

  const repositoriesCreated: string[] = [];
  for (const name of settings.repositories) {
    if (await ensureRepository(deps.client, sdk, name)) {
      repositoriesCreated.push(name);
      log(`Created repository ${name}`);
    }
  }

  return {
    registry: settings.registry,
    alias,
    registryUri,
    repositoryUris: settings.repositories.map((name) => `${registryUri}/${name}`),
    repositoriesCreated,
    username,
    password,
    builder,
  };
}

async function defaultAlias(client: Pick<ECRPUBLICClient, 'send'>, sdk: Sdk): Promise<string> {
  let registries;
  try {
    registries = (await client.send(new sdk.DescribeRegistriesCommand({}))).registries ?? [];
  } catch (error) {
    throw awsError(error, 'reading the ECR Public registry alias (DescribeRegistries in us-east-1)');
  }
  const aliases = registries.flatMap((registry) => registry.aliases ?? []);
  const alias =
    aliases.find((a) => a.defaultRegistryAlias) ?? aliases.find((a) => a.primaryRegistryAlias) ?? aliases[0];
  if (!alias?.name) {
    throw new ActionError(
      'The account has no ECR Public registry alias (DescribeRegistries returned none). Create the public registry once in the ECR console (us-east-1), which assigns the default alias',
    );
  }
  return alias.name;
}

/** Creates the repository when it is missing; true when this call created it. */
async function ensureRepository(
  client: Pick<ECRPUBLICClient, 'send'>,
  sdk: Sdk,
  name: string,
): Promise<boolean> {
  try {
    await client.send(new sdk.DescribeRepositoriesCommand({ repositoryNames: [name] }));
    return false;
  } catch (error) {
    if ((error as { name?: string }).name !== 'RepositoryNotFoundException') {
      throw awsError(error, `looking up repository ${name} (DescribeRepositories)`);
    }
  }
  try {
    await client.send(new sdk.CreateRepositoryCommand({ repositoryName: name }));
    return true;
  } catch (error) {
    // Another job created it between our two calls: it exists, which is all we need.
    if ((error as { name?: string }).name === 'RepositoryAlreadyExistsException') return false;
    throw awsError(error, `creating repository ${name} (CreateRepository)`);
  }
}

export interface LogoutTarget {
  registry: string;
  builder: Builder;
}

/**
 * buildah and podman fail a logout with "not logged into <registry>" when there is no credential
 * (docker says "Not logged in" and exits 0): after a failed login that is the outcome wanted.
 */
const NOT_LOGGED_IN = /not logged in(to)?\b/i;

/**
 * Logs the builder out of the registry; true when there was a credential to remove. Throws an
 * ActionError; the post step reports it as a warning.
 */
export async function logout(target: LogoutTarget, runner: CommandRunner): Promise<boolean> {
  const result = await runner.run(target.builder, logoutArgs(target.builder, target.registry));
  if (NOT_LOGGED_IN.test(result.output)) return false;
  if (result.exitCode !== 0) {
    throw new ActionError(
      `${target.builder} logout from ${target.registry} failed (exit ${result.exitCode}): ${lastLines(result.output, 5)}`,
    );
  }
  return true;
}
