/**
 * ecs-deploy's job summary section (issue 16): a CloudWatch Logs link per awslogs container, and
 * inside the root action (which waits in its next stage) an outcome that says it is waiting.
 */
import { describe, expect, it } from '@jest/globals';
import { parseDeployInputs } from '../../../src/deploy/inputs.js';
import { deployHeadline, deploySummary } from '../../../src/deploy/report.js';
import type { DeployResult } from '../../../src/deploy/result.js';
import { Inputs } from '../../../src/lib/inputs.js';
import { renderSummary } from '../../../src/lib/summary.js';

const arn = (n: number) => `arn:aws:ecs:eu-west-3:123456789012:task-definition/web:${n}`;
const definition = {
  family: 'web',
  containerDefinitions: [
    {
      name: 'web',
      image: 'public.ecr.aws/a1b2c3d4/web:v2',
      memory: 512,
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/web',
          'awslogs-region': 'eu-west-3',
          'awslogs-stream-prefix': 'web',
        },
      },
    },
    { name: 'sidecar', image: 'public.ecr.aws/a1b2c3d4/proxy:v1', memory: 128 },
  ],
};
const settings = await parseDeployInputs(
  new Inputs((name) => ({ 'aws-region': 'eu-west-3', service: 'web', cluster: 'prod' })[name]),
  { taskDefinition: { definition, origin: 'rendered', input: 'task-definition' } },
);
const started: DeployResult = {
  outcome: 'deployed',
  message: 'Deployment ecs-svc/2 of web:2 started (not waiting)',
  dryRun: false,
  taskDefinitionArn: arn(2),
  deployedTaskDefinitionArn: arn(2),
  previousTaskDefinitionArn: arn(1),
  deploymentId: 'ecs-svc/2',
  registered: true,
  serviceUpdated: true,
  rolledBack: false,
  runTaskArns: [],
  choice: { action: 'register', request: { family: 'web', containerDefinitions: [] }, reason: 'changed' },
  family: 'web',
  images: [{ container: 'web', image: 'public.ecr.aws/a1b2c3d4/web:v2' }],
  changes: [],
  serviceChanges: ['task definition: web:1 → web:2'],
  removedFields: [],
  durationMs: 400,
};

describe('deploySummary', () => {
  it('inside the root action says the deployment is being waited for, not "not waiting, 0.4 s"', () => {
    const text = renderSummary(deploySummary(settings, started, { waitFollows: true }));
    expect(text).toContain(
      '| Outcome | Deployment ecs-svc/2 of web:2 started; waiting for it to be healthy (next section) |',
    );
    expect(text).toContain('| Duration | 0.4 s to register and update; the wait is timed below |');
    expect(text).not.toContain('not waiting');
  });

  it('alone (wait-for-service-stability false) says it did not wait', () => {
    const text = renderSummary(deploySummary(settings, started));
    expect(text).toContain('| Outcome | Deployment ecs-svc/2 of web:2 started (not waiting) |');
    expect(text).toContain('| Duration | 0.4 s |');
  });

  it('a failure is reported as the failure, also inside the root action', () => {
    const text = renderSummary(
      deploySummary(settings, { ...started, outcome: 'failed' }, { failure: 'boom', waitFollows: true }),
    );
    expect(text).toContain('| Outcome | boom |');
  });

  it('links the CloudWatch log group of each container that logs with awslogs, and only those', () => {
    const text = renderSummary(deploySummary(settings, started));
    const logs = text.slice(text.indexOf('#### Logs'));
    expect(logs).toContain(
      '- web: [CloudWatch Logs](https://eu-west-3.console.aws.amazon.com/cloudwatch/home?region=eu-west-3#logsV2:log-groups/log-group/$252Fecs$252Fweb)',
    );
    expect(logs).not.toContain('sidecar');
  });
});

it('deployHeadline names the service, and the failure when there is one', () => {
  expect(deployHeadline(settings, started)).toEqual({
    service: 'web',
    result: 'Deployment ecs-svc/2 of web:2 started (not waiting)',
    durationMs: 400,
  });
  expect(deployHeadline(settings, started, 'boom').result).toBe('failed: boom');
});

it('deployHeadline names the commit of the revision input, the one the provenance tag names', async () => {
  const sha = 'abcdef0123456789abcdef0123456789abcdef01';
  const withRevision = await parseDeployInputs(
    new Inputs(
      (name) => ({ 'aws-region': 'eu-west-3', service: 'web', cluster: 'prod', revision: sha })[name],
    ),
    { taskDefinition: { definition, origin: 'rendered', input: 'task-definition' } },
  );
  expect(deployHeadline(withRevision, started).commit).toBe(sha);
  expect(deployHeadline(settings, started).commit).toBeUndefined();
});
