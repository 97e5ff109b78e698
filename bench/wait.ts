/**
 * bench/wait: this action's waiting module (wait-healthy, ecs-deploy's wait) against the baseline,
 * on the same scripted rollouts in the local emulator, measured in the same run. Not a test: it
 * prints figures (README, "Figures → Waiting"; docs/wait-healthy.md).
 *
 *   npm run bench:wait [-- --runs 3] [--time-scale 1] [--real-time]
 *
 * Baseline: the AWS SDK's waitUntilServicesStable with the settings of
 * aws-actions/amazon-ecs-deploy-task-definition: minDelay 15 s (the SDK's maxDelay 120 s) and
 * maxWaitTime 30 min (its default `wait-for-minutes`). That waiter only watches "services stable"
 * (one deployment left, runningCount = desiredCount): it knows nothing of a rollout's state, so
 * after ECS rolled a failed deployment back it reports SUCCESS, and for a BLUE_GREEN or CANARY
 * service deployment it waits until ECS has cleaned up the blue tasks (or rolled back) and again
 * reports SUCCESS either way. (aws-actions 2.6.3 itself fails after a circuit-breaker rollback,
 * at its 15 s poll: its detection latency is the waiter's, its answer is not. The bench measures
 * the waiter, whose answers are what the tables' "answer" rows show.)
 *
 * Scenarios (each run plays all of them at once, one seed service each, on a fresh emulator):
 * ROLLING healthy and failing (tasks crash: ECS's circuit breaker rolls back), BLUE_GREEN healthy
 * and failing (a lifecycle hook answers FAILED after test traffic moved), CANARY healthy and
 * failing (green targets unhealthy in the alternate target group, before production traffic
 * moved). Both waiters watch the same rollout at the same time.
 *
 * Latency: from the moment the emulator's own state says ECS reached the answer to the moment a
 * waiter returns. Healthy: ROLLING when the deployment is COMPLETED, staged when the service
 * deployment is SUCCESSFUL. Failed: when ECS decided it failed (ROLLING: rolloutState FAILED;
 * staged: the service deployment left IN_PROGRESS for ROLLBACK_REQUESTED), so the latency of a
 * staged failure includes the time ECS takes to roll back, which our wait follows to
 * ROLLBACK_SUCCESSFUL; a second row measures staged failures from the end of that rollback (the
 * state our wait reports), which is our lag alone.
 *
 * Calls: every HTTP attempt each waiter makes, ECS and ELBv2 alike, SDK retries included. Counted
 * by a middleware at the `deserialize` step of each waiter's own clients: that step runs once per
 * attempt, inside the retry middleware's loop (finalizeRequest step), so a retried call counts
 * each time it reaches the wire. The emulator's request log is the cross-check: at the end of each
 * run, every request it received is accounted for by a waiter or by the bench's own two calls per
 * rollout (the log names no client, so it alone could not split the two waiters).
 *
 * Time scale: the emulator compresses AWS's durations (task start, health checks, draining, bake)
 * by the time scale, never either waiter's polling, which is what the latencies measure. The
 * default is 1, AWS's own durations: wait-healthy schedules its reads on the target groups'
 * health-check clock (HealthCheckIntervalSeconds and the thresholds, which the emulator reports as
 * AWS's), so in a compressed emulator every transition comes sooner than that clock allows and the
 * wait sees it late (at 0.2: 12.9 s after a ROLLING COMPLETED instead of 0.5 s), while the SDK
 * waiter's fixed 15 s grid is flattered. A run at time scale 1 takes about seven minutes (the
 * scenarios play at once), three runs about twenty; `--time-scale 0.2 --runs 1` is a quick smoke
 * run of the bench itself, not a measurement. `--real-time` adds one run at time scale 1 after runs
 * at another scale.
 */
import {
  type ECSClient,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  waitUntilServicesStable,
  type DeploymentConfiguration,
} from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { emulatorClients, SEED } from '../__tests__/helpers/emulator-clients.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { waitForDeployment } from '../src/health/wait.js';
import { argument, median, minMedianMax, ratio, seconds } from './figures.js';

const REGION = SEED.region;
const CLUSTER = SEED.cluster;
/** aws-actions/amazon-ecs-deploy-task-definition: `WAIT_DEFAULT_DELAY_SEC = 15`, wait-for-minutes 30. */
const BASELINE = { minDelay: 15, maxWaitTime: 30 * 60 };
const HOOK = `arn:aws:lambda:${REGION}:123456789012:function:bench-smoke-test`;

