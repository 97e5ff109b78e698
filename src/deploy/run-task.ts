/**
 * The one-off task (`run-task`): the new revision run once, typically a database migration, before
 * the service is updated.
 *
 * Order (a deliberate choice, issue 15): RegisterTaskDefinition → RunTask → (with
 * `wait-for-task-stopped`) wait until the task stops and check its essential containers →
 * UpdateService. A migration therefore runs before any task of the new revision serves, and a
 * failed one (non-zero exit, a container that never started, a timeout, a cancellation) fails the
 * step before UpdateService: the service stays on its revision. The reference
 * (aws-actions/amazon-ecs-deploy-task-definition v2.6.3, index.js run()) has the same order, but
 * without `wait-for-task-stopped` neither waits, so the task and the deployment run side by side.
 *
 * Defaults differ from the reference where a user would expect the service's: without
 * `run-task-subnets` and `run-task-security-groups` the task gets the service's awsvpc
 * configuration (the reference sends none, which RunTask refuses for an awsvpc task definition),
 * and without a launch type or capacity provider strategy it runs as the service does (the
 * reference always says FARGATE). Without a service, the reference's defaults hold.
 *
 * Pure parts (the request, the verdict on stopped tasks, the logs link) are separate from the
 * calls, which go through the deploy's send-once path (apply.ts) with a client token, so a lost
 * answer never starts the task twice.
 */
import { randomUUID } from 'node:crypto';
import type { AwsVpcConfiguration, RunTaskCommandInput, Task } from '@aws-sdk/client-ecs';
import { revisionName } from '../health/snapshot.js';
import { pollUntil } from '../health/until.js';
import { ActionError, InputError } from '../lib/errors.js';
import { logSafe } from '../lib/log-safe.js';
import { isTransientAwsError } from '../lib/aws.js';
import { cancelledBy, checkpoint, StepCancelled } from './cancel.js';
import type { ServiceState } from './plan.js';
import type { RunTaskSettings } from './run-task-inputs.js';

export type { RunTaskSettings } from './run-task-inputs.js';

/** The RunTask request, checked against the task definition and the service before any change. */
export interface RunTaskPlan {
  request: Omit<RunTaskCommandInput, 'taskDefinition' | 'clientToken'>;
  /** Where the networking and capacity came from, for the plan. */
  notes: string[];
  waitForStop: boolean;
}

