/**
 * The contract of the one waiting module (src/health/wait.ts), used by wait-healthy, ecs-deploy
 * and the root action. Kept apart so its users can be written against it.
 */
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { StageSpan } from './stages.js';

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface WaitOptions {
  ecs: ECSClient;
  elb: ElasticLoadBalancingV2Client;
  cluster: string;
  service: string;
  /** The deployment to follow; default the PRIMARY deployment at start. */
  deploymentId?: string;
  /** Target groups whose targets must be healthy; default the service's load balancers'. */
  targetGroupArns?: string[];
  timeoutMs: number;
  /** Aborted when the runner cancels the step (SIGINT/SIGTERM). */
  signal?: AbortSignal;
  clock?: Clock;
  /** Where progress lines go (default: the action log, inside a collapsible group). */
  log?: (line: string) => void;
  /** A read left out for want of an optional IAM permission (default: a warning, once per step). */
  warn?: (message: string) => void;
  /** Failed (stopped) tasks of the followed deployment that fail the wait; default 3. */
  stoppedTaskThreshold?: number;
  /** Polling limits; default 36 ECS calls per minute, at most 30 s between polls. */
  pacing?: { ecsCallsPerMinute?: number; maxDelayMs?: number };
}

/** `not-found`: the deployment to follow was never a deployment of the service (a wrong id). */
export type WaitOutcome =
  'healthy' | 'failed' | 'rolled-back-by-ecs' | 'replaced' | 'timeout' | 'cancelled' | 'not-found';

export interface TimelineEntry {
  /** Milliseconds since the wait started. */
  atMs: number;
  text: string;
}

export interface WaitResult {
  healthy: boolean;
  outcome: WaitOutcome;
  /** One line for a person: what happened, naming the cause. */
  reason: string;
  /** Supporting lines: stopped reasons and exit codes, target health reasons, last events. */
  details: string[];
  elapsedMs: number;
  /** The deployment that was followed. */
  deploymentId: string;
  /** The revision the service runs when the wait ended (PRIMARY deployment's). */
  taskDefinitionArn: string;
  /** The last COMPLETED deployment's revision seen while waiting (the default rollback target). */
  lastCompletedTaskDefinitionArn?: string;
  timeline: TimelineEntry[];
  /** BLUE_GREEN, LINEAR and CANARY services (issue 17): the service deployment's stages seen. */
  stages?: StageSpan[];
  /** Those services: the service deployment's status when the wait ended (ROLLBACK_SUCCESSFUL, …). */
  serviceDeploymentStatus?: string;
}