const runs = Number(argument('--runs') ?? 3);
const timeScale = Number(argument('--time-scale') ?? 1);
const realTime = process.argv.includes('--real-time');

interface Scenario {
  name: string;
  strategy: 'ROLLING' | 'BLUE_GREEN' | 'CANARY';
  goal: 'healthy' | 'failed';
  service: string;
  image: string;
  deploymentConfiguration?: DeploymentConfiguration;
  /** Set up the emulator before the rollout (a failing hook). */
  prepare?: (emu: Emulator) => void;
}

const BLUE_GREEN: DeploymentConfiguration = { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 };
const CANARY: DeploymentConfiguration = {
  strategy: 'CANARY',
  bakeTimeInMinutes: 1,
  canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1 },
};
const [s1, s2, s3, s4, s5, s6] = SEED.services;
const SCENARIOS: Scenario[] = [
  { name: 'ROLLING healthy', strategy: 'ROLLING', goal: 'healthy', service: s1, image: 'v2' },
  { name: 'ROLLING tasks crash', strategy: 'ROLLING', goal: 'failed', service: s2, image: 'crash' },
  {
    name: 'BLUE_GREEN healthy',
    strategy: 'BLUE_GREEN',
    goal: 'healthy',
    service: s3,
    image: 'v2',
    deploymentConfiguration: BLUE_GREEN,
  },
  {
    name: 'BLUE_GREEN hook fails',
    strategy: 'BLUE_GREEN',
    goal: 'failed',
    service: s4,
    image: 'v2',
    deploymentConfiguration: {
      ...BLUE_GREEN,
      lifecycleHooks: [
        {
          hookTargetArn: HOOK,
          roleArn: 'arn:aws:iam::123456789012:role/ecsHookRole',
          lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
        },
      ],
    },
    prepare: (emu) => emu.setHookBehaviour(HOOK, 'fail'),
  },
  {
    name: 'CANARY healthy',
    strategy: 'CANARY',
    goal: 'healthy',
    service: s5,
    image: 'v2',
    deploymentConfiguration: CANARY,
  },
  {
    name: 'CANARY green unhealthy',
    strategy: 'CANARY',
    goal: 'failed',
    service: s6,
    image: 'unhealthy',
    deploymentConfiguration: CANARY,
  },
];

/** A waiter's clients, with every HTTP attempt counted (see the module comment). */
interface Counted {
  ecs: ECSClient;
  elb: ElasticLoadBalancingV2Client;
  calls: { ecs: number; elb: number };
}

function countedClients(emu: Emulator): Counted {
  const { ecs, elb } = emulatorClients(emu);
  const calls = { ecs: 0, elb: 0 };
  const counter = (key: 'ecs' | 'elb') => (next: any) => async (args: any) => {
    calls[key]++;
    return next(args);
  };
  const options = { step: 'deserialize' as const, name: 'benchAttemptCounter' };
  ecs.middlewareStack.add(counter('ecs'), options);
  elb.middlewareStack.add(counter('elb'), options);
  return { ecs, elb, calls };
}

interface Measured {
  /** ms from ECS reaching the answer to the waiter returning (NaN if ECS never got there). */
  latencyMs: number;
  /** Staged failures: from the end of ECS's rollback (NaN otherwise, or when the waiter returned before it). */
  afterRollbackMs: number;
  calls: number;
  ecsCalls: number;
  elbCalls: number;
  minutes: number;
  answer: string;
  /** Whether the waiter's answer is the right one (healthy for a healthy rollout, else not). */
  right: boolean;
}

interface Sample {
  scenario: Scenario;
  ours: Measured;
  sdk: Measured;
}

const serviceOf = (emu: Emulator, name: string) => emu.state.regions[REGION].clusters[CLUSTER].services[name];

