/**
 * The policy files users copy (examples/iam/), read as the tests load them into the emulator: the
 * documented policy of an action, the same policy with one statement removed, and the minimum
 * aws-actions documents. The policy matrix tests run each action with exactly these documents.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PolicyStatement } from '../../emulator/index.js';
import { repoRoot, type ActionResult } from '../helpers/run-action.js';

/** The files' shape: every statement has a Sid, the list form of Statement. */
export interface PolicyDocument {
  Version: string;
  Statement: (PolicyStatement & { Sid: string })[];
}

export type PolicyFile =
  | 'ecr-public-login'
  | 'build-push'
  | 'render-task-def'
  | 'ecs-deploy'
  | 'wait-healthy'
  | 'pipeline'
  | 'aws-actions-minimum';

export function policy(file: PolicyFile): PolicyDocument {
  return JSON.parse(
    readFileSync(path.join(repoRoot, 'examples/iam', `${file}.json`), 'utf8'),
  ) as PolicyDocument;
}

/** Several documented policies as one (a job that runs login and then build-push has both). */
export function union(...documents: PolicyDocument[]): PolicyDocument {
  const seen = new Set<string>();
  const statements = documents
    .flatMap((document) => document.Statement)
    .filter((statement) => !seen.has(statement.Sid) && Boolean(seen.add(statement.Sid)));
  return { Version: '2012-10-17', Statement: statements };
}

export function sids(document: PolicyDocument): string[] {
  return document.Statement.map((statement) => statement.Sid);
}

/**
 * IAM refuses a policy without statements; a role whose only statement is removed still has
 * policies, so the remainder is padded with an unrelated read.
 */
const UNRELATED: PolicyStatement & { Sid: string } = {
  Sid: 'Unrelated',
  Effect: 'Allow',
  Action: 'ecs:ListClusters',
  Resource: '*',
};

export function without(document: PolicyDocument, sid: string): PolicyDocument {
  if (!sids(document).includes(sid)) throw new Error(`no statement ${sid} in the policy`);
  const rest = document.Statement.filter((statement) => statement.Sid !== sid);
  return { ...document, Statement: rest.length ? rest : [UNRELATED] };
}

export const ALLOWS_NOTHING_USED: PolicyDocument = { Version: '2012-10-17', Statement: [UNRELATED] };

/** Statements whose Sid starts with `Optional` may be left out (docs/iam.md). */
export const isOptional = (sid: string) => sid.startsWith('Optional');

/** The warnings of a run that name an IAM action (`ecs:DescribeTasks`, `elasticloadbalancing:…`). */
export function permissionWarnings(result: ActionResult): string[] {
  return result.warnings.filter((warning) =>
    /\b(ecs|ecr-public|elasticloadbalancing|iam|sts):[A-Z]/.test(warning),
  );
}

export const ACCOUNT = '123456789012';
export const REGION = 'eu-west-3';
export const CLUSTER = 'intrusion-detection';
export const SERVICE = 'sites-management-api';
export const FIX_PREFIX = 'Missing IAM permission: add';
