import path from 'node:path';
import { missingCredentials, sharedFiles } from '../../../src/lib/credentials.js';

const HOME = '/home/runner';
const none = () => false;

describe('missingCredentials: whether the SDK has a credential source, decided before loading it', () => {
  it.each<[string, Record<string, string>]>([
    ['static keys', { AWS_ACCESS_KEY_ID: 'AKIA', AWS_SECRET_ACCESS_KEY: 's' }],
    ['a profile', { AWS_PROFILE: 'deploy' }],
    ['a web identity token (OIDC)', { AWS_WEB_IDENTITY_TOKEN_FILE: '/tmp/token', AWS_ROLE_ARN: 'arn' }],
    ['container credentials', { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/x' }],
    ['container credentials (full URI)', { AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://127.0.0.1/x' }],
    ['a self-hosted runner (EC2 instance profile through IMDS)', { RUNNER_ENVIRONMENT: 'self-hosted' }],
    [
      'a self-hosted runner with AWS_EC2_METADATA_DISABLED=false',
      { RUNNER_ENVIRONMENT: 'self-hosted', AWS_EC2_METADATA_DISABLED: 'false' },
    ],
  ])('finds one with %s', (_, env) => {
    expect(missingCredentials({ RUNNER_ENVIRONMENT: 'github-hosted', ...env }, none, HOME)).toBeUndefined();
  });

  it.each([
    [{}, path.join(HOME, '.aws/config')],
    [{}, path.join(HOME, '.aws/credentials')],
    [{ AWS_CONFIG_FILE: '/etc/aws/config' }, '/etc/aws/config'],
    [{ AWS_SHARED_CREDENTIALS_FILE: '/etc/aws/keys' }, '/etc/aws/keys'],
  ])('finds one in the shared file %#', (env, file) => {
    expect(missingCredentials(env, (candidate) => candidate === file, HOME)).toBeUndefined();
  });

  it('reads the shared files the variables name, else those in ~/.aws', () => {
    expect(sharedFiles({}, HOME)).toEqual([
      path.join(HOME, '.aws/config'),
      path.join(HOME, '.aws/credentials'),
    ]);
    expect(sharedFiles({ AWS_CONFIG_FILE: '/a', AWS_SHARED_CREDENTIALS_FILE: '/b' }, HOME)).toEqual([
      '/a',
      '/b',
    ]);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'a GitHub-hosted runner',
      { RUNNER_ENVIRONMENT: 'github-hosted' },
      /a GitHub-hosted runner has no instance profile/,
    ],
    ['no runner at all', {}, /this is not a self-hosted runner/],
    [
      'a self-hosted runner with IMDS turned off',
      { RUNNER_ENVIRONMENT: 'self-hosted', AWS_EC2_METADATA_DISABLED: 'true' },
      /AWS_EC2_METADATA_DISABLED turns off the instance metadata service/,
    ],
    ['only a secret key', { AWS_SECRET_ACCESS_KEY: 's' }, /this is not a self-hosted runner/],
  ])('finds none on %s, and says what to set', (_, env, why) => {
    const error = missingCredentials(env, none, HOME);
    expect(error?.message).toMatch(/^No AWS credentials: none of AWS_ACCESS_KEY_ID, AWS_PROFILE/);
    expect(error?.message).toMatch(why);
    expect(error?.message).toMatch(/aws-actions\/configure-aws-credentials with role-to-assume/);
  });
});
