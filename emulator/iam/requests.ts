/**
 * What IAM is asked for each operation the emulator implements: one table per service, from the
 * operation to the names its request gives for the resource ARN(s) (or the ARN it gives), and the
 * further actions AWS authorises for the same call. The catalogue (catalogue.ts) supplies the
 * resource types and ARN templates of each action, and the condition keys it supports: a request
 * carries only those (plus aws:RequestedRegion).
 *
 * The order is the order AWS reports the first denial in: the operation's own action, then
 * iam:PassRole, then ecs:TagResource / sts:GetServiceBearerToken.
 * Sources: the Service Authorization Reference pages of Amazon ECS, Amazon ECR Public, Elastic Load
 * Balancing V2, IAM and STS (through the catalogue); "Grant permission to tag resources on creation"
 * (ECS Developer Guide: RegisterTaskDefinition/CreateService with tags also need ecs:TagResource,
 * with ecs:CreateAction); "Amazon ECS task execution IAM role" and "Task IAM role" (iam:PassRole
 * with iam:PassedToService = ecs-tasks.amazonaws.com); "Using Amazon ECR Public with the AWS CLI"
 * (GetAuthorizationToken needs sts:GetServiceBearerToken as well).
 */
import { clusterName, serviceName } from '../ecs.js';
import type { ServiceName } from '../types.js';
import { fillArn, supportsKey, type Catalogue } from './catalogue.js';
import type { RequestContext } from './conditions.js';
import type { IamRequest } from './policy.js';

type Params = Record<string, any>;
type Names = Record<string, string>;

/** What the request tables need to know of the world. */
export interface RequestEnv {
  /** the region the request is signed for */
  region: string;
  accountId: string;
  /** the revision RegisterTaskDefinition would create for a family */
  nextRevision(family: string): number;
  /** the application and deployment group of a CodeDeploy deployment id, when it exists */
  deploymentGroupOf(deploymentId: string): { application: string; group: string } | undefined;
}

/**
 * One authorisation to ask for: `action` (default: the operation's own) on the ARN(s) its resource
 * types make of `names`, or on `arn` as the request gives it, or on `*` when neither is set (or
 * the catalogue lists no resource type for the action).
 */
interface Draft {
  action?: string;
  names?: Names;
  arn?: string;
  context?: RequestContext;
}

/**
 * The drafts of a request. An empty list means the request does not name its resource (a missing
 * or malformed member): AWS validates the request before authorising it, so the operation's own
 * validation error answers.
 */
type Rule = (p: Params, env: RequestEnv) => Draft[];

/** IAM's service prefix of each emulated service. */
export const IAM_PREFIXES: Record<ServiceName, string> = {
  ecs: 'ecs',
  'ecr-public': 'ecr-public',
  elbv2: 'elasticloadbalancing',
  codedeploy: 'codedeploy',
};

/** Actions asked for besides the operations' own (loaded into the catalogue with them). */
const FURTHER_ACTIONS = ['iam:PassRole', 'sts:GetServiceBearerToken'];

// ------------------------------------------------------------------ helpers for the tables

const wildcard: Rule = () => [{}];

/** A draft on the named resource, or none when a name is missing (the operation's validation answers). */
function named(names: Record<string, unknown>, context?: RequestContext): Draft[] {
  if (Object.values(names).some((v) => typeof v !== 'string' || v.length === 0)) return [];
  return [{ names: names as Names, context }];
}

function each(list: unknown, draft: (item: string) => Draft[]): Draft[] {
  return Array.isArray(list) ? list.flatMap((item) => draft(String(item))) : [];
}

function byArn(arn: unknown, context?: RequestContext): Draft[] {
  return typeof arn === 'string' && arn.length > 0 ? [{ arn, context }] : [];
}

function ecsClusterArn(env: RequestEnv, name: string): string {
  return `arn:aws:ecs:${env.region}:${env.accountId}:cluster/${name}`;
}

/** ECS names plus the context keys they imply: ecs:cluster (the cluster ARN), ecs:service (the service ARN). */
function ecs(env: RequestEnv, names: Record<string, unknown>, context: RequestContext = {}): Draft[] {
  const extra: RequestContext = {};
  if (typeof names.ClusterName === 'string') extra['ecs:cluster'] = ecsClusterArn(env, names.ClusterName);
  if (typeof names.ClusterName === 'string' && typeof names.ServiceName === 'string')
    extra['ecs:service'] =
      `arn:aws:ecs:${env.region}:${env.accountId}:service/${names.ClusterName}/${names.ServiceName}`;
  return named(names, { ...extra, ...context });
}

