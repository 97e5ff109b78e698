/**
 * The one waiting loop, used by wait-healthy, ecs-deploy and the root action: poll a snapshot,
 * ask the pure verdict, report progress, repeat until healthy, failed, timed out or cancelled.
 */
import type { Service, ServiceEvent } from '@aws-sdk/client-ecs';
import { log } from '../lib/log-safe.js';
import { awsError, isTransientAwsError } from '../lib/aws.js';
import { ActionError } from '../lib/errors.js';
import type { DeploymentHistory } from './history.js';
import { SnapshotReader } from './poll.js';
import type { Clock, TimelineEntry, WaitOptions, WaitOutcome, WaitResult } from './types.js';
import {
  describeStoppedTask,
  failedStoppedTasks,
  newestLast,
  revisionName,
  statusLine,
  time,
  type HealthSnapshot,
} from './snapshot.js';
import {
  DEFAULT_VERDICT_SETTINGS,
  healthVerdict,
  initialMemory,
  type Verdict,
  type VerdictMemory,
} from './verdict.js';
import {
  followsServiceDeployment,
  stageCanFailAnyMoment,
  stageProgress,
  stageTimeline,
  stageWatchKey,
} from './stages.js';
import {
  circuitBreakerThreshold,
  DEFAULT_PACING,
  FAST_MS,
  failureWaves,
  heartbeatDelay,
  nextPollDelay,
  stagedCompletionAt,
  type PacingSettings,
} from './schedule.js';
import { MAX_CONSECUTIVE_ERRORS, realClock } from './until.js';

const LAST_EVENTS = 10;

export async function waitForDeployment(options: WaitOptions): Promise<WaitResult> {
  const clock = options.clock ?? realClock;
  const grouped = !options.log;
  if (grouped)
    log.startGroup(`Waiting for service ${options.service} in cluster ${options.cluster} to be healthy`);
  try {
    return await waitLoop(options, clock, options.log ?? ((line) => log.info(line)));
  } finally {
    if (grouped) log.endGroup();
  }
}

