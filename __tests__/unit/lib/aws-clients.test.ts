/**
 * The client factory (src/lib/aws.ts) makes every client in the SDK's adaptive retry mode (issue
 * 18: throttling slows a job instead of failing it) and keeps `max-retries` / AWS_MAX_ATTEMPTS as
 * the attempts of each call (issue 15). Real SDK clients, no request sent. And it makes no client
 * when no credential source is configured (issue 18), so no action's SDK probes the instance
 * metadata service on a GitHub-hosted runner.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createCodeDeployClient,
  createEcrPublicClient,
  createEcsClient,
  createElbClient,
} from '../../../src/lib/aws.js';

const VARIABLES = [
  'AWS_MAX_ATTEMPTS',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'HOME',
  'RUNNER_ENVIRONMENT',
];
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
beforeEach(() => {
  process.env.AWS_ACCESS_KEY_ID = 'AKIAEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'example';
});
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const factories = {
  ecs: (maxAttempts?: number) => createEcsClient({ region: 'eu-west-3', maxAttempts }),
  elbv2: (maxAttempts?: number) => createElbClient({ region: 'eu-west-3', maxAttempts }),
  codedeploy: (maxAttempts?: number) => createCodeDeployClient({ region: 'eu-west-3', maxAttempts }),
  'ecr-public': (maxAttempts?: number) => createEcrPublicClient({ maxAttempts }),
};

it.each(Object.entries(factories))(
  '%s: adaptive retry (client-side rate limiting), with the attempts asked for',
  async (_name, make) => {
    for (const [asked, expected] of [
      [3, 3],
      [undefined, 8],
    ] as const) {
      const client = await make(asked);
      const strategy = (await client.config.retryStrategy()) as { mode: string; rateLimiter?: unknown };
      expect(strategy.mode).toBe('adaptive');
      expect(strategy.rateLimiter).toBeDefined();
      expect(await client.config.maxAttempts()).toBe(expected);
      client.destroy();
    }
  },
);

it('AWS_MAX_ATTEMPTS still sets the attempts when max-retries is empty', async () => {
  process.env.AWS_MAX_ATTEMPTS = '5';
  const client = await createEcsClient({ region: 'eu-west-3' });
  expect(await client.config.maxAttempts()).toBe(5);
  expect(((await client.config.retryStrategy()) as { mode: string }).mode).toBe('adaptive');
  client.destroy();
});

it.each(Object.entries(factories))(
  '%s: no client without a credential source, and the error names what to set',
  async (_name, make) => {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    process.env.HOME = mkdtempSync(path.join(os.tmpdir(), 'no-aws-home-'));
    process.env.RUNNER_ENVIRONMENT = 'github-hosted';
    await expect(make()).rejects.toThrow(/^No AWS credentials: none of AWS_ACCESS_KEY_ID, AWS_PROFILE/);
  },
);
