/**
 * ecr-public-login's inputs, read and checked before any AWS or registry call.
 */
import { ECR_PUBLIC_REGION } from '../lib/aws.js';
import { InputError } from '../lib/errors.js';
import { isEcrRepositoryName } from '../lib/identifiers.js';
import { isRegistryHost } from '../lib/image-reference.js';
import type { Inputs } from '../lib/inputs.js';
import { parseProxyUrl, PROXY_URL_HINT, type ProxyServer } from '../lib/proxy.js';
import { BUILDER_CHOICES, type BuilderChoice } from '../container/builder.js';
import { LOGIN_INPUTS } from './names.js';

export const PUBLIC_REGISTRY = 'public.ecr.aws';

export interface LoginSettings {
  /** Registry host (and port) to log in to. */
  registry: string;
  builder: BuilderChoice;
  /** Repository names to create when missing. */
  repositories: string[];
  maskPassword: boolean;
  skipLogout: boolean;
  /**
   * The `http-proxy` input: the proxy for this action's AWS clients in place of HTTPS_PROXY and
   * HTTP_PROXY, and for the builder's login (as HTTPS_PROXY/HTTP_PROXY in its environment).
   */
  httpProxy?: ProxyServer;
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
    httpProxy: parseHttpProxy(inputs),
    builder: inputs.choice(LOGIN_INPUTS.builder, BUILDER_CHOICES, 'auto'),
    repositories: [...new Set(repositories)],
    maskPassword: inputs.boolean(LOGIN_INPUTS.maskPassword, true),
    skipLogout: inputs.boolean(LOGIN_INPUTS.skipLogout, false),
  };
}

/**
 * aws-actions/amazon-ecr-login's `http-proxy` ("Proxy to use for the AWS SDK agent"): a URL with
 * an http or https scheme. The error never quotes the value: it may hold a password.
 */
function parseHttpProxy(inputs: Inputs): ProxyServer | undefined {
  const value = inputs.optional(LOGIN_INPUTS.httpProxy);
  if (value === undefined) return undefined;
  const url = parseProxyUrl(value, { requireScheme: true });
  if (url instanceof URL) return { url, source: `input ${inputs.nameOf(LOGIN_INPUTS.httpProxy)}` };
  throw new InputError(inputs.nameOf(LOGIN_INPUTS.httpProxy), `the value ${url.problem}`, PROXY_URL_HINT);
}
