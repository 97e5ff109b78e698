/**
 * bench/startup: how long each action's bundle takes to report a bad input, and how much memory it
 * needs, as the runner starts it (`node dist/<action>/index.js`), beside `node -e 0` measured in
 * the same run. Not a test (timings on a shared machine flake); the figures are in README "dist/".
 *
 *   npm run bench:startup [-- --runs 20]
 *
 * Each round runs every case once, in turn, so a burst of load on the machine falls on all of them
 * alike. Wall time is measured around the child process; max RSS is the child's peak resident set
 * as GNU time reports it (`/usr/bin/time -f %M`, KiB), so the bundles run with nothing preloaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { BAD_INPUTS, badInputEnv } from '../__tests__/helpers/bad-inputs.js';
import { actionNode, repoRoot } from '../__tests__/helpers/run-action.js';
import { median } from './figures.js';

const GNU_TIME = '/usr/bin/time';
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);

interface Case {
  label: string;
  args: string[];
  env: Record<string, string>;
  /** What the run must print, so that a bundle failing some other way is not timed as a success. */
  expect?: RegExp;
}

interface Sample {
  ms: number;
  rssKiB?: number;
}

function measure(item: Case, cwd: string): Sample {
  const timed = existsSync(GNU_TIME);
  const [command, args] = timed
    ? [GNU_TIME, ['-f', 'maxrss=%M', actionNode(), ...item.args]]
    : [actionNode(), item.args];
  const started = performance.now();
  const run = spawnSync(command, args, { env: item.env, cwd, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (item.expect && !item.expect.test(run.stdout))
    throw new Error(`${item.label}: expected ${item.expect} in its output, got:\n${run.stdout}${run.stderr}`);
  const rss = /maxrss=(\d+)\s*$/.exec(run.stderr);
  return { ms, rssKiB: rss ? Number(rss[1]) : undefined };
}

function main(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));
  const cases: Case[] = [
    { label: 'node -e 0 (baseline)', args: ['-e', '0'], env: { PATH: process.env.PATH ?? '' } },
    ...BAD_INPUTS.map(({ action, inputs, input }) => ({
      label: action,
      args: [path.join(repoRoot, 'dist', action, 'index.js')],
      env: badInputEnv(inputs, dir),
      expect: new RegExp(`::error::Input '${input}'`),
    })),
    {
      // Valid inputs and no credentials at all: the error must come before the SDK is loaded.
      label: 'ecr-public-login, no credentials',
      args: [path.join(repoRoot, 'dist', 'ecr-public-login', 'index.js')],
      env: badInputEnv({}, dir),
      expect: /::error::.*AWS_ACCESS_KEY_ID/,
    },
  ];
  const samples = new Map<string, Sample[]>(cases.map((item) => [item.label, []]));
  measure(cases[1], dir); // warms the file cache
  for (let round = 0; round < runs; round++)
    for (const item of cases) samples.get(item.label)!.push(measure(item, dir));
  rmSync(dir, { recursive: true, force: true });

  const base = samples.get(cases[0].label)!;
  const baseMs = median(base.map((s) => s.ms));
  const rssOf = (list: Sample[]) => list.flatMap((s) => (s.rssKiB === undefined ? [] : [s.rssKiB / 1024]));
  const baseRss = rssOf(base).length ? median(rssOf(base)) : undefined;
  const triple = (values: number[], digits: number) =>
    values.length
      ? [Math.min(...values), median(values), Math.max(...values)].map((v) => v.toFixed(digits)).join(' / ')
      : 'n/a';
  console.log(
    `startup to a reported bad input, ${runs} runs each, ${os.cpus().length} CPUs, ${actionNode()}`,
  );
  console.log('| case | wall s (min / median / max) | × node | max RSS MiB (min / median / max) | × node |');
  console.log('|---|---|---|---|---|');
  for (const item of cases) {
    const list = samples.get(item.label)!;
    const seconds = list.map((s) => s.ms / 1000);
    const rss = rssOf(list);
    const timeRatio = (median(seconds) / (baseMs / 1000)).toFixed(2);
    const rssRatio = baseRss && rss.length ? (median(rss) / baseRss).toFixed(2) : 'n/a';
    console.log(`| ${item.label} | ${triple(seconds, 3)} | ${timeRatio} | ${triple(rss, 1)} | ${rssRatio} |`);
  }
  if (!existsSync(GNU_TIME)) console.log(`(${GNU_TIME} is not installed: no RSS figures)`);
}

main();
