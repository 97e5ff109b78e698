/**
 * bench/scale: N services in one account deploying at once, under the account-wide API rate
 * limits AWS applies (emulator `rateLimits: 'aws'`, see emulator/rate-limits.ts for the figures
 * and their sources). Not a test: it prints figures (README "Figures", docs/wait-healthy.md).
 *
 *   npm run bench:scale [-- --sizes 6,25,50,100] [--time-scale 1] [--no-baseline]
 *
 * For each N, two runs on two fresh emulators with the same fixture and the same limits:
 * - ours: the root action (dist/pipeline, run as the runner runs it: one node process per service,
 *   as N matrix jobs on N runners would) with `prebuilt-image`, so what is measured is render,
 *   register, UpdateService and the health wait;
 * - baseline: what aws-actions/amazon-ecs-deploy-task-definition v2.6.3 does for the same deploy
 *   with its defaults (RegisterTaskDefinition, UpdateService, then the SDK's
 *   waitUntilServicesStable with minDelay 15 s and maxWaitTime 30 min, clients with the SDK's
 *   standard retry and its `max-retries` default of 3), one set of clients per service in this
 *   process. It does not read target health; that is its settings, not a handicap we add.
 *
 * The fixture is the seed's region with N services: the six seed services repeated (`idp-2`, …),
 * each with its own target group (the seed's health-check settings: 30 s interval, thresholds of
 * 3, 60 s grace) and task definition family. Time scale 1.0 (the default) means the emulator's
 * rollouts take as long as AWS's would (task start, health checks, draining), so calls per minute
 * and bucket shares are real-time figures.
 *
 * What is printed per N: wall time of the whole set and per service (min/median/max), failures,
 * detection latency (the emulator's deployment reached COMPLETED → the step or waiter returned),
 * API calls per minute by action (every request the emulator received, throttled ones included),
 * each bucket's share used (requests allowed / (capacity + refill × seconds of the run)), throttled
 * answers, and the emulator process's peak RSS.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ECSClient,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  waitUntilServicesStable,
} from '@aws-sdk/client-ecs';
import { EMULATOR_CREDENTIALS, SEED } from '../__tests__/helpers/emulator-clients.js';
import { repoRoot, runAction } from '../__tests__/helpers/run-action.js';
import { readFixture } from '../emulator/fixture.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import type { Fixture } from '../emulator/types.js';
import { argument, median, minMedianMax, ratio, seconds } from './figures.js';

const sizes = (argument('--sizes') ?? '6,25,50,100').split(',').map(Number);
const timeScale = Number(argument('--time-scale') ?? 1);
const withBaseline = !process.argv.includes('--no-baseline');
const WAIT_MINUTES = 30;

/** The N service names: the seed's six, then the six again with a suffix. */
export function serviceNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const base = SEED.services[i % SEED.services.length];
    const round = Math.floor(i / SEED.services.length);
    return round === 0 ? base : `${base}-${round + 1}`;
  });
}

const baseOf = (service: string) => service.replace(/-\d+$/, '');

/** The seed fixture with `count` services, each with its own target group and family. */
function scaledFixture(count: number): Fixture {
  const fixture = readFixture(undefined) as Fixture & { regions: Record<string, any> };
  const region = fixture.regions[SEED.region];
  // Fixture entries are plain JSON; the fixture loader validates what this produces.
  type Entry = Record<string, any>;
  const byName = (list: Entry[], key: string, name: string): Entry =>
    structuredClone(list.find((item) => item[key] === name)!);
  const services = [];
  const targetGroups = [];
  const taskDefinitions = [];
  for (const service of serviceNames(count)) {
    const base = baseOf(service);
    const spec = byName(region.services, 'serviceName', base);
    const targetGroup = byName(region.targetGroups, 'name', `${base}-tg`);
    const taskDefinition = byName(region.taskDefinitions, 'family', base);
    targetGroup.name = `${service}-tg`;
    spec.serviceName = service;
    spec.taskDefinition = `${service}:1`;
    spec.loadBalancers = spec.loadBalancers.map((lb: Record<string, unknown>) => ({
      ...lb,
      targetGroupName: `${service}-tg`,
    }));
    taskDefinition.family = service;
    services.push(spec);
    targetGroups.push(targetGroup);
    taskDefinitions.push(taskDefinition);
  }
  region.services = services;
  region.targetGroups = targetGroups;
  region.taskDefinitions = taskDefinitions;
  return fixture;
}

