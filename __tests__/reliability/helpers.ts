import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { SEED } from '../helpers/emulator-clients.js';
import os from 'node:os';
import path from 'node:path';
import type { Emulator } from '../../emulator/index.js';
import {
  readCaptures,
  repoRoot,
  runAction,
  type ActionName,
  type ActionResult,
  type RunOptions,
} from '../helpers/run-action.js';

/**
 * Shared parts of the reliability suite. Every test runs the committed bundles (dist/<name>/index.js)
 * as the runner does, under Node 24, against the local emulator (emulator/index.ts) with its seed
 * fixture: cluster intrusion-detection in eu-west-3, six Fargate services at revision 1 behind an
 * ALB, circuit breaker with rollback on.
 */
export const REGION = SEED.region;
export const CLUSTER = SEED.cluster;
export const ACCOUNT = '123456789012';
export const SERVICES = SEED.services;
export type ServiceName = (typeof SERVICES)[number];

export const GITHUB_ENV = {
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REPOSITORY: 'acme/intrusion-detection',
  GITHUB_RUN_ID: '4242',
  GITHUB_SERVER_URL: 'https://github.com',
};

export const arnOf = (family: string, revision: number) =>
  `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${family}:${revision}`;

/** The environment every action gets: the emulator as AWS, the ECS region, the run's facts. */
export function awsEnv(emu: Emulator, extra: Record<string, string | undefined> = {}) {
  return { AWS_ENDPOINT_URL: emu.endpoint, AWS_REGION: REGION, ...GITHUB_ENV, ...extra };
}

/** A workspace with the given files (text or bytes), paths relative to it. */
export function workspaceWith(files: Record<string, string | Buffer> = {}): string {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'reliability-ws-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    writeFileSync(path.join(workspace, name), content);
  }
  return workspace;
}

/** examples/task-definitions/<service>.json, the file a repository keeps, as data. */
export function exampleDefinition(service: ServiceName): Record<string, any> {
  return JSON.parse(
    readFileSync(path.join(repoRoot, 'examples/task-definitions', `${service}.json`), 'utf8'),
  ) as Record<string, any>;
}

/**
 * The fixture's registered revision 1 of a service's family (what the service runs), with
 * another image for its first container when `image` is given, written to task-definition.json.
 */
export function deployFile(
  emu: Emulator,
  service: ServiceName,
  change: { image?: string; environment?: Record<string, string> } = {},
  workspace = workspaceWith(),
): { workspace: string; file: string; definition: Record<string, any> } {
  const definition = structuredClone(emu.state.regions[REGION].taskDefinitions[service][0].body);
  const container = definition.containerDefinitions[0];
  if (change.image) container.image = change.image;
  for (const [name, value] of Object.entries(change.environment ?? {})) {
    container.environment = (container.environment ?? []).filter((e: { name: string }) => e.name !== name);
    container.environment.push({ name, value });
  }
  writeFileSync(path.join(workspace, 'task-definition.json'), JSON.stringify(definition, null, 2));
  return { workspace, file: 'task-definition.json', definition };
}

export const imageOf = (service: string, tag: string) => `public.ecr.aws/a1b2c3d4/${service}:${tag}`;

export function service(emu: Emulator, name: string) {
  return emu.state.regions[REGION].clusters[CLUSTER].services[name];
}

export function primary(emu: Emulator, name: string) {
  return service(emu, name).deployments.find((d) => d.status === 'PRIMARY')!;
}

export function revisions(emu: Emulator, family: string) {
  return emu.state.regions[REGION].taskDefinitions[family] ?? [];
}

/** The operations of the successful mutating calls, optionally only those about one service or family. */
export function mutations(emu: Emulator, about?: string): string[] {
  return emu
    .mutatingCalls()
    .filter((call) => !about || JSON.stringify(call.params).includes(`"${about}"`))
    .map((call) => call.operation);
}

/** ecs-deploy with the cluster and AWS environment filled in. */
export function deploy(
  emu: Emulator,
  inputs: RunOptions['inputs'],
  options: Omit<RunOptions, 'inputs'> = {},
): Promise<ActionResult> {
  return runAction('ecs-deploy', {
    timeoutMs: 120_000,
    ...options,
    inputs: { cluster: CLUSTER, ...inputs },
    env: awsEnv(emu, options.env),
  });
}

/** The root action deploying an image built elsewhere (`prebuilt-image`): render → deploy → wait. */
export function pipeline(
  emu: Emulator,
  inputs: RunOptions['inputs'],
  options: Omit<RunOptions, 'inputs'> = {},
): Promise<ActionResult> {
  return runAction('pipeline', {
    timeoutMs: 120_000,
    ...options,
    inputs: { cluster: CLUSTER, ...inputs },
    env: awsEnv(emu, options.env),
  });
}

/** Resolves once the emulator has seen a successful call of `operation` (polling its call log). */
export async function callSeen(
  emu: Emulator,
  operation: string,
  options: { after?: number; timeoutMs?: number; about?: string } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    const seen = emu.calls
      .slice(options.after ?? 0)
      .some(
        (call) =>
          call.operation === operation &&
          call.status === 200 &&
          (!options.about || JSON.stringify(call.params).includes(options.about)),
      );
    if (seen) return;
    if (Date.now() > deadline) throw new Error(`no successful ${operation} within the time limit`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs `task` over `items` with at most `limit` at a time; results in the items' order. */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * For `afterAll`: no run this test file made shows one of its secrets in its log or summary.
 * run-action.ts captures every run; secrets.test.ts scans all captures of the jest invocation,
 * and this check makes each file's own runs count whatever order the files run in.
 */
export function expectNoLeaksInThisFile(): void {
  const file = path.relative(repoRoot, expect.getState().testPath ?? '');
  const leaks = readCaptures()
    .filter((capture) => capture.file === file && capture.leaks.length > 0)
    .map((capture) => `${capture.test} (${capture.action}): ${capture.leaks.join(', ')}`);
  expect(leaks).toEqual([]);
}

export type { ActionName };
