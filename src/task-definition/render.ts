/**
 * The render itself: a base task definition and the settings in, the definition to register and
 * what changed out. Pure; the entry does the reading and writing. Per-container settings follow
 * aws-actions/amazon-ecs-render-task-definition (environment and secrets merged by name, env-files
 * replaced, log options and labels merged), applied to every container named in container-name.
 */
import { ActionError, InputError } from '../lib/errors.js';
import { cleanForRegister } from './clean.js';
import { diffTaskDefinitions, type TaskDefinitionDiff } from './diff.js';
import { hasContainerSettings, type RenderSettings } from './inputs.js';

export interface RenderResult {
  definition: Record<string, any>;
  changes: TaskDefinitionDiff;
  /** Read-only fields and empty values removed from the base (see cleanForRegister). */
  removed: string[];
}

type Container = Record<string, any>;

export function renderTaskDefinition(base: Record<string, any>, settings: RenderSettings): RenderResult {
  if (!Array.isArray(base.containerDefinitions)) {
    throw new ActionError(
      'The task definition has no containerDefinitions array; a task definition lists its containers there',
    );
  }
  const cleaned = cleanForRegister(base);
  const before = cleaned.definition;
  const definition = structuredClone(before);
  normalizeTaskSizes(definition);
  const containers: Container[] = definition.containerDefinitions ?? [];
  definition.containerDefinitions = containers;

  // Every container named must exist, even when nothing else is asked of it: a typo should not pass silently.
  for (const name of settings.containers) findContainer(containers, name, settings.containerNameInput);
  for (const { container, image, input } of settings.images) {
    findContainer(containers, container, container ? input : settings.containerNameInput).image = image;
  }
  if (hasContainerSettings(settings)) {
    const names = settings.containers.length ? settings.containers : [''];
    for (const name of names)
      applyContainerSettings(findContainer(containers, name, settings.containerNameInput), settings);
  }
  if (settings.taskRoleArn) definition.taskRoleArn = settings.taskRoleArn;
  if (settings.executionRoleArn) definition.executionRoleArn = settings.executionRoleArn;
  if (settings.cpu) definition.cpu = settings.cpu;
  if (settings.memory) definition.memory = settings.memory;

  return { definition, changes: diffTaskDefinitions(before, definition), removed: cleaned.removed };
}

/**
 * YAML files often say `cpu: 256`; RegisterTaskDefinition takes the task-level sizes as strings,
 * so whole numbers are written as the strings ECS itself returns.
 */
function normalizeTaskSizes(definition: Record<string, any>): void {
  for (const field of ['cpu', 'memory']) {
    if (typeof definition[field] === 'number' && Number.isInteger(definition[field]))
      definition[field] = String(definition[field]);
  }
}

/** The container called `name`; '' means "the only container" (when the step names none). */
function findContainer(containers: Container[], name: string, input: string): Container {
  const names = containers.map((container) => String(container?.name));
  if (!name) {
    if (containers.length === 1) return containers[0];
    throw new InputError(
      input,
      `is needed: the task definition has ${containers.length} containers (${names.join(', ') || 'none'})`,
      'Name the container(s) to update, comma-separated',
    );
  }
  const found = containers.find((container) => container?.name === name);
  if (!found) {
    throw new InputError(
      input,
      `no container named '${name}' in the task definition`,
      `Its containers are: ${names.join(', ') || '(none)'}`,
    );
  }
  return found;
}

function applyContainerSettings(container: Container, settings: RenderSettings): void {
  if (settings.command) container.command = [...settings.command];
  if (settings.environmentFiles) {
    container.environmentFiles = settings.environmentFiles.map((value) => ({ value, type: 's3' }));
  }
  if (settings.environment) {
    container.environment =
      settings.environmentMode === 'replace'
        ? mergeByName([], settings.environment, 'value')
        : mergeByName(container.environment, settings.environment, 'value');
  }
  if (settings.secrets) {
    const secrets = settings.secrets.map(({ name, valueFrom }) => ({ name, value: valueFrom }));
    container.secrets = mergeByName(container.secrets, secrets, 'valueFrom');
  }
  if (settings.logDriver || settings.logOptions) {
    const logConfiguration = { ...(container.logConfiguration ?? {}) };
    if (settings.logDriver) logConfiguration.logDriver = settings.logDriver;
    if (settings.logOptions)
      logConfiguration.options = { ...(logConfiguration.options ?? {}), ...settings.logOptions };
    container.logConfiguration = logConfiguration;
  }
  if (settings.dockerLabels)
    container.dockerLabels = { ...(container.dockerLabels ?? {}), ...settings.dockerLabels };
}

/**
 * Updates entries by name in place (keeping their position and other fields) and appends new
 * ones in the order given; a name given twice takes its last value.
 */
function mergeByName(
  existing: unknown,
  updates: { name: string; value: string }[],
  valueField: string,
): Container[] {
  const list: Container[] = Array.isArray(existing) ? existing.map((entry) => ({ ...entry })) : [];
  for (const { name, value } of updates) {
    const entry = list.find((item) => item?.name === name);
    if (entry) entry[valueField] = value;
    else list.push({ name, [valueField]: value });
  }
  return list;
}
