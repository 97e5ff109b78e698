/**
 * The names ecs-deploy's action.yml declares, in one place so the code and the action.yml cannot
 * drift apart silently (a unit test compares them), and how ecs-deploy differs from the action it
 * replaces (a unit test compares that with the reference's action.yml).
 */
import type { ActionInputNames, ReferenceDifference } from '../lib/inputs.js';

/**
 * The one-off task inputs (aws-actions/amazon-ecs-deploy-task-definition v2.6.3's names, which
 * keep the reference's odd capitals in `run-task-assign-public-IP`; the runner upper-cases it).
 */
export const RUN_TASK_INPUT = {
  runTask: 'run-task',
  runTaskContainerOverrides: 'run-task-container-overrides',
  runTaskSecurityGroups: 'run-task-security-groups',
  runTaskSubnets: 'run-task-subnets',
  runTaskAssignPublicIp: 'run-task-assign-public-IP',
  runTaskCapacityProviderStrategy: 'run-task-capacity-provider-strategy',
  runTaskLaunchType: 'run-task-launch-type',
  runTaskStartedBy: 'run-task-started-by',
  runTaskTags: 'run-task-tags',
  runTaskManagedEbsVolumeName: 'run-task-managed-ebs-volume-name',
  runTaskManagedEbsVolume: 'run-task-managed-ebs-volume',
  waitForTaskStopped: 'wait-for-task-stopped',
} as const;

/**
 * The deployment strategy of this deployment (issue 17; not inputs of the aws-actions action):
 * empty keeps the service's own setting. Read in strategy.ts.
 */
export const STRATEGY_INPUT = {
  deploymentStrategy: 'deployment-strategy',
  bakeTimeMinutes: 'bake-time-minutes',
  linearStepPercent: 'linear-step-percent',
  linearStepBakeMinutes: 'linear-step-bake-minutes',
  canaryPercent: 'canary-percent',
  canaryBakeMinutes: 'canary-bake-minutes',
  alarms: 'alarms',
} as const;

export const INPUT = {
  ...RUN_TASK_INPUT,
  ...STRATEGY_INPUT,
  taskDefinition: 'task-definition',
  taskDefinitionArn: 'task-definition-arn',
  service: 'service',
  cluster: 'cluster',
  region: 'aws-region',
  skipUnchanged: 'skip-unchanged',
  forceNewDeployment: 'force-new-deployment',
  desiredCount: 'desired-count',
  enableEcsManagedTags: 'enable-ecs-managed-tags',
  propagateTags: 'propagate-tags',
  tags: 'tags',
  provenanceTags: 'provenance-tags',
  revision: 'revision',
  waitForServiceStability: 'wait-for-service-stability',
  waitForMinutes: 'wait-for-minutes',
  rollbackOnFailure: 'rollback-on-failure',
  dryRun: 'dry-run',
  codeDeployAppSpec: 'codedeploy-appspec',
  codeDeployApplication: 'codedeploy-application',
  codeDeployDeploymentGroup: 'codedeploy-deployment-group',
  codeDeployDescription: 'codedeploy-deployment-description',
  codeDeployDeploymentConfig: 'codedeploy-deployment-config',
  keepNullValueKeys: 'keep-null-value-keys',
  maxRetries: 'max-retries',
  waitMaxDelaySeconds: 'wait-max-delay-seconds',
  serviceManagedEbsVolumeName: 'service-managed-ebs-volume-name',
  serviceManagedEbsVolume: 'service-managed-ebs-volume',
} as const;

export const OUTPUT = {
  taskDefinitionArn: 'task-definition-arn',
  previousTaskDefinitionArn: 'previous-task-definition-arn',
  deploymentId: 'deployment-id',
  registered: 'registered',
  rolledBack: 'rolled-back',
  codeDeployDeploymentId: 'codedeploy-deployment-id',
  runTaskArn: 'run-task-arn',
} as const;

/** Tag keys added to every registered revision so it traces back to the run that made it. */
export const PROVENANCE_TAG = {
  commit: 'infra-actions:commit',
  run: 'infra-actions:run',
} as const;

/** The reference sets these defaults in its code (index.js of v2.6.3), not in its action.yml. */
const codeDefault = (code: string): ReferenceDifference => ({
  kind: 'default',
  why: `same default: the reference's action.yml declares none, its index.js uses ${code}`,
});

/**
 * Where ecs-deploy's inputs and outputs differ from aws-actions/amazon-ecs-deploy-task-definition
 * v2.6.3 (__tests__/fixtures/reference/amazon-ecs-deploy-task-definition.yml); every other
 * reference input is declared here with the same default.
 */
export const DEPLOY_INPUT_NAMES: ActionInputNames = {
  action: 'ecs-deploy',
  known: Object.values(INPUT),
  reference: {
    repository: 'aws-actions/amazon-ecs-deploy-task-definition',
    inputs: {
      cluster: codeDefault("'default' when empty"),
      'force-new-deployment': codeDefault("'false' when empty"),
      'wait-for-service-stability': codeDefault("'true' only to wait"),
      'wait-for-minutes': codeDefault('30 when empty'),
      'codedeploy-appspec': codeDefault("'appspec.yaml' when empty"),
      'run-task': codeDefault("'false' when empty"),
      'run-task-started-by': codeDefault("'GitHub-Actions' when empty"),
      'wait-for-task-stopped': codeDefault("'false' when empty"),
    },
    outputs: {},
  },
};