async function waitLoop(
  options: WaitOptions,
  clock: Clock,
  log: (line: string) => void,
): Promise<WaitResult> {
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  const reader = new SnapshotReader({ ...options, now: () => clock.now() });
  const progress = new Progress(log, started, clock);
  const pacing: PacingSettings = { ...DEFAULT_PACING, ...options.pacing };
  const settings = {
    ...DEFAULT_VERDICT_SETTINGS,
    ...(options.stoppedTaskThreshold ? { stoppedTaskThreshold: options.stoppedTaskThreshold } : {}),
  };
  let memory = initialMemory(options.deploymentId);
  let last: { snapshot: HealthSnapshot; verdict: Verdict } | undefined;
  let backoffLevel = 0;
  let errors = 0;
  /** When the service's progress last changed: the heartbeat slows while nothing does. */
  let changedAt = started;
  let progressKey = '';
  /**
   * BLUE_GREEN, LINEAR, CANARY while a hook, an alarm or ECS's rollback can end the wait at any
   * moment: the polls between two full reads (the heartbeat, paced by task failures as for a
   * ROLLING rollout) read the service deployment alone, one call every FAST_MS instead of three
   * or more. The next full read is due at `fullReadAt`, or at once when a stage read shows any
   * change: the verdict always judges a full read (counts, targets, events, and which deployment
   * is PRIMARY after a rollback).
   */
  let stageOnly = false;
  let fullReadAt = started;

  const finish = (outcome: WaitOutcome, reason: string, details: string[]): WaitResult => {
    progress.add(reason);
    const primary = last?.snapshot.service.deployments?.find((d) => d.status === 'PRIMARY');
    return {
      healthy: outcome === 'healthy',
      outcome,
      reason,
      details,
      elapsedMs: clock.now() - started,
      deploymentId: memory.deploymentId ?? options.deploymentId ?? '',
      taskDefinitionArn: primary?.taskDefinition ?? last?.snapshot.service.taskDefinition ?? '',
      lastCompletedTaskDefinitionArn: memory.lastCompletedTaskDefinitionArn,
      timeline: progress.timeline,
      ...(memory.stages?.length ? { stages: stageTimeline(memory.stages, clock.now()) } : {}),
      ...(last?.snapshot.serviceDeployment?.status
        ? { serviceDeploymentStatus: last.snapshot.serviceDeployment.status }
        : {}),
    };
  };
  const cancelled = () => {
    const why = options.signal?.reason instanceof Error ? options.signal.reason.message : 'Cancelled';
    const state = last ? `; it was ${followedStatus(last.snapshot, memory)}` : '';
    return finish(
      'cancelled',
      `${why} while waiting for deployment ${memory.deploymentId ?? '(not yet read)'} of service ${options.service}${state}. ECS carries on with the deployment`,
      last ? lastEvents(last.snapshot.service) : [],
    );
  };

  for (;;) {
    if (options.signal?.aborted) return cancelled();
    let fullRead = true;
    try {
      const final = clock.now() >= deadline;
      // Between two full reads: the service deployment alone; when nothing changed, that is all.
      const stage = stageOnly && !final && last ? await reader.readStage(last.snapshot) : undefined;
      fullRead = !stage || stageWatchKey(stage) !== stageWatchKey(last?.snapshot.serviceDeployment);
      if (fullRead) {
        let snapshot = await reader.read(memory.deploymentId, final, stage);
        let verdict = healthVerdict(snapshot, memory, settings);
        let history: DeploymentHistory | undefined;
        if (verdict.outcome === 'not-found' && memory.deploymentId) {
          // Never seen in the service's deployments: a wrong id, or one ECS already dropped
          // (rolled back or replaced before the first poll). The history tells which.
          history = await reader.readHistory(memory.deploymentId, snapshot.tasks);
          verdict = healthVerdict(snapshot, memory, settings, history);
        }
        if (verdict.status === 'failed') {
          // The stopped tasks are read only now, for the cause the report names (poll.ts).
          const tasks = await reader.readStoppedTasks(snapshot, verdict.memory.deploymentId);
          if (tasks) {
            snapshot = { ...snapshot, tasks };
            verdict = healthVerdict(snapshot, memory, settings, history);
          }
        }
        memory = verdict.memory;
        last = { snapshot, verdict };
        const key = progressOf(snapshot, memory.deploymentId);
        if (key !== progressKey) [progressKey, changedAt] = [key, clock.now()];
        progress.report(snapshot, memory);
        if (verdict.status !== 'waiting')
          return finish(verdict.outcome ?? 'failed', verdict.reason, verdict.details);
      }
      errors = 0;
      backoffLevel = reader.retried ? backoffLevel + 1 : Math.max(0, backoffLevel - 1);
    } catch (error) {
      if (options.signal?.aborted) return cancelled();
      if (error instanceof ActionError) throw error;
      if (!isTransientAwsError(error) || ++errors >= MAX_CONSECUTIVE_ERRORS) {
        throw awsError(error, `waiting for service ${options.service} in cluster ${options.cluster}`);
      }
      backoffLevel++;
      progress.add(
        `AWS error while polling (${(error as Error).name}: ${(error as Error).message}); polling again`,
      );
    }
    const now = clock.now();
    if (now >= deadline) {
      const minutes = +(options.timeoutMs / 60_000).toFixed(2);
      const state = last ? `: ${followedStatus(last.snapshot, memory)}` : '';
      const stopped = last
        ? failedStoppedTasks(last.snapshot.tasks).map((task) =>
            describeStoppedTask(task, memory.targetProblems),
          )
        : [];
      return finish(
        'timeout',
        `Timed out after ${minutes} min waiting for deployment ${memory.deploymentId ?? '(unknown)'} of service ${options.service} to be healthy${state}`,
        [
          ...(last?.verdict.details ?? []),
          ...stopped,
          ...(last ? ['Last events:', ...lastEvents(last.snapshot.service)] : []),
        ],
      );
    }
    if (fullRead)
      fullReadAt =
        now +
        heartbeatDelay({
          now,
          startedAt: started,
          changedAt,
          failureWaves: failureWavesLeft(last?.snapshot, memory, settings.stoppedTaskThreshold),
          completionAt: last ? predictedCompletion(last.snapshot, memory, reader) : undefined,
          targetReadAt: reader.nextTargetReadAt(),
        });
    stageOnly = stageWatched(last?.snapshot) && fullReadAt - now > FAST_MS;
    const baseMs = stageOnly ? FAST_MS : Math.max(0, fullReadAt - now);
    const delay = Math.min(
      nextPollDelay(
        { elapsedMs: now - started, backoffLevel, now, ecsCallTimes: reader.ecsCallTimes, baseMs },
        pacing,
      ),
      deadline - now,
    );
    try {
      await clock.sleep(delay, options.signal);
    } catch (error) {
      if (options.signal?.aborted) return cancelled();
      throw error;
    }
  }
}

