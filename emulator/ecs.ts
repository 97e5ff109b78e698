/** ECS API (awsJson1_1, X-Amz-Target: AmazonEC2ContainerServiceV20141113.<Operation>). */
import {
  findTaskDefinition,
  registerTaskDefinition,
  taskDefinitionOutput,
  validateTags,
} from './ecs-taskdef.js';
import { LAUNCH_TYPES, runTask } from './ecs-run-task.js';
import {
  activateAdvancedConfiguration,
  stopServiceDeployment,
  strategyOut,
  trafficWeights,
  validateAdvancedConfiguration,
  validateStrategyConfiguration,
  withAdvancedConfiguration,
} from './ecs-strategies.js';
import { createDeployment, reconcile, serviceTasks, stopTask, svcEvent } from './ecs-sim.js';
import { taskSetOut } from './ecs-tasksets.js';
import type {
  ClusterRecord,
  DeploymentRecord,
  LoadBalancerRef,
  RegionState,
  ServiceDeploymentRecord,
  ServiceRecord,
  Tag,
  TaskRecord,
} from './types.js';
import { AwsError, clone, compact, epochSeconds, pageOf } from './util.js';
import type { World } from './world.js';

type Params = Record<string, any>;
type Handler = (world: World, region: RegionState, params: Params) => unknown;

// ------------------------------------------------------------------ lookups

/** The cluster name a request's `cluster` (name or ARN) means; ECS's `default` when absent. */
export function clusterName(ref: unknown): string {
  if (ref === undefined || ref === null || ref === '') return 'default';
  const s = String(ref);
  const m = s.match(/^arn:aws[a-z-]*:ecs:[^:]+:\d{12}:cluster\/(.+)$/);
  return m ? m[1] : s;
}

function getCluster(region: RegionState, ref: unknown): ClusterRecord {
  const c = region.clusters[clusterName(ref)];
  if (!c || c.status !== 'ACTIVE') throw new AwsError('ClusterNotFoundException', 'Cluster not found.');
  return c;
}

/** The service name a request's `service` (name or ARN) means. */
export function serviceName(ref: unknown): string {
  const s = String(ref ?? '');
  const m = s.match(/^arn:aws[a-z-]*:ecs:[^:]+:\d{12}:service\/(?:[^/]+\/)?([^/]+)$/);
  return m ? m[1] : s;
}

function getService(cluster: ClusterRecord, ref: unknown): ServiceRecord {
  if (ref === undefined || ref === null || ref === '')
    throw new AwsError('InvalidParameterException', 'Service name or ARN must be specified.');
  const svc = cluster.services[serviceName(ref)];
  if (!svc) throw new AwsError('ServiceNotFoundException', 'Service not found.');
  return svc;
}

function resolveTaskDefinitionForService(region: RegionState, ref: unknown) {
  if (typeof ref !== 'string' || ref.length === 0)
    throw new AwsError('InvalidParameterException', 'TaskDefinition must be specified.');
  const td = findTaskDefinition(region, ref);
  if (!td) throw new AwsError('InvalidParameterException', 'TaskDefinition not found.');
  if (td.status !== 'ACTIVE') throw new AwsError('InvalidParameterException', 'TaskDefinition is inactive');
  return td;
}

function requireString(params: Params, name: string, code = 'InvalidParameterException'): string {
  const v = params[name];
  if (typeof v !== 'string' || v.length === 0) throw new AwsError(code, `${name} must be specified.`);
  return v;
}

const ARNS_LIMIT = { max: 20, tooMany: 'You can specify a maximum of 20 ARNs.' };

/** How many items each Describe* call takes at a time, and ECS's messages for an empty or long list. */
const LIST_LIMITS = {
  services: {
    max: 10,
    empty: 'Services cannot be empty.',
    tooMany: 'Cannot describe more than 10 services at a time.',
  },
  tasks: {
    max: 100,
    empty: 'Tasks cannot be empty.',
    tooMany: 'Cannot describe more than 100 tasks at a time.',
  },
  serviceDeploymentArns: { ...ARNS_LIMIT, empty: 'serviceDeploymentArns cannot be empty.' },
  serviceRevisionArns: { ...ARNS_LIMIT, empty: 'serviceRevisionArns cannot be empty.' },
};

/** A list parameter of a Describe* call: not empty, and no longer than ECS takes at a time. */
function listParameter(params: Params, name: keyof typeof LIST_LIMITS): any[] {
  const value = params[name];
  const { max, empty, tooMany } = LIST_LIMITS[name];
  if (!Array.isArray(value) || value.length === 0) throw new AwsError('InvalidParameterException', empty);
  if (value.length > max) throw new AwsError('InvalidParameterException', tooMany);
  return value;
}

function paginate<T>(items: T[], params: Params, max = 100): { page: T[]; nextToken?: string } {
  const maxResults = params.maxResults ?? max;
  if (typeof maxResults !== 'number' || maxResults < 1 || maxResults > max)
    throw new AwsError('InvalidParameterException', `maxResults must be between 1 and ${max}.`);
  const { page, next } = pageOf(
    items,
    maxResults,
    params.nextToken,
    () => new AwsError('InvalidParameterException', 'Invalid nextToken.'),
  );
  return { page, nextToken: next };
}

/**
 * ListServices' and ListTasks' `launchType` and ListServices' `schedulingStrategy` filters
 * (API_ListServices, API_ListTasks: LaunchType EC2 | FARGATE | EXTERNAL | MANAGED_INSTANCES,
 * SchedulingStrategy REPLICA | DAEMON); a value outside the enum is refused, not ignored.
 */
function enumFilter(params: Params, name: string, values: readonly string[]): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !values.includes(value))
    throw new AwsError('InvalidParameterException', `${name} must be one of ${values.join(', ')}.`);
  return value;
}

const SCHEDULING_STRATEGIES = ['REPLICA', 'DAEMON'] as const;

// ------------------------------------------------------------------ outputs

