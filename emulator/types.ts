/**
 * Types shared by the emulator's modules. The public ones (options, call log, behaviours, faults) are
 * re-exported from emulator/index.ts; the state types describe `Emulator.state`, which tests may inspect.
 * All timestamps in the state are epoch milliseconds of the real (wall) clock.
 */

export type ServiceName = 'ecs' | 'ecr-public' | 'elbv2' | 'codedeploy';

export type ImageBehaviour =
  'healthy' | 'crash' | 'unpullable' | 'unhealthy' | 'unplaceable' | 'slow-start' | 'exit';

/** What an `exit` behaviour does: the essential containers exit with this code after running a while. */
export interface ExitBehaviour {
  exitCode: number;
  /** the essential containers' `reason` (ECS sets one for e.g. OutOfMemoryError) */
  reason?: string;
  /** simulated seconds RUNNING before the exit (default 5) */
  runSeconds?: number;
}

/** Which tasks a behaviour rule applies to: all (default), only RunTask's, or only services'. */
export type BehaviourScope = 'all' | 'run-task' | 'service';

export interface FaultRule {
  kind: 'throttle' | 'internal' | 'latency' | 'drop' | 'lose-response' | 'deny';
  /** probability in [0, 1] that a matching request is faulted */
  rate: number;
  service?: ServiceName;
  operations?: string[];
  /** for kind 'latency' (default 1000 ms) */
  latencyMs?: number;
}

export interface CallRecord {
  service: ServiceName;
  operation: string;
  region: string;
  params: unknown;
  mutating: boolean;
  status: number;
  error?: string;
  /** set when IAM refused the call: the first action and resource the policy did not allow */
  denied?: { action: string; resource: string };
  at: number;
  /**
   * The request's `Via` header, present when it came through a proxy (a proxy adds one, RFC 9110
   * section 7.6.3): how the proxy tests see that a request went through it.
   */
  via?: string;
}

export interface Tag {
  key: string;
  value: string;
}

// ---------------------------------------------------------------- fixture (input format)

export interface FixtureTargetGroup {
  name: string;
  arn?: string;
  protocol?: string;
  port: number;
  loadBalancer?: string;
  targetType?: 'ip' | 'instance' | 'lambda' | 'alb';
  healthCheckPath?: string;
  healthCheckProtocol?: string;
  healthCheckPort?: string;
  healthCheckIntervalSeconds?: number;
  healthCheckTimeoutSeconds?: number;
  healthyThresholdCount?: number;
  unhealthyThresholdCount?: number;
  matcher?: string;
  deregistrationDelaySeconds?: number;
}

export interface FixtureLoadBalancer {
  name: string;
  arn?: string;
  scheme?: 'internet-facing' | 'internal';
  type?: 'application' | 'network';
  securityGroups?: string[];
  subnets?: string[];
  createdTime?: string;
}

export interface FixtureService {
  serviceName: string;
  cluster: string;
  /** family, family:revision or ARN of a task definition of the fixture */
  taskDefinition: string;
  desiredCount?: number;
  launchType?: string;
  platformVersion?: string;
  /** like ECS's loadBalancers, but targetGroupName may replace targetGroupArn */
  loadBalancers?: {
    targetGroupArn?: string;
    targetGroupName?: string;
    containerName: string;
    containerPort: number;
  }[];
  networkConfiguration?: any;
  deploymentConfiguration?: any;
  healthCheckGracePeriodSeconds?: number;
  tags?: Tag[];
  createdAt?: string;
  /** 'ACTIVE' (default) or 'INACTIVE' */
  status?: string;
  /** ECS (default), CODE_DEPLOY (blue/green task sets, deployed by CodeDeploy) or EXTERNAL */
  deploymentController?: { type: DeploymentControllerType };
}

export type DeploymentControllerType = 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL';

export interface FixtureRegion {
  vpcId?: string;
  subnets?: { id: string; availabilityZone: string; cidr: string }[];
  clusters?: { name: string; tags?: Tag[] }[];
  loadBalancers?: FixtureLoadBalancer[];
  targetGroups?: FixtureTargetGroup[];
  /** RegisterTaskDefinition inputs, registered in order (revisions count up per family) */
  taskDefinitions?: (Record<string, any> & { status?: 'ACTIVE' | 'INACTIVE' })[];
  services?: FixtureService[];
  /** CodeDeploy applications (compute platform ECS) and their blue/green deployment groups */
  codeDeploy?: { applications: FixtureCodeDeployApplication[] };
}

