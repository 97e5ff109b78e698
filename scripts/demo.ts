// `npm run demo [-- --fail] [-- --no-build]`: the whole deploy of sites-management-api, as a
// workflow would run it, against the built-in AWS emulator. Each step is an action's committed
// bundle run as the runner runs it (node dist/<action>/index.js with INPUT_* and GITHUB_* files).
// With buildah and docker-registry installed, the image is really built and pushed to a local
// registry that accepts the password ECR Public hands out; without them, a prebuilt reference is
// deployed. Ctrl-C, SIGTERM or a closed output (`npm run demo | head`) stops the running step,
// the registry and the emulator and removes the work folder (workspace, auth file, temp files).
import { spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DescribeServicesCommand } from '@aws-sdk/client-ecs';
import { emulatorClients, SEED } from '../__tests__/helpers/emulator-clients.js';
import { startEmulator } from '../emulator/index.js';
import {
  buildahSandboxEnv,
  localRegistryMissing,
  startLocalRegistry,
  type LocalRegistry,
} from '../__tests__/helpers/local-registry.js';
import {
  repoRoot,
  startAction,
  type ActionName,
  type ActionResult,
  type RunOptions,
} from '../__tests__/helpers/run-action.js';

const USAGE = `usage: npm run demo [-- --fail] [-- --no-build]
  --fail      the emulator crashes the new image's container: shows detection and rollback
  --no-build  deploy a prebuilt reference even where buildah and docker-registry are installed
  --help      this text`;

/** The flags, or an exit: an unknown flag is an error with the usage, never silently ignored. */
function readFlags(): { fail: boolean; noBuild: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        fail: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`demo: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return { fail: values.fail, noBuild: values['no-build'] };
}

const SERVICE = 'sites-management-api';
const CLUSTER = SEED.cluster;
const REGION = SEED.region;
const ALIAS = SEED.registryAlias;
const { fail, noBuild } = readFlags();
const color = process.stdout.isTTY
  ? (code: number, text: string) => `\x1b[${code}m${text}\x1b[0m`
  : (_: number, text: string) => text;
const bold = (text: string) => color(1, text);
const dim = (text: string) => color(2, text);

/** What a person reads of an action's log: workflow commands shown as the runner would show them. */
function present(chunk: string, pending: { text: string }): void {
  pending.text += chunk;
  const lines = pending.text.split('\n');
  pending.text = lines.pop() ?? '';
  for (const line of lines) {
    if (line.startsWith('::add-mask::') || line.startsWith('::debug::') || line.startsWith('::endgroup::'))
      continue;
    if (line.startsWith('::group::')) console.log(`  ${bold('▸ ' + line.slice(9))}`);
    else if (line.startsWith('::error'))
      console.log(`  ${color(31, '✖ ' + line.slice(line.indexOf('::', 2) + 2))}`);
    else if (line.startsWith('::warning'))
      console.log(`  ${color(33, '⚠ ' + line.slice(line.indexOf('::', 2) + 2))}`);
    else if (line.startsWith('::notice'))
      console.log(`  ${color(36, 'ℹ ' + line.slice(line.indexOf('::', 2) + 2))}`);
    else console.log(`    ${line}`);
  }
}

/** The job summary's markdown, made readable in a terminal. */
function renderMarkdown(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\|\s*(-+\s*\|\s*)+$/.test(line) && !/^\|\s*\|\s*\|$/.test(line))
    .map((line) => {
      if (line.startsWith('#')) return bold(line.replace(/^#+\s*/, ''));
      // The headline: its marker comment is invisible on GitHub, and so it should be here.
      if (line.endsWith('-->'))
        return line.replace(/\s*<!--.*?-->$/, '').replace(/\*\*(.+?)\*\*/g, (_, text: string) => bold(text));
      if (line.startsWith('|')) {
        const cells = line
          .split(/(?<!\\)\|/)
          .slice(1, -1)
          .map((cell) => cell.trim().replace(/\\\|/g, '|').replace(/<br>/g, ' '));
        return `  ${cells[0].padEnd(26)} ${cells.slice(1).join('  ')}`;
      }
      return line;
    })
    .join('\n');
}

/** What the demo started, stopped in reverse order by `cleanUp` (registry, emulator, work folder). */
const cleanups: (() => Promise<void> | void)[] = [];
/** The action running now: stopped first, so that it does not outlive the emulator it talks to. */
let current: ChildProcess | undefined;
let cleaning: Promise<void> | undefined;

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    const child = current;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    for (const undo of cleanups.reverse()) {
      try {
        await undo();
      } catch (error) {
        console.error(`demo: cleanup: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}

/** Ctrl-C / SIGTERM, or the reader went away (`| head`): stop everything, leave nothing behind. */
function stopOn(why: string, code: number): void {
  if (cleaning) return;
  process.stderr.write(
    `\ndemo: ${why}: stopping the step, the registry and the emulator, removing the work folder\n`,
  );
  void cleanUp().finally(() => process.exit(code));
}
process.once('SIGINT', () => stopOn('SIGINT', 130));
process.once('SIGTERM', () => stopOn('SIGTERM', 143));
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') stopOn('output closed', 1);
  else throw error;
});

