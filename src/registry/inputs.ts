/**
 * ecr-public-login's inputs, read and checked before any AWS or registry call.
 */
import { ECR_PUBLIC_REGION } from '../lib/aws.js';
import { InputError } from '../lib/errors.js';
import { isEcrRepositoryName } from '../lib/identifiers.js';
import { isRegistryHost } from '../lib/image-reference.js';
import type { Inputs } from '../lib/inputs.js';
import { BUILDER_CHOICES, type BuilderChoice } from '../container/builder.js';
import { LOGIN_INPUTS } from './names.js';

const PUBLIC_REGISTRY = 'public.ecr.aws';

export interface LoginSettings {
  /** Registry host (and port) to log in to. */
  registry: string;
  builder: BuilderChoice;
  /** Repository names to create when missing. */
  repositories: string[];
  maskPassword: boolean;
  skipLogout: boolean;
}

/** Reads and validates ecr-public-login's inputs. No I/O: a bad input fails before any AWS or registry call. */
export function parseLoginInputs(inputs: Inputs): LoginSettings {
  // Not inputs.region(): the job's AWS_REGION is for ECS and must not leak into ECR Public,
  // the mistake that broke aws-actions/amazon-ecr-login for public registries.
  const region = inputs.string(LOGIN_INPUTS.awsRegion, { default: ECR_PUBLIC_REGION });
  if (region !== ECR_PUBLIC_REGION) {
    throw new InputError(
      inputs.nameOf(LOGIN_INPUTS.awsRegion),
      `'${region}' is not possible: the ECR Public API exists only in ${ECR_PUBLIC_REGION}, whatever region the rest of the job uses`,
      `Remove the input or set it to ${ECR_PUBLIC_REGION}; the job's AWS_REGION is ignored by this action`,
    );
  }

  const registry = inputs.string(LOGIN_INPUTS.registry, { default: PUBLIC_REGISTRY });
  if (!isRegistryHost(registry)) {
    throw new InputError(
      inputs.nameOf(LOGIN_INPUTS.registry),
      `'${registry}' is not a registry host`,
      `Give a host name with an optional port and no scheme or path, e.g. ${PUBLIC_REGISTRY} or 127.0.0.1:5000`,
    );
  }

  const repositories = inputs.list(LOGIN_INPUTS.repositories, {
    valid: isEcrRepositoryName,
    is: 'a valid repository name',
    hint: 'Use 2 to 205 lowercase letters, digits and . _ - separators, optionally with / namespaces (e.g. sites-management-api)',
  });

  return {
    registry,
    builder: inputs.choice(LOGIN_INPUTS.builder, BUILDER_CHOICES, 'auto'),
    repositories: [...new Set(repositories)],
    maskPassword: inputs.boolean(LOGIN_INPUTS.maskPassword, true),
    skipLogout: inputs.boolean(LOGIN_INPUTS.skipLogout, false),
  };
}
