/**
 * ecr-public-login's input, output and state names, as in ecr-public-login/action.yml (checked by
 * a unit test), and how it differs from aws-actions/amazon-ecr-login.
 */
import type { ActionInputNames } from '../lib/inputs.js';

export const LOGIN_INPUTS = {
  awsRegion: 'aws-region',
  registry: 'registry',
  builder: 'builder',
  repositories: 'repositories',
  maskPassword: 'mask-password',
  skipLogout: 'skip-logout',
  httpProxy: 'http-proxy',
} as const;

export const LOGIN_OUTPUTS = {
  registry: 'registry',
  registryAlias: 'registry-alias',
  registryUri: 'registry-uri',
  repositoryUris: 'repository-uris',
  username: 'docker_username_public_ecr_aws',
  password: 'docker_password_public_ecr_aws',
} as const;

/** GITHUB_STATE keys shared by the main run and the post run. */
export const LOGIN_STATE = {
  /** Set by the main run; its presence is how the post run knows it is the post run (as actions/checkout does). */
  isPost: 'isPost',
  registry: 'registry',
  builder: 'builder',
  skipLogout: 'skipLogout',
} as const;

/**
 * Where ecr-public-login differs from aws-actions/amazon-ecr-login v2.1.7
 * (__tests__/fixtures/reference/amazon-ecr-login.yml): it logs in to ECR Public only.
 */
export const LOGIN_INPUT_NAMES: ActionInputNames = {
  action: 'ecr-public-login',
  known: Object.values(LOGIN_INPUTS),
  reference: {
    repository: 'aws-actions/amazon-ecr-login',
    inputs: {
      registries: {
        kind: 'refused',
        why: 'it names ECR Private registries, and this action logs in to ECR Public only; use aws-actions/amazon-ecr-login for ECR Private',
      },
      'registry-type': {
        kind: 'refused',
        why: "this action logs in to ECR Public only, so only 'public' is accepted; use aws-actions/amazon-ecr-login for ECR Private",
        accepts: ['public'],
      },
    },
    outputs: {},
  },
};
