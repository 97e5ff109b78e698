/**
 * CodeDeploy API (awsJson1_1, X-Amz-Target: CodeDeploy_20141006.<Operation>) for the ECS compute
 * platform: GetApplication, GetDeploymentGroup, CreateDeployment, GetDeployment, ListDeployments,
 * StopDeployment. Shapes, error codes and the d-XXXXXXXXX ids follow the CodeDeploy API reference and
 * the SDK model (@aws-sdk/client-codedeploy); the deployment itself plays out in codedeploy-sim.ts.
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { findTaskDefinition } from './ecs-taskdef.js';
import {
  ECS_DEPLOYMENT_CONFIGS,
  isActive,
  newDeploymentId,
  playDeployment,
  stopDeployment,
} from './codedeploy-sim.js';
import type {
  CodeDeployApplicationRecord,
  CodeDeployDeploymentRecord,
  CodeDeployGroupRecord,
  CodeDeployState,
  FixtureCodeDeployApplication,
  RegionState,
  ServiceRecord,
} from './types.js';
import { AwsError, compact, epochSeconds } from './util.js';
import type { World } from './world.js';

type Params = Record<string, any>;
type Handler = (world: World, region: RegionState, params: Params) => unknown;

/** The configurations of the other compute platforms: they exist, but not for an ECS group. */
const OTHER_PLATFORM_CONFIGS = [
  'CodeDeployDefault.OneAtATime',
  'CodeDeployDefault.HalfAtATime',
  'CodeDeployDefault.AllAtOnce',
  'CodeDeployDefault.LambdaAllAtOnce',
];
/** CreateDeployment's `description` (API reference: DescriptionTooLongException). */
const MAX_DESCRIPTION = 512;
const DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/;

function stateOf(region: RegionState): CodeDeployState {
  return (region.codeDeploy ??= { applications: {}, deployments: {} });
}

function application(region: RegionState, params: Params): CodeDeployApplicationRecord {
  const name = params.applicationName;
  if (typeof name !== 'string' || name === '')
    throw new AwsError(
      'ApplicationNameRequiredException',
      'The minimum number of required application names was not specified.',
    );
  if (name.length > 100)
    throw new AwsError(
      'InvalidApplicationNameException',
      'The application name was specified in an invalid format.',
    );
  const app = stateOf(region).applications[name];
  if (!app) throw new AwsError('ApplicationDoesNotExistException', `No application found for name: ${name}`);
  return app;
}

function group(region: RegionState, params: Params): CodeDeployGroupRecord {
  const app = application(region, params);
  const name = params.deploymentGroupName;
  if (typeof name !== 'string' || name === '')
    throw new AwsError(
      'DeploymentGroupNameRequiredException',
      'The deployment group name was not specified.',
    );
  if (name.length > 100)
    throw new AwsError(
      'InvalidDeploymentGroupNameException',
      'The deployment group name was specified in an invalid format.',
    );
  const found = app.groups[name];
  if (!found)
    throw new AwsError('DeploymentGroupDoesNotExistException', `No Deployment Group found for name: ${name}`);
  return found;
}

function deployment(region: RegionState, params: Params): CodeDeployDeploymentRecord {
  const id = params.deploymentId;
  if (typeof id !== 'string' || id === '')
    throw new AwsError('DeploymentIdRequiredException', 'At least one deployment ID must be specified.');
  if (!DEPLOYMENT_ID.test(id))
    throw new AwsError(
      'InvalidDeploymentIdException',
      `Specified DeploymentId is not in the valid format: ${id}`,
    );
  const found = stateOf(region).deployments[id];
  if (!found)
    throw new AwsError('DeploymentDoesNotExistException', `The deployment ${id} could not be found.`);
  return found;
}

function serviceOf(region: RegionState, g: CodeDeployGroupRecord): ServiceRecord | undefined {
  return region.clusters[g.clusterName]?.services[g.serviceName];
}

function groupOut(world: World, region: RegionState, g: CodeDeployGroupRecord): Params {
  const summary = (id: string | undefined) => {
    const d = id ? stateOf(region).deployments[id] : undefined;
    return d
      ? compact({
          deploymentId: d.id,
          status: d.status,
          endTime: epochSeconds(d.completeTime),
          createTime: epochSeconds(d.createTime),
        })
      : undefined;
  };
  return compact({
    applicationName: g.applicationName,
    deploymentGroupId: g.id,
    deploymentGroupName: g.name,
    deploymentConfigName: g.deploymentConfigName,
    serviceRoleArn: `arn:aws:iam::${world.state.accountId}:role/ecsCodeDeployRole`,
    autoRollbackConfiguration: g.autoRollback
      ? { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] }
      : { enabled: false, events: [] },
    deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
    blueGreenDeploymentConfiguration: {
      terminateBlueInstancesOnDeploymentSuccess: {
        action: 'TERMINATE',
        terminationWaitTimeInMinutes: g.terminationWaitMinutes,
      },
      deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT', waitTimeInMinutes: 0 },
    },
    loadBalancerInfo: {
      targetGroupPairInfoList: [{ targetGroups: g.targetGroups.map((name) => ({ name })) }],
    },
    ecsServices: [{ serviceName: g.serviceName, clusterName: g.clusterName }],
    computePlatform: 'ECS',
    lastAttemptedDeployment: summary(g.lastAttempted),
    lastSuccessfulDeployment: summary(g.lastSuccessful),
  });
}

