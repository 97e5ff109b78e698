/**
 * Task definitions compared as ECS stores them: a hand-written file equals the revision
 * DescribeTaskDefinition returns for it once both are normalised (defaults ECS fills in applied,
 * read-only fields dropped, unordered lists sorted). Used by ecs-deploy to skip registering an
 * unchanged revision and to list what a deploy changes.
 */
import { cleanForRegister } from './clean.js';
import { diffTaskDefinitions, formatDiff } from './diff.js';

const CONTAINER_FALSE_DEFAULTS = [
  'privileged',
  'readonlyRootFilesystem',
  'interactive',
  'pseudoTerminal',
  'disableNetworking',
];
const HEALTH_CHECK_DEFAULTS = { interval: 30, timeout: 5, retries: 3, startPeriod: 0 };

/** "1 vCPU" → "1024", "2 GB" → "2048", 512 → "512": the units ECS stores task-level cpu and memory in. */
export function taskSizeUnits(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value).trim();
  const match = /^(\d+(?:\.\d+)?)\s*(vcpu|gb)$/i.exec(text);
  return match ? String(Math.round(Number(match[1]) * 1024)) : text;
}

/**
 * A definition in the form two equal definitions share: read-only fields, tags and empty values
 * removed, the defaults ECS fills in on registration applied (so a hand-written file equals what
 * DescribeTaskDefinition returns for it), unordered lists sorted and keys in one order.
 */
export function normaliseTaskDefinition(definition: Record<string, any>): Record<string, any> {
  const { definition: cleaned } = cleanForRegister(structuredClone(definition));
  const d: Record<string, any> = cleaned;
  delete d.tags;
  d.networkMode ??= 'bridge';
  for (const field of ['cpu', 'memory'] as const) {
    const units = taskSizeUnits(d[field]);
    if (units === undefined) delete d[field];
    else d[field] = units;
  }
  if (d.enableFaultInjection === false) delete d.enableFaultInjection;
  if (Array.isArray(d.requiresCompatibilities))
    d.requiresCompatibilities = [...d.requiresCompatibilities].sort();
  sortBy(d, 'volumes', (v) => v.name);
  sortBy(d, 'placementConstraints', (v) => JSON.stringify(canonical(v)));
  const containers: any[] = Array.isArray(d.containerDefinitions) ? d.containerDefinitions : [];
  for (const c of containers) normaliseContainer(c, d.networkMode);
  sortBy(d, 'containerDefinitions', (c) => String(c.name));
  return canonical(d) as Record<string, any>;
}

function normaliseContainer(c: Record<string, any>, networkMode: string): void {
  c.essential ??= true;
  if (c.cpu === 0) delete c.cpu;
  for (const field of CONTAINER_FALSE_DEFAULTS) if (c[field] === false) delete c[field];
  for (const mapping of Array.isArray(c.portMappings) ? c.portMappings : []) {
    mapping.protocol ??= 'tcp';
    if ((networkMode === 'awsvpc' || networkMode === 'host') && mapping.hostPort === undefined) {
      mapping.hostPort = mapping.containerPort;
    }
    if (networkMode === 'bridge' && mapping.hostPort === 0) delete mapping.hostPort;
  }
  for (const entry of Array.isArray(c.environment) ? c.environment : []) entry.value ??= '';
  for (const field of ['mountPoints', 'volumesFrom']) {
    for (const entry of Array.isArray(c[field]) ? c[field] : []) entry.readOnly ??= false;
  }
  if (c.healthCheck) c.healthCheck = { ...HEALTH_CHECK_DEFAULTS, ...c.healthCheck };
  sortBy(c, 'environment', (e) => e.name);
  sortBy(c, 'secrets', (e) => e.name);
  sortBy(c, 'environmentFiles', (e) => `${e.type}:${e.value}`);
  sortBy(c, 'ulimits', (e) => e.name);
  sortBy(c, 'dependsOn', (e) => e.containerName);
  sortBy(c, 'portMappings', (e) => `${e.containerPort}/${e.protocol}/${e.name ?? ''}`);
  sortBy(c, 'mountPoints', (e) => `${e.containerPath}`);
  sortBy(c, 'extraHosts', (e) => `${e.hostname}`);
}

function sortBy(owner: Record<string, any>, field: string, key: (item: any) => string): void {
  const list = owner[field];
  if (!Array.isArray(list)) return;
  owner[field] = [...list].sort((a, b) => {
    const ka = String(key(a ?? {}));
    const kb = String(key(b ?? {}));
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** Keys sorted, null and empty arrays/objects dropped: one JSON text per meaning. */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(canonical).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object') {
    const members: [string, unknown][] = [];
    for (const key of Object.keys(value as object).sort()) {
      const member = canonical((value as Record<string, unknown>)[key]);
      if (member !== undefined) members.push([key, member]);
    }
    // fromEntries, not assignment: a key named `__proto__` is compared like any other.
    return members.length ? Object.fromEntries(members) : undefined;
  }
  return value;
}

export function sameTaskDefinition(a: Record<string, any>, b: Record<string, any>): boolean {
  return JSON.stringify(normaliseTaskDefinition(a)) === JSON.stringify(normaliseTaskDefinition(b));
}

/**
 * What differs, one line each (empty when nothing does). Both sides are normalised first, so the
 * defaults ECS filled into the registered revision do not show up as changes.
 */
export function definitionChanges(
  before: Record<string, any> | undefined,
  after: Record<string, any>,
): string[] {
  const diff = diffTaskDefinitions(
    before ? normaliseTaskDefinition(before) : {},
    normaliseTaskDefinition(after),
  );
  return diff.changed ? formatDiff(diff) : [];
}
