import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Inputs } from '../../../src/lib/inputs.js';
import { parseWaitInputs, WAIT_INPUTS, WAIT_OUTPUTS } from '../../../src/health/inputs.js';

const TG =
  'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/web-ui-client-tg/ae0e2bd6bf121887';

function parseWith(values: Record<string, string>) {
  const inputs = new Inputs((name) => values[name]);
  return { settings: () => parseWaitInputs(inputs), inputs };
}

beforeEach(() => {
  delete process.env.AWS_REGION;
  delete process.env.AWS_DEFAULT_REGION;
});

describe('parseWaitInputs', () => {
  test('defaults: cluster default, 30 minutes, no rollback, PRIMARY deployment, service target groups', () => {
    expect(parseWith({ service: 'web-ui-client', 'aws-region': 'eu-west-3' }).settings()).toEqual({
      region: 'eu-west-3',
      cluster: 'default',
      service: 'web-ui-client',
      deploymentId: undefined,
      targetGroupArns: undefined,
      timeoutMs: 30 * 60_000,
      rollbackOnFailure: false,
      rollbackTaskDefinition: undefined,
    });
  });

  test('every input given', () => {
    const { settings } = parseWith({
      service: 'web-ui-client',
      cluster: 'intrusion-detection',
      'aws-region': 'eu-west-3',
      'deployment-id': 'ecs-svc/1234567890123456789',
      'target-group-arns': `# the public one\n${TG}\n`,
      'wait-for-minutes': '2.5',
      'rollback-on-failure': 'TRUE',
      'rollback-task-definition': 'web-ui-client:12',
    });
    expect(settings()).toEqual({
      region: 'eu-west-3',
      cluster: 'intrusion-detection',
      service: 'web-ui-client',
      deploymentId: 'ecs-svc/1234567890123456789',
      targetGroupArns: [TG],
      timeoutMs: 150_000,
      rollbackOnFailure: true,
      rollbackTaskDefinition: 'web-ui-client:12',
    });
  });

  test('the region falls back to AWS_REGION', () => {
    process.env.AWS_REGION = 'eu-west-3';
    expect(parseWith({ service: 's' }).settings().region).toBe('eu-west-3');
  });

  test.each([
    [{}, "Input 'service': is required but empty. Set it in the step's `with:` block"],
    [{ service: 's' }, "Input 'aws-region': no region given"],
    [
      { service: 's', 'aws-region': 'eu-west-3', 'deployment-id': '42' },
      "Input 'deployment-id': '42' is not an ECS deployment id",
    ],
    [
      { service: 's', 'aws-region': 'eu-west-3', 'target-group-arns': 'web-ui-client-tg' },
      "Input 'target-group-arns': 'web-ui-client-tg' is not a target group ARN",
    ],
    [
      { service: 's', 'aws-region': 'eu-west-3', 'wait-for-minutes': 'soon' },
      "Input 'wait-for-minutes': 'soon' is not a number. Use a value from 0.01 to 360",
    ],
    [
      { service: 's', 'aws-region': 'eu-west-3', 'wait-for-minutes': '0' },
      "Input 'wait-for-minutes': 0 is out of range. Use a value from 0.01 to 360",
    ],
    [
      { service: 's', 'aws-region': 'eu-west-3', 'wait-for-minutes': '600' },
      "Input 'wait-for-minutes': 600 is out of range",
    ],
    [
      { service: 's', 'aws-region': 'eu-west-3', 'rollback-on-failure': 'yes' },
      "Input 'rollback-on-failure': 'yes' is not a boolean. Use true or false",
    ],
    [
      {
        service: 's',
        'aws-region': 'eu-west-3',
        'rollback-on-failure': 'true',
        'rollback-task-definition': 'latest',
      },
      "Input 'rollback-task-definition': 'latest' is not a task definition revision",
    ],
    [
      { service: 's', 'aws-region': 'eu-west-3', 'rollback-task-definition': 'web:3' },
      "Input 'rollback-task-definition': is set but rollback-on-failure is false, so it would never be used. Set rollback-on-failure: true, or remove it",
    ],
  ])('%j fails naming the input', (values, message) => {
    expect(parseWith(values as Record<string, string>).settings).toThrow(message);
  });

  test('a renamed view (the root action) names the inputs as the user knows them', () => {
    const inputs = new Inputs(
      (name) => ({ service: 's', 'aws-region': 'eu-west-3', 'health-wait-minutes': '-1' })[name],
    ).renamed({
      'wait-for-minutes': 'health-wait-minutes',
    });
    expect(() => parseWaitInputs(inputs)).toThrow("Input 'health-wait-minutes': '-1' is not a number");
  });

  test('wait-healthy/action.yml declares exactly the inputs and outputs the code uses', () => {
    const action = parse(
      readFileSync(new URL('../../../wait-healthy/action.yml', import.meta.url), 'utf8'),
    ) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    const { inputs, settings } = parseWith({ service: 's', 'aws-region': 'eu-west-3' });
    settings();
    expect([...inputs.read].sort()).toEqual(Object.values(WAIT_INPUTS).sort());
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(WAIT_INPUTS).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(WAIT_OUTPUTS).sort());
  });
});
