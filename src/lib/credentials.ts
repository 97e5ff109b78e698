/**
 * Whether the SDK's default credential chain has anything to find, decided before the SDK is
 * loaded (issue 18). The chain (@aws-sdk/credential-provider-node defaultProvider) tries, in
 * order: AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY, the shared config and credentials files
 * (AWS_PROFILE, AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, ~/.aws/config, ~/.aws/credentials:
 * profiles, SSO, credential_process), AWS_WEB_IDENTITY_TOKEN_FILE, the container credentials
 * endpoint (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / _FULL_URI), and last the EC2 instance
 * metadata service (169.254.169.254) unless AWS_EC2_METADATA_DISABLED is set.
 *
 * When nothing before IMDS is configured, IMDS is a credential source only on a self-hosted
 * runner on EC2 (an instance profile). On a GitHub-hosted runner (RUNNER_ENVIRONMENT is
 * `github-hosted`; it runs on Azure) or outside a runner, that address answers with something
 * else or not at all, and the chain would spend its IMDS timeouts and retries before failing with
 * "Could not load credentials from any providers". So there it is not probed: the step fails at
 * once and says what to set. A self-hosted runner (RUNNER_ENVIRONMENT `self-hosted`) keeps the
 * SDK's chain, IMDS included.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActionError } from './errors.js';

export type Environment = Record<string, string | undefined>;

/** The variables that configure a credential source other than the instance metadata service. */
const SOURCE_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_PROFILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
] as const;

/** The shared files the chain reads, from the variables that move them or their default place. */
export function sharedFiles(env: Environment, home: string): string[] {
  return [
    env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config'),
    env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials'),
  ];
}

/**
 * Why no credential source is available to the SDK, as an error for a person, or undefined when
 * the chain has something to try (a variable, a shared file, or IMDS on a self-hosted runner).
 */
export function missingCredentials(
  env: Environment,
  fileExists: (file: string) => boolean,
  home: string,
): ActionError | undefined {
  if (SOURCE_VARIABLES.some((name) => env[name])) return undefined;
  if (sharedFiles(env, home).some(fileExists)) return undefined;
  const imdsDisabled =
    env.AWS_EC2_METADATA_DISABLED !== undefined && env.AWS_EC2_METADATA_DISABLED !== 'false';
  if (env.RUNNER_ENVIRONMENT === 'self-hosted' && !imdsDisabled) return undefined;
  const where = imdsDisabled
    ? 'and AWS_EC2_METADATA_DISABLED turns off the instance metadata service'
    : env.RUNNER_ENVIRONMENT === 'github-hosted'
      ? 'and a GitHub-hosted runner has no instance profile'
      : 'and this is not a self-hosted runner, where an EC2 instance profile would be used';
  return new ActionError(
    `No AWS credentials: none of AWS_ACCESS_KEY_ID, AWS_PROFILE, AWS_WEB_IDENTITY_TOKEN_FILE or ` +
      `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is set, there is no ~/.aws/config or ~/.aws/credentials, ${where}. ` +
      `Configure credentials before this step, e.g. aws-actions/configure-aws-credentials with role-to-assume (OIDC), ` +
      `or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from secrets`,
  );
}

/** Throws the error of missingCredentials for this process; call it before loading the SDK. */
export function assertCredentialsConfigured(): void {
  const error = missingCredentials(process.env, existsSync, os.homedir());
  if (error) throw error;
}
