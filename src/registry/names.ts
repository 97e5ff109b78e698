/** ecr-public-login's input, output and state names, as in ecr-public-login/action.yml (checked by a unit test). */
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
