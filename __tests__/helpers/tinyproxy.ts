/**
 * A real HTTP proxy for the proxy tests: Debian's `tinyproxy` in the foreground on 127.0.0.1,
 * with a generated config and log in a temporary folder. It adds a `Via` header to every request
 * it forwards (the emulator records it as `CallRecord.via`) and logs each request line, so a test
 * sees from both ends which requests went through it.
 *
 *   const proxy = await startTinyproxy();
 *   // HTTP_PROXY=${proxy.url} ... then proxy.requests() lists `POST http://127.0.0.1:PORT/`
 *   await proxy.close();
 *
 * Needs the Debian package tinyproxy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, stopProcess, which } from './local-registry.js';

export interface Tinyproxy {
  /** `http://127.0.0.1:PORT`, for HTTPS_PROXY / HTTP_PROXY. */
  url: string;
  port: number;
  /** The name tinyproxy puts in its `Via` header (`1.1 <name> (tinyproxy/1.11.1)`). */
  viaName: string;
  /** The request lines it proxied so far, as `METHOD URL` (`POST http://127.0.0.1:4566/`). */
  requests(): string[];
  /** Its whole log, for a failing test's message. */
  log(): string;
  close(): Promise<void>;
}

const INSTALL_HINT = 'install the Debian package: apt-get install -y tinyproxy';

/** Why tinyproxy cannot start here, or undefined when it can. */
export function tinyproxyMissing(): string | undefined {
  return which('tinyproxy') ? undefined : `tinyproxy not found on PATH; ${INSTALL_HINT}`;
}

export interface TinyproxyOptions {
  /** Require this user and password (tinyproxy's BasicAuth: 407 without them). */
  basicAuth?: { user: string; password: string };
}

/** Starts tinyproxy on a free port of 127.0.0.1; resolves once it accepts connections. */
export async function startTinyproxy(options: TinyproxyOptions = {}): Promise<Tinyproxy> {
  const missing = tinyproxyMissing();
  if (missing) throw new Error(`Cannot start tinyproxy: ${missing}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tinyproxy-'));
  const logFile = path.join(dir, 'tinyproxy.log');
  const viaName = 'infra-actions-test-proxy';
  const readLog = () => {
    try {
      return readFileSync(logFile, 'utf8');
    } catch {
      return '';
    }
  };

  let lastError = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const configFile = path.join(dir, 'tinyproxy.conf');
    // 0600: the config may hold the BasicAuth password.
    writeFileSync(
      configFile,
      [
        `Port ${port}`,
        'Listen 127.0.0.1',
        'Timeout 60',
        `LogFile "${logFile}"`,
        // Connect level logs each request line (`Request (file descriptor 5): POST http://...`).
        'LogLevel Connect',
        'MaxClients 50',
        'Allow 127.0.0.1',
        `ViaProxyName "${viaName}"`,
        ...(options.basicAuth ? [`BasicAuth ${options.basicAuth.user} ${options.basicAuth.password}`] : []),
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    writeFileSync(logFile, '');
    let output = '';
    // -d: stay in the foreground (no daemon, no pid file), so close() can stop it by its pid.
    const child = spawn('tinyproxy', ['-d', '-c', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-20000)));
    child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-20000)));
    if (await waitUntilListening(child, port)) {
      return {
        url: `http://127.0.0.1:${port}`,
        port,
        viaName,
        requests: () =>
          [...readLog().matchAll(/: Request \(file descriptor \d+\): (\S+) (\S+) HTTP\/[\d.]+$/gm)].map(
            (match) => `${match[1]} ${match[2]}`,
          ),
        log: () => `${readLog()}${output}`,
        close: () => stopProcess(child, dir),
      };
    }
    lastError = `${readLog()}${output}`.trim().split('\n').slice(-5).join('\n');
    await stopProcess(child, undefined);
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`tinyproxy did not start on 127.0.0.1 after 5 attempts: ${lastError}`);
}

/**
 * The `Server` header of an answer on the port, or undefined when nothing answers. node:http,
 * not fetch: fetch turns a 407 (tinyproxy with BasicAuth) into a network error.
 */
function serverHeader(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const request = get({ host: '127.0.0.1', port, path: '/', timeout: 1000 }, (response) => {
      response.resume();
      resolve([response.headers.server ?? []].flat()[0]);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}

/**
 * True once tinyproxy itself answers on the port (its error page for a request that names no
 * host, with `Server: tinyproxy/...`: not some other process that took the port meanwhile);
 * false when it exits (the port was taken) or 10 s pass.
 */
async function waitUntilListening(child: ChildProcess, port: number): Promise<boolean> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 10_000;
  while (!exited && Date.now() < deadline) {
    if (/^tinyproxy\//.test((await serverHeader(port)) ?? '')) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}
