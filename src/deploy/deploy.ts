/**
 * The deploy itself: read-only checks first (cluster, service, task definition), so a failed check
 * changes nothing; then register (or reuse), UpdateService, wait, and roll back on failure.
 */
import type { ECSClient, RegisterTaskDefinitionCommandInput, Service } from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { log as print } from '../lib/log-safe.js';
import type { Clock, WaitOptions, WaitResult } from '../health/types.js';
import type { RollbackOptions, RollbackResult } from '../health/wait.js';
import { rollbackCancelled } from '../health/action.js';
import { revisionName } from '../health/verdict.js';
import { awsError, isTransientAwsError } from '../lib/aws.js';
import { ActionError, errorMessage, InputError } from '../lib/errors.js';
import { definitionChanges, sameTaskDefinition } from '../task-definition/compare.js';
import { fetchTaskDefinition, isTaskDefinitionNotFound } from '../task-definition/load.js';
import { serviceRequest, type DeploySettings } from './inputs.js';
import {
  cancellationMessage,
  changedSoFar,
  chooseTaskDefinition,
  containerImages,
  failureDecision,
  imageProblems,
  lostUpdateDeployment,
  primaryDeploymentId,
  revisionTags,
  serviceChanges,
  updateServiceRequest,
  type ChangesMade,
  type Provenance,
  type RegisteredRevision,
  type ServiceState,
  type TaskDefinitionChoice,
} from './plan.js';

/** The one waiting module (src/health/wait.ts); tests pass their own. */
export interface Waiter {
  waitForDeployment(options: WaitOptions): Promise<WaitResult>;
  rollbackService(options: RollbackOptions): Promise<RollbackResult>;
}

export interface DeployIo {
  ecs: ECSClient;
  /**
   * A client that makes one attempt per call, for RegisterTaskDefinition, which is not
   * idempotent: when its answer is lost after ECS registered the revision, the SDK's own retry
   * would register a copy. With it, the deploy retries by itself and looks for the revision
   * before registering again. Without it, `ecs` and its retries are used.
   */
  ecsSingleAttempt?: ECSClient;
  /** Waits between register attempts (tests pass a fast one). */
  sleep?: (ms: number) => Promise<void>;
  /** Made only when the deploy waits. */
  elb: () => Promise<ElasticLoadBalancingV2Client>;
  /** Commit and run for the provenance tags (omitted outside a workflow run). */
  provenance?: Provenance;
  signal?: AbortSignal;
  log?: (line: string) => void;
  clock?: Clock;
  waiter?: Waiter;
  now?: () => number;
}

export type DeployOutcome =
  | 'planned'
  | 'registered'
  | 'deployed'
  | 'unchanged'
  | 'healthy'
  | 'failed'
  | 'rolled-back'
  | 'rolled-back-by-ecs';

export interface DeployResult {
  outcome: DeployOutcome;
  /** One line for a person. */
  message: string;
  dryRun: boolean;
  /** The revision the service now runs (after a rollback: the one rolled back to); '' in a dry run that would register. */
  taskDefinitionArn: string;
  /** The revision deployed (or planned) by this step, also when it was rolled back. */
  deployedTaskDefinitionArn: string;
  previousTaskDefinitionArn: string;
  deploymentId: string;
  registered: boolean;
  /** This step's UpdateService went through (deploymentId is the deployment it started). */
  serviceUpdated: boolean;
  rolledBack: boolean;
  choice: TaskDefinitionChoice;
  family: string;
  images: { container: string; image: string }[];
  /** What differs from the revision the service ran (or the family's latest, without a service). */
  changes: string[];
  /** What UpdateService changes; empty when it was (or would be) skipped. */
  serviceChanges: string[];
  /** Fields removed from the file before registering. */
  removedFields: string[];
  wait?: WaitResult;
  rollback?: RollbackResult;
  durationMs: number;
}

/** A deploy that failed after changing something: the result says what state it left behind. */
export class DeployFailedError extends ActionError {
  constructor(
    message: string,
    readonly result: DeployResult,
  ) {
    super(message);
    this.name = 'DeployFailedError';
  }
}

