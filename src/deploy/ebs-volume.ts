/**
 * The service-managed EBS volume of ecs-deploy (`service-managed-ebs-volume-name` and
 * `service-managed-ebs-volume`), checked before any AWS call and turned into UpdateService's
 * `volumeConfigurations`. Pure.
 *
 * Meaning as in aws-actions/amazon-ecs-deploy-task-definition v2.6.3 (index.js, updateEcsService
 * and convertToManagedEbsVolumeObject): the JSON object is the volume's
 * ServiceManagedEBSVolumeConfiguration, `roleArn` required, sent as
 * `[{ name, managedEBSVolume }]`. Stricter on purpose (README, "Coming from aws-actions"): where
 * the reference warns and deploys without the volume (name without configuration), ignores the
 * configuration (no name), drops unknown members or drops `throughput` for a volume type other
 * than gp3, this is an error before anything changes, naming the member.
 */
import type { ServiceManagedEBSVolumeConfiguration, ServiceVolumeConfiguration } from '@aws-sdk/client-ecs';
import { InputError } from '../lib/errors.js';
import { isEcsName, isRoleArn } from '../lib/identifiers.js';

/**
 * ServiceManagedEBSVolumeConfiguration's members and their types (ECS API reference,
 * API_ServiceManagedEBSVolumeConfiguration.html; @aws-sdk/client-ecs models). The filesystem
 * types are the TaskFilesystemType enum.
 */
const MEMBERS: Record<string, 'boolean' | 'string' | 'integer' | 'tags' | 'filesystem'> = {
  roleArn: 'string',
  encrypted: 'boolean',
  kmsKeyId: 'string',
  volumeType: 'string',
  sizeInGiB: 'integer',
  snapshotId: 'string',
  volumeInitializationRate: 'integer',
  iops: 'integer',
  throughput: 'integer',
  tagSpecifications: 'tags',
  filesystemType: 'filesystem',
};
const FILESYSTEM_TYPES = ['ext3', 'ext4', 'xfs', 'ntfs'];
/** EBSTagSpecification: resourceType is the EBSResourceType enum (only `volume`). */
const TAG_PROPAGATION = ['TASK_DEFINITION', 'SERVICE', 'NONE'];

/** The volume configuration from the two inputs, or undefined when neither is given. */
export function serviceVolumeConfiguration(
  names: { name: string; volume: string },
  values: { name: string; volume: string },
): ServiceVolumeConfiguration | undefined {
  if (!values.name && !values.volume) return undefined;
  if (!values.volume)
    throw new InputError(
      names.name,
      `is set but ${names.volume} is not`,
      `Give the volume's configuration as JSON in ${names.volume} (at least {"roleArn": "..."}), or remove ${names.name}`,
    );
  if (!values.name)
    throw new InputError(
      names.volume,
      `is set but ${names.name} is not`,
      `Set ${names.name} to the name of the task definition's volume that has configuredAtLaunch: true`,
    );
  if (!isEcsName(values.name))
    throw new InputError(
      names.name,
      `'${values.name}' is not a volume name`,
      'Use up to 255 letters, digits, - and _',
    );
  return { name: values.name, managedEBSVolume: parseManagedEbsVolume(names.volume, values.volume) };
}

function parseManagedEbsVolume(input: string, text: string): ServiceManagedEBSVolumeConfiguration {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(input, `is not valid JSON (${(error as Error).message})`, 'Give one JSON object');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError(
      input,
      'is not a JSON object',
      'Give one JSON object, e.g. {"roleArn": "...", "sizeInGiB": 20}',
    );
  const volume = value as Record<string, unknown>;
  const fail = (problem: string, fix?: string) => new InputError(input, problem, fix);
  for (const [key, member] of Object.entries(volume)) {
    const type = Object.hasOwn(MEMBERS, key) ? MEMBERS[key] : undefined;
    if (!type)
      throw fail(
        `'${key}' is not a member of an EBS volume configuration`,
        `Use: ${Object.keys(MEMBERS).join(', ')}`,
      );
    const wrong = memberProblem(type, member);
    if (wrong) throw fail(`${key} ${wrong}`);
  }
  if (typeof volume.roleArn !== 'string')
    throw fail('roleArn is missing', 'Give the ARN of the ECS infrastructure role that manages the volume');
  if (!isRoleArn(volume.roleArn)) throw fail(`roleArn '${volume.roleArn}' is not an IAM role ARN`);
  if (volume.throughput !== undefined && volume.volumeType !== 'gp3')
    throw fail(
      'throughput is set, but it applies to gp3 volumes only',
      'Set volumeType to gp3, or remove throughput',
    );
  // Every member was checked against the API's shape above.
  return volume as unknown as ServiceManagedEBSVolumeConfiguration;
}

function memberProblem(type: (typeof MEMBERS)[string], value: unknown): string | undefined {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'string':
      return typeof value === 'string' && value !== '' ? undefined : 'must be a non-empty string';
    case 'integer':
      return Number.isInteger(value) && (value as number) >= 0 ? undefined : 'must be a whole number';
    case 'filesystem':
      return FILESYSTEM_TYPES.includes(value as string)
        ? undefined
        : `must be one of ${FILESYSTEM_TYPES.join(', ')}`;
    case 'tags':
      return tagSpecificationsProblem(value);
  }
}

function tagSpecificationsProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'must be an array';
  for (const [index, item] of value.entries()) {
    if (typeof item !== 'object' || item === null) return `[${index}] must be an object`;
    if (item.resourceType !== 'volume') return `[${index}].resourceType must be 'volume'`;
    if (item.propagateTags !== undefined && !TAG_PROPAGATION.includes(item.propagateTags))
      return `[${index}].propagateTags must be one of ${TAG_PROPAGATION.join(', ')}`;
    if (item.tags !== undefined) {
      if (!Array.isArray(item.tags)) return `[${index}].tags must be an array of { key, value }`;
      for (const tag of item.tags)
        if (typeof tag?.key !== 'string' || (tag.value !== undefined && typeof tag.value !== 'string'))
          return `[${index}].tags must be an array of { key, value } strings`;
    }
  }
  return undefined;
}
