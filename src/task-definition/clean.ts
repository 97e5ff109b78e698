/**
 * Turning a described (or hand-written) task definition into what RegisterTaskDefinition takes.
 * Pure functions: data in, data out.
 */

/** Fields ECS sets on a registered revision; RegisterTaskDefinition rejects them. */
export const READ_ONLY_FIELDS = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
] as const;

export interface CleanResult {
  definition: Record<string, any>;
  /** What was removed: read-only field names, then paths of empty values (`containerDefinitions[0].links`). */
  removed: string[];
}

/** Removes the read-only top-level fields; everything else is kept as it is. */
export function stripReadOnly(definition: Record<string, any>): CleanResult {
  const kept: [string, unknown][] = [];
  const removed: string[] = [];
  const readOnly = new Set<string>(READ_ONLY_FIELDS);
  for (const [key, value] of Object.entries(definition)) {
    if (readOnly.has(key)) removed.push(key);
    else kept.push([key, value]);
  }
  // fromEntries defines own members: a `__proto__` key stays a key (an assignment would drop it).
  return { definition: Object.fromEntries(kept), removed };
}

/**
 * Fields whose value is a string-to-string map: a key with an empty value is a real setting
 * there (a Docker label `tier=`, a log option), so its empty string is kept.
 */
const STRING_MAP_FIELDS = new Set(['dockerLabels', 'options', 'driverOpts', 'labels']);

/**
 * Read-only fields removed, then the null and empty values templates and describe output carry
 * where ECS treats them as "not set": a member that is `null`, `""`, `[]` or `{}` (or an object
 * left empty by that). DescribeTaskDefinition itself answers `[]` for a list that was never given
 * and leaves out unset strings, so dropping them changes nothing ECS sees.
 * Kept, because empty means something there: an environment variable's empty `value` (the
 * variable is set to ""), empty strings in string maps (see STRING_MAP_FIELDS), and every
 * number and boolean (`cpu: 0`, `essential: false`).
 * A list's items are never dropped (issue 12): `command: ["--prefix", "", "--listen"]` passes
 * an empty argument, and removing it would shift every argument after it. Only the members
 * inside an object item are cleaned; an item left empty, or a `null` item, stays where it is
 * for the validator (or ECS) to name.
 * `keep` (ecs-deploy's `keep-null-value-keys`): members with these names, at any depth, keep an
 * empty value, as the reference's cleanNullKeys does (its JSON.stringify replacer sees every key).
 */
export function cleanForRegister(
  definition: Record<string, any>,
  keep: ReadonlySet<string> = new Set(),
): CleanResult {
  const stripped = stripReadOnly(definition);
  const cleaned = cleanValue(stripped.definition, '', {
    field: '',
    itemOf: '',
    keepEmptyString: false,
    keep,
  });
  return {
    definition: (cleaned.value as Record<string, any>) ?? {},
    removed: [...stripped.removed, ...cleaned.removed],
  };
}

interface Where {
  /** The field holding the value ('' at the top). */
  field: string;
  /** For an array item: the array's field. */
  itemOf: string;
  keepEmptyString: boolean;
  keep: ReadonlySet<string>;
}

/** The cleaned value (undefined: drop it) and the paths removed inside a value that is kept. */
interface Cleaned {
  value: unknown;
  removed: string[];
}

function cleanValue(value: unknown, path: string, where: Where): Cleaned {
  if (value === null || value === undefined) return { value: undefined, removed: [] };
  if (value === '') return { value: where.keepEmptyString ? '' : undefined, removed: [] };
  const removed: string[] = [];
  const keep = (child: Cleaned, childPath: string): boolean => {
    if (child.value === undefined) removed.push(childPath);
    else removed.push(...child.removed);
    return child.value !== undefined;
  };
  if (Array.isArray(value)) {
    if (value.length === 0) return { value: undefined, removed: [] };
    const items = value.map((item, index) => {
      if (!isObject(item)) return item;
      const child = cleanValue(item, join(path, index), {
        field: where.field,
        itemOf: where.field,
        keepEmptyString: false,
        keep: where.keep,
      });
      removed.push(...child.removed);
      // An object item whose members were all empty stays, as `{}`, in its place.
      return child.value === undefined ? {} : child.value;
    });
    return { value: items, removed };
  }
  if (isObject(value)) {
    const isMap = where.itemOf === '' && STRING_MAP_FIELDS.has(where.field);
    const isEnvironmentEntry = where.itemOf === 'environment';
    const members: [string, unknown][] = [];
    for (const [key, member] of Object.entries(value)) {
      const keepEmptyString = isMap || (isEnvironmentEntry && key === 'value');
      const child = cleanValue(member, join(path, key), {
        field: key,
        itemOf: '',
        keepEmptyString,
        keep: where.keep,
      });
      if (child.value === undefined && where.keep.has(key) && member !== undefined)
        members.push([key, emptyLike(member)]);
      else if (keep(child, join(path, key))) members.push([key, child.value]);
    }
    // fromEntries, not assignment: a label or option named `__proto__` is kept as a key.
    return { value: members.length ? Object.fromEntries(members) : undefined, removed };
  }
  return { value, removed: [] };
}

/** The empty value of a kept member, in its own kind: `null`, `""`, `[]` or `{}`. */
function emptyLike(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : value;
  if (isObject(value)) return {};
  return value;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