/**
 * What the heartbeat watches for change: the followed deployment's counts and states, the other
 * deployments, and a BLUE_GREEN/LINEAR/CANARY service deployment's stage.
 */
function progressOf(snapshot: HealthSnapshot, deploymentId: string | undefined): string {
  const deployments = (snapshot.service.deployments ?? []).map((d) =>
    [
      d.id === deploymentId ? '*' : '',
      d.status,
      d.rolloutState,
      d.desiredCount,
      d.pendingCount,
      d.runningCount,
      d.failedTasks,
    ].join(':'),
  );
  const sd = snapshot.serviceDeployment;
  return [...deployments, sd?.status, sd?.lifecycleStage].join('|');
}

/**
 * Waves of task failures still needed to fail the wait (schedule.ts, failureWaves); 1 (poll fast)
 * before the deployment is known. What else can end a staged wait at any moment is watched by
 * stage reads in between (stageWatched).
 */
function failureWavesLeft(
  snapshot: HealthSnapshot | undefined,
  memory: VerdictMemory,
  stoppedTaskThreshold: number,
): number {
  const followed = snapshot?.service.deployments?.find((d) => d.id === memory.deploymentId);
  if (!snapshot || !followed) return 1;
  const breaker = snapshot.service.deploymentConfiguration?.deploymentCircuitBreaker?.enable;
  return failureWaves({
    failedTasks: followed.failedTasks ?? 0,
    liveTasks: (followed.pendingCount ?? 0) + (followed.runningCount ?? 0),
    stoppedTaskThreshold,
    circuitBreakerThreshold: breaker ? circuitBreakerThreshold(followed.desiredCount ?? 0) : undefined,
  });
}

/**
 * When the followed deployment can be done at the earliest (schedule.ts): a ROLLING rollout from
 * its targets' health (poll.ts, completionAt); a BLUE_GREEN, LINEAR or CANARY one from its
 * service deployment's stage, since green is healthy long before ECS has shifted and baked.
 */
function predictedCompletion(
  snapshot: HealthSnapshot,
  memory: VerdictMemory,
  reader: SnapshotReader,
): number | undefined {
  if (!followsServiceDeployment(snapshot.service)) return reader.completionAt(snapshot, memory.deploymentId);
  const sd = snapshot.serviceDeployment;
  const current = memory.stages?.[memory.stages.length - 1];
  if (sd?.status !== 'IN_PROGRESS' || !current) return undefined;
  return stagedCompletionAt({
    stage: sd.lifecycleStage,
    stageStartedAt: current.startedAt,
    bakeMs: (sd.deploymentConfiguration?.bakeTimeInMinutes ?? 0) * 60_000,
    drainMs: reader.drainMs(),
  });
}

