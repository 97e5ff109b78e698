import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { parseDeployInputs } from '../../../src/deploy/inputs.js';
import { INPUT, OUTPUT } from '../../../src/deploy/names.js';
import { deployOutputs, deploySummary } from '../../../src/deploy/report.js';
import type { DeployResult } from '../../../src/deploy/result.js';
import { renderSummary } from '../../../src/lib/summary.js';
import { Inputs } from '../../../src/lib/inputs.js';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const definition = {
  family: 'web',
  containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/a1b2c3d4/web:v2', memory: 512 }],
};
let workspace: string;

beforeEach(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'deploy-inputs-'));
  process.env.GITHUB_WORKSPACE = workspace;
  writeFileSync(path.join(workspace, 'td.json'), JSON.stringify(definition));
  writeFileSync(
    path.join(workspace, 'td.yaml'),
    'family: web\ncontainerDefinitions:\n  - name: web\n    image: web:latest\n    memory: 512\n',
  );
});
afterAll(() => {
  delete process.env.GITHUB_WORKSPACE;
});

async function parseWith(given: Record<string, string>) {
  const values: Record<string, string> = {
    'aws-region': 'eu-west-3',
    'task-definition': 'td.json',
    ...given,
  };
  return await parseDeployInputs(new Inputs((name) => values[name]));
}