function deploymentOut(dep: CodeDeployDeploymentRecord): Params {
  return compact({
    applicationName: dep.applicationName,
    deploymentGroupName: dep.groupName,
    deploymentConfigName: dep.deploymentConfigName,
    deploymentId: dep.id,
    revision: dep.revision,
    status: dep.status,
    errorInformation: dep.errorInformation,
    createTime: epochSeconds(dep.createTime),
    startTime: epochSeconds(dep.startTime),
    completeTime: epochSeconds(dep.completeTime),
    description: dep.description,
    creator: dep.creator,
    rollbackInfo: dep.rollbackInfo,
    deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
    computePlatform: 'ECS',
  });
}

/**
 * The AppSpec of an ECS deployment (CodeDeploy User Guide, "AppSpec 'resources' section for
 * Amazon ECS deployments"): one TargetService of type AWS::ECS::Service naming an ACTIVE task
 * definition, and, with a load balancer, a container name and port the definition has. (CodeDeploy
 * refuses some of these only when the deployment runs; the emulator refuses them all up front.)
 */
function appSpecTaskDefinition(region: RegionState, revision: Params): string {
  const invalid = (why: string) =>
    new AwsError('InvalidRevisionException', `The AppSpec file is invalid: ${why}`);
  if (!revision || typeof revision !== 'object')
    throw new AwsError('RevisionRequiredException', 'The revision ID was not specified.');
  if (revision.revisionType !== 'AppSpecContent')
    throw new AwsError(
      'InvalidRevisionException',
      'An ECS deployment needs a revision of type AppSpecContent.',
    );
  const content = revision.appSpecContent?.content;
  if (typeof content !== 'string' || content === '')
    throw new AwsError('InvalidRevisionException', 'The AppSpec content was not specified.');
  const sha256 = revision.appSpecContent?.sha256;
  if (sha256 !== undefined && sha256 !== createHash('sha256').update(content).digest('hex'))
    throw new AwsError(
      'InvalidRevisionException',
      'The SHA256 hash of the AppSpec content does not match its content.',
    );
  let spec: any;
  try {
    spec = parse(content);
  } catch {
    throw invalid('it is neither JSON nor YAML');
  }
  const resources = spec?.Resources;
  if (!Array.isArray(resources) || resources.length !== 1)
    throw invalid('Resources must list one TargetService');
  const target = resources[0]?.TargetService;
  if (target?.Type !== 'AWS::ECS::Service') throw invalid('TargetService.Type must be AWS::ECS::Service');
  const arn = target.Properties?.TaskDefinition;
  if (typeof arn !== 'string') throw invalid('TargetService.Properties.TaskDefinition is missing');
  const td = findTaskDefinition(region, arn);
  if (!td || td.status !== 'ACTIVE') throw invalid(`task definition ${arn} does not exist or is not ACTIVE`);
  const lb = target.Properties.LoadBalancerInfo;
  if (lb !== undefined) {
    const container = (td.body.containerDefinitions as any[]).find((c) => c.name === lb.ContainerName);
    if (!container) throw invalid(`container ${lb.ContainerName} is not in ${arn}`);
    const ports = (container.portMappings ?? []).map((p: any) => p.containerPort);
    if (!ports.includes(Number(lb.ContainerPort)))
      throw invalid(`container ${lb.ContainerName} of ${arn} has no port ${lb.ContainerPort}`);
  }
  return td.arn;
}

