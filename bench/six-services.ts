/**
 * bench/six-services: how long a monorepo's matrix deploy of the six seed services takes, each
 * service deployed by the root action (its committed bundle, dist/pipeline, run as the runner runs
 * it) at the same time against one emulator, as the matrix jobs of
 * examples/workflows/monorepo.yml would on six runners. Not a test: it prints figures (see
 * docs/workflows.md, "Many services").
 *
 *   npm run bench:six-services [-- --time-scale 0.05] [--runs 3] [--services 6]
 *
 * `--services 1` deploys the first seed service alone: the baseline the six are compared with.
 *
 * `prebuilt-image` skips the login and the build, so what is measured is the part the six jobs
 * share: render, register, UpdateService, the health wait on one cluster and one load balancer.
 * The emulator compresses AWS's durations (task start, health checks, draining) by the time scale;
 * the actions' own polling intervals are not compressed, so the figures are the actions' overhead
 * plus the compressed rollout, not a prediction of a real AWS rollout.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED } from '../__tests__/helpers/emulator-clients.js';
import { repoRoot, runAction, type ActionResult } from '../__tests__/helpers/run-action.js';
import { startEmulator } from '../emulator/index.js';
import { argument, median, seconds } from './figures.js';

const timeScale = Number(argument('--time-scale') ?? 0.05);
const runs = Number(argument('--runs') ?? 3);
const services = SEED.services.slice(0, Number(argument('--services') ?? SEED.services.length));

/** One service's deploy, as one matrix job runs it. */
async function deployOne(
  endpoint: string,
  service: string,
  round: number,
  dir: string,
): Promise<ActionResult> {
  const workspace = path.join(dir, `${service}-${round}`);
  mkdirSync(path.join(workspace, '.aws'), { recursive: true });
  cpSync(
    path.join(repoRoot, `examples/task-definitions/${service}.json`),
    path.join(workspace, '.aws/task-definition.json'),
  );
  return runAction('pipeline', {
    workspace,
    timeoutMs: 600_000,
    inputs: {
      'prebuilt-image': `public.ecr.aws/${SEED.registryAlias}/${service}:bench-${round}`,
      'task-definition': '.aws/task-definition.json',
      'container-name': service,
      'aws-region': SEED.region,
      cluster: SEED.cluster,
      service,
      'wait-for-minutes': '10',
    },
    env: {
      AWS_ENDPOINT_URL: endpoint,
      AWS_REGION: SEED.region,
      GITHUB_SHA: `${String(round).padStart(2, '0')}abcdef0123456789abcdef0123456789abcdef`.slice(0, 40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'org/monorepo',
    },
  });
}

async function main(): Promise<number> {
  const emulator = await startEmulator({ timeScale });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-six-services-'));
  const perService = new Map<string, number[]>(services.map((service) => [service, []]));
  const totals: number[] = [];
  let failed = 0;
  console.log(
    `${services.length} services deployed at once by the root action (prebuilt images), emulator time scale ${timeScale}, ${runs} runs`,
  );
  try {
    for (let round = 1; round <= runs; round++) {
      const started = Date.now();
      const results = await Promise.all(
        services.map((service) => deployOne(emulator.endpoint, service, round, dir)),
      );
      totals.push(Date.now() - started);
      results.forEach((result, i) => {
        const service = services[i];
        if (result.code !== 0 || result.outputs.healthy !== 'true') {
          failed++;
          console.log(
            `  run ${round}: ${service} failed (exit ${result.code}): ${result.errors.join(' | ')}`,
          );
        }
        perService.get(service)!.push(result.durationMs);
      });
      console.log(`  run ${round}: all ${services.length} in ${seconds(totals.at(-1)!)}`);
    }
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }

  console.log('\n| service | min | median | max |\n| --- | --- | --- | --- |');
  for (const [service, durations] of perService) {
    console.log(
      `| ${service} | ${seconds(Math.min(...durations))} | ${seconds(median(durations))} | ${seconds(Math.max(...durations))} |`,
    );
  }
  console.log(
    `| **all ${services.length}, wall time** | ${seconds(Math.min(...totals))} | ${seconds(median(totals))} | ${seconds(Math.max(...totals))} |`,
  );
  console.log(`\n${os.cpus().length} CPUs, Node ${process.version} (the actions run on the node24 binary)`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