export async function executeDeploy(settings: DeploySettings, io: DeployIo): Promise<DeployResult> {
  const now = io.now ?? Date.now;
  const started = now();
  const log = io.log ?? ((line: string) => print.info(line));
  const ecs = io.ecs;

  // ---- preflight: reads only
  let service: ServiceState | undefined;
  if (settings.service) {
    await checkCluster(ecs, settings);
    service = await describeService(ecs, settings);
  }
  const source = settings.taskDefinition;
  let definition: Record<string, any> | undefined;
  let givenArn: string | undefined;
  let latest: RegisteredRevision | undefined;
  if (source.kind === 'arn') {
    const fetched = await fetchTaskDefinition(ecs, { arn: source.arn, input: source.input });
    if (fetched.definition.status && fetched.definition.status !== 'ACTIVE') {
      throw new InputError(
        source.input,
        `${revisionName(fetched.arn)} is ${fetched.definition.status}`,
        'Deploy an ACTIVE revision; ECS starts no new tasks from a deregistered one',
      );
    }
    const [bad] = imageProblems(fetched.definition);
    if (bad)
      throw new InputError(
        source.input,
        `${revisionName(fetched.arn)}: container '${bad.container}': image ${bad.problem}`,
      );
    givenArn = fetched.arn;
    definition = fetched.definition;
  } else {
    definition = source.definition;
    latest = await latestActiveRevision(ecs, definition.family);
  }
  const tags = revisionTags({
    fileTags: source.kind === 'definition' ? source.tags : [],
    provenance: settings.provenanceTags ? io.provenance : undefined,
    userTags: settings.tags,
  });
  const choice = chooseTaskDefinition({
    definition,
    givenArn,
    latest,
    skipUnchanged: settings.skipUnchanged,
    tags,
  });
  const previousArn = service?.taskDefinition ?? '';
  const before = await comparisonBase(ecs, service, latest);
  const changes = definitionChanges(before?.definition, definition);
  const plannedArn = choice.action === 'register' ? '' : choice.arn;
  const request = serviceRequest(settings);
  const plannedServiceChanges = service
    ? serviceChanges(service, request, plannedArn || '(new revision)')
    : [];

  const result: DeployResult = {
    outcome: 'planned',
    message: '',
    dryRun: settings.dryRun,
    taskDefinitionArn: plannedArn,
    deployedTaskDefinitionArn: plannedArn,
    previousTaskDefinitionArn: previousArn,
    deploymentId: '',
    registered: false,
    serviceUpdated: false,
    rolledBack: false,
    choice,
    family: String(definition.family ?? ''),
    images: containerImages(definition),
    changes,
    serviceChanges: plannedServiceChanges,
    removedFields: source.kind === 'definition' ? source.removed : [],
    durationMs: 0,
  };
  const finish = (outcome: DeployOutcome, message: string): DeployResult => {
    result.outcome = outcome;
    result.message = message;
    result.durationMs = now() - started;
    return result;
  };

  logPlan(log, settings, result, before?.arn);
  if (settings.dryRun) {
    return finish('planned', `Dry run: nothing was changed. ${planSentence(settings, result)}`);
  }

  // ---- changes. After a signal no further change is started; one in flight is not aborted, so
  // that what it did is known and reported. Any failure after a change carries the result, so the
  // step's outputs and summary say what was changed.
  try {
    return await applyChanges(settings, io, { result, finish, service, definition, latest, tags, log });
  } catch (error) {
    throw failureAfterChanges(error, settings, result, finish);
  }
}

function changesMade(settings: DeploySettings, result: DeployResult): ChangesMade {
  return {
    service: settings.service || undefined,
    registeredArn: result.registered ? result.deployedTaskDefinitionArn : undefined,
    deploymentId: result.serviceUpdated ? result.deploymentId : undefined,
  };
}

/** Thrown at a checkpoint once the runner cancelled the step; `why` is "Cancelled (SIGTERM)". */
class StepCancelled extends Error {
  constructor(readonly why: string) {
    super(why);
    this.name = 'StepCancelled';
  }
}

/** The signal's reason once the runner cancelled the step, else undefined. */
function cancelledBy(signal: AbortSignal | undefined): string | undefined {
  if (!signal?.aborted) return undefined;
  return signal.reason instanceof Error ? signal.reason.message : 'Cancelled';
}

function checkpoint(signal: AbortSignal | undefined): void {
  const why = cancelledBy(signal);
  if (why) throw new StepCancelled(why);
}

