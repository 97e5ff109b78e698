/** The job summary's headline (issue 16): one first line per step, replaced rather than repeated. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { renderHeadline, writeHeadline } from '../../../src/lib/summary.js';

const saved = { ...process.env };
beforeEach(() => {
  for (const name of ['GITHUB_SHA', 'DEPLOY_ENVIRONMENT', 'GITHUB_STEP_SUMMARY']) delete process.env[name];
});
afterEach(() => {
  process.env = { ...saved };
});

describe('renderHeadline', () => {
  it('names service, environment, commit, result and duration', () => {
    process.env.GITHUB_SHA = '0123456789abcdef0123456789abcdef01234567';
    process.env.DEPLOY_ENVIRONMENT = 'staging';
    expect(renderHeadline({ service: 'web', result: 'healthy', durationMs: 4_200 })).toBe(
      '**web** in **staging** · commit `0123456` · healthy · 4.2 s <!-- infra-actions:headline -->\n\n',
    );
  });

  it('takes the commit and environment given over the run variables, and minutes past 60 s', () => {
    process.env.GITHUB_SHA = 'ffffffffffffffffffffffffffffffffffffffff';
    expect(
      renderHeadline({
        service: 'api',
        result: 'failed while waiting: timed out',
        durationMs: 192_400,
        commit: 'abcdef0123',
        environment: 'production',
      }),
    ).toBe(
      '**api** in **production** · commit `abcdef0` · failed while waiting: timed out · 3 min 12 s <!-- infra-actions:headline -->\n\n',
    );
  });

  it('leaves out what is not known (a local run)', () => {
    expect(renderHeadline({ service: 'web', result: 'healthy', durationMs: 0 })).toBe(
      '**web** · healthy · 0.0 s <!-- infra-actions:headline -->\n\n',
    );
  });

  it('keeps an outside value on one line and out of markup', () => {
    const line = renderHeadline({
      service: 'web*<b>',
      result: 'failed: line one\nline two | [x](y)',
      durationMs: 1000,
    });
    expect(line.trimEnd().split('\n')).toHaveLength(1);
    expect(line).toContain('**web\\*\\<b\\>**');
    expect(line).toContain('failed: line one line two \\| \\[x\\](y)');
  });
});

describe('writeHeadline', () => {
  it('puts the headline first and replaces an earlier one, keeping the sections', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'headline-')), 'summary.md');
    writeFileSync(file, '### ECS deploy: web\n\n| | |\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    writeHeadline({ service: 'web', result: 'deploying', durationMs: 1000 });
    writeFileSync(file, readFileSync(file, 'utf8') + '### Deployment healthy\n');
    writeHeadline({ service: 'web', result: 'healthy', durationMs: 2000 });
    expect(readFileSync(file, 'utf8')).toBe(
      '**web** · healthy · 2.0 s <!-- infra-actions:headline -->\n\n' +
        '### ECS deploy: web\n\n| | |\n### Deployment healthy\n',
    );
  });

  it('writes nothing outside a runner (no GITHUB_STEP_SUMMARY)', () => {
    expect(() => writeHeadline({ service: 'web', result: 'healthy', durationMs: 1 })).not.toThrow();
  });
});
