import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { buildahSandboxEnv, startLocalRegistry, type LocalRegistry } from './local-registry.js';
import { repoRoot, type ActionResult } from './run-action.js';

/**
 * The real parts an image needs, shared by the ecr-public-login, build-push and root-action e2e
 * tests: the AWS emulator (whose ECR Public hands out `password`), Debian's docker-registry on
 * 127.0.0.1 that accepts that password for user AWS, and a buildah environment of its own
 * (storage, auth file) so concurrent test files never share state or touch the machine's.
 */
export interface RegistryWorld {
  emulator: Emulator;
  registry: LocalRegistry;
  /** The registry password, as ECR Public's token decodes to. */
  password: string;
  /** base64("AWS:" + password), what GetAuthorizationToken returns. */
  token: string;
  /** Folder holding storage, auth file and workspaces; removed by close(). */
  dir: string;
  /** Env for the actions: the emulator endpoint and buildah's storage/auth/isolation settings. */
  env: Record<string, string>;
  /** The auth file buildah logs in to (REGISTRY_AUTH_FILE). */
  authFile: string;
  /** A new workspace holding a copy of __tests__/fixtures/images/<name>. */
  workspaceWith(fixture: string): string;
  /** `Docker-Content-Digest` of `HEAD /v2/<repository>/manifests/<reference>`, or undefined on 404. */
  manifestDigest(repository: string, reference: string): Promise<string | undefined>;
  close(): Promise<void>;
}

export const REGISTRY_ALIAS = 'a1b2c3d4';

export interface RegistryWorldOptions {
  password?: string;
  /**
   * Pushes are authorised by the emulator's IAM policy (issue 14): the registry sits behind the
   * authorising proxy, which asks `emulator.authorize` for the ECR Public push actions on the
   * repository ARN in the emulator's account. Without it, the registry accepts every push of AWS.
   */
  iam?: boolean;
}

export async function startRegistryWorld(options: RegistryWorldOptions = {}): Promise<RegistryWorld> {
  const password = options.password ?? `pw-${randomBytes(18).toString('base64url')}`;
  const emulator = await startEmulator({ registryPassword: password });
  let registry: LocalRegistry;
  try {
    registry = await startLocalRegistry({
      username: 'AWS',
      password,
      ...(options.iam
        ? { authorize: (requests) => emulator.authorize(requests), account: emulator.state.accountId }
        : {}),
    });
  } catch (error) {
    await emulator.close();
    throw error;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'registry-world-'));
  const sandbox = buildahSandboxEnv(dir);
  const authFile = sandbox.REGISTRY_AUTH_FILE;
  const env = { AWS_ENDPOINT_URL: emulator.endpoint, ...sandbox };
  let workspaces = 0;
  return {
    emulator,
    registry,
    password,
    token: Buffer.from(`AWS:${password}`).toString('base64'),
    dir,
    env,
    authFile,
    workspaceWith(fixture) {
      const workspace = path.join(dir, `workspace-${++workspaces}`);
      cpSync(path.join(repoRoot, '__tests__/fixtures/images', fixture), workspace, { recursive: true });
      return workspace;
    },
    async manifestDigest(repository, reference) {
      const response = await fetch(`http://${registry.host}/v2/${repository}/manifests/${reference}`, {
        method: 'HEAD',
        headers: {
          authorization: `Basic ${Buffer.from(`AWS:${password}`).toString('base64')}`,
          accept: [
            'application/vnd.oci.image.manifest.v1+json',
            'application/vnd.oci.image.index.v1+json',
            'application/vnd.docker.distribution.manifest.v2+json',
            'application/vnd.docker.distribution.manifest.list.v2+json',
          ].join(', '),
        },
      });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`HEAD manifest ${repository}:${reference}: HTTP ${response.status}`);
      return response.headers.get('docker-content-digest') ?? undefined;
    },
    async close() {
      await Promise.allSettled([emulator.close(), registry.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Registries buildah is logged in to, from the auth file. */
export function loggedInRegistries(authFile: string): string[] {
  try {
    return Object.keys((JSON.parse(readFileSync(authFile, 'utf8')) as { auths?: object }).auths ?? {});
  } catch {
    return [];
  }
}

/**
 * The secrets that appear in what a person could read: stdout (minus the `::add-mask::` commands,
 * which the runner consumes and never shows), stderr and the job summary.
 */
export function leakedSecrets(result: ActionResult, secrets: string[]): string[] {
  const visible = [
    result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    result.stderr,
    result.summary,
  ].join('\n');
  return secrets
    .filter((secret) => secret && visible.includes(secret))
    .map((secret) => `${secret.slice(0, 3)}… (${secret.length} chars)`);
}