/**
 * BLUE_GREEN, LINEAR, CANARY: whether the service deployment can end the wait from one moment to
 * the next (a hook yet to answer, an alarm ECS watches, or ECS's rollback, whose end no count
 * predicts), so that it is read every FAST_MS between full reads.
 */
function stageWatched(snapshot: HealthSnapshot | undefined): boolean {
  const sd = snapshot?.serviceDeployment;
  if (!sd || !followsServiceDeployment(snapshot.service)) return false;
  return !!sd.status?.startsWith('ROLLBACK_') || stageCanFailAnyMoment(snapshot.service, sd.lifecycleStage);
}

function followedStatus(snapshot: HealthSnapshot, memory: VerdictMemory): string {
  return statusLine(
    snapshot,
    snapshot.service.deployments?.find((d) => d.id === memory.deploymentId),
  );
}

function formatEvent(event: ServiceEvent): string {
  const at = event.createdAt ? new Date(time(event.createdAt)).toISOString().slice(11, 19) : '--:--:--';
  return `${at} ${event.message ?? ''}`;
}

function lastEvents(service: Service): string[] {
  return newestLast(service.events ?? [])
    .slice(-LAST_EVENTS)
    .map(formatEvent);
}

/** Progress for a person: new service events as they appear, the status line when it changes. */
class Progress {
  readonly timeline: TimelineEntry[] = [];
  private readonly seenEvents = new Set<string>();
  private lastStatus = '';
  private lastStage = '';
  private first = true;

  constructor(
    private readonly log: (line: string) => void,
    private readonly started: number,
    private readonly clock: Clock,
  ) {}

  add(text: string): void {
    this.timeline.push({ atMs: this.clock.now() - this.started, text });
    this.log(text);
  }

  report(snapshot: HealthSnapshot, memory: VerdictMemory): void {
    const since = memory.deploymentCreatedAt ?? 0;
    let events = newestLast(snapshot.service.events ?? []).filter(
      (e) => !this.seenEvents.has(e.id ?? e.message ?? ''),
    );
    for (const e of events) this.seenEvents.add(e.id ?? e.message ?? '');
    // At start, the deployment's own history (the last few events), not the service's whole past.
    if (this.first) events = events.filter((e) => time(e.createdAt) >= since).slice(-LAST_EVENTS);
    if (this.first) {
      const followed = snapshot.service.deployments?.find((d) => d.id === memory.deploymentId);
      this.add(
        `Following deployment ${memory.deploymentId} (revision ${revisionName(followed?.taskDefinition)}) of service ${snapshot.service.serviceName}`,
      );
      this.first = false;
    }
    for (const e of events) this.add(`event: ${formatEvent(e)}`);
    this.reportStage(snapshot, memory);
    const status = followedStatus(snapshot, memory);
    if (status !== this.lastStatus) {
      this.lastStatus = status;
      this.add(`status: ${status}`);
    }
  }

  /**
   * BLUE_GREEN, LINEAR, CANARY: a line as each stage starts (with its time), when the traffic
   * split moves, and each minute of bake time (not every poll).
   */
  private reportStage(snapshot: HealthSnapshot, memory: VerdictMemory): void {
    const sd = snapshot.serviceDeployment;
    const stages = memory.stages ?? [];
    if (!sd || stages.length === 0) return;
    const line = stageProgress(sd, stages, snapshot.now, snapshot.greenProductionPercent);
    const current = stages[stages.length - 1];
    const bakeMinute =
      sd.lifecycleStage === 'BAKE_TIME' ? Math.floor((snapshot.now - current.startedAt) / 60_000) : 0;
    const key = `${sd.status} ${line.replace(/, bake time left .*/, '')} ${bakeMinute}`;
    if (key === this.lastStage) return;
    this.lastStage = key;
    this.add(`${sd.status ?? 'PENDING'}: ${line}`);
  }
}