export interface FixtureCodeDeployApplication {
  name: string;
  deploymentGroups?: {
    name: string;
    cluster: string;
    service: string;
    /** default CodeDeployDefault.ECSAllAtOnce */
    deploymentConfigName?: string;
    /** automatic rollback on DEPLOYMENT_FAILURE (and DEPLOYMENT_STOP_ON_REQUEST) */
    autoRollback?: boolean;
    /** minutes the original task set is kept after the traffic shift (default 5) */
    terminationWaitMinutes?: number;
    /** the blue and green target groups, by name */
    targetGroups?: string[];
  }[];
}

export interface Fixture {
  accountId?: string;
  regions?: Record<string, FixtureRegion>;
  ecrPublic?: {
    registryAlias?: string;
    verified?: boolean;
    repositories?: {
      name: string;
      description?: string;
      images?: { tags?: string[]; digest?: string; sizeInBytes?: number; pushedAt?: string }[];
    }[];
  };
}

// ---------------------------------------------------------------- state

export interface TaskDefinitionRecord {
  arn: string;
  family: string;
  revision: number;
  status: 'ACTIVE' | 'INACTIVE';
  /** the registered definition (input as given, with defaults filled in) */
  body: Record<string, any>;
  tags: Tag[];
  registeredAt: number;
  deregisteredAt?: number;
}

export interface ContainerRecord {
  name: string;
  image: string;
  essential: boolean;
  lastStatus: string;
  exitCode?: number;
  reason?: string;
  healthStatus: string;
  containerArn: string;
  runtimeId?: string;
  cpu?: string;
  memory?: string;
}

export interface TaskRecord {
  arn: string;
  id: string;
  region: string;
  clusterName: string;
  serviceName?: string;
  deploymentId?: string;
  taskDefinitionArn: string;
  behaviour: ImageBehaviour;
  lastStatus: string;
  desiredStatus: 'RUNNING' | 'STOPPED';
  healthStatus: string;
  createdAt: number;
  pullStartedAt?: number;
  pullStoppedAt?: number;
  startedAt?: number;
  connectivityAt?: number;
  stoppingAt?: number;
  executionStoppedAt?: number;
  stoppedAt?: number;
  stoppedReason?: string;
  stopCode?: string;
  ip: string;
  subnetId: string;
  availabilityZone: string;
  eniId: string;
  attachmentId: string;
  cpu?: string;
  memory?: string;
  launchType: string;
  platformVersion: string;
  containers: ContainerRecord[];
  tags: Tag[];
  version: number;
  /** true once ECS decided the task failed (counted in the deployment's failedTasks) */
  failed?: boolean;
  /** RunTask's startedBy, or the deployment id of a service's task */
  startedBy?: string;
  /** RunTask's group (default `family:<family>`) */
  group?: string;
  containerOverrides?: Record<string, any>[];
  capacityProviderName?: string;
  /** the `exit` behaviour's code and reason */
  exit?: ExitBehaviour;
}

export interface DeploymentRecord {
  id: string;
  status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE';
  taskDefinition: string;
  desiredCount: number;
  failedTasks: number;
  rolloutState: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  rolloutStateReason: string;
  createdAt: number;
  updatedAt: number;
  launchType: string;
  platformVersion: string;
  networkConfiguration?: any;
  volumeConfigurations?: any[];
  circuitBreaker: { enable: boolean; rollback: boolean };
  threshold: number;
  serviceRevisionArn: string;
  serviceDeploymentArn: string;
  /** set when this deployment is the automatic rollback of a failed one */
  rollbackOf?: string;
  placementFailureReported?: boolean;
  /** a task set of a CODE_DEPLOY service: the CodeDeploy deployment that created it */
  externalId?: string;
}

export interface ServiceDeploymentRecord {
  arn: string;
  deploymentId: string;
  serviceArn: string;
  clusterArn: string;
  createdAt: number;
  startedAt: number;
  finishedAt?: number;
  stoppedAt?: number;
  updatedAt: number;
  sourceServiceRevisions: {
    arn: string;
    requestedTaskCount: number;
    runningTaskCount: number;
    pendingTaskCount: number;
  }[];
  targetServiceRevisionArn: string;
  status: string;
  statusReason?: string;
  deploymentConfiguration: any;
  rollback?: { reason: string; startedAt: number; serviceRevisionArn: string };
  circuitBreaker: { status: string; failureCount: number; threshold: number };
  /** BLUE_GREEN, LINEAR, CANARY: the stage machine's state */
  lifecycleStage?: string;
  run?: StrategyRun;
  /** deploymentConfiguration.alarms: status and the alarms that triggered */
  alarms?: { status: string; alarmNames: string[]; triggeredAlarmNames: string[] };
}

