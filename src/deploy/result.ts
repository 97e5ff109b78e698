/**
 * What a deploy is given (its I/O) and what it returns: the result its outputs and summary are
 * written from, also when it failed after changing something.
 */
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Clock, WaitOptions, WaitResult } from '../health/types.js';
import { ActionError } from '../lib/errors.js';
import type { RollbackResult } from '../rollback/policy.js';
import type { RollbackOptions } from '../rollback/rollback.js';
import type { Provenance, TaskDefinitionChoice } from './plan.js';

/** The one waiting loop (src/health/wait.ts) and the rollback (src/rollback/); tests pass their own. */
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
  /** Made only for a CODE_DEPLOY service; `maxAttempts: 1` for CreateDeployment (see ecsSingleAttempt). */
  codeDeploy?: (settings?: { maxAttempts?: number }) => Promise<CodeDeployClient>;
  /** Made only when the deploy waits. */
  elb: () => Promise<ElasticLoadBalancingV2Client>;
  /** Commit and run for the provenance tags (omitted outside a workflow run). */
  provenance?: Provenance;
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** A feature left out for want of an optional permission (default: a warning, once per step). */
  warn?: (message: string) => void;
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
  | 'rolled-back-by-ecs'
  | 'rolled-back-by-codedeploy';

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
  /** The one-off tasks started by run-task (empty when it is off). */
  runTaskArns: string[];
  choice: TaskDefinitionChoice;
  family: string;
  images: { container: string; image: string }[];
  /** What differs from the revision the service ran (or the family's latest, without a service). */
  changes: string[];
  /** What UpdateService changes; empty when it was (or would be) skipped. */
  /**
   * The deployment strategy the service deploys with after this step, with its settings
   * (strategy.ts describeStrategy); undefined without a service or for a CODE_DEPLOY one.
   */
  strategy?: string;
  serviceChanges: string[];
  /** Fields removed from the file before registering. */
  removedFields: string[];
  wait?: WaitResult;
  rollback?: RollbackResult;
  /** A CODE_DEPLOY service: the CodeDeploy deployment this step started (or found it had started). */
  codeDeploy?: CodeDeployOutcome;
  durationMs: number;
}

export interface CodeDeployOutcome {
  application: string;
  deploymentGroup: string;
  deploymentId: string;
  consoleUrl: string;
  /** Its last status seen (Created … Succeeded, Failed, Stopped). */
  status: string;
  /** The rollback deployment CodeDeploy ran for it, or ours through StopDeployment. */
  rollbackDeploymentId?: string;
}

/** Sets the result's outcome, message and duration, and returns it. */
export type Finish = (outcome: DeployOutcome, message: string) => DeployResult;

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
