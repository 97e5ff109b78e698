import { pipelineFailureSummary, type PipelineProgress } from '../../../src/pipeline/action.js';
import type { DeployResult } from '../../../src/deploy/action.js';

// Issue 12, defect 6: the root action's summary section when it stops after the preflight.
const arn = (revision: number) => `arn:aws:ecs:eu-west-3:123456789012:task-definition/idp:${revision}`;
const deployed = {
  taskDefinitionArn: arn(2),
  deployedTaskDefinitionArn: arn(2),
  previousTaskDefinitionArn: arn(1),
  deploymentId: 'ecs-svc/42',
} as DeployResult;
const image = 'public.ecr.aws/a1b2c3d4/idp@sha256:' + 'a'.repeat(64);

describe('pipelineFailureSummary', () => {
  it.each<[string, PipelineProgress, [string, string][]]>([
    [
      'login failed before anything was built',
      { stage: 'logging in', service: 'idp', logout: 'logged out of public.ecr.aws' },
      [
        ['Service', 'idp'],
        ['Result', 'failed while logging in: boom'],
        ['Healthy', 'false'],
        ['Image', 'none (not built)'],
        ['Registry', 'logged out of public.ecr.aws'],
      ],
    ],
    [
      'the deploy died without a result',
      { stage: 'deploying', service: 'idp', image },
      [
        ['Service', 'idp'],
        ['Result', 'failed while deploying: boom'],
        ['Healthy', 'false'],
        ['Image', image],
        ['Deployment', 'unknown: the deploy stopped before it could say what it changed'],
      ],
    ],
    [
      'the wait died after the update',
      { stage: 'waiting', service: 'idp', image, deployed },
      [
        ['Service', 'idp'],
        ['Result', 'failed while waiting: boom'],
        ['Healthy', 'false'],
        ['Image', image],
        ['Task definition', 'idp:2'],
        ['Previous task definition', 'idp:1'],
        ['Deployment', 'ecs-svc/42'],
      ],
    ],
    [
      'nothing to update (UpdateService skipped)',
      { stage: 'waiting', service: 'idp', image, deployed: { ...deployed, deploymentId: '' } },
      [
        ['Service', 'idp'],
        ['Result', 'failed while waiting: boom'],
        ['Healthy', 'false'],
        ['Image', image],
        ['Task definition', 'idp:2'],
        ['Previous task definition', 'idp:1'],
        ['Deployment', 'none (UpdateService skipped)'],
      ],
    ],
  ])('%s', (_, progress, facts) => {
    const section = pipelineFailureSummary(progress, new Error('boom'));
    expect(section.title).toBe(`Deploy to ECS: failed while ${progress.stage}`);
    expect(section.facts).toEqual(facts);
  });
});