describe('ecs-deploy inputs', () => {
  it('defaults as the contract says', async () => {
    const settings = await parseWith({});
    expect(settings).toMatchObject({
      region: 'eu-west-3',
      cluster: 'default',
      service: '',
      skipUnchanged: true,
      forceNewDeployment: false,
      desiredCount: undefined,
      enableEcsManagedTags: undefined,
      propagateTags: undefined,
      tags: [],
      provenanceTags: true,
      revision: undefined,
      wait: false,
      waitTimeoutMs: 30 * 60_000,
      rollbackOnFailure: true,
      dryRun: false,
    });
    expect(settings.taskDefinition).toMatchObject({ kind: 'definition', definition });
  });

  it('reads every input', async () => {
    const settings = await parseWith({
      service: 'web',
      cluster: 'prod',
      'skip-unchanged': 'false',
      'force-new-deployment': 'True',
      'desired-count': '0',
      'enable-ecs-managed-tags': 'false',
      'propagate-tags': 'task_definition',
      tags: 'team=platform\n# comment\nurl=https://x.example/a=b',
      'provenance-tags': 'false',
      revision: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
      'wait-for-service-stability': 'true',
      'wait-for-minutes': '1.5',
      'rollback-on-failure': 'false',
      'dry-run': 'true',
    });
    expect(settings).toMatchObject({
      service: 'web',
      cluster: 'prod',
      skipUnchanged: false,
      forceNewDeployment: true,
      desiredCount: 0,
      enableEcsManagedTags: false,
      propagateTags: 'TASK_DEFINITION',
      tags: [
        { key: 'team', value: 'platform' },
        { key: 'url', value: 'https://x.example/a=b' },
      ],
      provenanceTags: false,
      revision: 'abcdef0123456789abcdef0123456789abcdef01',
      wait: true,
      waitTimeoutMs: 90_000,
      rollbackOnFailure: false,
      dryRun: true,
    });
  });

  it.each([
    ['full ARN', 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:3'],
    ['family:revision', 'web:3'],
  ])('accepts a task-definition-arn as %s', async (_name, arn) => {
    expect((await parseWith({ 'task-definition': '', 'task-definition-arn': arn })).taskDefinition).toEqual({
      kind: 'arn',
      input: 'task-definition-arn',
      arn,
    });
  });

  it.each([
    ['no task definition', { 'task-definition': '' }, /Input 'task-definition': neither/],
    ['file and ARN', { 'task-definition-arn': 'web:1' }, /Input 'task-definition-arn': both/],
    [
      'an ARN without revision',
      { 'task-definition': '', 'task-definition-arn': 'web' },
      /Input 'task-definition-arn': 'web' is not a task definition revision/,
    ],
    [
      'an ARN in another region',
      {
        'task-definition': '',
        'task-definition-arn': 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1',
      },
      /is in us-east-1, but aws-region is eu-west-3/,
    ],
    ['a missing file', { 'task-definition': 'missing.json' }, /Input 'task-definition': file not found/],
    [
      'an image without registry or tag',
      { 'task-definition': 'td.yaml' },
      /Input 'task-definition': td.yaml:4: container 'web': image 'web:latest' does not name a registry/,
    ],
    ['a bad boolean', { 'dry-run': 'maybe' }, /Input 'dry-run': 'maybe' is not a boolean/],
    ['a fractional desired count', { 'desired-count': '1.5' }, /Input 'desired-count'/],
    ['a zero wait', { 'wait-for-minutes': '0' }, /Input 'wait-for-minutes': must be more than 0/],
    ['a too long wait', { 'wait-for-minutes': '500' }, /Input 'wait-for-minutes': 500 is out of range/],
    [
      'an unknown propagate-tags',
      { 'propagate-tags': 'ALL' },
      /Input 'propagate-tags': 'ALL' is not one of SERVICE, TASK_DEFINITION, NONE/,
    ],
    ['a tag without =', { tags: 'team' }, /Input 'tags': line 1 is not KEY=VALUE/],
    ['a reserved tag key', { tags: 'aws:x=1' }, /Input 'tags': line 1: tag key 'aws:x' uses the prefix aws:/],
    ['a bad cluster name', { cluster: 'my cluster' }, /Input 'cluster'/],
    ['no region', { 'aws-region': '' }, /Input 'aws-region': no region given/],
  ])('rejects %s', async (_name, given, message) => {
    const saved = [process.env.AWS_REGION, process.env.AWS_DEFAULT_REGION];
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    try {
      await expect(parseWith(given)).rejects.toThrow(message);
    } finally {
      if (saved[0] !== undefined) process.env.AWS_REGION = saved[0];
      if (saved[1] !== undefined) process.env.AWS_DEFAULT_REGION = saved[1];
    }
  });

  it('takes a definition the root action rendered instead of reading the file inputs', async () => {
    const values: Record<string, string> = { 'aws-region': 'eu-west-3', 'task-definition': 'not-read.json' };
    const settings = await parseDeployInputs(new Inputs((name) => values[name]), {
      taskDefinition: {
        definition: { ...definition, revision: 4, tags: [{ key: 'a', value: 'b' }] },
        origin: 'rendered.json',
      },
    });
    expect(settings.taskDefinition).toMatchObject({
      kind: 'definition',
      origin: 'rendered.json',
      definition,
      tags: [{ key: 'a', value: 'b' }],
      removed: ['revision'],
    });
  });

  it('names inputs as a renamed view knows them', async () => {
    const values: Record<string, string> = {
      'aws-region': 'eu-west-3',
      'task-definition': 'td.json',
      'deploy-dry-run': 'nope',
    };
    const inputs = new Inputs((name) => values[name]).renamed({ 'dry-run': 'deploy-dry-run' });
    await expect(parseDeployInputs(inputs)).rejects.toThrow(/Input 'deploy-dry-run'/);
  });
});

describe('action.yml and the code agree', () => {
  const action = parse(readFileSync(path.join(repoRoot, 'ecs-deploy/action.yml'), 'utf8'));
  it('declares exactly the inputs the code reads', async () => {
    const values: Record<string, string> = { 'aws-region': 'eu-west-3', 'task-definition': 'td.json' };
    const inputs = new Inputs((name) => values[name]);
    await parseDeployInputs(inputs);
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT).sort());
    expect([...inputs.read].sort()).toEqual(Object.values(INPUT).sort());
  });
  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUT).sort());
  });
});