const handlers: Record<string, Handler> = {
  GetApplication(_world, region, params) {
    const app = application(region, params);
    return {
      application: {
        applicationId: app.id,
        applicationName: app.name,
        createTime: epochSeconds(app.createTime),
        linkedToGitHub: false,
        computePlatform: 'ECS',
      },
    };
  },

  GetDeploymentGroup(world, region, params) {
    return { deploymentGroupInfo: groupOut(world, region, group(region, params)) };
  },

  CreateDeployment(world, region, params) {
    const g = group(region, params);
    const configName = params.deploymentConfigName ?? g.deploymentConfigName;
    if (!ECS_DEPLOYMENT_CONFIGS[configName]) {
      if (OTHER_PLATFORM_CONFIGS.includes(configName))
        throw new AwsError(
          'InvalidDeploymentConfigNameException',
          `Deployment config ${configName} is not for the ECS compute platform.`,
        );
      throw new AwsError(
        'DeploymentConfigDoesNotExistException',
        `No deployment configuration found for name: ${configName}`,
      );
    }
    if (typeof params.description === 'string' && params.description.length > MAX_DESCRIPTION)
      throw new AwsError('DescriptionTooLongException', 'The description is too long.');
    const taskDefinitionArn = appSpecTaskDefinition(region, params.revision);
    const state = stateOf(region);
    // One active deployment per group (CodeDeploy answers this way; the id is only in the message).
    const active = Object.values(state.deployments).find(
      (d) => d.applicationName === g.applicationName && d.groupName === g.name && isActive(d),
    );
    if (active)
      throw new AwsError(
        'DeploymentLimitExceededException',
        `The Deployment Group '${g.name}' already has an active Deployment '${active.id}'`,
      );
    const svc = serviceOf(region, g);
    if (!svc || svc.status !== 'ACTIVE' || svc.deploymentController !== 'CODE_DEPLOY')
      throw new AwsError(
        'InvalidECSServiceException',
        `The ECS service ${g.serviceName} in cluster ${g.clusterName} is not an ACTIVE service with the CODE_DEPLOY deployment controller.`,
      );
    const dep: CodeDeployDeploymentRecord = {
      id: newDeploymentId(world),
      applicationName: g.applicationName,
      groupName: g.name,
      deploymentConfigName: configName,
      status: 'Created',
      creator: 'user',
      description: params.description,
      revision: params.revision,
      taskDefinitionArn,
      createTime: world.now,
      trafficPercent: 0,
      lifecycleEvent: 'BeforeInstall',
    };
    state.deployments[dep.id] = dep;
    g.lastAttempted = dep.id;
    playDeployment({ world, region, group: g, svc }, dep);
    return { deploymentId: dep.id };
  },

  GetDeployment(_world, region, params) {
    return { deploymentInfo: deploymentOut(deployment(region, params)) };
  },

  ListDeployments(_world, region, params) {
    const g = params.applicationName !== undefined ? group(region, params) : undefined;
    const statuses: string[] | undefined = params.includeOnlyStatuses;
    const ids = Object.values(stateOf(region).deployments)
      .filter((d) => !g || (d.applicationName === g.applicationName && d.groupName === g.name))
      .filter((d) => !statuses || statuses.includes(d.status))
      .sort((a, b) => b.createTime - a.createTime)
      .map((d) => d.id);
    return { deployments: ids };
  },

  StopDeployment(world, region, params) {
    const dep = deployment(region, params);
    if (!isActive(dep))
      throw new AwsError(
        'DeploymentAlreadyCompletedException',
        `The deployment ${dep.id} has already completed.`,
      );
    const g = stateOf(region).applications[dep.applicationName].groups[dep.groupName];
    stopDeployment(
      { world, region, group: g, svc: serviceOf(region, g)! },
      dep,
      params.autoRollbackEnabled === true,
    );
    return { status: 'Succeeded', statusMessage: `Deployment ${dep.id} was stopped.` };
  },
};

export const CODEDEPLOY_OPERATIONS = Object.keys(handlers);

export function handleCodeDeploy(
  world: World,
  regionName: string,
  operation: string,
  params: Params,
): unknown {
  const handler = handlers[operation];
  if (!handler) throw new AwsError('UnknownOperationException', `Unknown operation ${operation}`);
  return handler(world, world.region(regionName), params ?? {});
}

/** The fixture's applications and deployment groups, after its services exist. */
export function loadCodeDeploy(
  world: World,
  region: RegionState,
  applications: FixtureCodeDeployApplication[],
  createTime: number,
): void {
  for (const spec of applications) {
    const app: CodeDeployApplicationRecord = {
      id: world.ids.uuid(),
      name: spec.name,
      createTime,
      groups: {},
    };
    for (const g of spec.deploymentGroups ?? []) {
      const svc = region.clusters[g.cluster]?.services[g.service];
      if (svc?.deploymentController !== 'CODE_DEPLOY')
        throw new Error(
          `group ${g.name}: service ${g.service} in cluster ${g.cluster} does not use CODE_DEPLOY`,
        );
      const config = g.deploymentConfigName ?? 'CodeDeployDefault.ECSAllAtOnce';
      if (!ECS_DEPLOYMENT_CONFIGS[config])
        throw new Error(`group ${g.name}: unknown deployment config ${config}`);
      app.groups[g.name] = {
        id: world.ids.uuid(),
        name: g.name,
        applicationName: spec.name,
        deploymentConfigName: config,
        clusterName: g.cluster,
        serviceName: g.service,
        autoRollback: g.autoRollback ?? false,
        terminationWaitMinutes: g.terminationWaitMinutes ?? 5,
        targetGroups: g.targetGroups ?? [],
      };
    }
    stateOf(region).applications[spec.name] = app;
  }
}
