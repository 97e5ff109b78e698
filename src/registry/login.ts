import type { ECRPUBLICClient } from '@aws-sdk/client-ecr-public';
import { ActionError } from '../lib/errors.js';
import { awsError } from '../lib/aws.js';
import { accessDenial, permissionWarning, warnOnce } from '../lib/access-denied.js';
import { loginArgs, logoutArgs, resolveBuilder, type Builder } from '../container/builder.js';
import { lastLines, type CommandRunner } from '../container/command.js';
import { proxyEnvironment } from '../lib/proxy.js';
import { PUBLIC_REGISTRY, type LoginSettings } from './inputs.js';
import { decodeAuthorizationToken, redact } from './token.js';

type Sdk = typeof import('@aws-sdk/client-ecr-public');

export interface LoginDeps {
  /** An ECR Public client in us-east-1 (createEcrPublicClient()). */
  client: Pick<ECRPUBLICClient, 'send'>;
  runner: CommandRunner;
  /** Registers a value to mask in the log (core.setSecret). Called before anything could print it. */
  setSecret: (secret: string) => void;
  log?: (message: string) => void;
  /** Where a feature left out for want of an optional permission is reported (default: once per step). */
  warn?: (message: string) => void;
  /**
   * Called just before the builder login, with what a logout needs. From then on a credential
   * may be on the runner whatever happens next (a failed CreateRepository, a failed build, a
   * cancellation), so the caller records it here, not after the login returned (issue 12).
   */
  beforeLogin?: (target: LogoutTarget) => void;
}

export interface LoginResult {
  registry: string;
  /** '' when it could not be read (DescribeRegistries not allowed and no repository named). */
  alias: string;
  /** `<registry>/<alias>`; '' without the alias. */
  registryUri: string;
  /** `<registryUri>/<name>` for each of settings.repositories, in order; empty without the alias. */
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

  // Undefined when DescribeRegistries is not allowed: then the repositories' URIs tell it, below.
  const readAlias = await defaultAlias(
    deps.client,
    sdk,
    deps.warn ?? warnOnce,
    settings.repositories.length > 0,
  );

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
  const uris: (string | undefined)[] = [];
  for (const name of settings.repositories) {
    const repository = await ensureRepository(deps.client, sdk, name);
    uris.push(repository.uri);
    if (repository.created) {
      repositoriesCreated.push(name);
      log(`Created repository ${name}`);
    }
  }
  const alias = readAlias ?? aliasFromRepositoryUris(uris, settings.registry) ?? '';
  const registryUri = alias ? `${settings.registry}/${alias}` : '';

  return {
    registry: settings.registry,
    alias,
    registryUri,
    repositoryUris: registryUri ? settings.repositories.map((name) => `${registryUri}/${name}`) : [],
    repositoriesCreated,
    username,
    password,
    builder,
  };
}

/**
 * The registry's default alias (DescribeRegistries). That permission is optional (a role made for
 * aws-actions has only GetAuthorizationToken): without it the alias is taken from the repository
 * URIs when repositories are named, else the alias outputs stay empty; the login works either way.
 */
async function defaultAlias(
  client: Pick<ECRPUBLICClient, 'send'>,
  sdk: Sdk,
  warn: (message: string) => void,
  repositoriesNamed: boolean,
): Promise<string | undefined> {
  let registries;
  try {
    registries = (await client.send(new sdk.DescribeRegistriesCommand({}))).registries ?? [];
  } catch (error) {
    const denial = accessDenial(error);
    if (!denial)
      throw awsError(error, 'reading the ECR Public registry alias (DescribeRegistries in us-east-1)');
    warn(
      permissionWarning(
        denial,
        repositoriesNamed
          ? 'The registry alias is taken from the repository URI instead of DescribeRegistries'
          : 'The registry alias is unknown, so the registry-alias, registry-uri and repository-uris outputs are empty (name the repositories to have it taken from their URI)',
      ),
    );
    return undefined;
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

/**
 * The alias in a repository URI, `public.ecr.aws/<alias>/<name>` (ECR Public's `repositoryUri`,
 * e.g. `public.ecr.aws/a1b2c3d4/web`, in the API reference's Repository shape).
 */
function aliasFromRepositoryUris(uris: (string | undefined)[], registry: string): string | undefined {
  for (const uri of uris) {
    const [host, alias, ...name] = (uri ?? '').split('/');
    // ECR Public names its own host in the URI; `registry` may be another host in front of the
    // same repositories (a mirror, or the local registry of the tests and the demo).
    if ((host === PUBLIC_REGISTRY || host === registry) && alias && name.length > 0) return alias;
  }
  return undefined;
}

/**
 * Creates the repository when it is missing. Both calls are required once repositories are
 * named: the user asked for them, so a denial fails the step naming the permission.
 */
async function ensureRepository(
  client: Pick<ECRPUBLICClient, 'send'>,
  sdk: Sdk,
  name: string,
): Promise<{ created: boolean; uri?: string }> {
  try {
    const found = await client.send(new sdk.DescribeRepositoriesCommand({ repositoryNames: [name] }));
    return { created: false, uri: found.repositories?.[0]?.repositoryUri };
  } catch (error) {
    if ((error as { name?: string }).name !== 'RepositoryNotFoundException') {
      throw awsError(error, `looking up repository ${name} (DescribeRepositories)`);
    }
  }
  try {
    const made = await client.send(new sdk.CreateRepositoryCommand({ repositoryName: name }));
    return { created: true, uri: made.repository?.repositoryUri };
  } catch (error) {
    // Another job created it between our two calls: it exists, which is all we need.
    if ((error as { name?: string }).name === 'RepositoryAlreadyExistsException') return { created: false };
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
