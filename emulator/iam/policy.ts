/**
 * Identity policies: checked when they are loaded (as IAM refuses a malformed document with
 * MalformedPolicyDocument), and evaluated for one request as IAM evaluates the identity policies
 * of a principal in its own account: an explicit Deny wins, else an Allow, else the implicit deny.
 *
 * Sources (AWS IAM User Guide): "IAM JSON policy element reference" (Version, Statement, Effect,
 * Action/NotAction, Resource/NotResource, Condition), "Policy evaluation logic" (explicit deny,
 * implicit deny), "Wildcards in actions" (`*` and `?`; action names are case-insensitive; resource
 * ARNs are case-sensitive). Only what identity policies need is here: no Principal (IAM refuses it
 * in an identity policy), no policy variables.
 */
import { conditionHolds, CONDITION_OPERATORS, type RequestContext } from './conditions.js';
import { wildcardMatch } from './wildcard.js';

export type PolicyValue = string | string[];

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: PolicyValue;
  NotAction?: PolicyValue;
  Resource?: PolicyValue;
  NotResource?: PolicyValue;
  Condition?: Record<string, Record<string, PolicyValue | boolean>>;
}

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: PolicyStatement | PolicyStatement[];
}

/** One authorisation request: an action on a resource ARN (or `*`), with its context keys. */
export interface IamRequest {
  action: string;
  resource: string;
  context?: RequestContext;
}

export type Decision = 'allow' | 'implicit-deny' | 'explicit-deny';

/** The versions IAM accepts; 2008-10-17 only differs by having no policy variables, which are not evaluated here. */
const VERSIONS = ['2012-10-17', '2008-10-17'];
const STATEMENT_FIELDS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
/** `*`, or `<service prefix>:<action>` where the action may hold wildcards. */
const ACTION_PATTERN = /^(\*|[a-z0-9-]+:[A-Za-z0-9*?]+)$/;

/**
 * The policy when it is well formed, else an Error naming the problem as
 * `MalformedPolicyDocument: <what> (Statement[i].<field>)`.
 */
export function validatePolicy(doc: unknown): PolicyDocument {
  const fail = (what: string, where?: string) =>
    new Error(`MalformedPolicyDocument: ${what}${where ? ` (${where})` : ''}`);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw fail('the policy must be a JSON object with Version and Statement');
  const d = doc as Record<string, unknown>;
  for (const key of Object.keys(d))
    if (!['Version', 'Id', 'Statement'].includes(key)) throw fail(`unknown field ${key}`);
  if (d.Version !== undefined && !VERSIONS.includes(d.Version as string))
    throw fail(`Version must be "2012-10-17", not ${JSON.stringify(d.Version)}`, 'Version');
  const list = Array.isArray(d.Statement) ? d.Statement : d.Statement === undefined ? [] : [d.Statement];
  if (list.length === 0) throw fail('the policy has no Statement', 'Statement');
  list.forEach((s, i) =>
    validateStatement(s, Array.isArray(d.Statement) ? `Statement[${i}]` : 'Statement', fail),
  );
  return d as unknown as PolicyDocument;
}

function validateStatement(s: unknown, where: string, fail: (what: string, where?: string) => Error): void {
  if (typeof s !== 'object' || s === null || Array.isArray(s))
    throw fail('a statement must be an object', where);
  const st = s as Record<string, unknown>;
  if ('Principal' in st || 'NotPrincipal' in st)
    throw fail('Has prohibited field Principal: an identity policy names no principal', where);
  for (const key of Object.keys(st))
    if (!STATEMENT_FIELDS.includes(key)) throw fail(`unknown field ${key}`, `${where}.${key}`);
  if (st.Effect !== 'Allow' && st.Effect !== 'Deny')
    throw fail(`Effect must be "Allow" or "Deny", not ${JSON.stringify(st.Effect)}`, `${where}.Effect`);
  const exactlyOne = (a: string, b: string) => {
    if (a in st === b in st) throw fail(`a statement needs exactly one of ${a} and ${b}`, where);
    const field = a in st ? a : b;
    const values = st[field];
    const list = typeof values === 'string' ? [values] : values;
    if (!Array.isArray(list) || list.length === 0 || list.some((v) => typeof v !== 'string' || v === ''))
      throw fail(`${field} must be a non-empty string or list of strings`, `${where}.${field}`);
    return { field, list: list as string[] };
  };
  const actions = exactlyOne('Action', 'NotAction');
  for (const a of actions.list)
    if (!ACTION_PATTERN.test(a))
      throw fail(
        `${JSON.stringify(a)} is not an action: write <service>:<Action>, e.g. ecs:UpdateService`,
        `${where}.${actions.field}`,
      );
  const resources = exactlyOne('Resource', 'NotResource');
  for (const r of resources.list)
    if (r !== '*' && !/^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+$/.test(r))
      throw fail(
        `${JSON.stringify(r)} is not "*" or an ARN (arn:partition:service:region:account:resource)`,
        `${where}.${resources.field}`,
      );
  if (st.Condition !== undefined) validateCondition(st.Condition, `${where}.Condition`, fail);
}

function validateCondition(c: unknown, where: string, fail: (what: string, where?: string) => Error): void {
  if (typeof c !== 'object' || c === null || Array.isArray(c))
    throw fail('Condition must be an object', where);
  for (const [operator, block] of Object.entries(c)) {
    const base = operator.replace(/^(ForAnyValue|ForAllValues):/, '').replace(/IfExists$/, '');
    if (!CONDITION_OPERATORS.includes(base))
      throw fail(
        `condition operator ${operator} is unknown or not emulated (emulated: ${CONDITION_OPERATORS.join(', ')}, with ForAnyValue:/ForAllValues: and ...IfExists)`,
        `${where}.${operator}`,
      );
    if (
      typeof block !== 'object' ||
      block === null ||
      Array.isArray(block) ||
      Object.keys(block).length === 0
    )
      throw fail('a condition operator takes an object of condition keys and values', `${where}.${operator}`);
    for (const [key, value] of Object.entries(block)) {
      const list = Array.isArray(value) ? value : [value];
      if (list.length === 0 || list.some((v) => typeof v !== 'string' && typeof v !== 'boolean'))
        throw fail(
          'a condition value must be a string, a boolean or a list of them',
          `${where}.${operator}.${key}`,
        );
    }
  }
}

/** IAM's decision for one request: explicit Deny wins over Allow; nothing matching is the implicit deny. */
export function evaluate(policy: PolicyDocument, request: IamRequest): Decision {
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
  let allowed = false;
  for (const s of statements) {
    if (!statementApplies(s, request)) continue;
    if (s.Effect === 'Deny') return 'explicit-deny';
    allowed = true;
  }
  return allowed ? 'allow' : 'implicit-deny';
}

function statementApplies(s: PolicyStatement, request: IamRequest): boolean {
  const actionMatches = (patterns: PolicyValue) =>
    list(patterns).some((p) => wildcardMatch(p.toLowerCase(), request.action.toLowerCase()));
  const resourceMatches = (patterns: PolicyValue) =>
    list(patterns).some((p) => wildcardMatch(p, request.resource));
  const action = s.Action !== undefined ? actionMatches(s.Action) : !actionMatches(s.NotAction!);
  if (!action) return false;
  const resource = s.Resource !== undefined ? resourceMatches(s.Resource) : !resourceMatches(s.NotResource!);
  if (!resource) return false;
  return conditionHolds(s.Condition, request.context ?? {});
}

function list(v: PolicyValue): string[] {
  return typeof v === 'string' ? [v] : v;
}
