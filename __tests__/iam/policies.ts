/**
 * The policy files users copy (examples/iam/), read as the tests load them into the emulator: the
 * documented policy of an action, the same policy with one statement removed, and the minimum
 * aws-actions documents. The policy matrix tests run each action with exactly these documents.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Emulator, PolicyStatement } from '../../emulator/index.js';
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
  | 'ecs-deploy-codedeploy'
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

/** What a run must show with one statement removed. */
export type Expectation =
  /** The step fails with one error holding this fix; `changed` = the mutating calls that went through. */
  | { fails: string; changed: string[] }
  /** The step fails with one error holding this text (a fix AWS's answer cannot name exactly). */
  | { failsWith: string; changed: string[] }
  /** The step succeeds and warns once, naming this permission. */
  | { warns: string }
  /** The step succeeds without a word: this run never needs the permission (docs/iam.md says when it does). */
  | { unused: true };

export const isFailure = (e: Expectation) => 'fails' in e || 'failsWith' in e;

/** The mutating AWS calls that went through, from call number `from` of the emulator on. */
export function actionMutations(emu: Emulator, from = 0): string[] {
  return emu
    .mutatingCalls()
    .slice(from)
    .map((call) => call.operation);
}

/** Asserts a run's outcome; `mutationsFrom` = the emulator's mutating calls before the run. */
export function expectOutcome(
  result: ActionResult,
  emu: Emulator,
  expectation: Expectation,
  mutationsFrom = 0,
) {
  const warnings = permissionWarnings(result);
  if ('fails' in expectation || 'failsWith' in expectation) {
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(
      'fails' in expectation ? `${FIX_PREFIX} ${expectation.fails}` : expectation.failsWith,
    );
    expect(actionMutations(emu, mutationsFrom)).toEqual(expectation.changed);
    return;
  }
  expect(result.errors).toEqual([]);
  expect(result.code).toBe(0);
  if ('warns' in expectation) {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(expectation.warns);
  } else {
    expect(warnings).toEqual([]);
  }
}

/** Each statement of a policy with its row in `table` (undefined when the table has none). */
export function rows(document: PolicyDocument, table: Record<string, Expectation>): [string, Expectation][] {
  return sids(document).map((sid) => [sid, table[sid]]);
}

/** Every statement has a row, and only `Optional…` statements may be left out without an error. */
export function expectTableCovers(document: PolicyDocument, table: Record<string, Expectation>) {
  for (const [sid, expectation] of rows(document, table)) {
    expect([sid, expectation === undefined]).toEqual([sid, false]);
    expect([sid, isOptional(sid)]).toEqual([sid, !isFailure(expectation)]);
  }
}
