/**
 * IAM in the emulator: the optional identity policy of the one principal every request is made as,
 * and the answer to "may it do these things": the first request the policy does not allow, with
 * AWS's message (emulator/README.md, "IAM").
 *
 * Message shapes, from the IAM User Guide, "Access denied error messages":
 *   User: <principal> is not authorized to perform: <action> on resource: <arn> because no identity-based policy allows the <action> action
 *   User: <principal> is not authorized to perform: <action> on resource: <arn> with an explicit deny in an identity-based policy
 */
import { readFileSync } from 'node:fs';
import { ECR_PUBLIC_OPERATIONS } from '../ecr-public.js';
import { CODEDEPLOY_OPERATIONS } from '../codedeploy.js';
import { ECS_OPERATIONS } from '../ecs.js';
import { ELBV2_OPERATIONS } from '../elbv2.js';
import type { ServiceName } from '../types.js';
import { AwsError } from '../util.js';
import { loadCatalogue, type Catalogue } from './catalogue.js';
import { evaluate, validatePolicy, type IamRequest, type PolicyDocument } from './policy.js';
import { checkRequestTables, requestsFor, tableActions, type RequestEnv } from './requests.js';

export type { IamRequest, PolicyDocument, PolicyStatement } from './policy.js';

export interface IamDenial {
  action: string;
  resource: string;
  explicit: boolean;
  message: string;
}

/** The emulator's IAM: the policy (none = everything allowed), the principal, the loaded catalogue. */
export interface IamState {
  policy: PolicyDocument | undefined;
  principal: string;
  catalogue: Catalogue;
}

/** The principal of a GitHub job that assumed the deploy role through OIDC. */
export function defaultPrincipal(accountId: string): string {
  return `arn:aws:sts::${accountId}:assumed-role/infra-actions-deploy/github-actions`;
}

/**
 * Checks the request tables against the implemented operations and loads the catalogue for them:
 * an operation without an entry, or an action the catalogue does not know, fails the start.
 */
export async function loadIam(
  policy: PolicyDocument | string | undefined,
  principal: string,
): Promise<IamState> {
  checkRequestTables({
    ecs: ECS_OPERATIONS,
    'ecr-public': ECR_PUBLIC_OPERATIONS,
    elbv2: ELBV2_OPERATIONS,
    codedeploy: CODEDEPLOY_OPERATIONS,
  });
  return { policy: readPolicy(policy), principal, catalogue: await loadCatalogue(tableActions()) };
}

/** A policy object or the path of a JSON file, checked; undefined stays undefined (everything allowed). */
export function readPolicy(policy: PolicyDocument | string | null | undefined): PolicyDocument | undefined {
  if (policy === undefined || policy === null) return undefined;
  if (typeof policy !== 'string') return validatePolicy(policy);
  let text: string;
  try {
    text = readFileSync(policy, 'utf8');
  } catch (e) {
    throw new Error(`IAM policy file ${policy} cannot be read: ${(e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`IAM policy file ${policy}: MalformedPolicyDocument: not JSON (${(e as Error).message})`);
  }
  try {
    return validatePolicy(doc);
  } catch (e) {
    throw new Error(`IAM policy file ${policy}: ${(e as Error).message}`);
  }
}

/** The first request the policy does not allow, or undefined when it allows them all (or there is no policy). */
export function authorize(
  iam: Pick<IamState, 'policy' | 'principal'>,
  requests: IamRequest[],
): IamDenial | undefined {
  if (!iam.policy) return undefined;
  for (const request of requests) {
    const decision = evaluate(iam.policy, request);
    if (decision === 'allow') continue;
    return denialOf(iam.principal, request, decision === 'explicit-deny');
  }
  return undefined;
}

/** AWS's answer to a request the principal's policies do not allow (IAM User Guide, "Access denied error messages"). */
export function denialOf(principal: string, request: IamRequest, explicit: boolean): IamDenial {
  const why = explicit
    ? 'with an explicit deny in an identity-based policy'
    : `because no identity-based policy allows the ${request.action} action`;
  return {
    action: request.action,
    resource: request.resource,
    explicit,
    message: `User: ${principal} is not authorized to perform: ${request.action} on resource: ${request.resource} ${why}`,
  };
}

/** The denial of one AWS API request, or undefined when it may go on. */
export function authorizeOperation(
  iam: IamState,
  service: ServiceName,
  operation: string,
  params: unknown,
  env: RequestEnv,
): IamDenial | undefined {
  if (!iam.policy) return undefined;
  return authorize(
    iam,
    requestsFor(iam.catalogue, service, operation, params as Record<string, unknown>, env),
  );
}

/**
 * The error AWS answers a denial with:
 * - ECS: AccessDeniedException, HTTP 403: ECS's model declares it so (com.amazonaws.ecs#AccessDeniedException,
 *   httpError 403, in @aws-sdk/client-ecs's schemas);
 * - ECR Public: AccessDeniedException, HTTP 400: its model has no such error, so the common one applies
 *   ("Common Errors" of the AWS API references: AccessDeniedException, HTTP 400);
 * - ELBv2 (awsQuery): AccessDenied, HTTP 403, type Sender, as ELB answers it on the wire.
 */
export function denialError(service: ServiceName, denial: IamDenial): AwsError {
  if (service === 'elbv2') return new AwsError('AccessDenied', denial.message, 403, 'Sender');
  return new AwsError('AccessDeniedException', denial.message, service === 'ecs' ? 403 : 400);
}
