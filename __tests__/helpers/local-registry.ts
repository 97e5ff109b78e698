/**
 * A real container registry for tests and the demo: Debian's `docker-registry` (the CNCF
 * distribution registry) on 127.0.0.1, with htpasswd authentication and storage in a temporary
 * folder. The password goes to htpasswd on stdin (`-i`), never on a command line.
 *
 *   const registry = await startLocalRegistry({ username: 'AWS', password });
 *   // buildah login --tls-verify=false --username AWS --password-stdin ${registry.host}
 *   await registry.close();
 *
 * With `authorize` (issue 14), the registry listens on a port of its own and `host` is an
 * authorising proxy in front of it (authorizing-proxy.ts) that refuses a push the way ECR Public
 * does for a role without the push actions; without it, nothing stands between client and registry.
 *
 * Needs the Debian packages docker-registry and apache2-utils (htpasswd).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startAuthorizingProxy } from './authorizing-proxy.js';
import type { IamDenial, IamRequest } from '../../emulator/index.js';

export interface LocalRegistryOptions {
  username: string;
  password: string;
  /** Path of the registry binary; default `docker-registry` on PATH. */
  binary?: string;
  /**
   * Authorises each push request (ECR Public actions on the repository ARN, see registry-iam.ts);
   * a denial is answered with HTTP 403 before the request reaches the registry. The signature of
   * the emulator's `emu.authorize`.
   */
  authorize?: (requests: IamRequest[]) => IamDenial | undefined;
  /** Account of the repository ARNs `authorize` is asked about; default the seed fixture's. */
  account?: string;
}

export interface LocalRegistry {
  /** `127.0.0.1:PORT`, the registry host for logins and image references. */
  host: string;
  port: number;
  /** The registry's storage folder (removed by close()). */
  dataDir: string;
  /** What the registry printed so far, for a failing test's message. */
  log(): string;
  /** Requests the authorising proxy refused, in order (always empty without `authorize`). */
  denials(): IamDenial[];
  close(): Promise<void>;
}

const INSTALL_HINT = 'install the Debian packages: apt-get install -y docker-registry apache2-utils';

export function which(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return path.join(dir, command);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** Why a local registry cannot start here (a missing program), or undefined when it can. */
export function localRegistryMissing(binary = 'docker-registry'): string | undefined {
  const missing = [binary, 'htpasswd'].filter((command) =>
    path.isAbsolute(command) ? !isExecutable(command) : !which(command),
  );
  return missing.length ? `${missing.join(' and ')} not found on PATH; ${INSTALL_HINT}` : undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A TCP port free on 127.0.0.1 right now (a helper that then fails to bind it retries). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts docker-registry; throws with the cause (and the install hint) when it cannot. */
export async function startLocalRegistry(options: LocalRegistryOptions): Promise<LocalRegistry> {
  const binary = options.binary ?? 'docker-registry';
  const missing = localRegistryMissing(binary);
  if (missing) throw new Error(`Cannot start a local registry: ${missing}`);
  if (!options.username || !options.password)
    throw new Error('startLocalRegistry needs a username and a password');

  const dir = mkdtempSync(path.join(os.tmpdir(), 'local-registry-'));
  const dataDir = path.join(dir, 'data');
  mkdirSync(dataDir);
  const htpasswdFile = path.join(dir, 'htpasswd');
  // -B bcrypt (the only scheme distribution accepts), -i password from stdin, -n print the line.
  const hashed = spawnSync('htpasswd', ['-Bin', options.username], {
    input: options.password,
    encoding: 'utf8',
  });
  if (hashed.status !== 0 || !hashed.stdout.includes(':')) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`htpasswd failed (exit ${hashed.status}): ${hashed.stderr.trim()}`);
  }
  writeFileSync(htpasswdFile, hashed.stdout, { mode: 0o600 });

  let lastError = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const configFile = path.join(dir, 'config.yml');
    // JSON is YAML: the registry reads this as its config.yml.
    const config = {
      version: 0.1,
      log: { level: 'warn', accesslog: { disabled: true } },
      storage: { filesystem: { rootdirectory: dataDir }, delete: { enabled: true } },
      http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') },
      auth: { htpasswd: { realm: 'local-registry', path: htpasswdFile } },
    };
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    let output = '';
    const child = spawn(binary, ['serve', configFile], {
      // Only what it needs: REGISTRY_* variables of the caller would override the config.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-20000)));
    child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-20000)));
    const host = `127.0.0.1:${port}`;
    if (await waitUntilServing(child, host)) {
      if (!options.authorize)
        return {
          host,
          port,
          dataDir,
          log: () => output,
          denials: () => [],
          close: () => stopProcess(child, dir),
        };
      const basic = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;
      const proxy = await startAuthorizingProxy({
        upstream: host,
        authorize: options.authorize,
        account: options.account ?? '123456789012',
        authenticated: (authorization) => authorization === basic,
      }).catch(async (error: unknown) => {
        await stopProcess(child, dir);
        throw error;
      });
      return {
        host: proxy.host,
        port: proxy.port,
        dataDir,
        log: () => output,
        denials: () => [...proxy.denials],
        close: async () => {
          await proxy.close();
          await stopProcess(child, dir);
        },
      };
    }
    lastError = output.trim().split('\n').slice(-5).join('\n');
    await stopProcess(child, undefined);
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`docker-registry did not start on 127.0.0.1 after 5 attempts: ${lastError}`);
}

/** Ready when GET /v2/ answers (401 without credentials); false when the process exits or 10 s pass. */
async function waitUntilServing(child: ChildProcess, host: string): Promise<boolean> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 10_000;
  while (!exited && Date.now() < deadline) {
    try {
      const response = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(1000) });
      if (response.status === 401 || response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** Stops a helper process (SIGTERM, SIGKILL after 5 s) and removes its folder, when given. */
export function stopProcess(child: ChildProcess, dir: string | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      resolve();
    };
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * A buildah environment of its own under `dir` (vfs storage, auth file, chroot isolation, temp
 * folder), so a test run or the demo never shares image storage or logins with the machine's.
 */
export function buildahSandboxEnv(dir: string): {
  CONTAINERS_STORAGE_CONF: string;
  REGISTRY_AUTH_FILE: string;
  BUILDAH_ISOLATION: string;
  TMPDIR: string;
} {
  const storageConf = path.join(dir, 'storage.conf');
  writeFileSync(
    storageConf,
    [
      '[storage]',
      'driver = "vfs"',
      `graphroot = "${path.join(dir, 'storage')}"`,
      `runroot = "${path.join(dir, 'run')}"`,
      '',
    ].join('\n'),
  );
  const tmp = path.join(dir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  return {
    CONTAINERS_STORAGE_CONF: storageConf,
    REGISTRY_AUTH_FILE: path.join(dir, 'auth.json'),
    BUILDAH_ISOLATION: 'chroot',
    TMPDIR: tmp,
  };
}
