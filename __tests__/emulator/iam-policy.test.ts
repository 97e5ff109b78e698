// The emulator's IAM evaluator and policy checks, as tables (no HTTP): each condition operator
// with its qualifiers, NotAction/NotResource, explicit deny, wildcards, and the malformed policies
// a start refuses.
import { describe, expect, it } from '@jest/globals';
import { conditionHolds } from '../../emulator/iam/conditions.js';
import { authorize } from '../../emulator/iam/index.js';
import {
  evaluate,
  validatePolicy,
  type PolicyDocument,
  type PolicyStatement,
} from '../../emulator/iam/policy.js';

const TD = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/idp:7';
const SVC = 'arn:aws:ecs:eu-west-3:123456789012:service/intrusion-detection/idp';
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

describe('Action, Resource and their Not forms', () => {
  const cases: [string, PolicyStatement, string, string, string][] = [
    [
      'exact action',
      { Effect: 'Allow', Action: 'ecs:UpdateService', Resource: SVC },
      'ecs:UpdateService',
      SVC,
      'allow',
    ],
    [
      'action names are case-insensitive',
      { Effect: 'Allow', Action: 'ECS:updateservice', Resource: SVC },
      'ecs:UpdateService',
      SVC,
      'allow',
    ],
    [
      'action wildcard *',
      { Effect: 'Allow', Action: 'ecs:Describe*', Resource: '*' },
      'ecs:DescribeServices',
      SVC,
      'allow',
    ],
    [
      'action wildcard ? is one character',
      { Effect: 'Allow', Action: 'ecs:?pdateService', Resource: '*' },
      'ecs:UpdateService',
      SVC,
      'allow',
    ],
    [
      '? does not match two characters',
      { Effect: 'Allow', Action: 'ecs:?dateService', Resource: '*' },
      'ecs:UpdateService',
      SVC,
      'implicit-deny',
    ],
    [
      'another action',
      { Effect: 'Allow', Action: 'ecs:DescribeServices', Resource: '*' },
      'ecs:UpdateService',
      SVC,
      'implicit-deny',
    ],
    [
      'action list',
      { Effect: 'Allow', Action: ['ecs:A', 'ecs:UpdateService'], Resource: '*' },
      'ecs:UpdateService',
      SVC,
      'allow',
    ],
    [
      'resource wildcard crosses / and :',
      { Effect: 'Allow', Action: 'ecs:*', Resource: 'arn:aws:ecs:*:123456789012:task-definition/idp:*' },
      'ecs:RegisterTaskDefinition',
      TD,
      'allow',
    ],
    [
      'resources are case-sensitive',
      {
        Effect: 'Allow',
        Action: 'ecs:*',
        Resource: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/IDP:7',
      },
      'ecs:RegisterTaskDefinition',
      TD,
      'implicit-deny',
    ],
    [
      'a scoped resource does not match *',
      { Effect: 'Allow', Action: 'ecs:*', Resource: SVC },
      'ecs:DescribeTaskDefinition',
      '*',
      'implicit-deny',
    ],
    [
      'NotAction allows the others',
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
      'ecs:UpdateService',
      SVC,
      'allow',
    ],
    [
      'NotAction excludes its own',
      { Effect: 'Allow', NotAction: 'ecs:Update*', Resource: '*' },
      'ecs:UpdateService',
      SVC,
      'implicit-deny',
    ],
    [
      'NotResource allows the others',
      { Effect: 'Allow', Action: '*', NotResource: TD },
      'ecs:UpdateService',
      SVC,
      'allow',
    ],
    [
      'NotResource excludes its own',
      { Effect: 'Allow', Action: '*', NotResource: 'arn:aws:ecs:*:*:service/*' },
      'ecs:UpdateService',
      SVC,
      'implicit-deny',
    ],
  ];
  it.each(cases)('%s', (_name, statement, action, resource, decision) => {
    expect(evaluate(policy(statement), { action, resource })).toBe(decision);
  });

  it('an explicit Deny wins over any Allow, in either order', () => {
    const allow: PolicyStatement = { Effect: 'Allow', Action: '*', Resource: '*' };
    const deny: PolicyStatement = { Effect: 'Deny', Action: 'ecs:UpdateService', Resource: SVC };
    expect(evaluate(policy(allow, deny), { action: 'ecs:UpdateService', resource: SVC })).toBe(
      'explicit-deny',
    );
    expect(evaluate(policy(deny, allow), { action: 'ecs:UpdateService', resource: SVC })).toBe(
      'explicit-deny',
    );
    expect(evaluate(policy(deny, allow), { action: 'ecs:DescribeServices', resource: SVC })).toBe('allow');
  });

  it('takes Statement as one object too', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: 'ecs:*', Resource: '*' },
    } as PolicyDocument;
    expect(evaluate(validatePolicy(doc), { action: 'ecs:ListTasks', resource: '*' })).toBe('allow');
  });
});