/** An ECS ARN of `kind` split into the names of its template, e.g. service-deployment/<C>/<S>/<id>. */
function ecsArnNames(arn: string, kind: string, keys: string[]): Names | undefined {
  const m = arn.match(new RegExp(`^arn:aws[a-z-]*:ecs:[^:]+:\\d{12}:${kind}/(.+)$`));
  const parts = m?.[1].split('/');
  if (!parts || parts.length !== keys.length) return undefined;
  return Object.fromEntries(keys.map((k, i) => [k, parts[i]]));
}

function taskId(ref: string): string {
  return ref.split('/').pop()!;
}

/** aws:RequestTag/<key> and aws:TagKeys of the tags a request sets (ECS `{key, value}`, ECR Public `{Key, Value}`). */
function tagContext(tags: unknown): RequestContext {
  if (!Array.isArray(tags) || tags.length === 0) return {};
  const context: RequestContext = {};
  const keys: string[] = [];
  for (const t of tags) {
    const key = t?.key ?? t?.Key;
    if (typeof key !== 'string') continue;
    keys.push(key);
    context[`aws:RequestTag/${key}`] = String(t?.value ?? t?.Value ?? '');
  }
  context['aws:TagKeys'] = keys;
  return context;
}

/** Tags given at creation are also authorised as ecs:TagResource on the new resource, with ecs:CreateAction. */
function tagOnCreate(operation: string, p: Params, own: Draft[]): Draft[] {
  if (!Array.isArray(p.tags) || p.tags.length === 0) return [];
  return own.map((d) => ({
    action: 'ecs:TagResource',
    names: d.names,
    context: { 'ecs:CreateAction': operation, ...tagContext(p.tags) },
  }));
}

/** iam:PassRole on each role the request hands to a service (a role name means a role of the account). */
function passRoles(p: Params, env: RequestEnv, members: string[], toService: string): Draft[] {
  return members
    .map((m) => p[m])
    .filter((role): role is string => typeof role === 'string' && role.length > 0)
    .map((role) => ({
      action: 'iam:PassRole',
      ...(role.startsWith('arn:') ? { arn: role } : { names: { RoleNameWithPath: role } }),
      context: { 'iam:PassedToService': toService },
    }));
}

// ------------------------------------------------------------------ the tables

