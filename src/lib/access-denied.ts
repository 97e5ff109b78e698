/**
 * AWS's access-denied answers, read for a person: which permission was missing, on what, and the
 * one sentence that fixes it (issue 14). One parser for every source of that text: an SDK error
 * (ECS and ECR Public answer `AccessDeniedException`, ELBv2 `AccessDenied` with HTTP 403) and a
 * builder's push output (`denied: User: …`, the registry's 403 as buildah and docker print it).
 *
 * The message shape is AWS's (IAM User Guide, "Troubleshoot access denied error messages"):
 *   `User: <principal> is not authorized to perform: <action> on resource: <arn> because no <type> policy allows the <action> action`
 *   `User: <principal> is not authorized to perform: <action> on resource: <arn> with an explicit deny in a(n) <type> policy`
 * where `<type> policy` is identity-based, resource-based, service control, resource control,
 * session or VPC endpoint policy, or permissions boundary (without the word policy). Some services leave out the `because`/`with` part (and a few
 * the resource); then the denial is taken as implicit.
 *
 * Some permissions are optional (a role made for aws-actions lacks them): the caller goes on
 * without the feature and says so once, with `warnOnce(permissionWarning(denial, lost))`.
 */
import { log } from './log-safe.js';

export interface IamDenial {
  /** The ARN AWS named as the caller (`arn:aws:sts::…:assumed-role/<role>/<session>`). */
  principal: string;
  /** `<service>:<Action>`, e.g. `ecs:TagResource`. */
  action: string;
  /** The resource ARN AWS evaluated, `*` for an action without a resource type; '' when AWS named none. */
  resource: string;
  /** True when a Deny statement refused it (an Allow cannot help); false when nothing allowed it. */
  explicit: boolean;
  /** The policy type AWS named (`identity-based`, `service control`, …); undefined when it named none. */
  policyType?: string;
}

/**
 * Principal, action, resource (it ends at the reason, or at the end of its token: a full stop or a
 * quote may follow), then the implicit reason with its policy type, or the explicit one with its.
 */
const DENIAL =
  /User: (\S+) is not authorized to perform: ([\w-]+:[\w*-]+)(?: on resource: (\S+?))?(?: because no ([\w -]+?)(?: policy)? allows the \2 action| (with an explicit deny)(?: in (?:an? |the )?(permissions boundary|[\w -]+? policy))?)?(?=[.,;"'\]}]*(?:\s|$))/;

/** The denial in `text` (an SDK error's message, a builder's output), or undefined when there is none. */
export function parseIamDenial(text: string | undefined): IamDenial | undefined {
  const m = DENIAL.exec(text ?? '');
  if (!m) return undefined;
  const explicit = m[5] !== undefined;
  return {
    principal: m[1],
    action: m[2],
    resource: m[3] ?? '',
    explicit,
    policyType: (explicit ? m[6] : m[4])?.replace(/ policy$/, '') || undefined,
  };
}

/**
 * The resource as a policy would name it for every run, not only this one: a task definition's
 * revision, a task's ID and a service deployment's or revision's ID change on each deploy.
 */
export function generaliseResource(resource: string): string {
  return resource
    .replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:task-definition\/[^:/]+):\d+$/, '$1:*')
    .replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:task\/[^/]+)\/[^/]+$/, '$1/*')
    .replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:service-(?:deployment|revision)\/[^/]+\/[^/]+)\/[^/]+$/, '$1/*');
}

/** Where a statement of each policy type lives, for the fix ("add … to <where>"). */
const POLICY_HOME: Record<string, string> = {
  'identity-based': "the role's policy",
  'permissions boundary': "the role's permissions boundary",
  'service control': "the organization's service control policies",
  'resource control': "the organization's resource control policies",
  session: 'the session policy passed when assuming the role',
  'resource-based': "the resource's policy",
  'VPC endpoint': "the VPC endpoint's policy",
};

/** The sentence that fixes a denial, naming the permission and the resource a policy should name. */
export function permissionFix(denial: IamDenial): string {
  const on = denial.resource ? ` on ${generaliseResource(denial.resource)}` : '';
  const type = denial.policyType ?? 'identity-based';
  if (denial.explicit) {
    const where = type === 'identity-based' ? "the role's policies" : `a ${type} policy`;
    return `An explicit Deny in ${where} refuses ${denial.action}${on}; remove it (see docs/iam.md)`;
  }
  return `Missing IAM permission: add ${denial.action}${on} to ${POLICY_HOME[type] ?? `the ${type} policy`} (see docs/iam.md)`;
}

const DENIED_NAMES = new Set(['AccessDeniedException', 'AccessDenied']);

/**
 * The denial an AWS call failed with: the SDK's error, or an ActionError that wraps one as its
 * `cause` (awsError keeps it). Undefined for any other failure, and for an access-denied answer
 * whose message does not name the permission.
 */
export function accessDenial(error: unknown): IamDenial | undefined {
  for (let e = error as any, depth = 0; e && typeof e === 'object' && depth < 5; e = e.cause, depth++) {
    if (DENIED_NAMES.has(e.name) || e.$metadata?.httpStatusCode === 403) {
      return parseIamDenial(typeof e.message === 'string' ? e.message : undefined);
    }
  }
  return undefined;
}

/** The warning of a feature left out for want of an optional permission: what is lost, then the fix. */
export function permissionWarning(denial: IamDenial, lost: string): string {
  return `${lost}. ${permissionFix(denial)}`;
}

const warned = new Set<string>();

/**
 * Prints a warning once per step. The same optional read is refused again in the same step: the
 * root action runs ecs-deploy's checks in its preflight and again in its deploy, and a deploy's
 * wait, ECS's rollback it follows and its own rollback each read the service's tasks.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  log.warning(message);
}
