/**
 * What changed between two task definitions, for the job summary, the log and ecs-deploy's dry
 * run. Values are shown only where they are not secret by nature (images, ports, sizes, role
 * ARNs); environment variables, secrets, labels and commands are named, never shown, because
 * their values can be credentials.
 */
import { READ_ONLY_FIELDS } from './clean.js';

export interface NameChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface ValueChange {
  from?: string;
  to?: string;
}

export interface ContainerChange {
  name: string;
  status: 'added' | 'removed' | 'changed';
  image?: ValueChange;
  environment: NameChanges;
  secrets: NameChanges;
  /** `8080/tcp` style, sorted. */
  ports?: { from: string[]; to: string[] };
  cpu?: ValueChange;
  memory?: ValueChange;
  memoryReservation?: ValueChange;
  /** Other container fields that differ, by name only (command, logConfiguration, dockerLabels, ...). */
  otherFields: string[];
}

export interface TaskDefinitionDiff {
  /** Task-level fields whose values are safe to show: family, cpu, memory, roles, network mode. */
  task: Record<string, ValueChange>;
  /** Other task-level fields that differ, by name only. */
  otherTaskFields: string[];
  /** Containers that differ, in the order of `after` then the removed ones. */
  containers: ContainerChange[];
  changed: boolean;
}

const SHOWN_TASK_FIELDS = [
  'family',
  'cpu',
  'memory',
  'taskRoleArn',
  'executionRoleArn',
  'networkMode',
  'requiresCompatibilities',
] as const;
/** Differences in these are ECS bookkeeping, not a change anyone made. */
const IGNORED_TASK_FIELDS = new Set<string>([...READ_ONLY_FIELDS, 'containerDefinitions']);
const CONTAINER_FIELDS_WITH_DETAIL = new Set([
  'name',
  'image',
  'environment',
  'secrets',
  'portMappings',
  'cpu',
  'memory',
  'memoryReservation',
]);

type Definition = Record<string, any>;

export function diffTaskDefinitions(before: Definition, after: Definition): TaskDefinitionDiff {
  const task: Record<string, ValueChange> = {};
  for (const field of SHOWN_TASK_FIELDS) {
    const from = show(before[field]);
    const to = show(after[field]);
    if (from !== to) task[field] = { from, to };
  }
  const shown = new Set<string>(SHOWN_TASK_FIELDS);
  const otherTaskFields = changedKeys(before, after).filter(
    (key) => !shown.has(key) && !IGNORED_TASK_FIELDS.has(key),
  );

  const beforeContainers = containersByName(before);
  const afterContainers = containersByName(after);
  const containers: ContainerChange[] = [];
  for (const [name, container] of afterContainers) {
    const change = diffContainer(name, beforeContainers.get(name), container);
    if (change) containers.push(change);
  }
  for (const [name, container] of beforeContainers) {
    if (!afterContainers.has(name)) containers.push(diffContainer(name, container, undefined)!);
  }
  return {
    task,
    otherTaskFields,
    containers,
    changed: Object.keys(task).length > 0 || otherTaskFields.length > 0 || containers.length > 0,
  };
}

function diffContainer(
  name: string,
  before: Definition | undefined,
  after: Definition | undefined,
): ContainerChange | undefined {
  const from = before ?? {};
  const to = after ?? {};
  const change: ContainerChange = {
    name,
    status: !before ? 'added' : !after ? 'removed' : 'changed',
    environment: diffNamed(from.environment, to.environment, 'value'),
    secrets: diffNamed(from.secrets, to.secrets, 'valueFrom'),
    otherFields: changedKeys(from, to).filter((key) => !CONTAINER_FIELDS_WITH_DETAIL.has(key)),
  };
  if (show(from.image) !== show(to.image)) change.image = { from: show(from.image), to: show(to.image) };
  for (const field of ['cpu', 'memory', 'memoryReservation'] as const) {
    if (show(from[field]) !== show(to[field]))
      change[field] = { from: show(from[field]), to: show(to[field]) };
  }
  const portsFrom = ports(from.portMappings);
  const portsTo = ports(to.portMappings);
  if (portsFrom.join() !== portsTo.join() || !same(from.portMappings, to.portMappings)) {
    change.ports = { from: portsFrom, to: portsTo };
  }
  const changed =
    change.status !== 'changed' ||
    change.image ||
    change.ports ||
    change.cpu ||
    change.memory ||
    change.memoryReservation ||
    change.otherFields.length > 0 ||
    hasNameChanges(change.environment) ||
    hasNameChanges(change.secrets);
  return changed ? change : undefined;
}

