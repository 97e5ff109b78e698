/**
 * `npm run emulator` prints what the AWS CLI v1 and v2 and the SDKs need (issue 16), the same
 * variables and credentials as the README's "The emulator" block, and the endpoint it printed
 * answers. Real parts: the CLI started with tsx as a person starts it, over HTTP.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/run-action.js';

/** Starts the CLI on a free port, waits for its banner (the admin line is the last), stops it with SIGINT. */
async function banner(
  args: string[] = [],
  whileUp?: (endpoint: string) => Promise<void>,
): Promise<{ text: string; code: number | null }> {
  const child = spawn(
    path.join(repoRoot, 'node_modules/.bin/tsx'),
    ['emulator/cli.ts', '--port', '0', ...args],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  child.stderr.on('data', (chunk) => (text += chunk));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('admin:')) resolve();
    });
    child.on('exit', () => reject(new Error(`the emulator exited before its banner:\n${text}`)));
  });
  const endpoint = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text)![1];
  const answer = await fetch(`${endpoint}/_emulator/state`);
  expect(answer.status).toBe(200);
  await whileUp?.(endpoint);
  const code = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  child.kill('SIGINT');
  return { text: text.replaceAll(endpoint, 'http://127.0.0.1:4566'), code: await code };
}

it('prints the endpoint, both region variables and the README credentials, and stops on SIGINT', async () => {
  const { text, code } = await banner();
  const exports = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^export AWS_/.test(line));
  const variables = Object.fromEntries(
    exports.flatMap((line) =>
      line
        .slice('export '.length)
        .split(' ')
        .map((pair) => pair.split('=')),
    ),
  );
  expect(variables).toEqual({
    AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
    AWS_REGION: 'eu-west-3',
    AWS_DEFAULT_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'AKIAEMULATOR00000000',
    AWS_SECRET_ACCESS_KEY: 'emulator-secret-key',
  });
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  for (const line of exports) expect(readme).toContain(`\n${line}\n`);
  expect(code).toBe(0);
}, 60_000);

it("--rate-limits aws turns on AWS's account-wide buckets and says so", async () => {
  const { text, code } = await banner(['--rate-limits', 'aws'], async (endpoint) => {
    const answer = (await (await fetch(`${endpoint}/_emulator/rate-limits`)).json()) as {
      enabled: boolean;
      table: { name: string; capacity: number; refillPerSecond: number }[];
    };
    expect(answer.enabled).toBe(true);
    expect(answer.table.find((b) => b.name === 'Service read actions')).toMatchObject({
      capacity: 100,
      refillPerSecond: 20,
    });
  });
  expect(text).toContain("rate limits: account-wide token buckets per region (AWS's documented figures)");
  expect(code).toBe(0);
}, 60_000);
