/**
 * bench/step: a whole ecs-deploy step, its committed bundle run as the runner runs it
 * (`node dist/ecs-deploy/index.js`), beside aws-actions/amazon-ecs-deploy-task-definition v2.6.3's
 * deploy step, against one emulator in one run. Not a test: it prints figures (see the README,
 * "Figures → A deploy step").
 *
 *   npm run bench:step [-- --runs 5] [--latency-ms 0,40] [--wait]
 *
 * The baseline is bench/aws-actions-replay.ts: the calls of the reference's index.js (tag v2.6.3,
 * commit c465972, lines 561-635 and 221-290: RegisterTaskDefinition, DescribeServices,
 * UpdateService, and with --wait its waitUntilServicesStable with minDelay 15 s and one more
 * DescribeServices), with the SDK, in their order and with their parameters; that file's header
 * says line by line what it replays. It is bundled here with ncc, as aws-actions bundles its
 * dist/index.js, and run as a fresh node process, so that both steps pay a process start and a
 * bundle load.
 *
 * Both steps deploy a new image of the same seed service (a task definition file as a repository
 * keeps it, examples/task-definitions/), wait-for-service-stability false unless --wait, in turns
 * (ours first in even rounds, the baseline first in odd ones), after one warm-up run each that is
 * not counted. Calls are counted at the emulator (emu.calls), by operation.
 *
 * `--latency-ms`: the emulator answers on loopback in about a millisecond, where an AWS endpoint
 * answers a runner in tens of milliseconds; each value is one case, with every request held that
 * long at the emulator (its `latency` fault at rate 1). 0 measures the process and the SDK alone.
 *
 * The split of a step's wall time: startup = from spawn to the step's first request at the
 * emulator (the clock starts once the process is spawned, for both steps alike); AWS = from the first request to the last one; rest = from the last request to exit
 * (its answer, outputs, job summary, process exit).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED } from '../__tests__/helpers/emulator-clients.js';
import { repoRoot, startAction } from '../__tests__/helpers/run-action.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { argument, median } from './figures.js';

const runs = Number(argument('--runs') ?? 5);
const latencies = (argument('--latency-ms') ?? '0,40').split(',').map(Number);
const waitCases = process.argv.includes('--wait') ? [false, true] : [false];
const SERVICE = SEED.services[0];

type Side = 'ecs-deploy' | 'aws-actions';

interface Measured {
  wallMs: number;
  startupMs: number;
  awsMs: number;
  restMs: number;
  calls: Record<string, number>;
}

/** The replay, bundled with ncc into a temporary folder; returns its entry file. */
function bundleBaseline(dir: string): string {
  const out = path.join(dir, 'aws-actions-replay');
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      path.join(repoRoot, 'bench/aws-actions-replay.ts'),
      '-o',
      out,
      '--target',
      'es2022',
      '-q',
    ],
    { stdio: 'inherit' },
  );
  return path.join(out, 'index.js');
}

/** A workspace with the service's task definition file, with an image no run used before. */
function workspaceWith(dir: string, image: string): string {
  const workspace = mkdtempSync(path.join(dir, 'ws-'));
  const definition = JSON.parse(
    readFileSync(path.join(repoRoot, `examples/task-definitions/${SERVICE}.json`), 'utf8'),
  );
  definition.containerDefinitions[0].image = image;
  mkdirSync(path.join(workspace, '.aws'));
  writeFileSync(path.join(workspace, '.aws/task-definition.json'), JSON.stringify(definition, null, 2));
  return workspace;
}

let deployments = 0;

async function step(emu: Emulator, side: Side, wait: boolean, baseline: string, dir: string) {
  const image = `public.ecr.aws/${SEED.registryAlias}/${SERVICE}:bench-${++deployments}`;
  const workspace = workspaceWith(dir, image);
  const first = emu.calls.length;
  const { result: running } = startAction('ecs-deploy', {
    workspace,
    script: side === 'aws-actions' ? baseline : undefined,
    timeoutMs: 600_000,
    inputs: {
      'task-definition': '.aws/task-definition.json',
      'aws-region': SEED.region,
      cluster: SEED.cluster,
      service: SERVICE,
      'wait-for-service-stability': String(wait),
    },
    env: {
      AWS_ENDPOINT_URL: emu.endpoint,
      AWS_REGION: SEED.region,
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REPOSITORY: 'acme/intrusion-detection',
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
    },
  });
  // Taken once the process is spawned: before it, startAction reads our action.yml's input
  // defaults (a YAML parse in this process, 5-30 ms), which the baseline, run as a script, skips.
  const started = Date.now();
  const result = await running;
  const ended = Date.now();
  if (result.code !== 0) throw new Error(`${side} failed (exit ${result.code}):\n${result.log}`);
  const calls = emu.calls.slice(first);
  if (!calls.length) throw new Error(`${side} made no call`);
  const counted: Record<string, number> = {};
  for (const call of calls) counted[call.operation] = (counted[call.operation] ?? 0) + 1;
  return {
    wallMs: result.durationMs,
    startupMs: calls[0].at - started,
    awsMs: calls[calls.length - 1].at - calls[0].at,
    restMs: ended - calls[calls.length - 1].at,
    calls: counted,
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function callsLine(measured: Measured[]): string {
  const total: Record<string, number> = {};
  for (const m of measured)
    for (const [operation, count] of Object.entries(m.calls))
      total[operation] = (total[operation] ?? 0) + count;
  return Object.entries(total)
    .map(([operation, count]) => `${operation} ${+(count / measured.length).toFixed(1)}`)
    .join(', ');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-step-'));
  const baseline = bundleBaseline(dir);
  const emu = await startEmulator({ timeScale: 0.01 });
  const rows: string[] = [];
  try {
    for (const latencyMs of latencies) {
      emu.setFaults(latencyMs > 0 ? [{ kind: 'latency', rate: 1, latencyMs }] : []);
      for (const wait of waitCases) {
        const measured: Record<Side, Measured[]> = { 'ecs-deploy': [], 'aws-actions': [] };
        for (const side of ['ecs-deploy', 'aws-actions'] as const) await step(emu, side, wait, baseline, dir);
        for (let round = 0; round < runs; round++) {
          const order: Side[] = round % 2 ? ['aws-actions', 'ecs-deploy'] : ['ecs-deploy', 'aws-actions'];
          for (const side of order) measured[side].push(await step(emu, side, wait, baseline, dir));
        }
        const reference = median(measured['aws-actions'].map((m) => m.wallMs));
        for (const side of ['ecs-deploy', 'aws-actions'] as const) {
          const m = measured[side];
          const wall = m.map((x) => x.wallMs).sort((a, b) => a - b);
          rows.push(
            [
              `${latencyMs} ms`,
              wait ? 'yes' : 'no',
              side,
              `${seconds(wall[0])} / ${seconds(median(wall))} / ${seconds(wall[wall.length - 1])}`,
              `${(median(wall) / reference).toFixed(2)}×`,
              `${seconds(median(m.map((x) => x.startupMs)))} / ${seconds(median(m.map((x) => x.awsMs)))} / ${seconds(median(m.map((x) => x.restMs)))}`,
              callsLine(m),
            ].join(' | '),
          );
        }
      }
    }
  } finally {
    await emu.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nA deploy step of ${SERVICE}, ${runs} runs per row after a warm-up run, node ${process.version} running the bench, ${os.cpus().length} CPUs`,
  );
  console.log(
    '| added latency per request | wait | step | wall s min / median / max | median vs aws-actions | median startup / AWS / rest s | calls per run |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(`| ${row} |`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
