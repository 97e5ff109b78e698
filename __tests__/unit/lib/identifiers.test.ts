import {
  isClusterIdentifier,
  isDeploymentId,
  isEcrRepositoryName,
  isEcsName,
  isRoleArn,
  isS3ObjectArn,
  isServiceIdentifier,
  isTargetGroupArn,
  isTaskDefinitionRevision,
  parseTaskDefinitionArn,
} from '../../../src/lib/identifiers.js';

// Rows follow the ARN formats AWS documents (src/lib/identifiers.ts cites the pages): one table
// for every identifier the actions check, so a pattern cannot drift in one caller only.
const rules = {
  'ECS name': isEcsName,
  cluster: isClusterIdentifier,
  service: isServiceIdentifier,
  'task definition revision': isTaskDefinitionRevision,
  'target group ARN': isTargetGroupArn,
  'IAM role ARN': isRoleArn,
  'S3 object ARN': isS3ObjectArn,
  'deployment id': isDeploymentId,
  'ECR repository name': isEcrRepositoryName,
} as const;

const account = '123456789012';

describe.each<[keyof typeof rules, string, boolean]>([
  ['ECS name', 'web-ui_client', true],
  ['ECS name', 'a'.repeat(255), true],
  ['ECS name', 'a'.repeat(256), false],
  ['ECS name', 'my web', false],
  ['ECS name', 'web.api', false],
  ['ECS name', '', false],
  ['cluster', 'default', true],
  ['cluster', `arn:aws:ecs:eu-west-3:${account}:cluster/prod`, true],
  ['cluster', `arn:aws-cn:ecs:cn-north-1:${account}:cluster/prod`, true],
  ['cluster', `arn:aws-us-gov:ecs:us-gov-west-1:${account}:cluster/prod`, true],
  ['cluster', `arn:aws:ecs:eu-west-3:12345:cluster/prod`, false],
  ['cluster', `arn:aws:ecs:eu-west-3:${account}:service/prod/web`, false],
  ['cluster', 'prod cluster', false],
  ['service', 'web-ui-client', true],
  ['service', `arn:aws:ecs:eu-west-3:${account}:service/prod/web-ui-client`, true],
  ['service', `arn:aws:ecs:eu-west-3:${account}:service/web-ui-client`, true],
  ['service', `arn:aws:ecs:eu-west-3:${account}:service/`, false],
  ['service', `arn:aws:ecs:eu-west-3:${account}:cluster/prod`, false],
  ['task definition revision', 'web:3', true],
  ['task definition revision', `arn:aws:ecs:eu-west-3:${account}:task-definition/web:3`, true],
  ['task definition revision', `arn:aws:ecs:eu-west-3:${account}:task-definition/web`, false],
  ['task definition revision', 'web', false],
  ['task definition revision', 'latest', false],
  ['task definition revision', 'web:latest', false],
  [
    'target group ARN',
    `arn:aws:elasticloadbalancing:eu-west-3:${account}:targetgroup/web-ui-client-tg/ae0e2bd6bf121887`,
    true,
  ],
  ['target group ARN', 'web-ui-client-tg', false],
  [
    'target group ARN',
    `arn:aws:elasticloadbalancing:eu-west-3:${account}:loadbalancer/app/web/ae0e2bd6bf121887`,
    false,
  ],
  ['IAM role ARN', `arn:aws:iam::${account}:role/web-task`, true],
  ['IAM role ARN', `arn:aws:iam::${account}:role/service-role/ecsTaskExecutionRole`, true],
  ['IAM role ARN', `arn:aws:iam:eu-west-3:${account}:role/web-task`, false],
  ['IAM role ARN', 'ecsTaskExecutionRole', false],
  ['S3 object ARN', 'arn:aws:s3:::my-bucket/prod.env', true],
  ['S3 object ARN', 'arn:aws:s3:::my-bucket/shared/common.env', true],
  ['S3 object ARN', 's3://bucket/prod.env', false],
  ['S3 object ARN', 'arn:aws:s3:::my-bucket', false],
  ['deployment id', 'ecs-svc/1234567890123456789', true],
  ['deployment id', '42', false],
  ['ECR repository name', 'sites-management-api', true],
  ['ECR repository name', 'team/web.ui_client', true],
  ['ECR repository name', 'Web-UI', false],
  ['ECR repository name', 'a', false],
  ['ECR repository name', 'a'.repeat(206), false],
  ['ECR repository name', 'web--ui', false],
])('%s', (rule, text, valid) => {
  it(`${valid ? 'takes' : 'refuses'} '${text.length > 60 ? `${text.slice(0, 57)}…` : text}'`, () => {
    expect(rules[rule](text)).toBe(valid);
  });
});

describe('parseTaskDefinitionArn', () => {
  it.each([
    [
      `arn:aws:ecs:eu-west-3:${account}:task-definition/web:3`,
      { region: 'eu-west-3', family: 'web', revision: 3 },
    ],
    [
      `arn:aws:ecs:us-east-1:${account}:task-definition/web`,
      { region: 'us-east-1', family: 'web', revision: undefined },
    ],
    ['web:3', undefined],
    [`arn:aws:ecs:eu-west-3:${account}:task-definition/web:x`, undefined],
  ])('%s', (text, parts) => {
    expect(parseTaskDefinitionArn(text)).toEqual(parts);
  });
});