/** The error of a step that stopped during its changes: with the result once anything changed. */
function failureAfterChanges(
  error: unknown,
  settings: DeploySettings,
  result: DeployResult,
  finish: (outcome: DeployOutcome, message: string) => DeployResult,
): unknown {
  if (error instanceof DeployFailedError) return error;
  const made = changesMade(settings, result);
  const before = changedSoFar(made);
  if (error instanceof StepCancelled) {
    const message = cancellationMessage(error.why, made);
    return before ? new DeployFailedError(message, finish('failed', message)) : new ActionError(message);
  }
  if (!before) return error;
  const message = `${before}, then: ${errorMessage(error)}`;
  return new DeployFailedError(message, finish('failed', message));
}

interface ChangeContext {
  result: DeployResult;
  finish: (outcome: DeployOutcome, message: string) => DeployResult;
  service: ServiceState | undefined;
  definition: Record<string, any>;
  latest: RegisteredRevision | undefined;
  tags: { key: string }[];
  log: (line: string) => void;
}

async function applyChanges(
  settings: DeploySettings,
  io: DeployIo,
  context: ChangeContext,
): Promise<DeployResult> {
  const { result, finish, service, definition, latest, tags, log } = context;
  const { choice, previousTaskDefinitionArn: previousArn } = result;
  const ecs = io.ecs;
  checkpoint(io.signal);
  let arn: string;
  if (choice.action === 'register') {
    arn = await registerTaskDefinition(io, choice.request, { definition, before: latest?.arn, log });
    result.registered = true;
    log(
      `Registered ${revisionName(arn)}${tags.length ? ` with tags ${tags.map((t) => t.key).join(', ')}` : ''}`,
    );
  } else {
    arn = choice.arn;
    log(`Deploying ${revisionName(arn)} (${choice.reason}); nothing registered`);
  }
  result.taskDefinitionArn = arn;
  result.deployedTaskDefinitionArn = arn;
  if (!service)
    return finish('registered', `Registered ${revisionName(arn)}; no service given, so nothing was deployed`);

  const request = serviceRequest(settings);
  result.serviceChanges = serviceChanges(service, request, arn);
  if (result.serviceChanges.length > 0) {
    checkpoint(io.signal);
    result.deploymentId = await updateService(io, settings, arn, service, log);
    result.serviceUpdated = true;
    log(`Updated service ${settings.service}: deployment ${result.deploymentId} started`);
  } else {
    result.deploymentId = primaryDeploymentId(service.deployments) ?? '';
    log(
      `Service ${settings.service} already runs ${revisionName(arn)} and nothing else changes: UpdateService skipped`,
    );
  }
  if (!settings.wait) {
    return result.serviceChanges.length > 0
      ? finish('deployed', `Deployment ${result.deploymentId} of ${revisionName(arn)} started (not waiting)`)
      : finish('unchanged', `Service ${settings.service} already runs ${revisionName(arn)}`);
  }
  checkpoint(io.signal);

  // ---- wait, and roll back on failure
  const waiter = io.waiter ?? (await import('../health/wait.js'));
  const elb = await io.elb();
  const waitOptions: WaitOptions = {
    ecs,
    elb,
    cluster: settings.cluster,
    service: settings.service,
    deploymentId: result.deploymentId || undefined,
    timeoutMs: settings.waitTimeoutMs,
    signal: io.signal,
    clock: io.clock,
    log: io.log,
  };
  let wait: WaitResult;
  try {
    wait = await waiter.waitForDeployment(waitOptions);
  } catch (error) {
    // AWS stopped answering (or refused the reads): the deployment goes on, in a state nobody
    // can see, so nothing is rolled back.
    const cause = error instanceof ActionError ? error.message : awsError(error, 'waiting').message;
    const message = `Could not tell whether deployment ${result.deploymentId} of ${revisionName(arn)} became healthy: ${cause}. Not rolled back: the state of the service could not be read`;
    throw new DeployFailedError(message, finish('failed', message));
  }
  result.wait = wait;
  if (wait.healthy)
    return finish('healthy', `Deployment ${wait.deploymentId} of ${revisionName(arn)} is healthy`);

  for (const line of wait.details) log(line);
  const failed = `Deployment ${wait.deploymentId || result.deploymentId} of ${revisionName(arn)} did not become healthy: ${wait.reason}`;
  const decision = failureDecision(wait, {
    rollbackOnFailure: settings.rollbackOnFailure,
    previousTaskDefinitionArn: previousArn || undefined,
    newTaskDefinitionArn: arn,
    cancelled: io.signal?.aborted,
  });
  if (decision.action === 'follow-ecs-rollback') {
    // ECS is already putting the old revision back: follow its rollback deployment (the PRIMARY
    // one now) to report whether the service is healthy again, without another UpdateService.
    log(
      `ECS's deployment circuit breaker is rolling the service back to ${revisionName(wait.taskDefinitionArn)}; following it`,
    );
    const followed = await waiter.waitForDeployment({ ...waitOptions, deploymentId: undefined });
    result.rollback = {
      toTaskDefinitionArn: followed.taskDefinitionArn,
      deploymentId: followed.deploymentId,
      updated: false,
      wait: followed,
    };
    result.rolledBack = true;
    result.taskDefinitionArn = followed.taskDefinitionArn || wait.taskDefinitionArn || previousArn;
    const to = `${revisionName(result.taskDefinitionArn)} (deployment ${followed.deploymentId})`;
    const state = followed.healthy
      ? 'which is healthy again'
      : `which is not healthy either: ${followed.reason}`;
    throw new DeployFailedError(
      `${failed}. ECS's deployment circuit breaker rolled the service back to ${to}, ${state}; not rolled back a second time`,
      finish('rolled-back-by-ecs', failed),
    );
  }
  if (decision.action === 'none') {
    result.taskDefinitionArn = wait.taskDefinitionArn || arn;
    throw new DeployFailedError(`${failed}. Not rolled back: ${decision.why}`, finish('failed', failed));
  }

  log(`Rolling back service ${settings.service} to ${revisionName(decision.toTaskDefinitionArn)}`);
  let rollback: RollbackResult;
  try {
    rollback = await waiter.rollbackService({
      ...waitOptions,
      deploymentId: undefined,
      toTaskDefinitionArn: decision.toTaskDefinitionArn,
    });
  } catch (error) {
    // Cancelled before the rollback's UpdateService: it was not sent (src/health/wait.ts).
    const why = cancelledBy(io.signal);
    const cause = why
      ? undefined
      : error instanceof ActionError
        ? error.message
        : awsError(error, 'rolling back').message;
    throw new DeployFailedError(
      cause
        ? `${failed}. Rolling back to ${revisionName(decision.toTaskDefinitionArn)} failed too: ${cause}`
        : `${failed}. Not rolled back: the step was cancelled before the rollback could start`,
      finish('failed', failed),
    );
  }
  result.rollback = rollback;
  result.rolledBack = true;
  result.taskDefinitionArn = rollback.toTaskDefinitionArn;
  const to = `${revisionName(rollback.toTaskDefinitionArn)} (deployment ${rollback.deploymentId})`;
  if (rollback.wait.outcome === 'cancelled') {
    throw new DeployFailedError(
      `${failed}. ${rollbackCancelled(cancelledBy(io.signal) ?? 'Cancelled', rollback)}`,
      finish('failed', failed),
    );
  }
  if (!rollback.wait.healthy) {
    for (const line of rollback.wait.details) log(line);
    throw new DeployFailedError(
      `${failed}. Rolled back to ${to}, but that did not become healthy either: ${rollback.wait.reason}`,
      finish('failed', failed),
    );
  }
  throw new DeployFailedError(
    `${failed}. Rolled back to ${to}, which is healthy again`,
    finish('rolled-back', failed),
  );
}

