/**
 * The wait's API budget at AWS's own pace (issue 18): one emulator at time scale 1.0 (a health
 * check every 30 s, 3 to turn healthy, 30 s of draining, as the seed's target groups), the real
 * SDK over HTTP, and the wait (src/health/wait.ts) following two rollouts at once: a healthy one of
 * a service behind 2 target groups, and one whose tasks crash (the circuit breaker fails it).
 * Every call is counted at the emulator (emu.calls, ECS and ELBv2 alike) and attributed to its
 * service; latencies are taken from the emulator's own timestamps (the deployment's updatedAt
 * when it turned COMPLETED or FAILED) against the moment the wait returned.
 *
 * Bounds come from the design (schedule.ts), not from a lucky run: the healthy wait polls just
 * after the earliest completion (healthy + deregistration delay, TICK_SLACK_MS later), so it
 * returns within 3 s; the failing one polls every FAST_MS (4 s) once the next failed task can end
 * the wait, so it returns within 5 s (1 s for calls on a loaded 2-core machine). DescribeServices
 * (ECS's service-read bucket, the one that runs out first with many services): the healthy wait
 * reads at 0, 5, 10 and 20 s (no prediction before its tasks run), then in gaps of at most 19 s
 * (2 tasks could fail at once: failureBound) to the target read at 110.5 s (5) and to the
 * completion at 140.5 s (2): 11. The crashing one: 4 until its task runs, 2 per crash cycle
 * (25 s) while 2 waves of failures are left, then FAST_MS: 10. Its tasks: a list and a describe
 * per task that runs (3), one describe of the three stopped ones at the end for the cause, and
 * no deregistration delay (read only once targets are healthy): 18 calls in ~75 s.
 */
