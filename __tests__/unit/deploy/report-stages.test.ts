/**
 * Issue 17: ecs-deploy's job summary shows the stage timeline of a BLUE_GREEN, LINEAR or CANARY
 * deployment (WaitResult.stages), and nothing more for a ROLLING one.
 */
import type { DeploySettings } from '../../../src/deploy/inputs.js';
import { deploySummary } from '../../../src/deploy/report.js';
import type { DeployResult } from '../../../src/deploy/result.js';
import type { WaitResult } from '../../../src/health/types.js';
import { renderSummary } from '../../../src/lib/summary.js';

const T0 = Date.parse('2025-06-01T10:00:00Z');
// Only what the summary reads of the settings.
const settings = {
  service: 'web',
  cluster: 'default',
  region: 'eu-west-3',
  dryRun: false,
  taskDefinition: { kind: 'arn', arn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:2' },
} as unknown as DeploySettings;

function summary(wait: Partial<WaitResult>): string {
  const result = {
    outcome: 'healthy',
    message: 'healthy',
    dryRun: false,
    taskDefinitionArn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:2',
    deploymentId: 'ecs-svc/2',
    registered: true,
    serviceUpdated: true,
    rolledBack: false,
    runTaskArns: [],
    choice: { action: 'register', request: { family: 'web', containerDefinitions: [] }, reason: 'new' },
    family: 'web',
    images: [],
    changes: [],
    serviceChanges: [],
    removedFields: [],
    durationMs: 1000,
    wait: { timeline: [], ...wait },
  } as unknown as DeployResult;
  return renderSummary(deploySummary(settings, result));
}

test('a CANARY deployment: the stage table (stage, start, duration)', () => {
  const text = summary({
    stages: [
      { stage: 'SCALE_UP', startedAt: T0, durationMs: 42_000 },
      { stage: 'BAKE_TIME', startedAt: T0 + 42_000, durationMs: 300_000 },
    ],
  });
  expect(text).toContain('Service deployment stages');
  expect(text).toContain(
    [
      '| Stage | Started (UTC) | Duration |',
      '| --- | --- | --- |',
      '| SCALE_UP | 10:00:00 | 42 s |',
      '| BAKE_TIME | 10:00:42 | 5 min 00 s |',
    ].join('\n'),
  );
});

test('a ROLLING deployment: no stage table', () => {
  expect(summary({})).not.toContain('Service deployment stages');
});