function hasNameChanges(changes: NameChanges): boolean {
  return changes.added.length + changes.changed.length + changes.removed.length > 0;
}

/** Changes of a `[{ name, <valueField> }]` list by name; only names are kept. */
function diffNamed(before: unknown, after: unknown, valueField: string): NameChanges {
  const from = namedValues(before, valueField);
  const to = namedValues(after, valueField);
  const changes: NameChanges = { added: [], changed: [], removed: [] };
  for (const [name, value] of to) {
    if (!from.has(name)) changes.added.push(name);
    else if (from.get(name) !== value) changes.changed.push(name);
  }
  for (const name of from.keys()) if (!to.has(name)) changes.removed.push(name);
  return changes;
}

function namedValues(list: unknown, valueField: string): Map<string, unknown> {
  const values = new Map<string, unknown>();
  if (!Array.isArray(list)) return values;
  for (const entry of list) {
    if (entry && typeof entry === 'object' && typeof entry.name === 'string')
      values.set(entry.name, entry[valueField] ?? '');
  }
  return values;
}

function ports(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((mapping) => mapping && typeof mapping === 'object')
    .map((mapping) => {
      const host =
        mapping.hostPort !== undefined && mapping.hostPort !== mapping.containerPort
          ? `${mapping.hostPort}:`
          : '';
      return `${host}${mapping.containerPort ?? '?'}/${mapping.protocol ?? 'tcp'}`;
    })
    .sort();
}

function containersByName(definition: Definition): Map<string, Definition> {
  const containers = new Map<string, Definition>();
  const list = Array.isArray(definition.containerDefinitions) ? definition.containerDefinitions : [];
  list.forEach((container: Definition, index: number) => {
    if (container && typeof container === 'object')
      containers.set(String(container.name ?? `#${index}`), container);
  });
  return containers;
}

function changedKeys(before: Definition, after: Definition): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !same(own(before, key), own(after, key))).sort();
}

/** A member of the object itself: a field named `constructor` is not Object's constructor. */
function own(object: Definition, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function show(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

/** Deep equality of JSON data, ignoring key order. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => same(item, b[index]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keysA = Object.keys(a).filter((key) => (a as Definition)[key] !== undefined);
    const keysB = Object.keys(b).filter((key) => (b as Definition)[key] !== undefined);
    if (keysA.length !== keysB.length) return false;
    return keysA.every((key) => same((a as Definition)[key], (b as Definition)[key]));
  }
  return false;
}

const arrow = (change: ValueChange) => `${change.from ?? '(none)'} → ${change.to ?? '(none)'}`;

/** One line per change, for the log and the job summary (markdown list items without the dash). */
export function formatDiff(diff: TaskDefinitionDiff): string[] {
  if (!diff.changed) return ['no changes'];
  const lines: string[] = [];
  for (const [field, change] of Object.entries(diff.task)) lines.push(`task ${field}: ${arrow(change)}`);
  if (diff.otherTaskFields.length) lines.push(`task fields changed: ${diff.otherTaskFields.join(', ')}`);
  for (const container of diff.containers) {
    const name = `container ${container.name}`;
    if (container.status === 'added')
      lines.push(`${name}: added${container.image?.to ? ` (image ${container.image.to})` : ''}`);
    if (container.status === 'removed') {
      lines.push(`${name}: removed`);
      continue;
    }
    if (container.image && container.status === 'changed')
      lines.push(`${name}: image ${arrow(container.image)}`);
    const names = (label: string, changes: NameChanges) => {
      const parts = (['added', 'changed', 'removed'] as const)
        .filter((kind) => changes[kind].length)
        .map((kind) => `${kind} ${changes[kind].join(', ')}`);
      if (parts.length) lines.push(`${name}: ${label} ${parts.join('; ')}`);
    };
    names('environment', container.environment);
    names('secrets', container.secrets);
    if (container.ports)
      lines.push(
        `${name}: ports ${container.ports.from.join(', ') || '(none)'} → ${container.ports.to.join(', ') || '(none)'}`,
      );
    for (const field of ['cpu', 'memory', 'memoryReservation'] as const) {
      const change = container[field];
      if (change) lines.push(`${name}: ${field} ${arrow(change)}`);
    }
    if (container.otherFields.length) lines.push(`${name}: changed ${container.otherFields.join(', ')}`);
  }
  return lines;
}
