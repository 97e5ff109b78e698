/**
 * The client factory (src/lib/aws.ts) makes every client in the SDK's adaptive retry mode (issue
 * 18: throttling slows a job instead of failing it) and keeps `max-retries` / AWS_MAX_ATTEMPTS as
 * the attempts of each call (issue 15). Real SDK clients, no request sent.
 */
import { afterEach, expect, it } from '@jest/globals';
import {
  createCodeDeployClient,
  createEcrPublicClient,
  createEcsClient,
  createElbClient,
} from '../../../src/lib/aws.js';

const saved = process.env.AWS_MAX_ATTEMPTS;
afterEach(() => {
  if (saved === undefined) delete process.env.AWS_MAX_ATTEMPTS;
  else process.env.AWS_MAX_ATTEMPTS = saved;
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
