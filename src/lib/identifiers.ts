/**
 * The one home of the AWS identifier rules the actions check before any call (so a typo fails
 * the step with the input's name, not deep in an AWS error), and of the limits more than one
 * action shares. Image references have their own grammar beside this one (image-reference.ts).
 *
 * ARNs are `arn:<partition>:<service>:<region>:<account>:<resource>` (IAM User Guide, "Amazon
 * Resource Names", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html); the
 * partition is `aws`, `aws-cn`, `aws-us-gov`, … The resource parts this project reads:
 *
 *   cluster          arn:aws:ecs:<region>:<account>:cluster/<name>
 *   service          arn:aws:ecs:<region>:<account>:service/<cluster>/<name>   (long format)
 *                    arn:aws:ecs:<region>:<account>:service/<name>             (short, older services)
 *   task definition  arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>
 *   target group     arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<hex id>
 *   IAM role         arn:aws:iam::<account>:role/[<path>/]<name>
 *   S3 object        arn:aws:s3:::<bucket>/<key>
 *
 * The cluster pattern is the one AWS publishes (`arn:aws[a-zA-Z-]*:ecs:[a-z0-9-]+:\d{12}:cluster/
 * [a-zA-Z0-9_-]{1,255}`, https://docs.aws.amazon.com/arc-region-switch/latest/api/API_Service.html);
 * the two service formats are ECS's (TagResource's resourceArn, https://docs.aws.amazon.com/
 * sdk-for-kotlin/api/latest/ecs/aws.sdk.kotlin.services.ecs.model/-tag-resource-request/resource-arn.html),
 * so a service ARN takes any resource after `service/`.
 */

/** ECS's name rule for task definition families, clusters, services and containers. */
const NAME = '[A-Za-z0-9_-]{1,255}';
const PARTITION = 'arn:aws[a-z-]*';
const REGION = '[a-z0-9-]+';
const ACCOUNT = '\\d{12}';

const whole = (source: string) => new RegExp(`^${source}$`);
const ecsArn = (resource: string) => `${PARTITION}:ecs:(${REGION}):${ACCOUNT}:${resource}`;

const ECS_NAME = whole(NAME);
const CLUSTER_ARN = whole(ecsArn(`cluster/${NAME}`));
const SERVICE_ARN = whole(ecsArn('service/.+'));
const TASK_DEFINITION_ARN = whole(ecsArn(`task-definition/(${NAME})(?::(\\d+))?`));
const FAMILY_REVISION = whole(`${NAME}:\\d+`);
const TARGET_GROUP_ARN = whole(
  `${PARTITION}:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/[A-Za-z0-9-]+/[0-9a-f]+`,
);
const ROLE_ARN = whole(`${PARTITION}:iam::${ACCOUNT}:role/[\\w+=,.@/-]{1,512}`);
const S3_OBJECT_ARN = whole(`${PARTITION}:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+`);
/** The id ECS gives a deployment (ecs-deploy's `deployment-id` output). */
const DEPLOYMENT_ID = /^ecs-svc\/\d+$/;
/** ECR Public's repository name rule (CreateRepository's constraint). */
const ECR_REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const ECR_REPOSITORY_NAME_LENGTH = { min: 2, max: 205 } as const;

/** GitHub stops a job after 6 hours; a longer wait could never end on its own (aws-actions caps its wait there too). */
export const MAX_WAIT_MINUTES = 360;

/** A task definition family, cluster, service or container name: up to 255 letters, digits, - and _. */
export function isEcsName(text: string): boolean {
  return ECS_NAME.test(text);
}

/** A cluster name or cluster ARN. */
export function isClusterIdentifier(text: string): boolean {
  return ECS_NAME.test(text) || CLUSTER_ARN.test(text);
}

/** A service name or service ARN (long or short format). */
export function isServiceIdentifier(text: string): boolean {
  return ECS_NAME.test(text) || SERVICE_ARN.test(text);
}

export interface TaskDefinitionArn {
  region: string;
  family: string;
  /** Absent: the ARN names the family's latest ACTIVE revision. */
  revision?: number;
}

/** The parts of a task definition ARN (with or without the revision), or undefined. */
export function parseTaskDefinitionArn(text: string): TaskDefinitionArn | undefined {
  const match = TASK_DEFINITION_ARN.exec(text);
  if (!match) return undefined;
  return {
    region: match[1],
    family: match[2],
    revision: match[3] === undefined ? undefined : Number(match[3]),
  };
}

/** One registered revision: `family:revision`, or a task definition ARN that ends in `:revision`. */
export function isTaskDefinitionRevision(text: string): boolean {
  return FAMILY_REVISION.test(text) || parseTaskDefinitionArn(text)?.revision !== undefined;
}

export function isTargetGroupArn(text: string): boolean {
  return TARGET_GROUP_ARN.test(text);
}

export function isRoleArn(text: string): boolean {
  return ROLE_ARN.test(text);
}

export function isS3ObjectArn(text: string): boolean {
  return S3_OBJECT_ARN.test(text);
}

export function isDeploymentId(text: string): boolean {
  return DEPLOYMENT_ID.test(text);
}

/** An ECR Public repository name: 2 to 205 lower-case characters, `/`-separated components. */
export function isEcrRepositoryName(text: string): boolean {
  return (
    text.length >= ECR_REPOSITORY_NAME_LENGTH.min &&
    text.length <= ECR_REPOSITORY_NAME_LENGTH.max &&
    ECR_REPOSITORY_NAME.test(text)
  );
}