/** When ECS reached the answer, from the emulator's own state (polled every 20 ms, in process). */
function watchEcs(emu: Emulator, scenario: Scenario, deploymentId: string, sdArn: string | undefined) {
  const seen: { at?: number; endedAt?: number } = {};
  /** A staged failure: when ECS's rollback ended, the state our wait reports (ROLLBACK_SUCCESSFUL). */
  const ended = (): boolean => {
    if (scenario.strategy === 'ROLLING' || scenario.goal === 'healthy') return false;
    const status = serviceOf(emu, scenario.service).serviceDeployments.find((s) => s.arn === sdArn)?.status;
    return ['ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED', 'STOPPED'].includes(status ?? '');
  };
  const reached = (): boolean => {
    const svc = serviceOf(emu, scenario.service);
    if (scenario.strategy === 'ROLLING') {
      const state = svc.deployments.find((d) => d.id === deploymentId)?.rolloutState;
      return state === (scenario.goal === 'healthy' ? 'COMPLETED' : 'FAILED');
    }
    const status = svc.serviceDeployments.find((s) => s.arn === sdArn)?.status;
    if (scenario.goal === 'healthy') return status === 'SUCCESSFUL';
    return status !== undefined && !['PENDING', 'IN_PROGRESS', 'SUCCESSFUL'].includes(status);
  };
  const timer = setInterval(() => {
    if (seen.at === undefined && reached()) seen.at = Date.now();
    if (seen.endedAt === undefined && ended()) seen.endedAt = Date.now();
  }, 20);
  return { seen, stop: () => clearInterval(timer) };
}

async function play(emu: Emulator, scenario: Scenario): Promise<Sample> {
  const admin = emulatorClients(emu).ecs;
  scenario.prepare?.(emu);
  const body = structuredClone(emu.state.regions[REGION].taskDefinitions[scenario.service][0].body);
  body.containerDefinitions[0].image = `public.ecr.aws/${SEED.registryAlias}/${scenario.service}:${scenario.image}`;
  const registered = await admin.send(new RegisterTaskDefinitionCommand(body as never));
  const updated = await admin.send(
    new UpdateServiceCommand({
      cluster: CLUSTER,
      service: scenario.service,
      taskDefinition: registered.taskDefinition!.taskDefinitionArn,
      ...(scenario.deploymentConfiguration
        ? { deploymentConfiguration: scenario.deploymentConfiguration }
        : {}),
    }),
  );
  const deploymentId = updated.service!.deployments!.find((d) => d.status === 'PRIMARY')!.id!;
  const watch = watchEcs(emu, scenario, deploymentId, updated.service!.currentServiceDeployment);
  const started = Date.now();
  const measured = (counted: Counted, answer: string, healthy: boolean): Measured => {
    const returnedAt = Date.now();
    return {
      latencyMs: watch.seen.at === undefined ? NaN : returnedAt - watch.seen.at,
      afterRollbackMs: watch.seen.endedAt === undefined ? NaN : returnedAt - watch.seen.endedAt,
      calls: counted.calls.ecs + counted.calls.elb,
      ecsCalls: counted.calls.ecs,
      elbCalls: counted.calls.elb,
      minutes: (returnedAt - started) / 60_000,
      answer,
      right: healthy === (scenario.goal === 'healthy'),
    };
  };

  const ourClients = countedClients(emu);
  const sdkClients = countedClients(emu);
  const [ours, sdk] = await Promise.all([
    waitForDeployment({
      ecs: ourClients.ecs,
      elb: ourClients.elb,
      cluster: CLUSTER,
      service: scenario.service,
      deploymentId,
      timeoutMs: BASELINE.maxWaitTime * 1000,
      log: () => {},
      warn: () => {},
    }).then((result) => measured(ourClients, result.outcome, result.healthy)),
    waitUntilServicesStable(
      { client: sdkClients.ecs, ...BASELINE },
      { cluster: CLUSTER, services: [scenario.service] },
    ).then(
      (result) => measured(sdkClients, String(result.state), String(result.state) === 'SUCCESS'),
      (error: Error) => measured(sdkClients, `error ${error.name}`, false),
    ),
  ]);
  watch.stop();
  return { scenario, ours, sdk };
}

/** One run: every scenario at once on a fresh emulator. */
async function oneRun(scale: number, round: number): Promise<Sample[]> {
  const emu = await startEmulator({ timeScale: scale });
  const began = Date.now();
  try {
    const samples = await Promise.all(SCENARIOS.map((scenario) => play(emu, scenario)));
    const counted = samples.reduce((sum, s) => sum + s.ours.calls + s.sdk.calls, 0);
    const received = emu.calls.length - 2 * SCENARIOS.length; // the bench's Register + UpdateService
    console.log(
      `  run ${round} (time scale ${scale}): ${seconds(Date.now() - began)}; requests the emulator received from the waiters ${received}, counted ${counted}${received === counted ? '' : '  << MISMATCH'}`,
    );
    return samples;
  } finally {
    await emu.close();
  }
}

