/**
 * bench/wait: this action's waiting module against the SDK's waitUntilServicesStable (minDelay
 * 15 s, as aws-actions/amazon-ecs-deploy-task-definition calls it), on the same scripted rollouts
 * in the local emulator, in one run. Not a test: it prints figures (see docs/wait-healthy.md).
 *
 *   npm run bench:wait [-- --time-scale 0.3]
 *
 * Both waiters watch the same rollout at the same time, each with its own SDK clients (so their
 * calls are counted apart). The emulator's own state says when a rollout reached COMPLETED or
 * FAILED; a waiter's latency is from that moment to the moment it returns.
 *
 * Time scale: the emulator compresses AWS's durations (task start, health checks, draining) by
 * the time scale, but neither waiter's polling intervals, which are what the latencies measure.
 * 0.3 makes a rollout of the seed services take ~45 s instead of ~2.5 min, long enough that the
 * SDK waiter runs through several of its 15 s+ delays (so its latency is representative) and
 * short enough for the whole run to take about three minutes.
 */
import {
  type ECSClient,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  waitUntilServicesStable,
} from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { emulatorClients, SEED } from '../__tests__/helpers/emulator-clients.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { waitForDeployment } from '../src/health/wait.js';

const REGION = SEED.region;
const CLUSTER = SEED.cluster;
const SERVICES = SEED.services;
const FAILING_IMAGES = ['crash', 'unpullable', 'crash', 'unpullable', 'crash', 'unpullable'];
const ECS_READS = new Set(['DescribeServicesCommand', 'ListTasksCommand', 'DescribeTasksCommand']);

const timeScale = Number(argument('--time-scale') ?? 0.3);

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

interface Counted {
  ecs: ECSClient;
  elb: ElasticLoadBalancingV2Client;
  ecsCalls: () => number;
}

/** Clients whose ECS read calls are counted (once per command, retries not included). */
function clients(emu: Emulator): Counted {
  const { ecs, elb } = emulatorClients(emu);
  let count = 0;
  ecs.middlewareStack.add(
    (next, context) => async (args) => {
      if (ECS_READS.has(String(context.commandName))) count++;
      return next(args);
    },
    { step: 'initialize', name: 'benchCallCounter' },
  );
  return { ecs, elb, ecsCalls: () => count };
}

interface Run {
  scenario: 'healthy' | 'failed';
  service: string;
  /** When the emulator's deployment reached COMPLETED (healthy) or FAILED (failed). */
  reachedAt?: number;
  ours: { returnedAt: number; outcome: string; ecsCalls: number; minutes: number };
  sdk: { returnedAt: number; state: string; ecsCalls: number; minutes: number };
}

