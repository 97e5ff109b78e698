// What IAM is asked for each implemented operation (emulator/iam/requests.ts over the real
// catalogue), as a table: operation and request in, [action, resource, context keys] out.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { ECR_PUBLIC_OPERATIONS } from '../../emulator/ecr-public.js';
import { CODEDEPLOY_OPERATIONS } from '../../emulator/codedeploy.js';
import { ECS_OPERATIONS } from '../../emulator/ecs.js';
import { ELBV2_OPERATIONS } from '../../emulator/elbv2.js';
import { loadCatalogue, type Catalogue } from '../../emulator/iam/catalogue.js';
import { requestsFor, tableActions } from '../../emulator/iam/requests.js';
import type { ServiceName } from '../../emulator/types.js';

const A = '123456789012';
const R = 'eu-west-3';
const ecs = (rest: string) => `arn:aws:ecs:${R}:${A}:${rest}`;
const CLUSTER = ecs('cluster/intrusion-detection');
const env = (region = R) => ({
  region,
  accountId: A,
  nextRevision: (family: string) => (family === 'idp' ? 4 : 1),
  deploymentGroupOf: (id: string) =>
    id === 'd-EXAMPLE1'
      ? { application: 'AppECS-intrusion-detection-idp-bg', group: 'DgpECS-intrusion-detection-idp-bg' }
      : undefined,
});

const CD = `arn:aws:codedeploy:${R}:${A}`;

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue(tableActions());
});

