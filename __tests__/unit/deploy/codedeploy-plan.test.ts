/** The pure parts of a deploy to a CODE_DEPLOY service, as tables: names, AppSpec, verdicts, policy. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  activeDeploymentInMessage,
  appSpecContent,
  appSpecProblems,
  codeDeployNames,
  codeDeployVerdict,
  codeDeployWaitMs,
  lostCreateDeployment,
  readCodeDeployInputs,
} from '../../../src/deploy/codedeploy-plan.js';
import { Inputs } from '../../../src/lib/inputs.js';
import { codeDeployRollbackDecision } from '../../../src/rollback/policy.js';

const definition = {
  family: 'idp',
  containerDefinitions: [{ name: 'idp', image: 'x/idp:v2', portMappings: [{ containerPort: 8080 }] }],
};
const appSpec = (properties: Record<string, unknown>) => ({
  version: 0.0,
  Resources: [{ TargetService: { Type: 'AWS::ECS::Service', Properties: properties } }],
});
const lb = { LoadBalancerInfo: { ContainerName: 'idp', ContainerPort: 8080 } };
const arn = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/idp:2';

describe('CodeDeploy inputs and names', () => {
  it.each([
    [{}, { appSpec: 'appspec.yaml', application: '', deploymentGroup: '' }],
    [
      {
        'codedeploy-appspec': 'deploy/appspec.json',
        'codedeploy-deployment-config': 'CodeDeployDefault.ECSAllAtOnce',
      },
      { appSpec: 'deploy/appspec.json', deploymentConfig: 'CodeDeployDefault.ECSAllAtOnce' },
    ],
    [{ 'codedeploy-deployment-description': 'x'.repeat(512) }, { description: 'x'.repeat(512) }],
    [{ 'codedeploy-deployment-description': 'x'.repeat(600) }, { description: `${'x'.repeat(511)}…` }],
  ])('reads %j as v2.6.3 does', (values, expected) => {
    const read = readCodeDeployInputs(new Inputs((name) => (values as Record<string, string>)[name]));
    expect(read).toMatchObject(expected);
  });

  it.each([
    [{ application: '', deploymentGroup: '' }, 'prod', 'web', ['AppECS-prod-web', 'DgpECS-prod-web']],
    [{ application: 'app', deploymentGroup: 'dg' }, 'prod', 'web', ['app', 'dg']],
    [
      { application: '', deploymentGroup: '' },
      'arn:aws:ecs:eu-west-3:123456789012:cluster/prod',
      'web',
      ['AppECS-prod-web', 'DgpECS-prod-web'],
    ],
  ])('names %j in %s/%s', (given, cluster, service, [application, deploymentGroup]) => {
    expect(codeDeployNames(given, { cluster, service })).toEqual({ application, deploymentGroup });
  });
});

describe('the AppSpec', () => {
  it.each([
    ['a valid one', appSpec({ TaskDefinition: '<TD>', ...lb }), []],
    ['one without a load balancer', appSpec({ TaskDefinition: '<TD>' }), []],
    [
      'keys in another case (v2.6.3 ignores case)',
      { resources: [{ t: { properties: { taskdefinition: 'x' } } }] },
      [],
    ],
    ['no Resources', { version: 0.0 }, ['the AppSpec has no Resources list']],
    [
      'no TaskDefinition',
      appSpec({ ...lb }),
      ['Properties has no TaskDefinition (the deploy puts the new revision there)'],
    ],
    [
      'an unknown container',
      appSpec({ TaskDefinition: 'x', LoadBalancerInfo: { ContainerName: 'web', ContainerPort: 8080 } }),
      ["LoadBalancerInfo.ContainerName 'web' is not a container of the task definition (idp)"],
    ],
    [
      'a port the container does not have',
      appSpec({ TaskDefinition: 'x', LoadBalancerInfo: { ContainerName: 'idp', ContainerPort: 80 } }),
      ["LoadBalancerInfo.ContainerPort 80 is not a container port of 'idp' (8080)"],
    ],
  ])('%s', (_name, spec, problems) => {
    expect(appSpecProblems(spec, definition).map((p) => p.problem)).toEqual(problems);
  });

  it('points at the value at fault', () => {
    const [problem] = appSpecProblems(
      appSpec({ TaskDefinition: 'x', LoadBalancerInfo: { ContainerName: 'idp', ContainerPort: 80 } }),
      definition,
    );
    expect(problem.at).toEqual([
      'Resources',
      0,
      'TargetService',
      'Properties',
      'LoadBalancerInfo',
      'ContainerPort',
    ]);
  });

  it('gets the revision in every resource, as JSON with its SHA-256, and leaves the original alone', () => {
    const spec = appSpec({ TaskDefinition: '<TD>', ...lb });
    const { content, sha256 } = appSpecContent(spec, arn);
    expect(JSON.parse(content).Resources[0].TargetService.Properties).toEqual({ TaskDefinition: arn, ...lb });
    expect(sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(spec.Resources[0].TargetService.Properties.TaskDefinition).toBe('<TD>');
    const lower = appSpecContent({ resources: [{ t: { properties: { taskdefinition: 'x' } } }] }, arn);
    expect(JSON.parse(lower.content).resources[0].t.properties).toEqual({ taskdefinition: arn });
  });
});

describe('a deployment', () => {
  it.each([
    [{ status: 'Created' }, { state: 'waiting' }],
    [{ status: 'Queued' }, { state: 'waiting' }],
    [{ status: 'InProgress' }, { state: 'waiting' }],
    [{ status: 'Baking' }, { state: 'waiting' }],
    [{ status: 'Ready' }, { state: 'waiting' }],
    [{ status: 'Succeeded' }, { state: 'succeeded' }],
    [
      { status: 'Failed', errorInformation: { code: 'ECS_UPDATE_ERROR', message: 'timed out' } },
      { state: 'failed', status: 'Failed', reason: 'timed out (ECS_UPDATE_ERROR)' },
    ],
    [
      { status: 'Stopped', rollbackInfo: { rollbackDeploymentId: 'd-ROLLBACK1' } },
      {
        state: 'failed',
        status: 'Stopped',
        reason: 'CodeDeploy reports it Stopped',
        rollbackDeploymentId: 'd-ROLLBACK1',
      },
    ],
  ])('%j is %j', (info, verdict) => {
    expect(codeDeployVerdict(info)).toEqual(verdict);
  });

  it('is followed for wait-for-minutes plus the group waits, at most 6 hours', () => {
    expect(codeDeployWaitMs(30 * 60_000, { readyWaitMinutes: 0, terminationWaitMinutes: 5 }, 360)).toBe(
      35 * 60_000,
    );
    expect(codeDeployWaitMs(300 * 60_000, { readyWaitMinutes: 60, terminationWaitMinutes: 60 }, 360)).toBe(
      360 * 60_000,
    );
  });

  it('is recognised after a lost CreateDeployment only when it is new and carries our AppSpec', () => {
    const ours = { content: '{"a":1}', sha256: 'abc' };
    expect(lostCreateDeployment('d-OLD', { deploymentId: 'd-NEW', sha256: 'abc' }, ours)).toBe('d-NEW');
    expect(lostCreateDeployment('d-OLD', { deploymentId: 'd-OLD', sha256: 'abc' }, ours)).toBeUndefined();
    expect(lostCreateDeployment('d-OLD', { deploymentId: 'd-NEW', sha256: 'def' }, ours)).toBeUndefined();
    expect(lostCreateDeployment(undefined, { deploymentId: 'd-NEW', content: '{"a":1}' }, ours)).toBe(
      'd-NEW',
    );
    expect(lostCreateDeployment(undefined, undefined, ours)).toBeUndefined();
    expect(
      activeDeploymentInMessage(
        "The Deployment Group 'DgpECS-prod-web' already has an active Deployment 'd-ABCDEF123'",
      ),
    ).toBe('d-ABCDEF123');
  });
});

describe('the rollback of a CodeDeploy deployment (src/rollback/policy.ts)', () => {
  const context = { rollbackOnFailure: true, autoRollback: false, deploymentGroup: 'dg' };
  it.each([
    [
      { state: 'failed', rollbackDeploymentId: 'd-R' },
      { ...context, rollbackOnFailure: false },
      'follow-codedeploy-rollback',
    ],
    [{ state: 'failed' }, context, 'none'],
    [{ state: 'timeout' }, context, 'stop-and-roll-back'],
    [{ state: 'timeout' }, { ...context, rollbackOnFailure: false }, 'none'],
    [{ state: 'cancelled' }, context, 'none'],
  ] as const)('%j with %j: %s', (end, ctx, action) => {
    expect(codeDeployRollbackDecision(end, ctx).action).toBe(action);
  });

  it('says how to get a rollback when the group has none', () => {
    const decision = codeDeployRollbackDecision({ state: 'failed' }, context);
    expect(decision).toEqual({
      action: 'none',
      why: expect.stringContaining('turn on its automatic rollback'),
    });
  });
});