export function planRunTask(
  settings: RunTaskSettings,
  context: {
    cluster: string;
    definition: Record<string, any>;
    service?: ServiceState;
    enableEcsManagedTags?: boolean;
  },
): RunTaskPlan {
  const { names } = settings;
  const { definition, service } = context;
  const containers: Record<string, any>[] = definition.containerDefinitions ?? [];
  const containerNames = containers.map((c) => String(c.name));
  settings.containerOverrides.forEach((override, index) => {
    if (!containerNames.includes(override.name))
      throw new InputError(
        names.runTaskContainerOverrides,
        `item ${index + 1}: container '${override.name}' is not in task definition ${definition.family}`,
        `Use one of: ${containerNames.join(', ')}`,
      );
  });
  if (settings.ebsVolume) {
    const volume = (definition.volumes ?? []).find((v: any) => v?.name === settings.ebsVolume!.name);
    if (!volume?.configuredAtLaunch)
      throw new InputError(
        names.runTaskManagedEbsVolumeName,
        `task definition ${definition.family} has no volume '${settings.ebsVolume.name}' with configuredAtLaunch: true`,
        'Name a volume the task definition declares with "configuredAtLaunch": true',
      );
  }

  const notes: string[] = [];
  const awsvpc = definition.networkMode === 'awsvpc';
  const given = settings.subnets.length > 0 || settings.securityGroups.length > 0;
  let awsvpcConfiguration: AwsVpcConfiguration | undefined;
  if (given) {
    if (!awsvpc)
      throw new InputError(
        settings.subnets.length ? names.runTaskSubnets : names.runTaskSecurityGroups,
        `task definition ${definition.family} uses networkMode ${definition.networkMode ?? 'bridge'}, which takes no subnets or security groups`,
        'Leave them empty, or use networkMode awsvpc',
      );
    awsvpcConfiguration = {
      subnets: settings.subnets,
      ...(settings.securityGroups.length ? { securityGroups: settings.securityGroups } : {}),
      assignPublicIp: settings.assignPublicIp ?? 'DISABLED',
    };
    notes.push('networking: as given');
  } else if (awsvpc && service?.awsvpcConfiguration?.subnets?.length) {
    awsvpcConfiguration = {
      ...service.awsvpcConfiguration,
      subnets: service.awsvpcConfiguration.subnets,
      assignPublicIp: (settings.assignPublicIp ??
        service.awsvpcConfiguration.assignPublicIp) as AwsVpcConfiguration['assignPublicIp'],
    };
    notes.push(`networking: service ${service.name}'s subnets and security groups`);
  }
  if (awsvpc && !awsvpcConfiguration?.subnets?.length)
    throw new InputError(
      names.runTaskSubnets,
      `task definition ${definition.family} uses networkMode awsvpc, so the one-off task needs subnets${service ? `, and service ${service.name} has none to copy` : ' (no service to copy them from)'}`,
      `Give ${names.runTaskSubnets} (and ${names.runTaskSecurityGroups})`,
    );

  let capacity: Pick<RunTaskCommandInput, 'launchType' | 'capacityProviderStrategy'>;
  if (settings.capacityProviderStrategy)
    capacity = { capacityProviderStrategy: settings.capacityProviderStrategy };
  else if (settings.launchType) capacity = { launchType: settings.launchType };
  else if (service?.capacityProviderStrategy?.length) {
    capacity = { capacityProviderStrategy: service.capacityProviderStrategy };
    notes.push(`capacity: service ${service.name}'s capacity provider strategy`);
  } else if (service?.launchType) {
    capacity = { launchType: service.launchType as RunTaskCommandInput['launchType'] };
    notes.push(`launch type: service ${service.name}'s (${service.launchType})`);
  } else if (service) {
    capacity = {};
    notes.push("capacity: the cluster's default capacity provider strategy, as for the service");
  } else capacity = { launchType: 'FARGATE' };

  return {
    request: {
      cluster: context.cluster,
      count: 1,
      startedBy: settings.startedBy,
      ...capacity,
      ...(awsvpcConfiguration ? { networkConfiguration: { awsvpcConfiguration } } : {}),
      ...(settings.containerOverrides.length
        ? { overrides: { containerOverrides: settings.containerOverrides } }
        : {}),
      ...(settings.tags.length ? { tags: settings.tags } : {}),
      ...(context.enableEcsManagedTags !== undefined
        ? { enableECSManagedTags: context.enableEcsManagedTags }
        : {}),
      ...(settings.ebsVolume ? { volumeConfigurations: [settings.ebsVolume] } : {}),
    },
    notes,
    waitForStop: settings.waitForStop,
  };
}

/** The plan in lines for the log and the dry run. */
export function describeRunTaskPlan(plan: RunTaskPlan, revision: string): string[] {
  const r = plan.request;
  const net = r.networkConfiguration?.awsvpcConfiguration;
  const where = r.capacityProviderStrategy
    ? `capacity providers ${r.capacityProviderStrategy.map((i) => i.capacityProvider).join(', ')}`
    : r.launchType
      ? `launch type ${r.launchType}`
      : "the cluster's default capacity provider strategy";
  return [
    `run ${revision} once (startedBy ${r.startedBy}) on ${where}${plan.waitForStop ? ', wait until it stops, and update the service only if its essential containers exit 0' : ', not waiting for it'}`,
    ...(net
      ? [
          `  subnets ${net.subnets?.join(', ')}; security groups ${net.securityGroups?.join(', ') || '(VPC default)'}; public IP ${net.assignPublicIp ?? 'DISABLED'}`,
        ]
      : []),
    ...(r.overrides?.containerOverrides ?? []).map(
      (o) => `  override container ${o.name}${o.command ? `: command ${JSON.stringify(o.command)}` : ''}`,
    ),
    ...plan.notes.map((note) => `  ${note}`),
  ];
}