/** A service revision: the configuration a deployment rolls out (immutable; a rollback reuses one). */
export interface ServiceRevisionRecord {
  arn: string;
  taskDefinition: string;
  createdAt: number;
  launchType: string;
  platformVersion: string;
  platformFamily: string;
  loadBalancers: LoadBalancerRef[];
  networkConfiguration?: any;
}

export interface ServiceEventRecord {
  id: string;
  createdAt: number;
  message: string;
}

export interface LoadBalancerRef {
  targetGroupArn: string;
  containerName: string;
  containerPort: number;
  /** ECS blue/green, linear and canary: the alternate target group and the listener rules ECS shifts */
  advancedConfiguration?: AdvancedConfiguration;
}

/** LoadBalancer.advancedConfiguration (ECS API reference, AdvancedConfiguration). */
export interface AdvancedConfiguration {
  alternateTargetGroupArn: string;
  productionListenerRule: string;
  testListenerRule?: string;
  roleArn: string;
}

/** A lifecycle hook's run in a stage (ECS API reference, DeploymentLifecycleHookDetail). */
export interface LifecycleHookRun {
  hookId: string;
  targetArn: string;
  stage: string;
  status: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED';
  startedAt: number;
}

/** The state of an ECS-native BLUE_GREEN, LINEAR or CANARY service deployment (emulator/ecs-strategies.ts). */
export interface StrategyRun {
  strategy: 'BLUE_GREEN' | 'LINEAR' | 'CANARY';
  /** the deployment (emulator id) whose tasks are the blue ones, and the green one */
  blueDeploymentId: string;
  greenDeploymentId: string;
  /** production traffic on green so far, 0 to 100 */
  productionPercent: number;
  testPercent: number;
  /** every stage entered, in order, with its start (epoch ms) */
  stages: { stage: string; at: number }[];
  hooks: LifecycleHookRun[];
  /** SCALE_UP: the green tasks are all healthy in the alternate target group (hooks may still run) */
  scaledUp?: boolean;
  /** set once the run is over (success, rollback or stop): the machine no longer advances */
  done?: boolean;
  /** increments on every rollback or stop, so that items scheduled before it do nothing */
  epoch: number;
}

export interface ServiceRecord {
  arn: string;
  name: string;
  region: string;
  clusterName: string;
  clusterArn: string;
  status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  desiredCount: number;
  launchType: string;
  platformVersion: string;
  platformFamily: string;
  loadBalancers: LoadBalancerRef[];
  networkConfiguration?: any;
  /** UpdateService's volumeConfigurations (service-managed EBS volumes), given to each new deployment */
  volumeConfigurations?: any[];
  deploymentConfiguration: any;
  healthCheckGracePeriodSeconds: number;
  schedulingStrategy: string;
  deployments: DeploymentRecord[];
  serviceDeployments: ServiceDeploymentRecord[];
  serviceRevisions: ServiceRevisionRecord[];
  events: ServiceEventRecord[];
  createdAt: number;
  createdBy: string;
  tags: Tag[];
  enableECSManagedTags: boolean;
  propagateTags: string;
  enableExecuteCommand: boolean;
  deploymentController: DeploymentControllerType;
  /**
   * The fixture's alternate target group and listener rules per load balancer (same order), used
   * when an UpdateService/CreateService chooses BLUE_GREEN, LINEAR or CANARY without giving
   * loadBalancers[].advancedConfiguration (an emulator convenience, emulator/README.md).
   */
  preparedAdvancedConfiguration?: AdvancedConfiguration[];
  /** task definition ARN and deployment id of the last deployment that reached COMPLETED */
  lastCompleted?: { taskDefinition: string; deploymentId: string; serviceRevisionArn: string };
}

export interface ClusterRecord {
  arn: string;
  name: string;
  status: 'ACTIVE' | 'INACTIVE';
  tags: Tag[];
  services: Record<string, ServiceRecord>;
}

export interface TargetRecord {
  id: string;
  port: number;
  availabilityZone: string;
  taskArn: string;
  state: 'initial' | 'healthy' | 'unhealthy' | 'draining';
  reason?: string;
  description?: string;
  registeredAt: number;
}

export interface TargetGroupRecord {
  arn: string;
  name: string;
  protocol: string;
  port: number;
  vpcId: string;
  targetType: string;
  healthCheckProtocol: string;
  healthCheckPort: string;
  healthCheckPath: string;
  healthCheckIntervalSeconds: number;
  healthCheckTimeoutSeconds: number;
  healthyThresholdCount: number;
  unhealthyThresholdCount: number;
  matcher: string;
  deregistrationDelaySeconds: number;
  loadBalancerArns: string[];
  targets: TargetRecord[];
}