async function rollout(
  emu: Emulator,
  service: string,
  image: string,
  scenario: Run['scenario'],
): Promise<Run> {
  const admin = clients(emu).ecs;
  const body = structuredClone(emu.state.regions[REGION].taskDefinitions[service][0].body);
  body.containerDefinitions[0].image = `public.ecr.aws/a1b2c3d4/${service}:${image}`;
  const registered = await admin.send(new RegisterTaskDefinitionCommand(body as never));
  const updated = await admin.send(
    new UpdateServiceCommand({
      cluster: CLUSTER,
      service,
      taskDefinition: registered.taskDefinition!.taskDefinitionArn,
    }),
  );
  const deploymentId = updated.service!.deployments!.find((d) => d.status === 'PRIMARY')!.id!;
  const started = Date.now();
  const run: Partial<Run> = { scenario, service };

  // The emulator's side: when did the deployment reach the state the waiters should report?
  const goal = scenario === 'healthy' ? 'COMPLETED' : 'FAILED';
  const watcher = setInterval(() => {
    const dep = emu.state.regions[REGION].clusters[CLUSTER].services[service].deployments.find(
      (d) => d.id === deploymentId,
    );
    if (dep?.rolloutState === goal && run.reachedAt === undefined) run.reachedAt = Date.now();
  }, 20);

  const ourClients = clients(emu);
  const sdkClients = clients(emu);
  const [ours, sdk] = await Promise.all([
    waitForDeployment({
      ...ourClients,
      cluster: CLUSTER,
      service,
      deploymentId,
      timeoutMs: 10 * 60_000,
      log: () => {},
    }).then((result) => ({
      returnedAt: Date.now(),
      outcome: result.outcome,
      ecsCalls: ourClients.ecsCalls(),
      minutes: (Date.now() - started) / 60_000,
    })),
    waitUntilServicesStable(
      { client: sdkClients.ecs, minDelay: 15, maxWaitTime: 10 * 60 },
      { cluster: CLUSTER, services: [service] },
    ).then(
      (result) => ({
        returnedAt: Date.now(),
        state: String(result.state),
        ecsCalls: sdkClients.ecsCalls(),
        minutes: (Date.now() - started) / 60_000,
      }),
      (error: Error) => ({
        returnedAt: Date.now(),
        state: `error: ${error.name}`,
        ecsCalls: sdkClients.ecsCalls(),
        minutes: (Date.now() - started) / 60_000,
      }),
    ),
  ]);
  clearInterval(watcher);
  const from = (at: number) => (run.reachedAt === undefined ? 'n/a' : seconds(at - run.reachedAt));
  console.log(
    `  ${scenario} ${service}: ours ${ours.outcome} ${from(ours.returnedAt)}, sdk ${sdk.state} ${from(sdk.returnedAt)}`,
  );
  return { ...(run as Run), ours, sdk };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const emu = await startEmulator({ timeScale });
  const began = Date.now();
  console.log(
    `wait bench: emulator time scale ${timeScale}; ${SERVICES.length} services per scenario, rolled out at the same time`,
  );
  try {
    const healthy = await Promise.all(SERVICES.map((service) => rollout(emu, service, 'v2', 'healthy')));
    console.log(`  healthy rollouts done (${seconds(Date.now() - began)})`);
    const failed = await Promise.all(
      SERVICES.map((service, i) => rollout(emu, service, FAILING_IMAGES[i], 'failed')),
    );
    console.log(`  failing rollouts done (${seconds(Date.now() - began)})`);
    const runs = [...healthy, ...failed];

    const latency = (runs: Run[], who: 'ours' | 'sdk') =>
      median(runs.map((r) => r[who].returnedAt - (r.reachedAt ?? NaN)));
    const perMinute = (who: 'ours' | 'sdk') =>
      runs.reduce((sum, r) => sum + r[who].ecsCalls, 0) / runs.reduce((sum, r) => sum + r[who].minutes, 0);
    const detection = { ours: latency(healthy, 'ours'), sdk: latency(healthy, 'sdk') };
    const failure = { ours: latency(failed, 'ours'), sdk: latency(failed, 'sdk') };
    const calls = { ours: perMinute('ours'), sdk: perMinute('sdk') };
    const sdkSuccesses = failed.filter((r) => r.sdk.state === 'SUCCESS').length;

    console.log('');
    console.log('| | wait-healthy | SDK waitUntilServicesStable (minDelay 15 s) | ratio | target |');
    console.log('|---|---|---|---|---|');
    console.log(
      `| detection latency, median of ${healthy.length} (COMPLETED → wait returns) | ${seconds(detection.ours)} | ${seconds(detection.sdk)} | ${(detection.ours / detection.sdk).toFixed(2)}× | ≤ 3 s |`,
    );
    console.log(
      `| failure detection, median of ${failed.length} (FAILED → wait returns) | ${seconds(failure.ours)} | ${seconds(failure.sdk)}, and it reported SUCCESS in ${sdkSuccesses} of ${failed.length} (after ECS's rollback) | ${(failure.ours / failure.sdk).toFixed(2)}× | ≤ 5 s |`,
    );
    console.log(
      `| ECS API calls per minute of waiting | ${calls.ours.toFixed(1)} | ${calls.sdk.toFixed(1)} | ${(calls.ours / calls.sdk).toFixed(1)}× | ≤ 40 |`,
    );
    console.log('');
    console.log(
      `outcomes: ours ${runs.map((r) => r.ours.outcome).join(', ')}; sdk ${runs.map((r) => r.sdk.state).join(', ')}`,
    );
    const missed = runs.filter((r) => r.reachedAt === undefined).map((r) => `${r.scenario} ${r.service}`);
    if (missed.length) console.log(`emulator never reached the goal state for: ${missed.join(', ')}`);
    console.log(`total ${seconds(Date.now() - began)}`);
  } finally {
    await emu.close();
  }
}

await main();