interface ServiceRun {
  service: string;
  ok: boolean;
  detail: string;
  durationMs: number;
  returnedAt: number;
}

interface SizeRun {
  runs: ServiceRun[];
  wallMs: number;
  /** service → when its new deployment reached COMPLETED in the emulator */
  completedAt: Map<string, number>;
  callsByAction: Map<string, number>;
  requests: number;
  throttled: number;
  buckets: Array<{ bucket: string; actions: string[] | '*'; share: number; throttled: number }>;
  peakRssMiB: number;
}

/**
 * Records when each service's newest deployment reaches COMPLETED, and this process's peak RSS
 * (the emulator is the only thing of weight in it while our steps run in their own processes).
 */
function watch(emu: Emulator, services: string[], since: number) {
  const completedAt = new Map<string, number>();
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const cluster = emu.state.regions[SEED.region].clusters[SEED.cluster];
    for (const service of services) {
      if (completedAt.has(service)) continue;
      const primary = cluster.services[service]?.deployments.find((d) => d.status === 'PRIMARY');
      if (primary?.rolloutState === 'COMPLETED' && Number(primary.createdAt) >= since - 1000)
        completedAt.set(service, Date.now());
    }
  }, 50);
  return { completedAt, stop: () => (clearInterval(timer), peakRss / 2 ** 20) };
}

