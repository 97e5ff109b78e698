import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  RegisterTaskDefinitionCommand,
  type ECSClient,
  type Service,
} from '@aws-sdk/client-ecs';
import { EMULATOR_CREDENTIALS, SEED, emulatorClients } from '../helpers/emulator-clients.js';

export const CLUSTER = SEED.cluster;
export const REGION = SEED.region;
export const credentials = EMULATOR_CREDENTIALS;
export const clients = emulatorClients;

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

/**
 * Registers a new revision of `family` that differs from its latest only in every container's
 * image; returns its ARN (how these tests start a rollout of a given image).
 */
export async function registerImage(ecs: ECSClient, family: string, image: string): Promise<string> {
  const cur = (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: family }))).taskDefinition!;
  const out = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: cur.family,
      executionRoleArn: cur.executionRoleArn,
      networkMode: cur.networkMode,
      requiresCompatibilities: cur.requiresCompatibilities,
      cpu: cur.cpu,
      memory: cur.memory,
      containerDefinitions: cur.containerDefinitions!.map((c) => ({ ...c, image })),
    }),
  );
  return out.taskDefinition!.taskDefinitionArn!;
}
