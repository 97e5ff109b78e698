import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actionNode, repoRoot, runAction, type ActionName } from '../helpers/run-action.js';

// Real parts: each action's committed bundle, run under Node 24 as the runner runs it.
describe('every bundle runs under Node 24', () => {
  it('uses a Node 24 binary', () => {
    expect(
      Number(/^v(\d+)\./.exec(execFileSync(actionNode(), ['--version'], { encoding: 'utf8' }))![1]),
    ).toBeGreaterThanOrEqual(24);
  });

  // One missing or bad input per action; each must fail with exactly one error naming it.
  const cases: [ActionName, Record<string, string>, string][] = [
    ['ecr-public-login', { builder: 'kaniko' }, 'builder'],
    ['build-push', {}, 'image'],
    [
      'render-task-def',
      { 'task-definition': 'missing.json', 'container-name': 'web', image: 'a/b:c' },
      'task-definition',
    ],
    ['ecs-deploy', { 'task-definition': 'missing.json', 'aws-region': 'eu-west-3' }, 'task-definition'],
    ['wait-healthy', {}, 'service'],
    [
      'pipeline',
      { service: 'web', 'container-name': 'web', 'aws-region': 'eu-west-3', image: 'Public.ecr.aws/x/web' },
      'image',
    ],
  ];

  it.each(cases)('%s exits 1 with one ::error:: naming the input', async (name, inputs, input) => {
    const result = await runAction(name, { inputs });
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(new RegExp(`^Input '${input}'`));
  });

  // The AWS SDK sits in lazily loaded chunk files: with those removed, a bad input must still be
  // reported as such, which proves inputs are checked before the SDK is loaded.
  const isSdkChunk = (file: string) =>
    /ECSClient|ECRPUBLICClient|ElasticLoadBalancingV2Client|amz-sdk-invocation-id|smithy/.test(
      readFileSync(file, 'utf8'),
    );
  it.each(cases)('%s checks its inputs before loading the AWS SDK', (name, inputs, input) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), `entry-${name}-`));
    const bundle = path.join(dir, 'dist', name);
    mkdirSync(bundle, { recursive: true });
    const source = path.join(repoRoot, 'dist', name);
    const files = readdirSync(source).filter((file) => file.endsWith('.js') || file === 'package.json');
    const sdkChunks = files.filter(
      (file) => /^\d+\.index\.js$/.test(file) && isSdkChunk(path.join(source, file)),
    );
    // build-push makes no AWS call; every other action has SDK chunks to leave out.
    expect(sdkChunks.length > 0).toBe(name !== 'build-push');
    for (const file of files)
      if (!sdkChunks.includes(file)) copyFileSync(path.join(source, file), path.join(bundle, file));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
    };
    for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.toUpperCase()}`] = value;
    const run = spawnSync(actionNode(), [path.join(bundle, 'index.js')], { env, encoding: 'utf8', cwd: dir });
    expect(run.stdout + run.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
    expect(run.stdout).toMatch(new RegExp(`::error::Input '${input}'`));
    expect(run.status).toBe(1);
  });
});