// ---------------------------------------------------------------- the verdict on stopped tasks

export interface StoppedVerdict {
  ok: boolean;
  /** One line per task: how it ended; then one per failed essential container. */
  lines: string[];
}

/**
 * Whether the stopped one-off tasks succeeded: every essential container exited 0. A container
 * without an exit code never ran (image pull, resources) and fails too. Non-essential
 * containers are reported but do not decide: ECS stops them itself when the essential ones exit
 * (the reference fails on any container with a non-zero or missing exit code).
 */
export function stoppedTaskVerdict(
  tasks: Task[],
  definition: Record<string, any>,
  region: string,
): StoppedVerdict {
  const byName = new Map<string, Record<string, any>>(
    (definition.containerDefinitions ?? []).map((c: any) => [String(c.name), c]),
  );
  const lines: string[] = [];
  let ok = true;
  for (const task of tasks) {
    const id = taskId(task.taskArn);
    const code = task.stopCode ? ` [${task.stopCode}]` : '';
    lines.push(
      `task ${id} (${revisionName(task.taskDefinitionArn)}) stopped${code}: ${safe(task.stoppedReason ?? 'no stopped reason')}`,
    );
    for (const container of task.containers ?? []) {
      const definitionOf = byName.get(container.name ?? '');
      const essential = definitionOf?.essential !== false;
      const exit =
        container.exitCode === undefined || container.exitCode === null
          ? 'did not run (no exit code)'
          : `exited with code ${container.exitCode}`;
      const reason = container.reason ? `, reason: ${safe(container.reason)}` : '';
      const failed = container.exitCode !== 0;
      if (essential && failed) ok = false;
      const link = definitionOf ? logsConsoleUrl(definitionOf, id, region) : undefined;
      lines.push(
        `  ${essential ? 'essential' : 'non-essential'} container ${safe(container.name ?? '?')} ${exit}${reason}${failed && link ? `; logs: ${link}` : ''}`,
      );
    }
  }
  return { ok, lines };
}

/**
 * The CloudWatch Logs console page of a container's log stream, when it logs with awslogs. The
 * stream is `<prefix>/<container name>/<task id>` (awslogs-stream-prefix, AWS docs "Using the
 * awslogs log driver"); without a prefix or a task id the link is to the group. The console
 * encodes names twice, with `$` for `%`.
 */
export function logsConsoleUrl(
  container: Record<string, any>,
  id: string | undefined,
  region: string,
): string | undefined {
  const config = container.logConfiguration;
  const group = config?.options?.['awslogs-group'];
  if (config?.logDriver !== 'awslogs' || typeof group !== 'string' || !group) return undefined;
  const logRegion = String(config.options['awslogs-region'] ?? region);
  const host = logRegion.startsWith('cn-') ? 'console.amazonaws.cn' : `${logRegion}.console.aws.amazon.com`;
  const encode = (text: string) => encodeURIComponent(encodeURIComponent(text)).replace(/%/g, '$');
  const base = `https://${host}/cloudwatch/home?region=${encodeURIComponent(logRegion)}#logsV2:log-groups/log-group/${encode(group)}`;
  const prefix = config.options['awslogs-stream-prefix'];
  return prefix && id ? `${base}/log-events/${encode(`${prefix}/${container.name}/${id}`)}` : base;
}

function taskId(arn: string | undefined): string {
  return arn?.split('/').pop() ?? 'unknown';
}

/** AWS's words, kept on one line whatever they hold. */
function safe(text: string): string {
  return logSafe(text);
}

// ---------------------------------------------------------------- the calls

export interface RunTaskIo {
  /** RunTask through the deploy's send-once path (apply.ts `sendOnce`). */
  runTask: (
    request: RunTaskCommandInput,
  ) => Promise<{ tasks: Task[]; failures: { arn?: string; reason?: string; detail?: string }[] }>;
  describeTasks: (cluster: string, arns: string[]) => Promise<Task[]>;
  signal?: AbortSignal;
  log: (line: string) => void;
}