describe('Condition operators', () => {
  type Row = [
    string,
    Record<string, Record<string, string | string[] | boolean>>,
    Record<string, string | string[]>,
    boolean,
  ];
  const ecsTasks = 'ecs-tasks.amazonaws.com';
  const cluster = 'arn:aws:ecs:eu-west-3:123456789012:cluster/intrusion-detection';
  const rows: Row[] = [
    [
      'StringEquals matches',
      { StringEquals: { 'iam:PassedToService': ecsTasks } },
      { 'iam:PassedToService': ecsTasks },
      true,
    ],
    [
      'StringEquals is case-sensitive in values',
      { StringEquals: { 'iam:PassedToService': 'ECS-tasks.amazonaws.com' } },
      { 'iam:PassedToService': ecsTasks },
      false,
    ],
    [
      'condition key names are case-insensitive',
      { StringEquals: { 'IAM:passedtoservice': ecsTasks } },
      { 'iam:PassedToService': ecsTasks },
      true,
    ],
    [
      'StringEquals: one of the values',
      { StringEquals: { 'iam:PassedToService': ['lambda.amazonaws.com', ecsTasks] } },
      { 'iam:PassedToService': ecsTasks },
      true,
    ],
    ['StringEquals: a missing key fails', { StringEquals: { 'iam:PassedToService': ecsTasks } }, {}, false],
    [
      'StringNotEquals: another value',
      { StringNotEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
      { 'iam:PassedToService': ecsTasks },
      true,
    ],
    [
      'StringNotEquals: the value',
      { StringNotEquals: { 'iam:PassedToService': ecsTasks } },
      { 'iam:PassedToService': ecsTasks },
      false,
    ],
    [
      'StringNotEquals: a missing key holds',
      { StringNotEquals: { 'iam:PassedToService': ecsTasks } },
      {},
      true,
    ],
    [
      'StringEqualsIgnoreCase',
      { StringEqualsIgnoreCase: { 'ecs:CreateAction': 'registertaskdefinition' } },
      { 'ecs:CreateAction': 'RegisterTaskDefinition' },
      true,
    ],
    [
      'StringLike with *',
      { StringLike: { 'iam:PassedToService': 'ecs*.amazonaws.com' } },
      { 'iam:PassedToService': ecsTasks },
      true,
    ],
    [
      'StringLike with ?',
      { StringLike: { 'ecs:CreateAction': 'Register?askDefinition' } },
      { 'ecs:CreateAction': 'RegisterTaskDefinition' },
      true,
    ],
    [
      'StringLike no match',
      { StringLike: { 'iam:PassedToService': 'lambda.*' } },
      { 'iam:PassedToService': ecsTasks },
      false,
    ],
    ['StringLike: a missing key fails', { StringLike: { 'iam:PassedToService': '*' } }, {}, false],
    [
      'StringNotLike: no match holds',
      { StringNotLike: { 'iam:PassedToService': 'lambda.*' } },
      { 'iam:PassedToService': ecsTasks },
      true,
    ],
    [
      'StringNotLike: a match fails',
      { StringNotLike: { 'iam:PassedToService': 'ecs-*' } },
      { 'iam:PassedToService': ecsTasks },
      false,
    ],
    ['StringNotLike: a missing key holds', { StringNotLike: { 'iam:PassedToService': 'ecs-*' } }, {}, true],
    ['ArnEquals', { ArnEquals: { 'ecs:cluster': cluster } }, { 'ecs:cluster': cluster }, true],
    [
      'ArnEquals other cluster',
      { ArnEquals: { 'ecs:cluster': `${cluster}-2` } },
      { 'ecs:cluster': cluster },
      false,
    ],
    [
      'ArnLike with a wildcard region',
      { ArnLike: { 'ecs:cluster': 'arn:aws:ecs:*:123456789012:cluster/intrusion-*' } },
      { 'ecs:cluster': cluster },
      true,
    ],
    [
      'ArnLike: * stays within its ARN part',
      { ArnLike: { 'ecs:cluster': 'arn:aws:ecs:*:cluster/intrusion-detection' } },
      { 'ecs:cluster': cluster },
      false,
    ],
    ['ArnLike: a missing key fails', { ArnLike: { 'ecs:cluster': '*' } }, {}, false],
    [
      'ArnNotEquals: another cluster holds',
      { ArnNotEquals: { 'ecs:cluster': `${cluster}-2` } },
      { 'ecs:cluster': cluster },
      true,
    ],
    [
      'ArnNotLike: the cluster fails',
      { ArnNotLike: { 'ecs:cluster': 'arn:aws:ecs:*:*:cluster/intrusion-*' } },
      { 'ecs:cluster': cluster },
      false,
    ],
    ['ArnNotLike: a missing key holds', { ArnNotLike: { 'ecs:cluster': '*' } }, {}, true],
    ['Bool true', { Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': 'true' }, true],
    [
      'Bool takes a JSON boolean',
      { Bool: { 'aws:SecureTransport': false } },
      { 'aws:SecureTransport': 'true' },
      false,
    ],
    ['Bool: a missing key fails', { Bool: { 'aws:SecureTransport': 'true' } }, {}, false],
    ['Null true: absent', { Null: { 'aws:TagKeys': 'true' } }, {}, true],
    ['Null true: present', { Null: { 'aws:TagKeys': 'true' } }, { 'aws:TagKeys': ['a'] }, false],
    ['Null false: present', { Null: { 'aws:TagKeys': 'false' } }, { 'aws:TagKeys': ['a'] }, true],
    ['Null false: absent', { Null: { 'aws:TagKeys': 'false' } }, {}, false],
    [
      'IfExists: a missing key holds',
      { StringEqualsIfExists: { 'iam:PassedToService': ecsTasks } },
      {},
      true,
    ],
    [
      'IfExists: a present key is compared',
      { StringEqualsIfExists: { 'iam:PassedToService': ecsTasks } },
      { 'iam:PassedToService': 'x' },
      false,
    ],
    [
      'ForAllValues: every value listed',
      { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a', 'b'] } },
      { 'aws:TagKeys': ['a'] },
      true,
    ],
    [
      'ForAllValues: one value not listed',
      { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a'] } },
      { 'aws:TagKeys': ['a', 'c'] },
      false,
    ],
    [
      'ForAllValues: a missing key holds',
      { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a'] } },
      {},
      true,
    ],
    [
      'ForAnyValue: one value listed',
      { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['c'] } },
      { 'aws:TagKeys': ['a', 'c'] },
      true,
    ],
    [
      'ForAnyValue: none listed',
      { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['x'] } },
      { 'aws:TagKeys': ['a', 'c'] },
      false,
    ],
    ['ForAnyValue: a missing key fails', { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['*'] } }, {}, false],
    [
      'ForAnyValue:StringNotEquals: one value unlisted',
      { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['a'] } },
      { 'aws:TagKeys': ['a', 'b'] },
      true,
    ],
    [
      'ForAllValues:StringNotLike: none matches',
      { 'ForAllValues:StringNotLike': { 'aws:TagKeys': ['aws:*'] } },
      { 'aws:TagKeys': ['a', 'b'] },
      true,
    ],
    [
      'every operator must hold (AND)',
      { StringEquals: { 'iam:PassedToService': ecsTasks }, ArnLike: { 'ecs:cluster': '*:cluster/other' } },
      { 'iam:PassedToService': ecsTasks, 'ecs:cluster': cluster },
      false,
    ],
    [
      'every key must hold (AND)',
      { StringEquals: { 'iam:PassedToService': ecsTasks, 'ecs:CreateAction': 'X' } },
      { 'iam:PassedToService': ecsTasks, 'ecs:CreateAction': 'Y' },
      false,
    ],
  ];
  it.each(rows)('%s', (_name, condition, context, holds) => {
    expect(conditionHolds(condition, context)).toBe(holds);
  });

  it('a statement whose condition fails does not apply', () => {
    const doc = policy({
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: '*',
      Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
    });
    const request = {
      action: 'iam:PassRole',
      resource: 'arn:aws:iam::123456789012:role/r',
      context: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
    };
    expect(evaluate(doc, request)).toBe('implicit-deny');
  });
});

describe('authorize: the first request not allowed, with AWS messages', () => {
  const principal = 'arn:aws:sts::123456789012:assumed-role/infra-actions-deploy/github-actions';
  it('says "because no identity-based policy allows" for an implicit deny', () => {
    const doc = policy({ Effect: 'Allow', Action: 'ecs:RegisterTaskDefinition', Resource: '*' });
    const denial = authorize({ policy: doc, principal }, [
      { action: 'ecs:RegisterTaskDefinition', resource: TD },
      { action: 'ecs:TagResource', resource: TD },
      { action: 'iam:PassRole', resource: '*' },
    ]);
    expect(denial).toEqual({
      action: 'ecs:TagResource',
      resource: TD,
      explicit: false,
      message: `User: ${principal} is not authorized to perform: ecs:TagResource on resource: ${TD} because no identity-based policy allows the ecs:TagResource action`,
    });
  });
  it('says "with an explicit deny" for a Deny', () => {
    const doc = policy(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: 'ecs:*', Resource: TD },
    );
    expect(
      authorize({ policy: doc, principal }, [{ action: 'ecs:RegisterTaskDefinition', resource: TD }]),
    ).toEqual({
      action: 'ecs:RegisterTaskDefinition',
      resource: TD,
      explicit: true,
      message: `User: ${principal} is not authorized to perform: ecs:RegisterTaskDefinition on resource: ${TD} with an explicit deny in an identity-based policy`,
    });
  });
  it('allows everything without a policy', () => {
    expect(
      authorize({ policy: undefined, principal }, [{ action: 'ecs:DeleteService', resource: SVC }]),
    ).toBeUndefined();
  });
});

describe('validatePolicy (MalformedPolicyDocument)', () => {
  const ok: PolicyStatement = { Effect: 'Allow', Action: 'ecs:*', Resource: '*' };
  const rows: [string, unknown, string][] = [
    ['not an object', '[]', 'the policy must be a JSON object'],
    [
      'a wrong Version',
      { Version: '2012-10-18', Statement: [ok] },
      'Version must be "2012-10-17", not "2012-10-18" (Version)',
    ],
    ['no Statement', { Version: '2012-10-17' }, 'the policy has no Statement (Statement)'],
    [
      'an unknown Effect',
      { Statement: [ok, { ...ok, Effect: 'allow' }] },
      'Effect must be "Allow" or "Deny", not "allow" (Statement[1].Effect)',
    ],
    [
      'Action and NotAction',
      { Statement: { ...ok, NotAction: 'iam:*' } },
      'a statement needs exactly one of Action and NotAction (Statement)',
    ],
    [
      'no Resource',
      { Statement: [{ Effect: 'Allow', Action: 'ecs:*' }] },
      'a statement needs exactly one of Resource and NotResource (Statement[0])',
    ],
    [
      'an action without a service',
      { Statement: [{ ...ok, Action: 'UpdateService' }] },
      '"UpdateService" is not an action: write <service>:<Action>, e.g. ecs:UpdateService (Statement[0].Action)',
    ],
    [
      'a resource that is not an ARN',
      { Statement: [{ ...ok, Resource: 'idp' }] },
      '"idp" is not "*" or an ARN (arn:partition:service:region:account:resource) (Statement[0].Resource)',
    ],
    [
      'a Principal',
      { Statement: [{ ...ok, Principal: '*' }] },
      'Has prohibited field Principal: an identity policy names no principal (Statement[0])',
    ],
    [
      'an unknown field',
      { Statement: [{ ...ok, Actions: 'ecs:*' }] },
      'unknown field Actions (Statement[0].Actions)',
    ],
    [
      'an unknown operator',
      { Statement: [{ ...ok, Condition: { NumericLessThan: { 'ecs:task-cpu': '512' } } }] },
      'condition operator NumericLessThan is unknown or not emulated',
    ],
    [
      'a condition value that is an object',
      { Statement: [{ ...ok, Condition: { StringEquals: { k: { a: 1 } } } }] },
      'a condition value must be a string, a boolean or a list of them (Statement[0].Condition.StringEquals.k)',
    ],
  ];
  it.each(rows)('refuses %s', (_name, doc, message) => {
    expect(() => validatePolicy(doc === '[]' ? [] : doc)).toThrow(`MalformedPolicyDocument: ${message}`);
  });
});