import { ECSClient, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import {
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import type { CallRecord } from '../../emulator/types.js';
import { waitForDeployment } from '../../src/health/wait.js';
import type { WaitResult } from '../../src/health/types.js';
import { CLUSTER, REGION, clients, registerImage } from './helpers.js';

let emu: Emulator;
let ecs: ECSClient;
let elb: ElasticLoadBalancingV2Client;

beforeAll(async () => {
  emu = await startEmulator({ timeScale: 1 });
  ({ ecs, elb } = clients(emu));
});

afterAll(async () => {
  ecs?.destroy();
  elb?.destroy();
  await emu?.close();
});

async function targetGroupArn(name: string): Promise<string> {
  const out = await elb.send(new DescribeTargetGroupsCommand({ Names: [name] }));
  return out.TargetGroups![0].TargetGroupArn!;
}

/** The calls of one service: by service name, its tasks, or its target groups. */
function callsOf(calls: CallRecord[], service: string, targetGroups: string[]): CallRecord[] {
  const region = emu.state.regions[REGION];
  const ours = (task: string) => region.tasks[task]?.serviceName === service;
  return calls.filter((call) => {
    const p = call.params as Record<string, unknown>;
    if (call.service === 'elbv2')
      return Object.entries(p).some(
        ([key, value]) => key.startsWith('TargetGroupArn') && targetGroups.includes(String(value)),
      );
    if (p.service === service || (Array.isArray(p.services) && p.services.includes(service))) return true;
    if (Array.isArray(p.tasks)) return p.tasks.some((t) => ours(String(t)));
    return Object.values(region.tasks).some((t) => t.startedBy === p.startedBy && t.serviceName === service);
  });
}

interface Followed {
  result: WaitResult;
  returnedAt: number;
  startedAt: number;
  deploymentId: string;
}

async function follow(service: string, deploymentId: string): Promise<Followed> {
  const startedAt = Date.now();
  const result = await waitForDeployment({
    ecs,
    elb,
    cluster: CLUSTER,
    service,
    deploymentId,
    timeoutMs: 10 * 60_000,
    log: () => undefined,
    warn: () => undefined,
  });
  return { result, returnedAt: Date.now(), startedAt, deploymentId };
}

/** When the emulator turned the deployment's rollout state to `state` (its updatedAt then). */
function rolloutChangedAt(service: string, deploymentId: string, state: string): number {
  const svc = emu.state.regions[REGION].clusters[CLUSTER].services[service];
  const dep = svc.deployments.find((d) => d.id === deploymentId);
  if (dep) {
    expect(dep.rolloutState).toBe(state);
    return dep.updatedAt;
  }
  // Gone from the list (ECS rolled it back): its service deployment keeps the time.
  const sd = svc.serviceDeployments.find((s) => s.deploymentId === deploymentId)!;
  return sd.updatedAt;
}

describe('the wait at time scale 1.0: calls per minute and detection latency', () => {
  it(
    'healthy rollout behind 2 target groups: ≤ 11 DescribeServices and ≤ 10 calls a minute, all APIs counted, seen ≤ 3 s after COMPLETED; a crashing one fails ≤ 5 s after FAILED with ≤ 11 DescribeServices and ≤ 15 calls a minute',
    async () => {
      const groups = [await targetGroupArn('web-ui-client-tg'), await targetGroupArn('web-ui-management-tg')];
      const healthyTd = await registerImage(ecs, 'web-ui-client', 'public.ecr.aws/a1b2c3d4/web-ui-client:v2');
      const crashTd = await registerImage(
        ecs,
        'human-detection',
        'public.ecr.aws/a1b2c3d4/human-detection:crash',
      );
      const healthy = await ecs.send(
        new UpdateServiceCommand({
          cluster: CLUSTER,
          service: 'web-ui-client',
          taskDefinition: healthyTd,
          loadBalancers: groups.map((targetGroupArn) => ({
            targetGroupArn,
            containerName: 'web-ui-client',
            containerPort: 80,
          })),
        }),
      );
      const failing = await ecs.send(
        new UpdateServiceCommand({ cluster: CLUSTER, service: 'human-detection', taskDefinition: crashTd }),
      );
      const from = emu.calls.length;
      const [ok, bad] = await Promise.all([
        follow('web-ui-client', healthy.service!.deployments![0].id!),
        follow('human-detection', failing.service!.deployments![0].id!),
      ]);
      const calls = emu.calls.slice(from);

      expect(ok.result.outcome).toBe('healthy');
      const okCalls = callsOf(calls, 'web-ui-client', groups);
      const okMinutes = (ok.returnedAt - ok.startedAt) / 60_000;
      const completedAt = rolloutChangedAt('web-ui-client', ok.deploymentId, 'COMPLETED');
      const okLatency = ok.returnedAt - completedAt;

      expect(['failed', 'rolled-back-by-ecs']).toContain(bad.result.outcome);
      const badGroups = [await targetGroupArn('human-detection-tg')];
      const badCalls = callsOf(calls, 'human-detection', badGroups);
      const badMinutes = (bad.returnedAt - bad.startedAt) / 60_000;
      // The wait fails at the third failed task, the moment the circuit breaker turns it FAILED.
      const failedAt = rolloutChangedAt('human-detection', bad.deploymentId, 'FAILED');
      const badLatency = bad.returnedAt - failedAt;

      const byOperation = (list: CallRecord[]) =>
        list.reduce<Record<string, number>>(
          (acc, c) => ({ ...acc, [c.operation]: (acc[c.operation] ?? 0) + 1 }),
          {},
        );
      // When the heartbeat read, in seconds from the wait's start: the schedule at work.
      const heartbeats = (list: CallRecord[], from: number) =>
        list
          .filter((c) => c.operation === 'DescribeServices')
          .map((c) => ((c.at - from) / 1000).toFixed(1))
          .join(' ');
      process.stdout.write(
        `wait budget at time scale 1.0\n` +
          `  healthy, 2 target groups: ${okCalls.length} calls in ${(okMinutes * 60).toFixed(1)} s = ${(okCalls.length / okMinutes).toFixed(1)}/min, detected ${okLatency} ms after COMPLETED ${JSON.stringify(byOperation(okCalls))}\n` +
          `    DescribeServices at s: ${heartbeats(okCalls, ok.startedAt)}\n` +
          `  crashing, 1 target group: ${badCalls.length} calls in ${(badMinutes * 60).toFixed(1)} s = ${(badCalls.length / badMinutes).toFixed(1)}/min, detected ${badLatency} ms after FAILED ${JSON.stringify(byOperation(badCalls))}\n` +
          `    DescribeServices at s: ${heartbeats(badCalls, bad.startedAt)}\n`,
      );

      expect(okCalls.every((c) => c.status === 200)).toBe(true);
      expect(okCalls.length / okMinutes).toBeLessThanOrEqual(10);
      expect(okCalls.filter((c) => c.operation === 'DescribeServices').length).toBeLessThanOrEqual(11);
      expect(badCalls.filter((c) => c.operation === 'DescribeServices').length).toBeLessThanOrEqual(11);
      // Issue 18's budget holds for a failing wait too, short as it is: the stopped tasks' reasons
      // are read once, at the end, and the deregistration delay only once targets are healthy.
      expect(badCalls.length / badMinutes).toBeLessThanOrEqual(15);
      expect(badCalls.filter((c) => c.operation === 'DescribeTargetGroupAttributes')).toHaveLength(0);
      expect(okLatency).toBeGreaterThanOrEqual(0);
      expect(okLatency).toBeLessThanOrEqual(3000);
      expect(badLatency).toBeGreaterThanOrEqual(0);
      expect(badLatency).toBeLessThanOrEqual(5000);
      // The ELBv2 reads: the settings once (1 + 1 per group), target health only after checks.
      expect(okCalls.filter((c) => c.operation === 'DescribeTargetGroups')).toHaveLength(1);
      expect(okCalls.filter((c) => c.operation === 'DescribeTargetGroupAttributes')).toHaveLength(2);
    },
    5 * 60_000,
  );
});