const ECS_RULES: Record<string, Rule> = {
  RegisterTaskDefinition(p, env) {
    const own = named(
      {
        TaskDefinitionFamilyName: p.family,
        TaskDefinitionRevisionNumber:
          typeof p.family === 'string' ? String(env.nextRevision(p.family)) : undefined,
      },
      tagContext(p.tags),
    );
    if (own.length === 0) return [];
    return [
      ...own,
      ...passRoles(p, env, ['taskRoleArn', 'executionRoleArn'], 'ecs-tasks.amazonaws.com'),
      ...tagOnCreate('RegisterTaskDefinition', p, own),
    ];
  },
  /**
   * RunTask is authorised on the task definition it runs (family:revision; a bare family means its
   * latest revision, which the ARN template cannot name, so `<family>:*`), with ecs:cluster; roles
   * in the overrides are passed to ECS tasks; tags are authorised as ecs:TagResource on the tasks
   * being created (`task/<cluster>/*`: their ids do not exist yet).
   */
  RunTask(p, env) {
    const ref = typeof p.taskDefinition === 'string' ? p.taskDefinition : '';
    const match = ref.match(/(?:task-definition\/)?([A-Za-z0-9_-]+)(?::(\d+))?$/);
    if (!match) return [];
    const cluster = clusterName(p.cluster ?? 'default');
    const own = named(
      { TaskDefinitionFamilyName: match[1], TaskDefinitionRevisionNumber: match[2] ?? '*' },
      { 'ecs:cluster': ecsClusterArn(env, cluster) },
    );
    const tasks = `arn:aws:ecs:${env.region}:${env.accountId}:task/${cluster}/*`;
    return [
      ...own,
      ...passRoles(p.overrides ?? {}, env, ['taskRoleArn', 'executionRoleArn'], 'ecs-tasks.amazonaws.com'),
      ...(Array.isArray(p.tags) && p.tags.length > 0
        ? [
            {
              action: 'ecs:TagResource',
              arn: tasks,
              context: { 'ecs:CreateAction': 'RunTask', ...tagContext(p.tags) },
            },
          ]
        : []),
    ];
  },
  DescribeTaskDefinition: wildcard,
  ListTaskDefinitions: wildcard,
  ListTaskDefinitionFamilies: wildcard,
  DeregisterTaskDefinition: wildcard,
  DescribeClusters: (p, env) =>
    each(p.clusters ?? ['default'], (c) => ecs(env, { ClusterName: clusterName(c) })),
  ListClusters: wildcard,
  CreateService(p, env) {
    const own = ecs(
      env,
      { ClusterName: clusterName(p.cluster), ServiceName: p.serviceName },
      tagContext(p.tags),
    );
    return [...own, ...tagOnCreate('CreateService', p, own)];
  },
  DescribeServices: (p, env) =>
    each(p.services, (s) => ecs(env, { ClusterName: clusterName(p.cluster), ServiceName: serviceName(s) })),
  UpdateService: (p, env) =>
    ecs(env, { ClusterName: clusterName(p.cluster), ServiceName: p.service && serviceName(p.service) }),
  DeleteService: (p, env) =>
    ecs(env, { ClusterName: clusterName(p.cluster), ServiceName: p.service && serviceName(p.service) }),
  ListServices: (p, env) => [{ context: { 'ecs:cluster': ecsClusterArn(env, clusterName(p.cluster)) } }],
  // The catalogue's resource type is a container instance, which Fargate tasks have none of: the
  // request names no resource, so it is authorised on `*`, with the cluster as a condition key.
  ListTasks: (p, env) => [{ context: { 'ecs:cluster': ecsClusterArn(env, clusterName(p.cluster)) } }],
  DescribeTasks: (p, env) =>
    each(p.tasks, (t) => ecs(env, { ClusterName: clusterName(p.cluster), TaskId: taskId(t) })),
  StopTask: (p, env) =>
    ecs(env, {
      ClusterName: clusterName(p.cluster),
      TaskId: typeof p.task === 'string' ? taskId(p.task) : undefined,
    }),
  TagResource: (p) => byArn(p.resourceArn, tagContext(p.tags)),
  UntagResource: (p) =>
    byArn(p.resourceArn, Array.isArray(p.tagKeys) ? { 'aws:TagKeys': p.tagKeys.map(String) } : {}),
  ListTagsForResource: (p) => byArn(p.resourceArn),
  ListServiceDeployments: (p, env) =>
    ecs(env, { ClusterName: clusterName(p.cluster), ServiceName: p.service && serviceName(p.service) }),
  DescribeServiceDeployments: (p, env) =>
    each(p.serviceDeploymentArns, (arn) => {
      const names = ecsArnNames(arn, 'service-deployment', [
        'ClusterName',
        'ServiceName',
        'ServiceDeploymentId',
      ]);
      return names ? ecs(env, names) : [];
    }),
  // the catalogue names two resource types: the service and the service deployment
  StopServiceDeployment(p, env) {
    const names =
      typeof p.serviceDeploymentArn === 'string'
        ? ecsArnNames(p.serviceDeploymentArn, 'service-deployment', [
            'ClusterName',
            'ServiceName',
            'ServiceDeploymentId',
          ])
        : undefined;
    return names ? ecs(env, names) : [];
  },
  DescribeServiceRevisions: (p, env) =>
    each(p.serviceRevisionArns, (arn) => {
      const names = ecsArnNames(arn, 'service-revision', ['ClusterName', 'ServiceName', 'ServiceRevisionId']);
      return names ? ecs(env, names) : [];
    }),
};

const ECR_PUBLIC_RULES: Record<string, Rule> = {
  GetAuthorizationToken: () => [
    {},
    { action: 'sts:GetServiceBearerToken', context: { 'sts:AWSServiceName': 'ecr-public.amazonaws.com' } },
  ],
  DescribeRegistries: (_p, env) => named({ RegistryId: env.accountId }),
  CreateRepository: (p) => named({ RepositoryName: p.repositoryName }, tagContext(p.tags)),
  // without repositoryNames it lists the registry's repositories: no repository is named
  DescribeRepositories: (p) =>
    Array.isArray(p.repositoryNames) && p.repositoryNames.length > 0
      ? each(p.repositoryNames, (name) => named({ RepositoryName: name }))
      : [{}],
  DescribeImages: (p) => named({ RepositoryName: p.repositoryName }),
  GetRepositoryCatalogData: (p) => named({ RepositoryName: p.repositoryName }),
  TagResource: (p) => byArn(p.resourceArn, tagContext(p.tags)),
  ListTagsForResource: (p) => byArn(p.resourceArn),
};

/** ELBv2's Describe* actions support no resource-level permissions: all on `*`. */
const ELBV2_RULES: Record<string, Rule> = {
  DescribeTargetGroups: wildcard,
  DescribeTargetHealth: wildcard,
  DescribeLoadBalancers: wildcard,
  DescribeTargetGroupAttributes: wildcard,
  DescribeListeners: wildcard,
  DescribeRules: wildcard,
};