export interface LoadBalancerRecord {
  arn: string;
  name: string;
  dnsName: string;
  scheme: string;
  type: string;
  vpcId: string;
  createdTime: number;
  securityGroups: string[];
  availabilityZones: { zoneName: string; subnetId: string }[];
}

/** An ELBv2 listener (DescribeListeners) of a fixture load balancer. */
export interface ListenerRecord {
  arn: string;
  loadBalancerArn: string;
  port: number;
  protocol: string;
}

/** An ELBv2 listener rule (DescribeRules): a forward action whose target group weights ECS shifts. */
export interface ListenerRuleRecord {
  arn: string;
  listenerArn: string;
  priority: string;
  conditions: { field: string; values: string[] }[];
  forward: { targetGroupArn: string; weight: number }[];
}

export interface RegionState {
  name: string;
  vpcId: string;
  subnets: { id: string; availabilityZone: string; cidr: string }[];
  clusters: Record<string, ClusterRecord>;
  /** family -> revisions (index = revision - 1) */
  taskDefinitions: Record<string, TaskDefinitionRecord[]>;
  tasks: Record<string, TaskRecord>;
  loadBalancers: LoadBalancerRecord[];
  targetGroups: Record<string, TargetGroupRecord>;
  /** listeners and rules of the fixture's load balancers (the rules ECS blue/green shifts) */
  listeners?: ListenerRecord[];
  listenerRules?: ListenerRuleRecord[];
  /**
   * the fixture's alternate target groups, not yet in use: each joins targetGroups (and its
   * listener rules' forward actions, weight 0) once a service takes a non-ROLLING strategy
   */
  preparedTargetGroups?: Record<string, TargetGroupRecord>;
  nextIp: number;
  /** CodeDeploy's applications and deployments (emulator/codedeploy.ts), once the region has any */
  codeDeploy?: CodeDeployState;
  /** RunTask client tokens per cluster (`<cluster>/<token>`): the request and the tasks it started */
  runTaskTokens?: Record<string, { request: string; taskArns: string[]; at: number }>;
}

export interface CodeDeployGroupRecord {
  id: string;
  name: string;
  applicationName: string;
  deploymentConfigName: string;
  clusterName: string;
  serviceName: string;
  autoRollback: boolean;
  terminationWaitMinutes: number;
  targetGroups: string[];
  lastAttempted?: string;
  lastSuccessful?: string;
}

export interface CodeDeployApplicationRecord {
  id: string;
  name: string;
  createTime: number;
  groups: Record<string, CodeDeployGroupRecord>;
}

export type CodeDeployStatus =
  'Created' | 'Queued' | 'InProgress' | 'Baking' | 'Ready' | 'Succeeded' | 'Failed' | 'Stopped';

export interface CodeDeployDeploymentRecord {
  id: string;
  applicationName: string;
  groupName: string;
  deploymentConfigName: string;
  status: CodeDeployStatus;
  creator: 'user' | 'codeDeployRollback';
  description?: string;
  /** the revision as given (AppSpecContent with content and sha256) */
  revision: any;
  taskDefinitionArn: string;
  createTime: number;
  startTime?: number;
  completeTime?: number;
  errorInformation?: { code: string; message: string };
  rollbackInfo?: {
    rollbackDeploymentId?: string;
    rollbackTriggeringDeploymentId?: string;
    rollbackMessage?: string;
  };
  /** the ECS task sets (emulator deployment ids) it replaces and creates */
  originalTaskSet?: string;
  replacementTaskSet?: string;
  /** share of production traffic on the replacement task set, 0 to 100 */
  trafficPercent: number;
  /** the lifecycle event running now (BeforeInstall … AfterAllowTraffic, then the termination) */
  lifecycleEvent: string;
}

export interface CodeDeployState {
  applications: Record<string, CodeDeployApplicationRecord>;
  deployments: Record<string, CodeDeployDeploymentRecord>;
}

export interface EcrImageRecord {
  digest: string;
  tags: string[];
  sizeInBytes: number;
  pushedAt: number;
}

export interface EcrRepositoryRecord {
  name: string;
  arn: string;
  uri: string;
  createdAt: number;
  catalogData: Record<string, any>;
  tags: Tag[];
  images: EcrImageRecord[];
}

export interface EmulatorState {
  accountId: string;
  regions: Record<string, RegionState>;
  ecrPublic: {
    registryAlias: string;
    verified: boolean;
    repositories: Record<string, EcrRepositoryRecord>;
  };
}
