import {
  accessDenial,
  generaliseResource,
  parseIamDenial,
  permissionFix,
  permissionWarning,
  warnOnce,
} from '../../../src/lib/access-denied.js';
import { awsError } from '../../../src/lib/aws.js';
import { ActionError } from '../../../src/lib/errors.js';
import { DEPLOY_ROLE, deniedText } from '../../helpers/iam-denial.js';

// Issue 14: AWS's access-denied text (IAM User Guide, "Troubleshoot access denied error
// messages") read into the permission and its fix.
const ROLE = DEPLOY_ROLE;
const TD = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/sites-management-api:7';
const implicit = deniedText;
const missing = "Missing IAM permission: add ecs:ListTasks on * to the role's policy (see docs/iam.md)";
const explicit = (action: string, resource: string) =>
  `User: ${ROLE} is not authorized to perform: ${action} on resource: ${resource} with an explicit deny in an identity-based policy`;

/** An SDK error as the clients raise it (name, message, HTTP status). */
const sdkError = (name: string, message: string, status: number) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

describe('parseIamDenial', () => {
  it.each([
    [
      'an implicit denial (no statement allows it)',
      implicit('ecs:TagResource', TD),
      {
        principal: ROLE,
        action: 'ecs:TagResource',
        resource: TD,
        explicit: false,
        policyType: 'identity-based',
      },
    ],
    [
      'an explicit Deny',
      explicit('ecs:UpdateService', 'arn:aws:ecs:eu-west-3:123456789012:service/prod/web'),
      {
        principal: ROLE,
        action: 'ecs:UpdateService',
        resource: 'arn:aws:ecs:eu-west-3:123456789012:service/prod/web',
        explicit: true,
        policyType: 'identity-based',
      },
    ],
    [
      'an action without a resource type (resource *)',
      implicit('elasticloadbalancing:DescribeTargetHealth', '*'),
      {
        principal: ROLE,
        action: 'elasticloadbalancing:DescribeTargetHealth',
        resource: '*',
        explicit: false,
        policyType: 'identity-based',
      },
    ],
    [
      "a builder's push output, the registry's JSON body quoted in it",
      `Error: writing blob: initiating layer upload to /v2/web/blobs/uploads/ in 127.0.0.1:5000: denied: {"errors":[{"code":"DENIED","message":"${implicit('ecr-public:InitiateLayerUpload', 'arn:aws:ecr-public::123456789012:repository/my.web')}"}]}`,
      {
        principal: ROLE,
        action: 'ecr-public:InitiateLayerUpload',
        resource: 'arn:aws:ecr-public::123456789012:repository/my.web',
        explicit: false,
        policyType: 'identity-based',
      },
    ],
    [
      'a permissions boundary',
      `User: ${ROLE} is not authorized to perform: ecs:ListTasks on resource: * because no permissions boundary allows the ecs:ListTasks action`,
      {
        principal: ROLE,
        action: 'ecs:ListTasks',
        resource: '*',
        explicit: false,
        policyType: 'permissions boundary',
      },
    ],
    [
      'a service control policy Deny',
      `User: ${ROLE} is not authorized to perform: ecs:UpdateService on resource: arn:aws:ecs:eu-west-3:1:service/c/s with an explicit deny in a service control policy`,
      {
        principal: ROLE,
        action: 'ecs:UpdateService',
        resource: 'arn:aws:ecs:eu-west-3:1:service/c/s',
        explicit: true,
        policyType: 'service control',
      },
    ],
    [
      'a permissions boundary Deny (no word policy)',
      `User: ${ROLE} is not authorized to perform: ecs:ListTasks on resource: * with an explicit deny in a permissions boundary`,
      {
        principal: ROLE,
        action: 'ecs:ListTasks',
        resource: '*',
        explicit: true,
        policyType: 'permissions boundary',
      },
    ],
    [
      'the older shape, without the reason, ending in a full stop',
      `User: ${ROLE} is not authorized to perform: ecs:DescribeClusters on resource: arn:aws:ecs:eu-west-3:1:cluster/prod.`,
      {
        principal: ROLE,
        action: 'ecs:DescribeClusters',
        resource: 'arn:aws:ecs:eu-west-3:1:cluster/prod',
        explicit: false,
        policyType: undefined,
      },
    ],
    [
      'no resource named',
      `User: ${ROLE} is not authorized to perform: ecr-public:GetAuthorizationToken`,
      {
        principal: ROLE,
        action: 'ecr-public:GetAuthorizationToken',
        resource: '',
        explicit: false,
        policyType: undefined,
      },
    ],
  ])('%s', (_what, text, expected) => {
    expect(parseIamDenial(text)).toEqual(expected);
  });

  it.each([
    ['a denial without IAM text', 'denied: requested access to the resource is denied'],
    ['nothing', undefined],
    ['another error', 'Unable to describe task definition.'],
  ])('finds none in %s', (_what, text) => {
    expect(parseIamDenial(text)).toBeUndefined();
  });
});

describe('generaliseResource: what a policy names for every run', () => {
  const A = 'arn:aws:ecs:eu-west-3:123456789012';
  it.each([
    [`${A}:task-definition/web:12`, `${A}:task-definition/web:*`],
    [`${A}:task/prod/0123456789abcdef0123456789abcdef`, `${A}:task/prod/*`],
    [`${A}:service-deployment/prod/web/Ab12Cd34`, `${A}:service-deployment/prod/web/*`],
    [`${A}:service-revision/prod/web/1234567890`, `${A}:service-revision/prod/web/*`],
    [`${A}:service/prod/web`, `${A}:service/prod/web`],
    [`${A}:cluster/prod`, `${A}:cluster/prod`],
    [`${A}:task-definition/web:*`, `${A}:task-definition/web:*`],
    ['arn:aws:ecr-public::123456789012:repository/web', 'arn:aws:ecr-public::123456789012:repository/web'],
    ['*', '*'],
  ])('%s → %s', (resource, expected) => {
    expect(generaliseResource(resource)).toBe(expected);
  });
});

