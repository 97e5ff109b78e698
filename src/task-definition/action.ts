/**
 * render-task-def from inputs to output file: parse and check every input, load the base (file,
 * or ECS when no file is given), render, validate, write, summarise.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { log } from '../lib/log-safe.js';
import { createEcsClient } from '../lib/aws.js';
import type { LoadedDocument } from '../lib/documents.js';
import { Inputs } from '../lib/inputs.js';
import { runAction } from '../lib/run.js';
import { writeSummary } from '../lib/summary.js';
import { formatDiff } from './diff.js';
import {
  RENDER_INPUT_NAMES,
  RENDER_INPUTS,
  RENDER_OUTPUTS,
  parseRenderInputs,
  type RenderSettings,
} from './inputs.js';
import { fetchTaskDefinition, loadTaskDefinitionFile, type TaskDefinitionTag } from './load.js';
import { renderTaskDefinition, type RenderResult } from './render.js';
import { assertValidTaskDefinition } from './validate.js';

export interface RenderOutcome extends RenderResult {
  file: string;
  /** Where the base came from: the file's path or the ARN fetched. */
  source: string;
}

export interface Base {
  definition: Record<string, any>;
  tags: TaskDefinitionTag[];
  document?: LoadedDocument;
  source: string;
}

export async function runRenderTaskDefinition(inputs: Inputs): Promise<RenderOutcome> {
  const { result, base } = await prepareRender(inputs);
  const file = writeRenderedTaskDefinition(result.definition);
  core.setOutput(RENDER_OUTPUTS.taskDefinition, file);

  const lines = formatDiff(result.changes);
  log.info(`Rendered ${result.definition.family} from ${base.source} to ${file}`);
  for (const line of lines) log.info(`  ${line}`);
  await writeSummary({
    title: `Task definition ${result.definition.family}`,
    facts: [
      ['Base', base.source],
      // The runner's temporary folder means nothing to a reader: the name, and where to find it.
      ['Rendered file', `${path.basename(file)} (in RUNNER_TEMP; the step's task-definition output)`],
      [
        'Containers changed',
        result.changes.containers.map((container) => container.name).join(', ') || 'none',
      ],
      ...(result.removed.length ? ([['Removed', result.removed.join(', ')]] as [string, string][]) : []),
    ],
    details: [
      {
        heading: 'Changes (environment and secret values are not shown)',
        lines: lines.map((line) => `- ${line}`),
      },
    ],
  });
  return { ...result, file, source: base.source };
}

/**
 * Everything of a render but the output file: parse and check the inputs, load the base, render
 * and validate. The root action calls it in its preflight (with a placeholder image) so that a
 * wrong container name or field fails before anything is built or pushed.
 */
export async function prepareRender(
  inputs: Inputs,
): Promise<{ settings: RenderSettings; base: Base; result: RenderResult }> {
  const settings = parseRenderInputs(inputs);
  for (const ignored of settings.ignoredSources) {
    log.warning(
      `Input '${ignored}' is ignored: ${inputs.nameOf(RENDER_INPUTS.taskDefinition)} (a file) is given and a file wins`,
    );
  }
  const base = await loadBase(settings, inputs);
  const result = renderTaskDefinition(base.definition, settings);
  // describe-task-definition returns the family's tags beside the definition; carrying them
  // into the file keeps them on the next revision registered from it.
  if (base.tags.length && result.definition.tags === undefined) result.definition.tags = base.tags;
  assertValidTaskDefinition(result.definition, {
    input: inputs.nameOf(RENDER_INPUTS.taskDefinition),
    document: base.document,
    origin: base.source,
  });
  return { settings, base, result };
}

async function loadBase(settings: RenderSettings, inputs: Inputs): Promise<Base> {
  const { source } = settings;
  if (source.kind === 'file') {
    const loaded = await loadTaskDefinitionFile(inputs.nameOf(RENDER_INPUTS.taskDefinition), source.path);
    return {
      ...loaded,
      source:
        path.relative(process.env.GITHUB_WORKSPACE || process.cwd(), loaded.document.file) || source.path,
    };
  }
  const ecs = await createEcsClient({ region: source.region });
  const fetched = await fetchTaskDefinition(ecs, {
    ...source,
    input: inputs.nameOf(source.arn ? RENDER_INPUTS.taskDefinitionArn : RENDER_INPUTS.taskDefinitionFamily),
  });
  return { definition: fetched.definition, tags: fetched.tags, source: fetched.arn };
}

/** Stable, 2-space JSON with a trailing newline: the same definition always gives the same bytes. */
function formatTaskDefinition(definition: Record<string, any>): string {
  return `${JSON.stringify(definition, null, 2)}\n`;
}

/**
 * Writes to RUNNER_TEMP as `<family>-<content hash>.json`: the same content gets the same name,
 * and two renders in one job (two services) never overwrite each other.
 */
function writeRenderedTaskDefinition(
  definition: Record<string, any>,
  directory = process.env.RUNNER_TEMP || os.tmpdir(),
): string {
  const text = formatTaskDefinition(definition);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const family = String(definition.family ?? 'task-definition').replace(/[^A-Za-z0-9_-]/g, '_');
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `${family}-${hash}.json`);
  writeFileSync(file, text);
  return file;
}

/** render-task-def, for its bundle entry (src/entry/) and for @github/local-action, which calls run(). */
export function run(): Promise<void> {
  return runAction(async () => {
    await runRenderTaskDefinition(Inputs.forAction(RENDER_INPUT_NAMES));
  });
}
