import { ECRPUBLICClient } from '@aws-sdk/client-ecr-public';
import { DescribeServicesCommand, ECSClient, type Service } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Emulator } from '../../emulator/index.js';

export const CLUSTER = 'intrusion-detection';
export const REGION = 'eu-west-3';
export const credentials = { accessKeyId: 'AKIAEMULATORTEST0001', secretAccessKey: 'not-a-secret' };

export function clients(
  emu: Emulator,
  opts: { region?: string; accessKeyId?: string; maxAttempts?: number } = {},
) {
  const base = {
    endpoint: emu.endpoint,
    region: opts.region ?? REGION,
    credentials: { ...credentials, accessKeyId: opts.accessKeyId ?? credentials.accessKeyId },
    ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
  };
  return {
    ecs: new ECSClient(base),
    elb: new ElasticLoadBalancingV2Client(base),
    ecr: new ECRPUBLICClient({ ...base, region: opts.region ?? 'us-east-1' }),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value or `timeoutMs` passes (then throws with the last value). */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 15000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const v = await probe();
    if (v) return v;
    last = v;
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
    await sleep(everyMs);
  }
}

export async function describeService(ecs: ECSClient, service: string): Promise<Service> {
  const out = await ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: [service] }));
  return out.services![0];
}

/** Catches the error a promise rejects with (fails when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error & { name: string; $metadata?: any }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { name: string };
  }
  throw new Error('expected the call to fail, it succeeded');
}