async function measure(
  count: number,
  deployAll: (emu: Emulator, services: string[], dir: string) => Promise<ServiceRun[]>,
): Promise<SizeRun> {
  const services = serviceNames(count);
  const emu = await startEmulator({ fixture: scaledFixture(count), timeScale, rateLimits: 'aws' });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
  const started = Date.now();
  const firstCall = emu.calls.length;
  const watcher = watch(emu, services, started);
  try {
    const runs = await deployAll(emu, services, dir);
    const wallMs = Date.now() - started;
    const peakRssMiB = watcher.stop();
    const calls = emu.calls.slice(firstCall);
    const callsByAction = new Map<string, number>();
    for (const call of calls) {
      const key = `${call.service} ${call.operation}`;
      callsByAction.set(key, (callsByAction.get(key) ?? 0) + 1);
    }
    // Each row is one of AWS's bucket categories (e.g. ECS "Service read actions", which
    // DescribeServices shares with the other service reads); its share is over the emulator's
    // life, which is this run.
    const buckets = emu.rateLimitReport().map((row) => ({
      bucket: `${row.service} ${row.action}`,
      actions: row.actions,
      share: row.shareUsed,
      throttled: row.throttled,
    }));
    return {
      runs,
      wallMs,
      completedAt: watcher.completedAt,
      callsByAction,
      requests: calls.length,
      throttled: buckets.reduce((sum, b) => sum + b.throttled, 0),
      buckets,
      peakRssMiB,
    };
  } finally {
    watcher.stop();
    await emu.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ours: one root-action process per service, all at once. */
async function deployOurs(emu: Emulator, services: string[], dir: string): Promise<ServiceRun[]> {
  return Promise.all(
    services.map(async (service) => {
      const workspace = path.join(dir, service);
      mkdirSync(path.join(workspace, '.aws'), { recursive: true });
      const file = path.join(repoRoot, `examples/task-definitions/${baseOf(service)}.json`);
      const taskDefinition = JSON.parse(readFileSync(file, 'utf8'));
      taskDefinition.family = service;
      writeFileSync(path.join(workspace, '.aws/task-definition.json'), JSON.stringify(taskDefinition));
      const result = await runAction('pipeline', {
        workspace,
        timeoutMs: (WAIT_MINUTES + 5) * 60_000,
        inputs: {
          'prebuilt-image': `public.ecr.aws/${SEED.registryAlias}/${baseOf(service)}:scale`,
          'task-definition': '.aws/task-definition.json',
          'container-name': baseOf(service),
          'aws-region': SEED.region,
          cluster: SEED.cluster,
          service,
          'wait-for-minutes': String(WAIT_MINUTES),
        },
        env: {
          AWS_ENDPOINT_URL: emu.endpoint,
          AWS_REGION: SEED.region,
          AWS_ACCESS_KEY_ID: EMULATOR_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey,
          GITHUB_SHA: '5ca1e0000000000000000000000000000000beef',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_REPOSITORY: 'org/monorepo',
        },
      });
      const ok = result.code === 0 && result.outputs.healthy === 'true';
      return {
        service,
        ok,
        detail: ok ? '' : `exit ${result.code}: ${result.errors.join(' | ').slice(0, 300)}`,
        durationMs: result.durationMs,
        returnedAt: Date.now(),
      };
    }),
  );
}

/** The baseline: aws-actions' calls and waiter for each service, one set of clients each. */
async function deployBaseline(emu: Emulator, services: string[]): Promise<ServiceRun[]> {
  return Promise.all(
    services.map(async (service) => {
      const began = Date.now();
      const ecs = new ECSClient({
        endpoint: emu.endpoint,
        region: SEED.region,
        credentials: EMULATOR_CREDENTIALS,
        maxAttempts: 3,
      });
      try {
        const file = path.join(repoRoot, `examples/task-definitions/${baseOf(service)}.json`);
        const taskDefinition = JSON.parse(readFileSync(file, 'utf8'));
        taskDefinition.family = service;
        taskDefinition.containerDefinitions[0].image = `public.ecr.aws/${SEED.registryAlias}/${baseOf(service)}:scale`;
        const registered = await ecs.send(new RegisterTaskDefinitionCommand(taskDefinition));
        await ecs.send(
          new UpdateServiceCommand({
            cluster: SEED.cluster,
            service,
            taskDefinition: registered.taskDefinition!.taskDefinitionArn,
          }),
        );
        const waited = await waitUntilServicesStable(
          { client: ecs, minDelay: 15, maxWaitTime: WAIT_MINUTES * 60 },
          { cluster: SEED.cluster, services: [service] },
        );
        const ok = waited.state === 'SUCCESS';
        return {
          service,
          ok,
          detail: ok ? '' : String(waited.state),
          durationMs: Date.now() - began,
          returnedAt: Date.now(),
        };
      } catch (error) {
        return {
          service,
          ok: false,
          detail: `${(error as Error).name}: ${(error as Error).message}`.slice(0, 300),
          durationMs: Date.now() - began,
          returnedAt: Date.now(),
        };
      } finally {
        ecs.destroy();
      }
    }),
  );
}

function detectionLatencies(run: SizeRun): number[] {
  return run.runs
    .filter((r) => r.ok && run.completedAt.has(r.service))
    .map((r) => r.returnedAt - run.completedAt.get(r.service)!);
}

/** The actions whose buckets the target is about. */
const WATCHED: Record<string, string[]> = { ecs: ['DescribeServices'], elbv2: ['DescribeTargetHealth'] };

function report(count: number, ours: SizeRun, baseline: SizeRun | undefined): void {
  const both = (pick: (run: SizeRun) => string) => [pick(ours), baseline ? pick(baseline) : 'not run'];
  const row = (label: string, pick: (run: SizeRun) => string, ratioOf?: (run: SizeRun) => number) => {
    const [a, b] = both(pick);
    const r = ratioOf && baseline ? ratio(ratioOf(ours), ratioOf(baseline)) : '';
    console.log(`| ${label} | ${a} | ${b} | ${r} |`);
  };
  const spread = (values: number[]) => {
    const f = minMedianMax(values);
    return f ? `${seconds(f.median)} (${seconds(f.min)}–${seconds(f.max)})` : 'n/a';
  };
  const minutes = (run: SizeRun) => run.wallMs / 60_000;
  console.log(`\n### ${count} services at once\n`);
  console.log('| | infra-actions (root action) | baseline (aws-actions 2.6.3 calls + SDK waiter) | ratio |');
  console.log('| --- | --- | --- | --- |');
  row(
    'wall time, all services',
    (r) => seconds(r.wallMs),
    (r) => r.wallMs,
  );
  row(
    'per service, median (min–max)',
    (r) => spread(r.runs.map((s) => s.durationMs)),
    (r) => median(r.runs.map((s) => s.durationMs)),
  );
  row('failures', (r) => `${r.runs.filter((s) => !s.ok).length} of ${r.runs.length}`);
  row(
    'detection latency (COMPLETED → returned), median (min–max)',
    (r) => spread(detectionLatencies(r)),
    (r) => median(detectionLatencies(r)),
  );
  row(
    'API requests per minute, all',
    (r) => (r.requests / minutes(r)).toFixed(0),
    (r) => r.requests / minutes(r),
  );
  row(
    'API requests per minute per service',
    (r) => (r.requests / minutes(r) / count).toFixed(1),
    (r) => r.requests / minutes(r) / count,
  );
  const actions = new Set([...ours.callsByAction.keys(), ...(baseline?.callsByAction.keys() ?? [])]);
  for (const action of [...actions].sort())
    row(`  ${action} per minute`, (r) => ((r.callsByAction.get(action) ?? 0) / minutes(r)).toFixed(1));
  // Only the buckets either side took a token from (AWS has 25 categories; most go unused here).
  const bucketNames = new Set(
    [...ours.buckets, ...(baseline?.buckets ?? [])].filter((b) => b.share > 0).map((b) => b.bucket),
  );
  for (const name of [...bucketNames].sort()) {
    const example = [...ours.buckets, ...(baseline?.buckets ?? [])].find((b) => b.bucket === name)!;
    const watched = (WATCHED[name.split(' ')[0]] ?? []).filter(
      (a) => example.actions === '*' || example.actions.includes(a),
    );
    const label = watched.length ? `${name} bucket (${watched.join(', ')}) used` : `${name} bucket used`;
    row(label, (r) => {
      const bucket = r.buckets.find((b) => b.bucket === name);
      return bucket ? `${(bucket.share * 100).toFixed(1)}%` : '0%';
    });
  }
  row('throttled answers', (r) => String(r.throttled));
  row('emulator process peak RSS', (r) => `${r.peakRssMiB.toFixed(0)} MiB`);
  for (const [who, run] of [
    ['infra-actions', ours],
    ['baseline', baseline],
  ] as const)
    for (const failed of run?.runs.filter((s) => !s.ok) ?? [])
      console.log(`  ${who} ${failed.service}: ${failed.detail}`);
}

async function main(): Promise<number> {
  console.log(
    `bench:scale: sizes ${sizes.join(', ')}; emulator time scale ${timeScale}; account-wide rate limits as AWS's (emulator/rate-limits.ts); ${os.cpus().length} CPUs, Node ${process.version}`,
  );
  let failures = 0;
  for (const count of sizes) {
    const ours = await measure(count, deployOurs);
    const baseline = withBaseline
      ? await measure(count, (emu, services) => deployBaseline(emu, services))
      : undefined;
    report(count, ours, baseline);
    failures += ours.runs.filter((s) => !s.ok).length;
  }
  return failures ? 1 : 0;
}

process.exitCode = await main();