// ------------------------------------------------------------------ figures

const spread = (values: number[], format: (n: number) => string) => {
  const q = minMedianMax(values);
  return q ? `${format(q.median)} (${format(q.min)}–${format(q.max)})` : 'n/a';
};
const ratioOfMedians = (ours: number[], sdk: number[]) => ratio(median(ours), median(sdk)) || 'n/a';

function table(samples: Sample[]): void {
  const oneDecimal = (n: number) => n.toFixed(1);
  console.log('');
  console.log(
    `| scenario | figure, median (min–max) | wait-healthy | baseline: SDK waitUntilServicesStable (minDelay ${BASELINE.minDelay} s, maxWaitTime ${BASELINE.maxWaitTime / 60} min) | ratio |`,
  );
  console.log('|---|---|---|---|---|');
  for (const scenario of SCENARIOS) {
    const mine = samples.filter((s) => s.scenario === scenario);
    const rows: [string, (m: Measured) => number, (n: number) => string][] = [
      [
        scenario.goal === 'healthy' ? 'latency after ECS said healthy' : 'latency after ECS said failed',
        (m) => m.latencyMs,
        seconds,
      ],
      ['calls per minute (ECS + ELBv2, retries included)', (m) => m.calls / m.minutes, oneDecimal],
      ['calls per deployment', (m) => m.calls, oneDecimal],
      ['of which ELBv2', (m) => m.elbCalls, oneDecimal],
    ];
    if (scenario.strategy !== 'ROLLING' && scenario.goal === 'failed')
      rows.splice(1, 0, [
        "latency after ECS's rollback ended (the state our wait reports)",
        (m) => m.afterRollbackMs,
        seconds,
      ]);
    for (const [figure, of, format] of rows) {
      const ours = mine.map((s) => of(s.ours));
      const sdk = mine.map((s) => of(s.sdk));
      console.log(
        `| ${scenario.name} | ${figure} | ${spread(ours, format)} | ${spread(sdk, format)} | ${ratioOfMedians(ours, sdk)} |`,
      );
    }
    const answers = (who: 'ours' | 'sdk') => {
      const right = mine.filter((s) => s[who].right).length;
      return `${[...new Set(mine.map((s) => s[who].answer))].join(', ')} (right ${right} of ${mine.length})`;
    };
    console.log(`| ${scenario.name} | answer | ${answers('ours')} | ${answers('sdk')} | |`);
  }
  const missed = samples.filter((s) => Number.isNaN(s.ours.latencyMs)).map((s) => s.scenario.name);
  if (missed.length) console.log(`\nECS never reached the expected answer in: ${missed.join(', ')}`);
}

async function main(): Promise<void> {
  const began = Date.now();
  console.log(
    `wait bench: ${runs} run(s) of ${SCENARIOS.length} scenarios at once, emulator time scale ${timeScale}` +
      `${realTime ? ', then one run at time scale 1' : ''}.\n` +
      `Baseline: the SDK's waitUntilServicesStable as aws-actions/amazon-ecs-deploy-task-definition calls it ` +
      `(minDelay ${BASELINE.minDelay} s, maxWaitTime ${BASELINE.maxWaitTime / 60} min); it watches only "services stable", ` +
      `so it answers SUCCESS after ECS's rollback and after a staged deployment either way (aws-actions 2.6.3 itself ` +
      `fails after a circuit-breaker rollback, at its ${BASELINE.minDelay} s poll).`,
  );
  const samples: Sample[] = [];
  for (let round = 1; round <= runs; round++) samples.push(...(await oneRun(timeScale, round)));
  if (runs > 0) {
    console.log(`\nTime scale ${timeScale}, ${runs} run(s):`);
    table(samples);
  }
  if (realTime) {
    const real = await oneRun(1, 1);
    console.log('\nTime scale 1 (AWS durations), 1 run:');
    table(real);
  }
  console.log(`\ntotal ${seconds(Date.now() - began)}`);
}

await main();