/**
 * CodeDeploy authorises on the deployment group (application for GetApplication); a call that names
 * a deployment id is authorised on the group that deployment belongs to. StopDeployment has no
 * resource type in the catalogue. Not emulated: the further checks CreateDeployment may make
 * (codedeploy:GetDeploymentConfig, RegisterApplicationRevision), for want of a source that says so.
 */
function deploymentGroup(application: unknown, group: unknown): Draft[] {
  return named({ ApplicationName: application, DeploymentGroupName: group });
}

const CODEDEPLOY_RULES: Record<string, Rule> = {
  GetApplication: (p) => named({ ApplicationName: p.applicationName }),
  GetDeploymentGroup: (p) => deploymentGroup(p.applicationName, p.deploymentGroupName),
  CreateDeployment: (p) => deploymentGroup(p.applicationName, p.deploymentGroupName),
  ListDeployments: (p) => deploymentGroup(p.applicationName, p.deploymentGroupName),
  GetDeployment: (p, env) => {
    const owner = typeof p.deploymentId === 'string' ? env.deploymentGroupOf(p.deploymentId) : undefined;
    // an unknown id: the operation's own DeploymentDoesNotExistException answers
    return owner ? deploymentGroup(owner.application, owner.group) : [];
  },
  StopDeployment: wildcard,
};

const RULES: Record<ServiceName, Record<string, Rule>> = {
  ecs: ECS_RULES,
  'ecr-public': ECR_PUBLIC_RULES,
  elbv2: ELBV2_RULES,
  codedeploy: CODEDEPLOY_RULES,
};

// ------------------------------------------------------------------ use

/** Every action the tables can ask for, to load from the catalogue. */
export function tableActions(): string[] {
  const own = (Object.keys(RULES) as ServiceName[]).flatMap((service) =>
    Object.keys(RULES[service]).map((op) => `${IAM_PREFIXES[service]}:${op}`),
  );
  return [...new Set([...own, ...FURTHER_ACTIONS])];
}

/** Throws naming every implemented operation that has no entry in its service's table. */
export function checkRequestTables(implemented: Record<ServiceName, string[]>): void {
  const missing = (Object.keys(implemented) as ServiceName[]).flatMap((service) =>
    implemented[service].filter((op) => !RULES[service][op]).map((op) => `${service} ${op}`),
  );
  if (missing.length > 0)
    throw new Error(
      `emulator/iam: no authorisation entry for ${missing.join(', ')}: add it to the tables in emulator/iam/requests.ts`,
    );
}

/** The authorisations one request needs, in the order AWS reports the first denial in. */
export function requestsFor(
  catalogue: Catalogue,
  service: ServiceName,
  operation: string,
  params: Params,
  env: RequestEnv,
): IamRequest[] {
  const rule = RULES[service][operation];
  if (!rule) return []; // not an implemented operation: the service answers UnknownOperation
  const ownAction = `${IAM_PREFIXES[service]}:${operation}`;
  return rule(params ?? {}, env).flatMap((draft) =>
    resolve(catalogue, draft.action ?? ownAction, draft, env),
  );
}

function resolve(catalogue: Catalogue, action: string, draft: Draft, env: RequestEnv): IamRequest[] {
  const entry = catalogue.get(action.toLowerCase());
  if (!entry) throw new Error(`emulator/iam: ${action} was not loaded from the catalogue`);
  const context: RequestContext = { 'aws:RequestedRegion': env.region };
  for (const [k, v] of Object.entries(draft.context ?? {})) if (supportsKey(entry, k)) context[k] = v;
  const request = (resource: string): IamRequest => ({ action: entry.action, resource, context });
  if (draft.arn !== undefined) return [request(draft.arn)];
  if (!draft.names || entry.resourceTypes.length === 0) return [request('*')];
  const required = entry.resourceTypes.filter((t) => t.required);
  if (required.length > 0)
    return required.map((t) => {
      const arn = fillArn(t.arn, draft.names!, env);
      if (arn === undefined)
        throw new Error(
          `emulator/iam: ${action} needs the names of ${t.arn}, the table gives ${JSON.stringify(draft.names)}`,
        );
      return request(arn);
    });
  // only optional resource types (DescribeRepositories, ecs:TagResource): the type the names are of
  // exactly (a service's names would also fill the cluster template)
  const given = Object.keys(draft.names).sort().join(',');
  const own = (template: string) =>
    [...template.matchAll(/\$\{(\w+)\}/g)]
      .map((m) => m[1])
      .filter((k) => !['Partition', 'Region', 'Account'].includes(k))
      .sort()
      .join(',');
  const arns = entry.resourceTypes
    .filter((t) => own(t.arn) === given)
    .map((t) => fillArn(t.arn, draft.names!, env)!);
  return arns.length > 0 ? arns.map(request) : [request('*')];
}