type Row = [ServiceName, string, Record<string, unknown>, [string, string, Record<string, unknown>?][]];
const rows: Row[] = [
  [
    'ecs',
    'RegisterTaskDefinition',
    { family: 'idp', executionRoleArn: `arn:aws:iam::${A}:role/exec`, taskRoleArn: 'app' },
    [
      ['ecs:RegisterTaskDefinition', ecs('task-definition/idp:4')],
      ['iam:PassRole', `arn:aws:iam::${A}:role/app`, { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' }],
      ['iam:PassRole', `arn:aws:iam::${A}:role/exec`, { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' }],
    ],
  ],
  [
    'ecs',
    'RegisterTaskDefinition',
    { family: 'web', tags: [{ key: 'a', value: '1' }] },
    [
      [
        'ecs:RegisterTaskDefinition',
        ecs('task-definition/web:1'),
        { 'aws:RequestTag/a': '1', 'aws:TagKeys': ['a'] },
      ],
      [
        'ecs:TagResource',
        ecs('task-definition/web:1'),
        { 'ecs:CreateAction': 'RegisterTaskDefinition', 'aws:RequestTag/a': '1', 'aws:TagKeys': ['a'] },
      ],
    ],
  ],
  ['ecs', 'RegisterTaskDefinition', {}, []],
  ['ecs', 'DescribeTaskDefinition', { taskDefinition: 'idp:1' }, [['ecs:DescribeTaskDefinition', '*']]],
  ['ecs', 'ListTaskDefinitions', {}, [['ecs:ListTaskDefinitions', '*']]],
  ['ecs', 'ListTaskDefinitionFamilies', {}, [['ecs:ListTaskDefinitionFamilies', '*']]],
  ['ecs', 'DeregisterTaskDefinition', { taskDefinition: 'idp:1' }, [['ecs:DeregisterTaskDefinition', '*']]],
  ['ecs', 'DescribeClusters', {}, [['ecs:DescribeClusters', ecs('cluster/default')]]],
  [
    'ecs',
    'DescribeClusters',
    { clusters: [CLUSTER, 'b'] },
    [
      ['ecs:DescribeClusters', CLUSTER],
      ['ecs:DescribeClusters', ecs('cluster/b')],
    ],
  ],
  ['ecs', 'ListClusters', {}, [['ecs:ListClusters', '*']]],
  [
    'ecs',
    'CreateService',
    { cluster: 'intrusion-detection', serviceName: 's', tags: [{ key: 'k', value: 'v' }] },
    [
      [
        'ecs:CreateService',
        ecs('service/intrusion-detection/s'),
        { 'ecs:cluster': CLUSTER, 'aws:RequestTag/k': 'v', 'aws:TagKeys': ['k'] },
      ],
      [
        'ecs:TagResource',
        ecs('service/intrusion-detection/s'),
        { 'ecs:CreateAction': 'CreateService', 'aws:RequestTag/k': 'v', 'aws:TagKeys': ['k'] },
      ],
    ],
  ],
  [
    'ecs',
    'DescribeServices',
    { cluster: CLUSTER, services: ['idp', ecs('service/intrusion-detection/web')] },
    [
      ['ecs:DescribeServices', ecs('service/intrusion-detection/idp'), { 'ecs:cluster': CLUSTER }],
      ['ecs:DescribeServices', ecs('service/intrusion-detection/web'), { 'ecs:cluster': CLUSTER }],
    ],
  ],
  [
    'ecs',
    'UpdateService',
    { cluster: 'intrusion-detection', service: 'idp' },
    [['ecs:UpdateService', ecs('service/intrusion-detection/idp'), { 'ecs:cluster': CLUSTER }]],
  ],
  ['ecs', 'UpdateService', { cluster: 'intrusion-detection' }, []],
  [
    'ecs',
    'DeleteService',
    { cluster: 'intrusion-detection', service: 'idp' },
    [['ecs:DeleteService', ecs('service/intrusion-detection/idp'), { 'ecs:cluster': CLUSTER }]],
  ],
  [
    'ecs',
    'ListServices',
    { cluster: 'intrusion-detection' },
    [['ecs:ListServices', '*', { 'ecs:cluster': CLUSTER }]],
  ],
  [
    'ecs',
    'ListTasks',
    { cluster: 'intrusion-detection', serviceName: 'idp' },
    [['ecs:ListTasks', '*', { 'ecs:cluster': CLUSTER }]],
  ],
  [
    'ecs',
    'DescribeTasks',
    { cluster: 'intrusion-detection', tasks: ['abc', ecs('task/intrusion-detection/def')] },
    [
      ['ecs:DescribeTasks', ecs('task/intrusion-detection/abc'), { 'ecs:cluster': CLUSTER }],
      ['ecs:DescribeTasks', ecs('task/intrusion-detection/def'), { 'ecs:cluster': CLUSTER }],
    ],
  ],
  [
    'ecs',
    'StopTask',
    { cluster: 'intrusion-detection', task: 'abc' },
    [['ecs:StopTask', ecs('task/intrusion-detection/abc'), { 'ecs:cluster': CLUSTER }]],
  ],
  [
    'ecs',
    'TagResource',
    { resourceArn: ecs('task-definition/idp:1'), tags: [{ key: 'k', value: 'v' }] },
    [['ecs:TagResource', ecs('task-definition/idp:1'), { 'aws:RequestTag/k': 'v', 'aws:TagKeys': ['k'] }]],
  ],
  [
    'ecs',
    'UntagResource',
    { resourceArn: CLUSTER, tagKeys: ['k'] },
    [['ecs:UntagResource', CLUSTER, { 'aws:TagKeys': ['k'] }]],
  ],
  ['ecs', 'ListTagsForResource', { resourceArn: CLUSTER }, [['ecs:ListTagsForResource', CLUSTER]]],
  [
    'ecs',
    'ListServiceDeployments',
    { cluster: 'intrusion-detection', service: 'idp' },
    [['ecs:ListServiceDeployments', ecs('service/intrusion-detection/idp'), { 'ecs:cluster': CLUSTER }]],
  ],
  [
    'ecs',
    'DescribeServiceDeployments',
    { serviceDeploymentArns: [ecs('service-deployment/intrusion-detection/idp/x1')] },
    [
      [
        'ecs:DescribeServiceDeployments',
        ecs('service/intrusion-detection/idp'),
        { 'ecs:cluster': CLUSTER, 'ecs:service': ecs('service/intrusion-detection/idp') },
      ],
      [
        'ecs:DescribeServiceDeployments',
        ecs('service-deployment/intrusion-detection/idp/x1'),
        { 'ecs:cluster': CLUSTER, 'ecs:service': ecs('service/intrusion-detection/idp') },
      ],
    ],
  ],
  [
    'ecs',
    'StopServiceDeployment',
    { serviceDeploymentArn: ecs('service-deployment/intrusion-detection/idp/x1'), stopType: 'ROLLBACK' },
    [
      [
        'ecs:StopServiceDeployment',
        ecs('service/intrusion-detection/idp'),
        { 'ecs:cluster': CLUSTER, 'ecs:service': ecs('service/intrusion-detection/idp') },
      ],
      [
        'ecs:StopServiceDeployment',
        ecs('service-deployment/intrusion-detection/idp/x1'),
        { 'ecs:cluster': CLUSTER, 'ecs:service': ecs('service/intrusion-detection/idp') },
      ],
    ],
  ],
  [
    'ecs',
    'DescribeServiceRevisions',
    { serviceRevisionArns: [ecs('service-revision/intrusion-detection/idp/42')] },
    [
      [
        'ecs:DescribeServiceRevisions',
        ecs('service/intrusion-detection/idp'),
        { 'ecs:cluster': CLUSTER, 'ecs:service': ecs('service/intrusion-detection/idp') },
      ],
      [
        'ecs:DescribeServiceRevisions',
        ecs('service-revision/intrusion-detection/idp/42'),
        { 'ecs:cluster': CLUSTER, 'ecs:service': ecs('service/intrusion-detection/idp') },
      ],
    ],
  ],
  [
    'ecr-public',
    'GetAuthorizationToken',
    {},
    [
      ['ecr-public:GetAuthorizationToken', '*'],
      ['sts:GetServiceBearerToken', '*', { 'sts:AWSServiceName': 'ecr-public.amazonaws.com' }],
    ],
  ],
  [
    'ecr-public',
    'DescribeRegistries',
    {},
    [['ecr-public:DescribeRegistries', `arn:aws:ecr-public::${A}:registry/${A}`]],
  ],
  [
    'ecr-public',
    'CreateRepository',
    { repositoryName: 'idp', tags: [{ Key: 'k', Value: 'v' }] },
    [
      [
        'ecr-public:CreateRepository',
        `arn:aws:ecr-public::${A}:repository/idp`,
        { 'aws:RequestTag/k': 'v', 'aws:TagKeys': ['k'] },
      ],
    ],
  ],
  ['ecr-public', 'DescribeRepositories', {}, [['ecr-public:DescribeRepositories', '*']]],
  [
    'ecr-public',
    'DescribeRepositories',
    { repositoryNames: ['idp'] },
    [['ecr-public:DescribeRepositories', `arn:aws:ecr-public::${A}:repository/idp`]],
  ],
  [
    'ecr-public',
    'DescribeImages',
    { repositoryName: 'idp' },
    [['ecr-public:DescribeImages', `arn:aws:ecr-public::${A}:repository/idp`]],
  ],
  [
    'ecr-public',
    'GetRepositoryCatalogData',
    { repositoryName: 'idp' },
    [['ecr-public:GetRepositoryCatalogData', `arn:aws:ecr-public::${A}:repository/idp`]],
  ],
  [
    'ecr-public',
    'TagResource',
    { resourceArn: `arn:aws:ecr-public::${A}:repository/idp`, tags: [] },
    [['ecr-public:TagResource', `arn:aws:ecr-public::${A}:repository/idp`]],
  ],
  [
    'ecr-public',
    'ListTagsForResource',
    { resourceArn: `arn:aws:ecr-public::${A}:repository/idp` },
    [['ecr-public:ListTagsForResource', `arn:aws:ecr-public::${A}:repository/idp`]],
  ],
  ['elbv2', 'DescribeTargetGroups', {}, [['elasticloadbalancing:DescribeTargetGroups', '*']]],
  [
    'elbv2',
    'DescribeTargetHealth',
    { TargetGroupArn: 'x' },
    [['elasticloadbalancing:DescribeTargetHealth', '*']],
  ],
  ['elbv2', 'DescribeLoadBalancers', {}, [['elasticloadbalancing:DescribeLoadBalancers', '*']]],
  ['elbv2', 'DescribeListeners', {}, [['elasticloadbalancing:DescribeListeners', '*']]],
  ['elbv2', 'DescribeRules', {}, [['elasticloadbalancing:DescribeRules', '*']]],
  [
    'elbv2',
    'DescribeTargetGroupAttributes',
    {},
    [['elasticloadbalancing:DescribeTargetGroupAttributes', '*']],
  ],
  [
    'ecs',
    'RunTask',
    {
      cluster: 'intrusion-detection',
      taskDefinition: 'idp:3',
      overrides: { taskRoleArn: 'arn:aws:iam::123456789012:role/migrator' },
      tags: [{ key: 'team', value: 'a' }],
    },
    [
      [
        'ecs:RunTask',
        `arn:aws:ecs:${R}:${A}:task-definition/idp:3`,
        { 'ecs:cluster': `arn:aws:ecs:${R}:${A}:cluster/intrusion-detection` },
      ],
      [
        'iam:PassRole',
        'arn:aws:iam::123456789012:role/migrator',
        { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
      ],
      [
        'ecs:TagResource',
        `arn:aws:ecs:${R}:${A}:task/intrusion-detection/*`,
        { 'ecs:CreateAction': 'RunTask', 'aws:RequestTag/team': 'a', 'aws:TagKeys': ['team'] },
      ],
    ],
  ],
  [
    'codedeploy',
    'GetApplication',
    { applicationName: 'App' },
    [['codedeploy:GetApplication', `${CD}:application:App`]],
  ],
  ...(['GetDeploymentGroup', 'CreateDeployment', 'ListDeployments'] as const).map((op): Row => [
    'codedeploy',
    op,
    { applicationName: 'App', deploymentGroupName: 'Dg' },
    [[`codedeploy:${op}`, `${CD}:deploymentgroup:App/Dg`]],
  ]),
  [
    'codedeploy',
    'GetDeployment',
    { deploymentId: 'd-EXAMPLE1' },
    [
      [
        'codedeploy:GetDeployment',
        `${CD}:deploymentgroup:AppECS-intrusion-detection-idp-bg/DgpECS-intrusion-detection-idp-bg`,
      ],
    ],
  ],
  ['codedeploy', 'GetDeployment', { deploymentId: 'd-UNKNOWN' }, []],
  ['codedeploy', 'StopDeployment', { deploymentId: 'd-EXAMPLE1' }, [['codedeploy:StopDeployment', '*']]],
];

describe('requestsFor', () => {
  it.each(rows)('%s %s %j', (service, operation, params, expected) => {
    const region = service === 'ecr-public' ? 'us-east-1' : R;
    const got = requestsFor(catalogue, service, operation, params, env(region));
    expect(got).toEqual(
      expected.map(([action, resource, context]) => ({
        action,
        resource,
        context: { 'aws:RequestedRegion': region, ...(context ?? {}) },
      })),
    );
  });

  it('has a row for every implemented operation', () => {
    const covered = new Set(rows.map(([service, op]) => `${service} ${op}`));
    const implemented = [
      ...ECS_OPERATIONS.map((op) => `ecs ${op}`),
      ...ECR_PUBLIC_OPERATIONS.map((op) => `ecr-public ${op}`),
      ...ELBV2_OPERATIONS.map((op) => `elbv2 ${op}`),
      ...CODEDEPLOY_OPERATIONS.map((op) => `codedeploy ${op}`),
    ];
    expect(implemented.filter((op) => !covered.has(op))).toEqual([]);
  });
});