async function checkCluster(ecs: ECSClient, settings: DeploySettings): Promise<void> {
  const { DescribeClustersCommand } = await import('@aws-sdk/client-ecs');
  let response;
  try {
    response = await ecs.send(new DescribeClustersCommand({ clusters: [settings.cluster] }));
  } catch (error) {
    throw awsError(error, `describing cluster ${settings.cluster}`);
  }
  const cluster = response.clusters?.[0];
  if (!cluster || cluster.status !== 'ACTIVE') {
    const state = cluster
      ? `is ${cluster.status}`
      : `does not exist (${response.failures?.[0]?.reason ?? 'MISSING'})`;
    throw new InputError(
      settings.inputNames.cluster,
      `cluster '${settings.cluster}' ${state} in ${settings.region}`,
      'Check the cluster name and aws-region',
    );
  }
}

async function describeService(ecs: ECSClient, settings: DeploySettings): Promise<ServiceState> {
  const { DescribeServicesCommand } = await import('@aws-sdk/client-ecs');
  let response;
  try {
    response = await ecs.send(
      new DescribeServicesCommand({ cluster: settings.cluster, services: [settings.service] }),
    );
  } catch (error) {
    throw awsError(error, `describing service ${settings.service}`);
  }
  const found: Service | undefined = response.services?.[0];
  const where = `in cluster '${settings.cluster}' (${settings.region})`;
  if (!found) {
    const reason = response.failures?.[0]?.reason ?? 'MISSING';
    throw new InputError(
      settings.inputNames.service,
      `service '${settings.service}' was not found ${where} (${reason})`,
      'Check the service and cluster names; leave service empty to register the task definition only',
    );
  }
  if (found.status !== 'ACTIVE') {
    throw new InputError(
      settings.inputNames.service,
      `service '${settings.service}' is ${found.status} ${where}`,
      'Only an ACTIVE service can be updated; create it again or deploy to another one',
    );
  }
  return {
    arn: found.serviceArn ?? '',
    name: found.serviceName ?? settings.service,
    status: found.status,
    taskDefinition: found.taskDefinition ?? '',
    desiredCount: found.desiredCount ?? 0,
    enableECSManagedTags: found.enableECSManagedTags,
    propagateTags: found.propagateTags,
    deployments: (found.deployments ?? []).map((d) => ({
      id: d.id ?? '',
      status: d.status ?? '',
      taskDefinition: d.taskDefinition ?? '',
      rolloutState: d.rolloutState,
    })),
  };
}