describe('permissionFix', () => {
  it.each([
    [
      implicit('ecs:TagResource', TD),
      "Missing IAM permission: add ecs:TagResource on arn:aws:ecs:eu-west-3:123456789012:task-definition/sites-management-api:* to the role's policy (see docs/iam.md)",
    ],
    [
      implicit('ecs:DescribeTasks', 'arn:aws:ecs:eu-west-3:1:task/prod/abc123'),
      "Missing IAM permission: add ecs:DescribeTasks on arn:aws:ecs:eu-west-3:1:task/prod/* to the role's policy (see docs/iam.md)",
    ],
    [
      explicit('ecs:RegisterTaskDefinition', TD),
      "An explicit Deny in the role's policies refuses ecs:RegisterTaskDefinition on arn:aws:ecs:eu-west-3:123456789012:task-definition/sites-management-api:*; remove it (see docs/iam.md)",
    ],
    [
      `User: ${ROLE} is not authorized to perform: ecs:ListTasks on resource: * because no permissions boundary allows the ecs:ListTasks action`,
      "Missing IAM permission: add ecs:ListTasks on * to the role's permissions boundary (see docs/iam.md)",
    ],
    [
      `User: ${ROLE} is not authorized to perform: ecs:UpdateService on resource: arn:aws:ecs:r:1:service/c/s with an explicit deny in a service control policy`,
      'An explicit Deny in a service control policy refuses ecs:UpdateService on arn:aws:ecs:r:1:service/c/s; remove it (see docs/iam.md)',
    ],
    [
      `User: ${ROLE} is not authorized to perform: ecr-public:GetAuthorizationToken`,
      "Missing IAM permission: add ecr-public:GetAuthorizationToken to the role's policy (see docs/iam.md)",
    ],
  ])('%s', (text, expected) => {
    expect(permissionFix(parseIamDenial(text)!)).toBe(expected);
  });

  it('a warning says what is lost, then the fix', () => {
    expect(
      permissionWarning(parseIamDenial(implicit('ecs:ListTasks', '*'))!, 'Stopped-task reasons are lost'),
    ).toBe(
      "Stopped-task reasons are lost. Missing IAM permission: add ecs:ListTasks on * to the role's policy (see docs/iam.md)",
    );
  });
});

describe('accessDenial: the denial an AWS call failed with', () => {
  it.each([
    [
      'ECS / ECR Public (AccessDeniedException, HTTP 400)',
      sdkError('AccessDeniedException', implicit('ecs:ListTasks', '*'), 400),
    ],
    [
      'ELBv2 (AccessDenied, HTTP 403)',
      sdkError('AccessDenied', implicit('elasticloadbalancing:DescribeTargetHealth', '*'), 403),
    ],
    [
      'an ActionError wrapping one (awsError keeps the cause)',
      awsError(sdkError('AccessDeniedException', implicit('ecs:ListTasks', '*'), 400), 'listing tasks'),
    ],
  ])('%s', (_what, error) => {
    expect(accessDenial(error)?.action).toMatch(
      /^(ecs:ListTasks|elasticloadbalancing:DescribeTargetHealth)$/,
    );
  });

  it.each([
    ['another AWS error quoting the text', sdkError('ClientException', implicit('ecs:ListTasks', '*'), 400)],
    ['a plain error', new Error('socket hang up')],
    ['an ActionError without cause', new ActionError(implicit('ecs:ListTasks', '*'))],
    ['not an error', 'AccessDenied'],
  ])('none for %s', (_what, error) => {
    expect(accessDenial(error)).toBeUndefined();
  });
});

describe('awsError on a denial', () => {
  it.each([
    [
      'ECS',
      sdkError('AccessDeniedException', implicit('ecs:TagResource', TD), 400),
      "While registering task definition family sites-management-api: Missing IAM permission: add ecs:TagResource on arn:aws:ecs:eu-west-3:123456789012:task-definition/sites-management-api:* to the role's policy (see docs/iam.md). AWS said: AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/infra-actions-deploy/github-actions is not authorized",
    ],
    [
      'ELBv2',
      sdkError('AccessDenied', implicit('elasticloadbalancing:DescribeTargetHealth', '*'), 403),
      "While registering task definition family sites-management-api: Missing IAM permission: add elasticloadbalancing:DescribeTargetHealth on * to the role's policy (see docs/iam.md). AWS said: AccessDenied: User:",
    ],
  ])('names the permission and the fix (%s)', (_what, error, start) => {
    const message = awsError(error, 'registering task definition family sites-management-api').message;
    expect(message.startsWith(start)).toBe(true);
  });

  it('keeps the general hint when AWS names no permission', () => {
    expect(awsError(sdkError('AccessDeniedException', 'Access denied', 400), 'x').message).toBe(
      'While x: AccessDeniedException: Access denied Check that the role or user has the IAM permission for this call.',
    );
  });
});

describe('warnOnce', () => {
  it('prints each warning once per step, escaped, as a ::warning:: command', () => {
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: unknown) => written.push(String(chunk)) > 0) as typeof write;
    try {
      const first = `Target health is not checked. ${missing}\n::error::x`;
      warnOnce(first);
      warnOnce(first);
      warnOnce('another');
    } finally {
      process.stdout.write = write;
    }
    expect(written.filter((line) => line.startsWith('::warning::'))).toEqual([
      `::warning::Target health is not checked. ${missing}%0A\\::error::x\n`,
      '::warning::another\n',
    ]);
  });
});
