/** The waiting loop's test fixtures: a fake clock and the options of a wait on the seed service. */
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Clock } from '../../../src/health/types.js';
import type { RollbackOptions } from '../../../src/rollback/rollback.js';
import { NEW, T0 } from './snapshots.js';

export class FakeClock implements Clock {
  t = T0;
  readonly sleeps: number[] = [];
  onSleep?: (count: number) => void;
  now(): number {
    return this.t;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    this.onSleep?.(this.sleeps.length);
    if (signal?.aborted) throw signal.reason;
    this.t += ms;
  }
}

export function options(
  clock: FakeClock,
  over: Partial<RollbackOptions> = {},
): RollbackOptions & { lines: string[] } {
  const lines: string[] = [];
  return {
    ecs: new ECSClient({ region: 'eu-west-3' }),
    elb: new ElasticLoadBalancingV2Client({ region: 'eu-west-3' }),
    cluster: 'intrusion-detection',
    service: 'web-ui-client',
    deploymentId: NEW,
    timeoutMs: 30 * 60_000,
    clock,
    log: (line) => lines.push(line),
    lines,
    ...over,
  };
}