describe('outputs and job summary', () => {
  const arn = (n: number) => `arn:aws:ecs:eu-west-3:123456789012:task-definition/web:${n}`;
  const result: DeployResult = {
    outcome: 'healthy',
    message: 'Deployment ecs-svc/2 of web:2 is healthy',
    dryRun: false,
    taskDefinitionArn: arn(2),
    deployedTaskDefinitionArn: arn(2),
    previousTaskDefinitionArn: arn(1),
    deploymentId: 'ecs-svc/2',
    registered: true,
    serviceUpdated: true,
    rolledBack: false,
    runTaskArns: [],
    choice: {
      action: 'register',
      request: { family: 'web', containerDefinitions: [] },
      reason: 'differs from the latest ACTIVE revision web:1',
    },
    family: 'web',
    images: [{ container: 'web', image: 'public.ecr.aws/a1b2c3d4/web:v2' }],
    changes: ['container web: image public.ecr.aws/a1b2c3d4/web:v1 → public.ecr.aws/a1b2c3d4/web:v2'],
    serviceChanges: ['task definition: web:1 → web:2'],
    removedFields: [],
    durationMs: 12_345,
  };

  it('sets the six outputs', () => {
    expect(deployOutputs(result)).toEqual({
      'task-definition-arn': arn(2),
      'previous-task-definition-arn': arn(1),
      'deployment-id': 'ecs-svc/2',
      registered: 'true',
      'rolled-back': 'false',
      'codedeploy-deployment-id': '',
      'run-task-arn': '',
    });
  });

  it('summarises service, cluster, region, revisions, image, changes, deployment, console link, outcome and duration', async () => {
    const values: Record<string, string> = {
      'aws-region': 'eu-west-3',
      'task-definition': 'td.json',
      service: 'web',
      cluster: 'prod',
    };
    const text = renderSummary(
      deploySummary(await parseDeployInputs(new Inputs((name) => values[name])), result),
    );
    for (const expected of [
      '| Service | web |',
      '| Cluster | prod |',
      '| Region | eu-west-3 |',
      '| Revision | web:1 → web:2 |',
      '| Image | public.ecr.aws/a1b2c3d4/web:v2 |',
      '| Deployment | ecs-svc/2 |',
      '[ECS console](https://eu-west-3.console.aws.amazon.com/ecs/v2/clusters/prod/services/web/deployments?region=eu-west-3)',
      '| Outcome | Deployment ecs-svc/2 of web:2 is healthy |',
      '| Duration | 12.3 s |',
      '- container web: image public.ecr.aws/a1b2c3d4/web:v1 → public.ecr.aws/a1b2c3d4/web:v2',
      '- task definition: web:1 → web:2',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('| Strategy |');
  });

  it('shows the strategy the deploy used (issue 17)', async () => {
    const values: Record<string, string> = {
      'aws-region': 'eu-west-3',
      'task-definition': 'td.json',
      service: 'web',
    };
    const text = renderSummary(
      deploySummary(await parseDeployInputs(new Inputs((name) => values[name])), {
        ...result,
        strategy: 'CANARY (10% for 5 min, then the rest; bake time 2 min; alarms: none)',
      }),
    );
    expect(text).toContain(
      '| Strategy | CANARY (10% for 5 min, then the rest; bake time 2 min; alarms: none) |',
    );
  });
});

describe('deployment strategy inputs (issue 17)', () => {
  it('are read through the deploy settings', async () => {
    expect(
      (await parseWith({ service: 'web', 'deployment-strategy': 'linear', 'linear-step-percent': '25' }))
        .strategy,
    ).toEqual(expect.objectContaining({ strategy: 'LINEAR', stepPercent: 25 }));
  });

  it('need a service', async () => {
    await expect(parseWith({ 'deployment-strategy': 'CANARY' })).rejects.toThrow(
      "Input 'deployment-strategy': the strategy inputs configure a service's deployment, but service is empty. Set service, or leave the strategy inputs empty",
    );
  });
});