export interface OneOffTaskRun {
  arns: string[];
  /** Set once the verdict is in (with wait-for-task-stopped). */
  verdict?: StoppedVerdict;
}

/**
 * Runs the one-off task and, when asked, waits for it and checks it. `started` is called with the
 * task ARNs as soon as RunTask answers, so a later failure can say what was started. Throws an
 * ActionError (or StepCancelled) when the service must not be updated.
 */
export async function runOneOffTask(
  io: RunTaskIo,
  plan: RunTaskPlan,
  context: {
    taskDefinitionArn: string;
    definition: Record<string, any>;
    region: string;
    timeoutMs: number;
    /** "service web was not updated (it still runs web:1)", for the failure message. */
    untouched: string;
    started: (arns: string[]) => void;
  },
): Promise<OneOffTaskRun> {
  checkpoint(io.signal);
  // One token for every attempt of this step's RunTask: ECS answers a repeat with the same
  // token and parameters with the first call's tasks instead of starting more (RunTask
  // clientToken, up to 64 ASCII characters; ECS API reference, "Ensuring idempotency").
  const clientToken = randomUUID();
  const request: RunTaskCommandInput = {
    ...plan.request,
    taskDefinition: context.taskDefinitionArn,
    clientToken,
  };
  let answer;
  try {
    answer = await io.runTask(request);
  } catch (error) {
    if (error instanceof ActionError && isTransientAwsError(error.cause))
      throw new ActionError(
        `${error.message}. RunTask's last answer was lost, so a task may have started: look for tasks started by '${plan.request.startedBy}' in cluster ${plan.request.cluster}; ${context.untouched}`,
      );
    throw error;
  }
  const arns = answer.tasks.map((task) => task.taskArn ?? '').filter(Boolean);
  if (arns.length) context.started(arns);
  const failure = answer.failures[0];
  if (!arns.length || failure) {
    // AWS's reasons end with a full stop, and the message goes on after it (`…; service … was not updated`)
    const reason = failure
      ? `${safe(failure.reason ?? 'unknown reason').replace(/\.+$/, '')}${failure.detail ? ` (${safe(failure.detail)})` : ''}${failure.arn ? ` for ${safe(failure.arn)}` : ''}`
      : 'RunTask returned no task';
    throw new ActionError(`The one-off task did not start: ${reason}; ${context.untouched}`);
  }
  io.log(`Started one-off task ${arns.map(taskId).join(', ')} of ${revisionName(context.taskDefinitionArn)}`);
  if (!plan.waitForStop) return { arns };

  checkpoint(io.signal);
  io.log(`Waiting for one-off task ${arns.map(taskId).join(', ')} to stop`);
  const waited = await pollUntil({
    read: async () => ({ value: await io.describeTasks(plan.request.cluster!, arns), calls: 1 }),
    done: (tasks) => tasks.length === arns.length && tasks.every((task) => task.lastStatus === 'STOPPED'),
    timeoutMs: context.timeoutMs,
    doing: `waiting for one-off task ${arns.map(taskId).join(', ')}`,
    signal: io.signal,
  });
  const status = (waited.value ?? []).map((task) => `${taskId(task.taskArn)} ${task.lastStatus}`).join(', ');
  if (waited.outcome === 'cancelled')
    // The step's cancellation message names the task (ChangesMade.oneOffTasks).
    throw new StepCancelled(cancelledBy(io.signal) ?? 'Cancelled');
  if (waited.outcome === 'timeout')
    throw new ActionError(
      `One-off task ${status || arns.map(taskId).join(', ')} had not stopped after ${+(context.timeoutMs / 60_000).toFixed(2)} min (wait-for-minutes); ${context.untouched}. The task carries on`,
    );
  const verdict = stoppedTaskVerdict(waited.value ?? [], context.definition, context.region);
  for (const line of verdict.lines) io.log(line);
  if (!verdict.ok)
    throw new ActionError(
      `One-off task ${arns.map(taskId).join(', ')} failed, so ${context.untouched}:\n${verdict.lines.join('\n')}`,
    );
  return { arns, verdict };
}