/** The family's latest ACTIVE revision, or undefined when it has none (a new family). */
async function latestActiveRevision(ecs: ECSClient, family: string): Promise<RegisteredRevision | undefined> {
  try {
    const fetched = await fetchTaskDefinition(ecs, { family, input: 'task-definition' });
    return { arn: fetched.arn, definition: fetched.definition };
  } catch (error) {
    if (isTaskDefinitionNotFound(error)) return undefined;
    throw error;
  }
}

/** The revision to show the changes against: the one the service runs, else the family's latest. */
async function comparisonBase(
  ecs: ECSClient,
  service: ServiceState | undefined,
  latest: RegisteredRevision | undefined,
): Promise<RegisteredRevision | undefined> {
  if (!service?.taskDefinition) return latest;
  if (latest && latest.arn === service.taskDefinition) return latest;
  try {
    const fetched = await fetchTaskDefinition(ecs, { arn: service.taskDefinition, input: 'service' });
    return { arn: fetched.arn, definition: fetched.definition };
  } catch (error) {
    if (isTaskDefinitionNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * A mutating call made exactly once. RegisterTaskDefinition has no idempotency token, and neither
 * has UpdateService with forceNewDeployment; a lost answer (the connection failing after ECS made
 * the change) looks like any transient failure, and the SDK's own retry would make the change
 * again. So each attempt goes through a client that makes one attempt per call, and between
 * attempts `recover` reads what ECS holds: when the lost call took effect, its result is used.
 * After a cancellation no new attempt is made.
 */
async function sendOnce<T>(
  io: DeployIo,
  call: {
    send: (client: ECSClient) => Promise<T>;
    recover: (error: Error) => Promise<T | undefined>;
    doing: string;
  },
): Promise<T> {
  const client = io.ecsSingleAttempt ?? io.ecs;
  const attempts = io.ecsSingleAttempt ? await io.ecs.config.maxAttempts() : 1;
  const sleep = io.sleep ?? abortableSleep(io.signal);
  for (let attempt = 1; ; attempt++) {
    try {
      return await call.send(client);
    } catch (error) {
      if (error instanceof ActionError) throw error;
      if (attempt >= attempts || !isTransientAwsError(error)) throw awsError(error, call.doing);
      const recovered = await call.recover(error as Error);
      if (recovered !== undefined) return recovered;
      checkpoint(io.signal);
      // The SDK's standard backoff: full jitter, 100 ms base (500 ms when throttled), 20 s cap.
      const base = /Throttl/i.test((error as Error).name ?? '') ? 500 : 100;
      await sleep(Math.random() * Math.min(20_000, base * 2 ** attempt));
      checkpoint(io.signal);
    }
  }
}

/** A sleep that ends early when the step is cancelled (the caller checks the signal after it). */
function abortableSleep(signal: AbortSignal | undefined): (ms: number) => Promise<void> {
  return (ms) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    });
}

/**
 * RegisterTaskDefinition, exactly once: between attempts the family's latest ACTIVE revision is
 * read, and when it is a new one equal to the definition, that is the registration whose answer
 * was lost.
 */
async function registerTaskDefinition(
  io: DeployIo,
  request: RegisterTaskDefinitionCommandInput,
  context: { definition: Record<string, any>; before: string | undefined; log: (line: string) => void },
): Promise<string> {
  const { RegisterTaskDefinitionCommand } = await import('@aws-sdk/client-ecs');
  return sendOnce(io, {
    doing: `registering task definition family ${request.family}`,
    send: async (client) => {
      const response = await client.send(new RegisterTaskDefinitionCommand(request));
      const arn = response.taskDefinition?.taskDefinitionArn;
      if (!arn) throw new ActionError('RegisterTaskDefinition returned no task definition ARN');
      return arn;
    },
    recover: async (error) => {
      const latest = await latestActiveRevision(io.ecs, String(request.family));
      if (
        !latest ||
        latest.arn === context.before ||
        !sameTaskDefinition(context.definition, latest.definition)
      )
        return undefined;
      context.log(
        `RegisterTaskDefinition failed (${error.name}: ${error.message}), but ECS had registered ${revisionName(latest.arn)} before its answer was lost; using it`,
      );
      return latest.arn;
    },
  });
}

/**
 * UpdateService, exactly once: between attempts the service is read, and a deployment of our
 * revision that was not there before the call is the one the lost call started
 * (`lostUpdateDeployment`). Returns the deployment's ID.
 */
async function updateService(
  io: DeployIo,
  settings: DeploySettings,
  arn: string,
  before: ServiceState,
  log: (line: string) => void,
): Promise<string> {
  const { UpdateServiceCommand } = await import('@aws-sdk/client-ecs');
  const known = before.deployments.map((deployment) => deployment.id);
  return sendOnce(io, {
    doing: `updating service ${settings.service} to ${revisionName(arn)}`,
    send: async (client) => {
      const response = await client.send(
        new UpdateServiceCommand(updateServiceRequest(serviceRequest(settings), arn)),
      );
      const id = primaryDeploymentId(response.service?.deployments);
      if (!id) throw new ActionError(`UpdateService on ${settings.service} returned no PRIMARY deployment`);
      return id;
    },
    recover: async (error) => {
      const now = await describeService(io.ecs, settings);
      const id = lostUpdateDeployment(known, now.deployments, arn);
      if (id)
        log(
          `UpdateService failed (${error.name}: ${error.message}), but ECS had started deployment ${id} before its answer was lost; using it`,
        );
      return id;
    },
  });
}

function planSentence(settings: DeploySettings, result: DeployResult): string {
  const what =
    result.choice.action === 'register'
      ? `would register a new revision of ${result.family}`
      : `would deploy ${revisionName(result.choice.arn)} (${result.choice.reason})`;
  if (!settings.service) return `It ${what}; no service given.`;
  const update = result.serviceChanges.length
    ? `and update service ${settings.service}: ${result.serviceChanges.join('; ')}`
    : `and leave service ${settings.service} as it is (it already runs that revision)`;
  return `It ${what} ${update}.`;
}

function logPlan(
  log: (line: string) => void,
  settings: DeploySettings,
  result: DeployResult,
  baseArn: string | undefined,
): void {
  log(
    `Plan for ${settings.service ? `service ${settings.service} in cluster ${settings.cluster}` : 'registering only'} (${settings.region}):`,
  );
  log(`  task definition: ${result.choice.action} — ${result.choice.reason}`);
  if (result.removedFields.length) log(`  removed before registering: ${result.removedFields.join(', ')}`);
  log(`  changes against ${baseArn ? revisionName(baseArn) : 'nothing (first revision)'}:`);
  for (const line of result.changes.length ? result.changes : ['(none)']) log(`    ${line}`);
  if (settings.service) {
    log('  service change:');
    for (const line of result.serviceChanges.length
      ? result.serviceChanges
      : ['(none: UpdateService is skipped)'])
      log(`    ${line}`);
  }
}