/** Deployment ids already explained: each is explained once, where it first appears. */
const explained = new Set<string>();

/**
 * A line under a step for each ECS deployment id its log named for the first time: what that
 * deployment is. `ours` is the id ecs-deploy reported; `rolledBack`: the wait rolled back.
 */
function explainDeploymentIds(log: string, ours: string, rolledBack: boolean): void {
  for (const id of new Set(log.match(/ecs-svc\/\d+/g) ?? [])) {
    if (explained.has(id)) continue;
    explained.add(id);
    const what =
      id === ours
        ? "the deployment this run started: ECS's id for one rollout of the service (ecs-deploy's deployment-id output, the one wait-healthy follows)"
        : rolledBack
          ? 'the rollback: a new deployment that rolls the previous revision out again'
          : "another deployment of the service, not this run's (the one it ran before)";
    console.log(dim(`   ${id} = ${what}`));
  }
}

let stepNumber = 0;
async function step(title: string, name: ActionName, options: RunOptions): Promise<ActionResult> {
  stepNumber++;
  console.log(`\n${bold(`── ${stepNumber}. ${title}`)} ${dim(`(node dist/${name}/index.js)`)}`);
  const pending = { text: '' };
  const started = startAction(name, { ...options, onOutput: (chunk) => present(chunk, pending) });
  current = started.child;
  const done = await started.result;
  current = undefined;
  present('\n', pending);
  console.log(dim(`   exit ${done.code} in ${(done.durationMs / 1000).toFixed(1)} s`));
  return done;
}

function commitSha(): string {
  const git = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : '4f9c2b7d1e3a5c6b8d0e2f4a6c8e0a2b4d6f8a0c';
}