/**
 * UpdateService's volumeConfigurations, checked as ECS does before anything changes
 * (API_ServiceVolumeConfiguration / API_ServiceManagedEBSVolumeConfiguration: `name` required
 * and naming a task definition volume with configuredAtLaunch; `roleArn` required; filesystemType
 * one of TaskFilesystemType; EBSTagSpecification.resourceType `volume`). The messages are ours.
 */
function validateVolumeConfigurations(value: unknown, taskDefinition: Params): Params[] {
  const invalid = (message: string) => new AwsError('InvalidParameterException', message);
  if (!Array.isArray(value)) throw invalid('volumeConfigurations must be a list.');
  const volumes: Params[] = Array.isArray(taskDefinition.volumes) ? taskDefinition.volumes : [];
  return value.map((configuration: Params) => {
    const name = configuration?.name;
    if (typeof name !== 'string' || !name) throw invalid('volumeConfigurations.name must be specified.');
    const volume = volumes.find((v) => v.name === name);
    if (!volume || volume.configuredAtLaunch !== true)
      throw invalid(
        `The volume '${name}' is not a volume of the task definition that is configured at launch (configuredAtLaunch).`,
      );
    const ebs = configuration.managedEBSVolume;
    if (ebs === undefined)
      throw invalid(`volumeConfigurations '${name}': managedEBSVolume must be specified.`);
    if (typeof ebs?.roleArn !== 'string' || !/^arn:aws[a-z-]*:iam::\d{12}:role\//.test(ebs.roleArn))
      throw invalid(`managedEBSVolume.roleArn must be a valid IAM role ARN.`);
    if (ebs.filesystemType !== undefined && !['ext3', 'ext4', 'xfs', 'ntfs'].includes(ebs.filesystemType))
      throw invalid(`managedEBSVolume.filesystemType '${ebs.filesystemType}' is not valid.`);
    for (const number of ['sizeInGiB', 'iops', 'throughput', 'volumeInitializationRate'])
      if (ebs[number] !== undefined && (!Number.isInteger(ebs[number]) || ebs[number] < 0))
        throw invalid(`managedEBSVolume.${number} must be a non-negative integer.`);
    for (const spec of ebs.tagSpecifications ?? [])
      if (spec?.resourceType !== 'volume')
        throw invalid('managedEBSVolume.tagSpecifications.resourceType must be volume.');
    return clone({ name, managedEBSVolume: ebs });
  });
}

function tagsOut(tags: Tag[]): Tag[] {
  return tags.map((t) => ({ key: t.key, value: t.value }));
}

function deploymentOut(region: RegionState, svc: ServiceRecord, d: DeploymentRecord): Params {
  const tasks = serviceTasks(region, svc, d.id).filter((t) => t.desiredStatus === 'RUNNING');
  return compact({
    id: d.id,
    status: d.status,
    taskDefinition: d.taskDefinition,
    desiredCount: d.status === 'PRIMARY' ? d.desiredCount : tasks.length,
    pendingCount: tasks.filter((t) => t.lastStatus !== 'RUNNING').length,
    runningCount: serviceTasks(region, svc, d.id).filter((t) => t.lastStatus === 'RUNNING').length,
    failedTasks: d.failedTasks,
    createdAt: epochSeconds(d.createdAt),
    updatedAt: epochSeconds(d.updatedAt),
    launchType: d.launchType,
    platformVersion: d.platformVersion,
    platformFamily: 'Linux',
    networkConfiguration: d.networkConfiguration,
    volumeConfigurations: d.volumeConfigurations,
    rolloutState: d.rolloutState,
    rolloutStateReason: d.rolloutStateReason,
  });
}

function serviceOut(region: RegionState, svc: ServiceRecord, includeTags = false): Params {
  const tasks = serviceTasks(region, svc);
  const primary = svc.deployments[0];
  // A blue/green service reports task sets instead of deployments (ECS API reference, Service).
  const taskSets = svc.deploymentController === 'CODE_DEPLOY';
  return compact({
    serviceArn: svc.arn,
    serviceName: svc.name,
    clusterArn: svc.clusterArn,
    loadBalancers: svc.loadBalancers.map((lb) => ({ ...lb })),
    serviceRegistries: [],
    status: svc.status,
    desiredCount: svc.desiredCount,
    runningCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
    pendingCount: tasks.filter((t) => t.desiredStatus === 'RUNNING' && t.lastStatus !== 'RUNNING').length,
    launchType: svc.launchType,
    platformVersion: svc.platformVersion,
    platformFamily: svc.platformFamily,
    taskDefinition: primary?.taskDefinition,
    deploymentConfiguration: clone(svc.deploymentConfiguration),
    deployments: taskSets ? [] : svc.deployments.map((d) => deploymentOut(region, svc, d)),
    taskSets: taskSets ? svc.deployments.map((d) => taskSetOut(region, svc, d)) : undefined,
    roleArn: `arn:aws:iam::${svc.arn.split(':')[4]}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
    events: svc.events.map((e) => ({ id: e.id, createdAt: epochSeconds(e.createdAt), message: e.message })),
    createdAt: epochSeconds(svc.createdAt),
    currentServiceDeployment: taskSets ? undefined : primary?.serviceDeploymentArn,
    currentServiceRevisions: (taskSets ? [] : svc.deployments).map((d) => {
      const ts = serviceTasks(region, svc, d.id).filter((t) => t.desiredStatus === 'RUNNING');
      return {
        arn: d.serviceRevisionArn,
        requestedTaskCount: d.status === 'PRIMARY' ? d.desiredCount : ts.length,
        runningTaskCount: ts.filter((t) => t.lastStatus === 'RUNNING').length,
        pendingTaskCount: ts.filter((t) => t.lastStatus !== 'RUNNING').length,
      };
    }),
    placementConstraints: [],
    placementStrategy: [],
    networkConfiguration: clone(svc.networkConfiguration),
    healthCheckGracePeriodSeconds: svc.healthCheckGracePeriodSeconds,
    schedulingStrategy: svc.schedulingStrategy,
    deploymentController: { type: svc.deploymentController },
    tags: includeTags ? tagsOut(svc.tags) : undefined,
    createdBy: svc.createdBy,
    enableECSManagedTags: svc.enableECSManagedTags,
    propagateTags: svc.propagateTags,
    enableExecuteCommand: svc.enableExecuteCommand,
    availabilityZoneRebalancing: 'ENABLED',
  });
}

function taskOut(world: World, region: RegionState, t: TaskRecord, includeTags = false): Params {
  return compact({
    attachments: [
      {
        id: t.attachmentId,
        type: 'ElasticNetworkInterface',
        status:
          t.lastStatus === 'STOPPED'
            ? 'DELETED'
            : t.lastStatus === 'PROVISIONING'
              ? 'PRECREATED'
              : 'ATTACHED',
        details: [
          { name: 'subnetId', value: t.subnetId },
          { name: 'networkInterfaceId', value: t.eniId },
          { name: 'macAddress', value: '0a:' + t.eniId.slice(-10).match(/../g)!.join(':') },
          { name: 'privateDnsName', value: `ip-${t.ip.replace(/\./g, '-')}.${region.name}.compute.internal` },
          { name: 'privateIPv4Address', value: t.ip },
        ],
      },
    ],
    attributes: [{ name: 'ecs.cpu-architecture', value: 'x86_64' }],
    availabilityZone: t.availabilityZone,
    clusterArn: `arn:aws:ecs:${region.name}:${world.state.accountId}:cluster/${t.clusterName}`,
    connectivity: t.connectivityAt !== undefined ? 'CONNECTED' : undefined,
    connectivityAt: epochSeconds(t.connectivityAt),
    containers: t.containers.map((c) =>
      compact({
        containerArn: c.containerArn,
        taskArn: t.arn,
        name: c.name,
        image: c.image,
        runtimeId: c.runtimeId,
        lastStatus: c.lastStatus,
        exitCode: c.exitCode,
        reason: c.reason,
        networkBindings: [],
        networkInterfaces: [{ attachmentId: t.attachmentId, privateIpv4Address: t.ip }],
        healthStatus: c.healthStatus,
        cpu: c.cpu,
        memory: c.memory,
      }),
    ),
    cpu: t.cpu,
    createdAt: epochSeconds(t.createdAt),
    desiredStatus: t.desiredStatus,
    enableExecuteCommand: false,
    executionStoppedAt: epochSeconds(t.executionStoppedAt),
    group: t.serviceName
      ? `service:${t.serviceName}`
      : (t.group ?? 'family:' + t.taskDefinitionArn.split('/')[1].split(':')[0]),
    healthStatus: t.healthStatus,
    lastStatus: t.lastStatus,
    launchType: t.launchType,
    memory: t.memory,
    overrides: {
      containerOverrides: t.containerOverrides ?? t.containers.map((c) => ({ name: c.name })),
      inferenceAcceleratorOverrides: [],
    },
    capacityProviderName: t.capacityProviderName,
    platformVersion: t.platformVersion,
    platformFamily: 'Linux',
    pullStartedAt: epochSeconds(t.pullStartedAt),
    pullStoppedAt: epochSeconds(t.pullStoppedAt),
    startedAt: epochSeconds(t.startedAt),
    startedBy: t.startedBy ?? t.deploymentId,
    stopCode: t.stopCode,
    stoppedAt: epochSeconds(t.stoppedAt),
    stoppedReason: t.stoppedReason,
    stoppingAt: epochSeconds(t.stoppingAt),
    tags: includeTags ? tagsOut(t.tags) : [],
    taskArn: t.arn,
    taskDefinitionArn: t.taskDefinitionArn,
    version: t.version,
    ephemeralStorage: { sizeInGiB: 20 },
    fargateEphemeralStorage: { sizeInGiB: 20 },
  });
}

function serviceDeploymentOut(region: RegionState, svc: ServiceRecord, sd: ServiceDeploymentRecord): Params {
  return compact({
    serviceDeploymentArn: sd.arn,
    serviceArn: sd.serviceArn,
    clusterArn: sd.clusterArn,
    createdAt: epochSeconds(sd.createdAt),
    startedAt: epochSeconds(sd.startedAt),
    finishedAt: epochSeconds(sd.finishedAt),
    stoppedAt: epochSeconds(sd.stoppedAt),
    updatedAt: epochSeconds(sd.updatedAt),
    sourceServiceRevisions: sd.sourceServiceRevisions.map((r) => ({ ...r, ...trafficWeights(sd, false) })),
    targetServiceRevision: (() => {
      const d = svc.deployments.find((x) => x.serviceRevisionArn === sd.targetServiceRevisionArn);
      const ts = d ? serviceTasks(region, svc, d.id).filter((t) => t.desiredStatus === 'RUNNING') : [];
      return {
        arn: sd.targetServiceRevisionArn,
        requestedTaskCount: d ? (d.status === 'PRIMARY' ? d.desiredCount : ts.length) : 0,
        runningTaskCount: ts.filter((t) => t.lastStatus === 'RUNNING').length,
        pendingTaskCount: ts.filter((t) => t.lastStatus !== 'RUNNING').length,
        ...trafficWeights(sd, true),
      };
    })(),
    status: sd.status,
    statusReason: sd.statusReason,
    deploymentConfiguration: clone(sd.deploymentConfiguration),
    rollback: sd.rollback
      ? {
          reason: sd.rollback.reason,
          startedAt: epochSeconds(sd.rollback.startedAt),
          serviceRevisionArn: sd.rollback.serviceRevisionArn,
        }
      : undefined,
    deploymentCircuitBreaker: { ...sd.circuitBreaker },
    ...strategyOut(sd),
  });
}

function clusterOut(region: RegionState, c: ClusterRecord, include: string[]): Params {
  const tasks = Object.values(region.tasks).filter((t) => t.clusterName === c.name);
  return compact({
    clusterArn: c.arn,
    clusterName: c.name,
    status: c.status,
    registeredContainerInstancesCount: 0,
    runningTasksCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
    pendingTasksCount: tasks.filter((t) => t.desiredStatus === 'RUNNING' && t.lastStatus !== 'RUNNING')
      .length,
    activeServicesCount: Object.values(c.services).filter((s) => s.status === 'ACTIVE').length,
    statistics: [],
    tags: include.includes('TAGS') ? tagsOut(c.tags) : [],
    settings: include.includes('SETTINGS') ? [{ name: 'containerInsights', value: 'disabled' }] : undefined,
    capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
    defaultCapacityProviderStrategy: [],
  });
}

// ------------------------------------------------------------------ handlers

function deploymentConfigurationFrom(input: any, base: any): any {
  const out = clone(
    base ?? {
      deploymentCircuitBreaker: { enable: false, rollback: false },
      maximumPercent: 200,
      minimumHealthyPercent: 100,
    },
  );
  if (input === undefined) return out;
  if (typeof input !== 'object' || input === null)
    throw new AwsError('InvalidParameterException', 'deploymentConfiguration must be an object.');
  if (input.maximumPercent !== undefined) out.maximumPercent = input.maximumPercent;
  if (input.minimumHealthyPercent !== undefined) out.minimumHealthyPercent = input.minimumHealthyPercent;
  if (input.deploymentCircuitBreaker !== undefined) {
    const cb = input.deploymentCircuitBreaker;
    if (typeof cb.enable !== 'boolean' || typeof cb.rollback !== 'boolean')
      throw new AwsError(
        'InvalidParameterException',
        'deploymentCircuitBreaker requires both enable and rollback to be specified.',
      );
    out.deploymentCircuitBreaker = { enable: cb.enable, rollback: cb.rollback };
  }
  for (const k of [
    'alarms',
    'strategy',
    'bakeTimeInMinutes',
    'lifecycleHooks',
    'linearConfiguration',
    'canaryConfiguration',
  ])
    if (input[k] !== undefined) out[k] = clone(input[k]);
  // a strategy change drops the other strategy's settings kept from before (given ones are checked)
  if (input.linearConfiguration === undefined && out.strategy !== 'LINEAR') delete out.linearConfiguration;
  if (input.canaryConfiguration === undefined && out.strategy !== 'CANARY') delete out.canaryConfiguration;
  validateStrategyConfiguration(out);
  if (out.maximumPercent < 100 || out.minimumHealthyPercent < 0 || out.minimumHealthyPercent > 100)
    throw new AwsError(
      'InvalidParameterException',
      'maximumPercent must be at least 100 and minimumHealthyPercent between 0 and 100.',
    );
  return out;
}

function validateLoadBalancers(region: RegionState, lbs: any, td: Params): ServiceRecord['loadBalancers'] {
  if (lbs === undefined) return [];
  if (!Array.isArray(lbs)) throw new AwsError('InvalidParameterException', 'loadBalancers must be a list.');
  return lbs.map((lb: any) => {
    const tg = region.targetGroups[lb?.targetGroupArn];
    if (!tg)
      throw new AwsError(
        'InvalidParameterException',
        `Unable to assume role and validate the specified targetGroupArn. Please verify that the ECS service role being passed has the proper permissions. (target group ${lb?.targetGroupArn} not found)`,
      );
    const container = (td.containerDefinitions as any[]).find((c) => c.name === lb.containerName);
    if (!container)
      throw new AwsError(
        'InvalidParameterException',
        `The container ${lb.containerName} does not exist in the task definition.`,
      );
    if (!(container.portMappings ?? []).some((p: any) => p.containerPort === lb.containerPort))
      throw new AwsError(
        'InvalidParameterException',
        `The container ${lb.containerName} did not have a container port ${lb.containerPort} defined.`,
      );
    const ref: LoadBalancerRef = {
      targetGroupArn: tg.arn,
      containerName: lb.containerName,
      containerPort: lb.containerPort,
    };
    if (lb.advancedConfiguration !== undefined)
      ref.advancedConfiguration = validateAdvancedConfiguration(region, lb.advancedConfiguration, tg.arn);
    return ref;
  });
}

export function createServiceRecord(
  world: World,
  region: RegionState,
  params: Params,
  /** the fixture's alternate target groups and rules for the service's load balancers */
  preparedAdvancedConfiguration?: ServiceRecord['preparedAdvancedConfiguration'],
): ServiceRecord {
  const cluster = getCluster(region, params.cluster);
  const name = requireString(params, 'serviceName');
  if (!/^[a-zA-Z0-9_-]{1,255}$/.test(name))
    throw new AwsError(
      'InvalidParameterException',
      'Service name may contain up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens.',
    );
  const existing = cluster.services[name];
  if (existing && existing.status !== 'INACTIVE')
    throw new AwsError('InvalidParameterException', 'Creation of service was not idempotent.');
  const td = resolveTaskDefinitionForService(region, params.taskDefinition);
  const desiredCount = params.desiredCount ?? 0;
  if (!Number.isInteger(desiredCount) || desiredCount < 0)
    throw new AwsError('InvalidParameterException', 'desiredCount must be a non-negative integer.');
  if (td.body.networkMode === 'awsvpc' && !params.networkConfiguration?.awsvpcConfiguration)
    throw new AwsError(
      'InvalidParameterException',
      "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
    );
  const launchType = params.launchType ?? 'FARGATE';
  if (
    launchType === 'FARGATE' &&
    !(td.body.requiresCompatibilities ?? []).includes('FARGATE') &&
    td.body.networkMode !== 'awsvpc'
  )
    throw new AwsError('InvalidParameterException', 'Task definition does not support launch_type FARGATE.');
  const deploymentController = params.deploymentController?.type ?? 'ECS';
  if (!['ECS', 'CODE_DEPLOY', 'EXTERNAL'].includes(deploymentController))
    throw new AwsError(
      'InvalidParameterException',
      `Invalid deployment controller type: ${deploymentController}`,
    );
  const deploymentConfiguration = deploymentConfigurationFrom(params.deploymentConfiguration, undefined);
  const loadBalancers = withAdvancedConfiguration(
    { deploymentController, preparedAdvancedConfiguration },
    deploymentConfiguration,
    validateLoadBalancers(region, params.loadBalancers, td.body),
  );
  const svc: ServiceRecord = {
    arn: `arn:aws:ecs:${region.name}:${world.state.accountId}:service/${cluster.name}/${name}`,
    name,
    region: region.name,
    clusterName: cluster.name,
    clusterArn: cluster.arn,
    status: 'ACTIVE',
    desiredCount,
    launchType,
    platformVersion: params.platformVersion ?? 'LATEST',
    platformFamily: 'Linux',
    loadBalancers,
    networkConfiguration: clone(params.networkConfiguration),
    deploymentConfiguration,
    preparedAdvancedConfiguration,
    healthCheckGracePeriodSeconds: params.healthCheckGracePeriodSeconds ?? 0,
    schedulingStrategy: params.schedulingStrategy ?? 'REPLICA',
    deployments: [],
    serviceDeployments: [],
    serviceRevisions: [],
    events: [],
    createdAt: world.now,
    createdBy: `arn:aws:iam::${world.state.accountId}:root`,
    tags: validateTags(params.tags),
    enableECSManagedTags: params.enableECSManagedTags ?? false,
    propagateTags: params.propagateTags ?? 'NONE',
    enableExecuteCommand: params.enableExecuteCommand ?? false,
    deploymentController,
  };
  cluster.services[name] = svc;
  activateAdvancedConfiguration(region, svc.loadBalancers);
  createDeployment(world, region, svc, td.arn);
  return svc;
}

const handlers: Record<string, Handler> = {
  RegisterTaskDefinition(world, region, params) {
    const td = registerTaskDefinition(world, region, params, world.now);
    return { taskDefinition: taskDefinitionOutput(world, td), tags: tagsOut(td.tags) };
  },

  DescribeTaskDefinition(world, region, params) {
    const ref = requireString(params, 'taskDefinition', 'ClientException');
    const td = findTaskDefinition(region, ref);
    if (!td) throw new AwsError('ClientException', 'Unable to describe task definition.');
    const out: Params = { taskDefinition: taskDefinitionOutput(world, td) };
    if ((params.include ?? []).includes('TAGS')) out.tags = tagsOut(td.tags);
    return out;
  },

  ListTaskDefinitions(_world, region, params) {
    const status = params.status ?? 'ACTIVE';
    if (!['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS'].includes(status))
      throw new AwsError('InvalidParameterException', `Invalid status: ${status}`);
    const sort = params.sort ?? 'ASC';
    let all = Object.values(region.taskDefinitions)
      .flat()
      .filter(
        (td) =>
          td.status === status && (params.familyPrefix === undefined || td.family === params.familyPrefix),
      );
    all = all.sort((a, b) =>
      a.family === b.family ? a.revision - b.revision : a.family < b.family ? -1 : 1,
    );
    if (sort === 'DESC') all.reverse();
    const { page, nextToken } = paginate(
      all.map((td) => td.arn),
      params,
    );
    return compact({ taskDefinitionArns: page, nextToken });
  },

  ListTaskDefinitionFamilies(_world, region, params) {
    const status = params.status ?? 'ACTIVE';
    const families = Object.keys(region.taskDefinitions)
      .filter((f) => params.familyPrefix === undefined || f.startsWith(params.familyPrefix))
      .filter((f) => {
        const revs = region.taskDefinitions[f];
        const active = revs.some((r) => r.status === 'ACTIVE');
        return status === 'ALL' || (status === 'ACTIVE' ? active : !active);
      })
      .sort();
    const { page, nextToken } = paginate(families, params);
    return compact({ families: page, nextToken });
  },

  DeregisterTaskDefinition(world, region, params) {
    const ref = requireString(params, 'taskDefinition', 'ClientException');
    if (!/:\d+$/.test(ref)) throw new AwsError('ClientException', 'Revision is required.');
    const td = findTaskDefinition(region, ref);
    if (!td) throw new AwsError('ClientException', 'The specified task definition does not exist.');
    if (td.status === 'ACTIVE') {
      td.status = 'INACTIVE';
      td.deregisteredAt = world.now;
    }
    return { taskDefinition: taskDefinitionOutput(world, td) };
  },

  DescribeClusters(_world, region, params) {
    const refs: string[] = params.clusters ?? ['default'];
    const include: string[] = params.include ?? [];
    const clusters: Params[] = [];
    const failures: Params[] = [];
    for (const ref of refs) {
      const name = clusterName(ref);
      const c = region.clusters[name];
      if (c) clusters.push(clusterOut(region, c, include));
      else
        failures.push({
          arn: ref.startsWith('arn:')
            ? ref
            : `arn:aws:ecs:${region.name}:${_world.state.accountId}:cluster/${name}`,
          reason: 'MISSING',
        });
    }
    return { clusters, failures };
  },

  ListClusters(_world, region, params) {
    const arns = Object.values(region.clusters)
      .filter((c) => c.status === 'ACTIVE')
      .map((c) => c.arn);
    const { page, nextToken } = paginate(arns, params);
    return compact({ clusterArns: page, nextToken });
  },

  CreateService(world, region, params) {
    const svc = createServiceRecord(world, region, params);
    reconcile(world, region, svc);
    return { service: serviceOut(region, svc, true) };
  },

  DescribeServices(_world, region, params) {
    const cluster = getCluster(region, params.cluster);
    const refs = listParameter(params, 'services');
    const services: Params[] = [];
    const failures: Params[] = [];
    const includeTags = (params.include ?? []).includes('TAGS');
    for (const ref of refs) {
      const svc = cluster.services[serviceName(ref)];
      if (svc) services.push(serviceOut(region, svc, includeTags));
      else
        failures.push({
          arn: String(ref).startsWith('arn:')
            ? ref
            : `arn:aws:ecs:${region.name}:${_world.state.accountId}:service/${cluster.name}/${ref}`,
          reason: 'MISSING',
        });
    }
    return { services, failures };
  },

  ListServices(_world, region, params) {
    const cluster = getCluster(region, params.cluster);
    const launchType = enumFilter(params, 'launchType', LAUNCH_TYPES);
    const strategy = enumFilter(params, 'schedulingStrategy', SCHEDULING_STRATEGIES);
    const arns = Object.values(cluster.services)
      .filter((s) => s.status !== 'INACTIVE')
      .filter((s) => launchType === undefined || s.launchType === launchType)
      .filter((s) => strategy === undefined || s.schedulingStrategy === strategy)
      .map((s) => s.arn);
    const { page, nextToken } = paginate(arns, params);
    return compact({ serviceArns: page, nextToken });
  },

  UpdateService(world, region, params) {
    const cluster = getCluster(region, params.cluster);
    const svc = getService(cluster, params.service);
    if (svc.status !== 'ACTIVE') throw new AwsError('ServiceNotActiveException', 'Service was not ACTIVE.');
    // UpdateService API reference: with the CODE_DEPLOY or EXTERNAL controller, only the desired count,
    // deployment configuration, grace period, placement, managed tags and propagate tags can be
    // updated; a new revision goes through CodeDeploy (or CreateTaskSet).
    if (
      svc.deploymentController !== 'ECS' &&
      (params.taskDefinition !== undefined || params.forceNewDeployment)
    )
      throw new AwsError(
        'InvalidParameterException',
        svc.deploymentController === 'CODE_DEPLOY'
          ? 'Unable to update task definition on services with a CODE_DEPLOY deployment controller. Use AWS CodeDeploy to trigger a new deployment.'
          : 'Unable to update task definition on services with a EXTERNAL deployment controller. Use task sets to deploy a new revision.',
      );
    // validate everything before changing anything
    const td =
      params.taskDefinition !== undefined
        ? resolveTaskDefinitionForService(region, params.taskDefinition)
        : undefined;
    if (
      params.desiredCount !== undefined &&
      (!Number.isInteger(params.desiredCount) || params.desiredCount < 0)
    )
      throw new AwsError('InvalidParameterException', 'desiredCount must be a non-negative integer.');
    const deploymentConfiguration = deploymentConfigurationFrom(
      params.deploymentConfiguration,
      svc.deploymentConfiguration,
    );
    const grace = params.healthCheckGracePeriodSeconds;
    if (grace !== undefined && (!Number.isInteger(grace) || grace < 0 || grace > 2147483647))
      throw new AwsError(
        'InvalidParameterException',
        'healthCheckGracePeriodSeconds must be a non-negative integer.',
      );
    if (grace !== undefined && svc.loadBalancers.length === 0 && params.loadBalancers === undefined)
      throw new AwsError(
        'InvalidParameterException',
        'Health check grace period is only valid for services configured to use load balancers',
      );
    const tdBody = td?.body ?? findTaskDefinition(region, svc.deployments[0].taskDefinition)!.body;
    const givenLoadBalancers =
      params.loadBalancers !== undefined
        ? validateLoadBalancers(region, params.loadBalancers, tdBody)
        : undefined;
    const nextLoadBalancers = withAdvancedConfiguration(
      svc,
      deploymentConfiguration,
      givenLoadBalancers ?? svc.loadBalancers,
    );
    // a strategy that needs advancedConfiguration the fixture prepared changes the load balancers too
    const loadBalancers =
      givenLoadBalancers ??
      (nextLoadBalancers.some((lb, i) => lb !== svc.loadBalancers[i]) ? nextLoadBalancers : undefined);
    if (params.networkConfiguration !== undefined && !params.networkConfiguration?.awsvpcConfiguration)
      throw new AwsError(
        'InvalidParameterException',
        'networkConfiguration.awsvpcConfiguration must be specified.',
      );
    const volumeConfigurations =
      params.volumeConfigurations !== undefined
        ? validateVolumeConfigurations(params.volumeConfigurations, tdBody)
        : undefined;

    if (params.desiredCount !== undefined) svc.desiredCount = params.desiredCount;
    svc.deploymentConfiguration = deploymentConfiguration;
    if (grace !== undefined) svc.healthCheckGracePeriodSeconds = grace;
    if (loadBalancers !== undefined) svc.loadBalancers = loadBalancers;
    activateAdvancedConfiguration(region, svc.loadBalancers);
    if (params.networkConfiguration !== undefined)
      svc.networkConfiguration = clone(params.networkConfiguration);
    if (volumeConfigurations !== undefined)
      svc.volumeConfigurations = volumeConfigurations.length ? volumeConfigurations : undefined;
    if (params.platformVersion !== undefined) svc.platformVersion = params.platformVersion;
    if (params.enableExecuteCommand !== undefined) svc.enableExecuteCommand = params.enableExecuteCommand;
    if (params.enableECSManagedTags !== undefined) svc.enableECSManagedTags = params.enableECSManagedTags;
    if (params.propagateTags !== undefined) svc.propagateTags = params.propagateTags;
    const primary = svc.deployments[0];
    const newDeployment =
      params.forceNewDeployment === true ||
      (td !== undefined && td.arn !== primary?.taskDefinition) ||
      givenLoadBalancers !== undefined ||
      params.networkConfiguration !== undefined ||
      volumeConfigurations !== undefined;
    if (newDeployment) createDeployment(world, region, svc, td?.arn ?? primary.taskDefinition);
    reconcile(world, region, svc);
    return { service: serviceOut(region, svc) };
  },

  DeleteService(world, region, params) {
    const cluster = getCluster(region, params.cluster);
    const svc = getService(cluster, params.service);
    if (svc.status !== 'ACTIVE') throw new AwsError('ServiceNotActiveException', 'Service was not ACTIVE.');
    if (svc.desiredCount > 0 && params.force !== true)
      throw new AwsError(
        'InvalidParameterException',
        'The service cannot be stopped while it is scaled above 0.',
      );
    svc.status = 'DRAINING';
    svc.desiredCount = 0;
    reconcile(world, region, svc);
    return { service: serviceOut(region, svc) };
  },

  ListTasks(_world, region, params) {
    const cluster = getCluster(region, params.cluster);
    const desired = params.desiredStatus ?? 'RUNNING';
    if (!['RUNNING', 'PENDING', 'STOPPED'].includes(desired))
      throw new AwsError('InvalidParameterException', `Invalid desiredStatus: ${desired}`);
    if (params.serviceName !== undefined && !cluster.services[serviceName(params.serviceName)])
      throw new AwsError('ServiceNotFoundException', 'Service not found.');
    const launchType = enumFilter(params, 'launchType', LAUNCH_TYPES);
    const tasks = Object.values(region.tasks)
      .filter((t) => t.clusterName === cluster.name)
      .filter((t) => launchType === undefined || t.launchType === launchType)
      .filter((t) => params.serviceName === undefined || t.serviceName === serviceName(params.serviceName))
      .filter((t) => params.startedBy === undefined || (t.startedBy ?? t.deploymentId) === params.startedBy)
      .filter(
        (t) =>
          params.family === undefined || t.taskDefinitionArn.includes(`task-definition/${params.family}:`),
      )
      .filter((t) => (desired === 'STOPPED' ? t.desiredStatus === 'STOPPED' : t.desiredStatus === 'RUNNING'))
      .filter((t) => desired !== 'PENDING' || t.lastStatus !== 'RUNNING')
      .sort((a, b) => a.createdAt - b.createdAt);
    const { page, nextToken } = paginate(
      tasks.map((t) => t.arn),
      params,
    );
    return compact({ taskArns: page, nextToken });
  },

  DescribeTasks(world, region, params) {
    const cluster = getCluster(region, params.cluster);
    const refs = listParameter(params, 'tasks');
    const includeTags = (params.include ?? []).includes('TAGS');
    const tasks: Params[] = [];
    const failures: Params[] = [];
    for (const ref of refs) {
      const id = String(ref).split('/').pop()!;
      const t =
        region.tasks[`arn:aws:ecs:${region.name}:${world.state.accountId}:task/${cluster.name}/${id}`];
      if (t) tasks.push(taskOut(world, region, t, includeTags));
      else failures.push({ arn: ref, reason: 'MISSING' });
    }
    return { tasks, failures };
  },

  RunTask(world, region, params) {
    const cluster = getCluster(region, params.cluster);
    const td = resolveTaskDefinitionForService(region, params.taskDefinition);
    const { tasks, failures } = runTask(world, region, cluster, td, params);
    return { tasks: tasks.map((t) => taskOut(world, region, t, true)), failures };
  },

  StopTask(world, region, params) {
    const cluster = getCluster(region, params.cluster);
    const id = String(requireString(params, 'task')).split('/').pop()!;
    const t = region.tasks[`arn:aws:ecs:${region.name}:${world.state.accountId}:task/${cluster.name}/${id}`];
    if (!t) throw new AwsError('InvalidParameterException', 'The referenced task was not found.');
    const svc = t.serviceName ? cluster.services[t.serviceName] : undefined;
    stopTask(world, region, svc, t, {
      reason: params.reason ?? 'Task stopped by user',
      stopCode: 'UserInitiated',
    });
    return { task: taskOut(world, region, t) };
  },

  TagResource(world, region, params) {
    const arn = requireString(params, 'resourceArn');
    const tags = validateTags(params.tags);
    const target = findTaggable(world, region, arn);
    for (const tag of tags) {
      const existing = target.find((t) => t.key === tag.key);
      if (existing) existing.value = tag.value;
      else target.push(tag);
    }
    return {};
  },

  UntagResource(world, region, params) {
    const arn = requireString(params, 'resourceArn');
    const target = findTaggable(world, region, arn);
    const keys: string[] = params.tagKeys ?? [];
    const kept = target.filter((t) => !keys.includes(t.key));
    target.length = 0;
    target.push(...kept);
    return {};
  },

  ListTagsForResource(world, region, params) {
    const arn = requireString(params, 'resourceArn');
    return { tags: tagsOut(findTaggable(world, region, arn)) };
  },

  ListServiceDeployments(_world, region, params) {
    const cluster = getCluster(region, params.cluster);
    const svc = getService(cluster, params.service);
    const statuses: string[] | undefined = params.status;
    const before = params.createdAt?.before;
    const after = params.createdAt?.after;
    const list = svc.serviceDeployments
      .filter((sd) => !statuses || statuses.includes(sd.status))
      .filter((sd) => before === undefined || sd.createdAt / 1000 <= Number(before))
      .filter((sd) => after === undefined || sd.createdAt / 1000 >= Number(after));
    const { page, nextToken } = paginate(list, params, 20);
    return compact({
      serviceDeployments: page.map((sd) =>
        compact({
          serviceDeploymentArn: sd.arn,
          serviceArn: sd.serviceArn,
          clusterArn: sd.clusterArn,
          startedAt: epochSeconds(sd.startedAt),
          createdAt: epochSeconds(sd.createdAt),
          finishedAt: epochSeconds(sd.finishedAt),
          targetServiceRevisionArn: sd.targetServiceRevisionArn,
          status: sd.status,
          statusReason: sd.statusReason,
        }),
      ),
      nextToken,
    });
  },

  DescribeServiceDeployments(_world, region, params) {
    return describeByArn(region, params, 'serviceDeployment', (svc, arn) => {
      const sd = svc.serviceDeployments.find((x) => x.arn === arn);
      return sd && serviceDeploymentOut(region, svc, sd);
    });
  },

  StopServiceDeployment(world, region, params) {
    const arn = requireString(params, 'serviceDeploymentArn');
    const m = arn.match(/^arn:aws[a-z-]*:ecs:([^:]+):(\d{12}):service-deployment\/([^/]+)\/([^/]+)\/[^/]+$/);
    if (!m) throw new AwsError('InvalidParameterException', 'Invalid serviceDeploymentArn.');
    const svc = region.clusters[m[3]]?.services[m[4]];
    const sd = svc?.serviceDeployments.find((x) => x.arn === arn);
    if (!svc || !sd)
      throw new AwsError('ServiceDeploymentNotFoundException', 'The service deployment does not exist.');
    stopServiceDeployment(world, region, svc, sd, params.stopType ?? 'ROLLBACK', (reason) =>
      rollbackRolling(world, region, svc, sd, reason),
    );
    return { serviceDeploymentArn: sd.arn };
  },

  DescribeServiceRevisions(_world, region, params) {
    return describeByArn(region, params, 'serviceRevision', (svc, arn) => {
      const r = svc.serviceRevisions.find((x) => x.arn === arn);
      return r && serviceRevisionOut(svc, r);
    });
  },
};

/**
 * StopServiceDeployment ROLLBACK of a rolling deployment: ROLLBACK_REQUESTED, then the scheduler
 * deploys the last completed revision again (as the circuit breaker's rollback does), which ends
 * in ROLLBACK_SUCCESSFUL.
 */
function rollbackRolling(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
  reason: string,
): void {
  const dep = svc.deployments.find((d) => d.serviceDeploymentArn === sd.arn && d.rollbackOf === undefined);
  const target = svc.lastCompleted;
  if (!dep || !target || dep.id === target.deploymentId)
    throw new AwsError(
      'InvalidParameterException',
      'The service deployment has no earlier service revision to roll back to.',
    );
  sd.status = 'ROLLBACK_REQUESTED';
  sd.statusReason = reason;
  sd.updatedAt = world.now;
  // ECS acts on the request shortly after (simulated seconds)
  world.schedule(world.now + world.dur(5), () => {
    if (sd.status !== 'ROLLBACK_REQUESTED' || svc.deployments[0] !== dep) return;
    dep.rolloutState = 'FAILED';
    dep.rolloutStateReason = reason;
    dep.updatedAt = world.now;
    sd.status = 'ROLLBACK_IN_PROGRESS';
    sd.updatedAt = world.now;
    sd.rollback = {
      reason: 'Rolling back to the last completed service revision.',
      startedAt: world.now,
      serviceRevisionArn: target.serviceRevisionArn,
    };
    svcEvent(world, svc, `rolling back to deployment ${target.deploymentId}.`);
    createDeployment(world, region, svc, target.taskDefinition, {
      rollbackOf: dep,
      serviceRevisionArn: target.serviceRevisionArn,
    });
    reconcile(world, region, svc);
  });
}

/**
 * The Describe* calls that take up to 20 ARNs (`<kind>Arns`) of things that belong to a service:
 * each is looked up in every service of the region (the last match wins) and listed in `<kind>s`;
 * one not found is a MISSING failure.
 */
function describeByArn(
  region: RegionState,
  params: Params,
  kind: 'serviceDeployment' | 'serviceRevision',
  find: (svc: ServiceRecord, arn: string) => Params | undefined,
): Params {
  const arns = listParameter(params, `${kind}Arns`);
  const what = kind === 'serviceDeployment' ? 'service deployment' : 'service revision';
  const found: Params[] = [];
  const failures: Params[] = [];
  for (const arn of arns) {
    let match: Params | undefined;
    for (const c of Object.values(region.clusters)) {
      for (const svc of Object.values(c.services)) match = find(svc, arn) ?? match;
    }
    if (match) found.push(match);
    else failures.push({ arn, reason: 'MISSING', detail: `The ${what} does not exist.` });
  }
  return { [`${kind}s`]: found, failures };
}

function serviceRevisionOut(svc: ServiceRecord, r: ServiceRecord['serviceRevisions'][number]): Params {
  return compact({
    serviceRevisionArn: r.arn,
    serviceArn: svc.arn,
    clusterArn: svc.clusterArn,
    taskDefinition: r.taskDefinition,
    launchType: r.launchType,
    platformVersion: r.platformVersion,
    platformFamily: r.platformFamily,
    loadBalancers: r.loadBalancers.map((lb) => ({ ...lb })),
    networkConfiguration: clone(r.networkConfiguration),
    createdAt: epochSeconds(r.createdAt),
  });
}

function findTaggable(world: World, region: RegionState, arn: string): Tag[] {
  const m = arn.match(/^arn:aws[a-z-]*:ecs:([^:]+):(\d{12}):([a-z-]+)\/(.+)$/);
  const notFound = () =>
    new AwsError('InvalidParameterException', 'The specified resource could not be found.');
  if (!m || m[1] !== region.name || m[2] !== world.state.accountId)
    throw new AwsError('InvalidParameterException', 'The ARN provided is invalid or does not exist.');
  const [, , , kind, rest] = m;
  if (kind === 'task-definition') {
    const td = findTaskDefinition(region, arn);
    if (!td) throw notFound();
    return td.tags;
  }
  if (kind === 'cluster') {
    const c = region.clusters[rest];
    if (!c) throw new AwsError('ClusterNotFoundException', 'Cluster not found.');
    return c.tags;
  }
  if (kind === 'service') {
    const [cname, sname] = rest.split('/');
    const c = region.clusters[cname];
    if (!c) throw new AwsError('ClusterNotFoundException', 'Cluster not found.');
    const s = c.services[sname];
    if (!s) throw new AwsError('ServiceNotFoundException', 'Service not found.');
    return s.tags;
  }
  if (kind === 'task') {
    const t = region.tasks[arn];
    if (!t) throw notFound();
    return t.tags;
  }
  throw notFound();
}

/** The operations implemented (each needs an authorisation entry in emulator/iam/requests.ts). */
export const ECS_OPERATIONS = Object.keys(handlers);

export function handleEcs(world: World, regionName: string, operation: string, params: Params): unknown {
  const handler = handlers[operation];
  if (!handler) throw new AwsError('UnknownOperationException', `Unknown operation ${operation}`);
  return handler(world, world.region(regionName), params ?? {});
}