async function main(): Promise<number> {
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'infra-actions-demo-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  // Every step's runner files and temp folders (run-action's mkdtemp) go under the work folder too.
  process.env.TMPDIR = path.join(dir, 'tmp');
  mkdirSync(process.env.TMPDIR);
  const workspace = path.join(dir, 'workspace');
  cpSync(path.join(repoRoot, '__tests__/fixtures/images/hello'), workspace, { recursive: true });
  mkdirSync(path.join(workspace, '.aws'));
  cpSync(
    path.join(repoRoot, `examples/task-definitions/${SERVICE}.json`),
    path.join(workspace, '.aws/task-definition.json'),
  );
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      ref: 'refs/heads/main',
      repository: { full_name: `org/${SERVICE}`, default_branch: 'main' },
    }),
  );

  // A time scale that lets a person follow the rollout and still finishes in seconds.
  const emulator = await startEmulator({ timeScale: 0.03 });
  cleanups.push(() => emulator.close());
  const missing = noBuild
    ? '--no-build'
    : (localRegistryMissing() ??
      (spawnSync('buildah', ['--version']).status === 0 ? undefined : 'buildah not found on PATH'));
  let registry: LocalRegistry | undefined;
  if (!missing) {
    registry = await startLocalRegistry({ username: 'AWS', password: emulator.registryPassword });
    const local = registry;
    cleanups.push(() => local.close());
  }

  console.log(bold('infra-actions demo: deploy sites-management-api to ECS (local emulator)'));
  console.log(`  AWS emulator (ECS, ECR Public, ELBv2): ${emulator.endpoint}`);
  console.log(
    `  cluster ${CLUSTER} in ${REGION}, six services behind one ALB; ECR Public alias ${ALIAS} in us-east-1`,
  );
  console.log(
    registry
      ? `  registry: docker-registry on ${registry.host} (htpasswd; accepts ECR Public's token)`
      : `  ${color(33, `no local build: ${missing}`)}`,
  );
  console.log(`  work folder: ${dir} (removed at the end, also on Ctrl-C)`);

  const env: Record<string, string> = {
    AWS_ENDPOINT_URL: emulator.endpoint,
    AWS_REGION: REGION,
    GITHUB_SHA: commitSha(),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: `org/${SERVICE}`,
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
  };
  if (registry) {
    Object.assign(env, buildahSandboxEnv(dir));
  }
  const { ecs } = emulatorClients(emulator);
  cleanups.push(() => ecs.destroy());
  /** What the service runs now, asked of ECS (the emulator) as a person would check it. */
  const running = async () => {
    const { services } = await ecs.send(
      new DescribeServicesCommand({ cluster: CLUSTER, services: [SERVICE] }),
    );
    return services?.[0]?.taskDefinition?.split('/').pop() ?? '?';
  };
  const before = await running();
  const summaries: string[] = [];
  const run = async (
    title: string,
    name: ActionName,
    inputs: RunOptions['inputs'],
    extra: Partial<RunOptions> = {},
  ) => {
    const result = await step(title, name, { inputs, env, workspace, ...extra });
    summaries.push(result.summary);
    return result;
  };

  let status = 1;
  try {
    let image = `public.ecr.aws/${ALIAS}/${SERVICE}:sha-${env.GITHUB_SHA.slice(0, 7)}`;
    let login: ActionResult | undefined;
    if (registry) {
      login = await run('Log in to ECR Public (us-east-1) and the registry', 'ecr-public-login', {
        registry: registry.host,
        builder: 'buildah',
        repositories: SERVICE,
      });
      if (login.code !== 0) return 1;
      const build = await run('Build and push the image', 'build-push', {
        image: `${registry.host}/${ALIAS}/${SERVICE}`,
        builder: 'buildah',
        context: '.',
      });
      if (build.code !== 0) return 1;
      image = build.outputs.image;
    } else {
      console.log(`\n${bold('── build skipped')}: deploying the prebuilt reference ${image}`);
    }
    if (fail) {
      emulator.setImageBehaviour(image, 'crash');
      console.log(
        color(33, `\n  --fail: the emulator will make ${image}'s essential container exit with code 1`),
      );
    }
    const render = await run('Render the task definition (eu-west-3)', 'render-task-def', {
      'task-definition': '.aws/task-definition.json',
      'container-name': SERVICE,
      image,
      'environment-variables': `DEPLOYED_BY=infra-actions-demo\nGIT_SHA=${env.GITHUB_SHA}`,
    });
    if (render.code !== 0) return 1;
    const deploy = await run('Register and update the service', 'ecs-deploy', {
      'task-definition': render.outputs['task-definition'],
      cluster: CLUSTER,
      service: SERVICE,
    });
    explainDeploymentIds(deploy.log, deploy.outputs['deployment-id'] ?? '', false);
    if (deploy.code !== 0) return 1;
    const wait = await run('Wait until the new tasks are running and healthy', 'wait-healthy', {
      cluster: CLUSTER,
      service: SERVICE,
      'deployment-id': deploy.outputs['deployment-id'],
      'wait-for-minutes': '2',
      'rollback-on-failure': 'true',
    });
    explainDeploymentIds(
      wait.log,
      deploy.outputs['deployment-id'] ?? '',
      wait.outputs['rolled-back'] === 'true',
    );
    if (login)
      await run('Post: log out of the registry', 'ecr-public-login', {}, { post: { state: login.state } });

    console.log(`\n${bold('── Job summary')}\n`);
    console.log(renderMarkdown(summaries.join('\n')));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const after = await running();
    if (!fail) {
      status = wait.code === 0 && after !== before ? 0 : 1;
      console.log(
        bold(
          status === 0
            ? `\n✔ ${SERVICE} deployed and healthy in ${seconds} s: ${before} → ${after}`
            : `\n✖ deploy failed after ${seconds} s (the service runs ${after})`,
        ),
      );
    } else {
      // The failure is the point of --fail: the demo succeeds when the step failed and the service
      // is back on the revision it ran before.
      status = wait.code !== 0 && after === before ? 0 : 1;
      console.log(
        bold(
          status === 0
            ? `\n✔ crashing image detected and rolled back in ${seconds} s: the step failed, as it should, and the service runs ${after} again`
            : `\n✖ the crashing image was not handled: step exit ${wait.code}, service on ${after} (was ${before})`,
        ),
      );
    }
    return status;
  } finally {
    await cleanUp();
  }
}

process.exitCode = await main();
