import type { Task } from '@aws-sdk/client-ecs';
import { jest } from '@jest/globals';
import { StepCancelled } from '../../../src/deploy/cancel.js';
import { ActionError, InputError } from '../../../src/lib/errors.js';
import { Inputs } from '../../../src/lib/inputs.js';
import { parseRunTaskInputs } from '../../../src/deploy/run-task-inputs.js';
import {
  logsConsoleUrl,
  planRunTask,
  runOneOffTask,
  stoppedTaskVerdict,
  type RunTaskIo,
} from '../../../src/deploy/run-task.js';
import type { ServiceState } from '../../../src/deploy/plan.js';

const parse = (values: Record<string, string>) => parseRunTaskInputs(new Inputs((name) => values[name]));
const on = (values: Record<string, string> = {}) => parse({ 'run-task': 'true', ...values })!;

const definition = {
  family: 'web',
  networkMode: 'awsvpc',
  containerDefinitions: [
    {
      name: 'app',
      essential: true,
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/web',
          'awslogs-region': 'eu-west-3',
          'awslogs-stream-prefix': 'ecs',
        },
      },
    },
    { name: 'sidecar', essential: false },
  ],
  volumes: [{ name: 'data', configuredAtLaunch: true }],
};
const service: ServiceState = {
  arn: 'arn',
  name: 'web',
  status: 'ACTIVE',
  taskDefinition: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:1',
  desiredCount: 1,
  deployments: [],
  launchType: 'FARGATE',
  awsvpcConfiguration: {
    subnets: ['subnet-0aaaaaaaa'],
    securityGroups: ['sg-0bbbbbbbb'],
    assignPublicIp: 'ENABLED',
  },
};
const plan = (values: Record<string, string>, context: { service?: ServiceState; definition?: any } = {}) =>
  planRunTask(on(values), {
    cluster: 'prod',
    definition: context.definition ?? definition,
    service: context.service,
  });

describe('run-task inputs', () => {
  it('is off by default, and then ignores the other inputs as the reference does', () => {
    expect(parse({ 'run-task-launch-type': 'EC2' })).toBeUndefined();
  });

  it("has the reference's defaults: startedBy GitHub-Actions, no overrides, no tags, no wait", () => {
    expect(on()).toMatchObject({
      startedBy: 'GitHub-Actions',
      containerOverrides: [],
      tags: [],
      subnets: [],
      securityGroups: [],
      waitForStop: false,
    });
  });

  it.each([
    ["tags as the reference's JSON array", { 'run-task-tags': '[{"key":"purpose","value":"migration"}]' }],
    ['tags as KEY=VALUE lines', { 'run-task-tags': 'purpose=migration' }],
  ])('reads %s', (_what, values) => {
    expect(on(values).tags).toEqual([{ key: 'purpose', value: 'migration' }]);
  });

  it('reads comma-separated subnets and security groups', () => {
    expect(
      on({
        'run-task-subnets': 'subnet-0aaaaaaaa, subnet-0cccccccc',
        'run-task-security-groups': 'sg-0bbbbbbbb',
      }),
    ).toMatchObject({
      subnets: ['subnet-0aaaaaaaa', 'subnet-0cccccccc'],
      securityGroups: ['sg-0bbbbbbbb'],
    });
  });

  it.each([
    [
      { 'run-task-container-overrides': '[{"name":"app"' },
      "Input 'run-task-container-overrides': is not valid JSON",
    ],
    [
      { 'run-task-container-overrides': '{"name":"app"}' },
      "Input 'run-task-container-overrides': is not a JSON array",
    ],
    [{ 'run-task-container-overrides': '[{"name":"app","comand":["x"]}]' }, "item 1: unknown field 'comand'"],
    [
      { 'run-task-container-overrides': '[{"name":"app","command":"migrate"}]' },
      'command must be an array of strings',
    ],
    [
      { 'run-task-capacity-provider-strategy': '[{"capacityProvider":"FARGATE","weight":2000}]' },
      'weight must be a whole number from 0 to 1000',
    ],
    [
      {
        'run-task-capacity-provider-strategy':
          '[{"capacityProvider":"A","base":1},{"capacityProvider":"B","base":1}]',
      },
      'more than one item has a base',
    ],
    [
      {
        'run-task-launch-type': 'FARGATE',
        'run-task-capacity-provider-strategy': '[{"capacityProvider":"FARGATE_SPOT"}]',
      },
      "Input 'run-task-launch-type': both run-task-launch-type and run-task-capacity-provider-strategy are set",
    ],
    [{ 'run-task-launch-type': 'LAMBDA' }, "'LAMBDA' is not a launch type"],
    [{ 'run-task-assign-public-IP': 'yes' }, "'yes' is not ENABLED or DISABLED"],
    [
      { 'run-task-started-by': 'GitHub Actions' },
      "Input 'run-task-started-by': 'GitHub Actions' is not a valid startedBy",
    ],
    [{ 'run-task-tags': '[{"key":"aws:x","value":"1"}]' }, 'uses the prefix aws:'],
    [{ 'run-task-tags': 'novalue' }, 'line 1 is not KEY=VALUE'],
    [{ 'run-task-subnets': 'subnet-1' }, "'subnet-1' is not a subnet ID"],
    [
      { 'run-task-managed-ebs-volume': '{"roleArn":"arn:aws:iam::123456789012:role/r"}' },
      'is set but run-task-managed-ebs-volume-name is not',
    ],
    [
      { 'run-task-managed-ebs-volume-name': 'data', 'run-task-managed-ebs-volume': '{"sizeInGiB":20}' },
      'has no roleArn',
    ],
  ])('refuses %j before any change', (values, message) => {
    expect(() => on(values)).toThrow(InputError);
    expect(() => on(values)).toThrow(message);
  });

  it('refuses wait-for-task-stopped without run-task', () => {
    expect(() => parse({ 'wait-for-task-stopped': 'true' })).toThrow(
      "Input 'wait-for-task-stopped': is true but run-task is not. Set run-task: true",
    );
  });

  it('warns, as the reference does, about a volume name without its configuration', () => {
    expect(on({ 'run-task-managed-ebs-volume-name': 'data' }).warnings).toEqual([
      'run-task-managed-ebs-volume-name is set without run-task-managed-ebs-volume: the one-off task gets no volume configuration',
    ]);
  });
});

describe('the RunTask request and its defaults', () => {
  it("takes the service's networking, public IP and launch type when none is given", () => {
    expect(plan({}, { service }).request).toEqual({
      cluster: 'prod',
      count: 1,
      startedBy: 'GitHub-Actions',
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: ['subnet-0aaaaaaaa'],
          securityGroups: ['sg-0bbbbbbbb'],
          assignPublicIp: 'ENABLED',
        },
      },
    });
  });

  it('uses given networking as a whole, with public IP DISABLED by default (the reference)', () => {
    expect(
      plan({ 'run-task-subnets': 'subnet-0cccccccc' }, { service }).request.networkConfiguration,
    ).toEqual({
      awsvpcConfiguration: { subnets: ['subnet-0cccccccc'], assignPublicIp: 'DISABLED' },
    });
  });

  it("takes the service's capacity provider strategy over FARGATE", () => {
    const spot = {
      ...service,
      launchType: undefined,
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
    };
    const request = plan({}, { service: spot }).request;
    expect(request.capacityProviderStrategy).toEqual([{ capacityProvider: 'FARGATE_SPOT', weight: 1 }]);
    expect(request.launchType).toBeUndefined();
  });

  it('defaults to FARGATE without a service, as the reference', () => {
    expect(plan({ 'run-task-subnets': 'subnet-0cccccccc' }).request.launchType).toBe('FARGATE');
  });

  it('passes overrides, tags and the EBS volume', () => {
    const request = plan(
      {
        'run-task-container-overrides': '[{"name":"app","command":["npm","run","migrate"]}]',
        'run-task-tags': 'purpose=migration',
        'run-task-managed-ebs-volume-name': 'data',
        'run-task-managed-ebs-volume': '{"roleArn":"arn:aws:iam::123456789012:role/ecsInfra","sizeInGiB":20}',
      },
      { service },
    ).request;
    expect(request.overrides).toEqual({
      containerOverrides: [{ name: 'app', command: ['npm', 'run', 'migrate'] }],
    });
    expect(request.tags).toEqual([{ key: 'purpose', value: 'migration' }]);
    expect(request.volumeConfigurations).toEqual([
      {
        name: 'data',
        managedEBSVolume: { roleArn: 'arn:aws:iam::123456789012:role/ecsInfra', sizeInGiB: 20 },
      },
    ]);
  });

  it.each([
    [
      {},
      {},
      "Input 'run-task-subnets': task definition web uses networkMode awsvpc, so the one-off task needs subnets (no service to copy them from)",
    ],
    [
      { 'run-task-container-overrides': '[{"name":"migrate"}]' },
      { service },
      "item 1: container 'migrate' is not in task definition web. Use one of: app, sidecar",
    ],
    [
      {
        'run-task-managed-ebs-volume-name': 'logs',
        'run-task-managed-ebs-volume': '{"roleArn":"arn:aws:iam::123456789012:role/r"}',
      },
      { service },
      "has no volume 'logs' with configuredAtLaunch: true",
    ],
    [
      { 'run-task-subnets': 'subnet-0cccccccc' },
      { definition: { ...definition, networkMode: 'bridge' } },
      'uses networkMode bridge, which takes no subnets',
    ],
  ])('refuses %j against the task definition and service', (values, context, message) => {
    expect(() => plan(values, context)).toThrow(message);
  });
});

describe('the verdict on the stopped one-off task', () => {
  const arn = 'arn:aws:ecs:eu-west-3:123456789012:task/prod/0123abcd';
  const stoppedTask = (containers: Task['containers']): Task => ({
    taskArn: arn,
    taskDefinitionArn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:2',
    lastStatus: 'STOPPED',
    stopCode: 'EssentialContainerExited',
    stoppedReason: 'Essential container in task exited',
    containers,
  });

  it('passes when the essential containers exit 0, whatever the sidecar did', () => {
    const verdict = stoppedTaskVerdict(
      [
        stoppedTask([
          { name: 'app', exitCode: 0 },
          { name: 'sidecar', exitCode: 137 },
        ]),
      ],
      definition,
      'eu-west-3',
    );
    expect(verdict.ok).toBe(true);
  });

  it('fails naming the essential container, its exit code, reason, the stopped reason and the logs link', () => {
    const verdict = stoppedTaskVerdict(
      [
        stoppedTask([
          { name: 'app', exitCode: 3, reason: 'migration failed' },
          { name: 'sidecar', exitCode: 137 },
        ]),
      ],
      definition,
      'eu-west-3',
    );
    expect(verdict).toEqual({
      ok: false,
      lines: [
        'task 0123abcd (web:2) stopped [EssentialContainerExited]: Essential container in task exited',
        '  essential container app exited with code 3, reason: migration failed; logs: https://eu-west-3.console.aws.amazon.com/cloudwatch/home?region=eu-west-3#logsV2:log-groups/log-group/$252Fecs$252Fweb/log-events/ecs$252Fapp$252F0123abcd',
        '  non-essential container sidecar exited with code 137',
      ],
    });
  });

  it('fails when an essential container never ran, and prints AWS text on one line', () => {
    const verdict = stoppedTaskVerdict(
      [stoppedTask([{ name: 'app', reason: 'CannotPullContainerError\n::error::x' }])],
      definition,
      'eu-west-3',
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.lines[1]).toContain(
      'did not run (no exit code), reason: CannotPullContainerError\\n::error::x',
    );
  });

  it.each([
    [
      { logDriver: 'awslogs', options: { 'awslogs-group': 'g' } },
      'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/g',
    ],
    [
      {
        logDriver: 'awslogs',
        options: { 'awslogs-group': 'g', 'awslogs-region': 'cn-north-1', 'awslogs-stream-prefix': 'p' },
      },
      'https://console.amazonaws.cn/cloudwatch/home?region=cn-north-1#logsV2:log-groups/log-group/g/log-events/p$252Fc$252Ft1',
    ],
    [{ logDriver: 'awsfirelens', options: {} }, undefined],
  ])('links the logs of %j', (logConfiguration, url) => {
    expect(logsConsoleUrl({ name: 'c', logConfiguration }, 't1', 'eu-west-1')).toBe(url);
  });
});

describe('runOneOffTask: the calls, cancellation and lost answers', () => {
  const taskArn = 'arn:aws:ecs:eu-west-3:123456789012:task/prod/0123abcd';
  const runPlan = planRunTask(on({ 'wait-for-task-stopped': 'true' }), {
    cluster: 'prod',
    definition,
    service,
  });
  const context = (started: string[][] = []) => ({
    taskDefinitionArn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:2',
    definition,
    region: 'eu-west-3',
    timeoutMs: 60_000,
    untouched: 'service web was not updated (it still runs web:1)',
    started: (arns: string[]) => started.push(arns),
  });
  const running: Task = { taskArn, lastStatus: 'RUNNING' };

  it('sends no RunTask after the signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('Cancelled (SIGTERM)'));
    const runTask = jest.fn<RunTaskIo['runTask']>();
    await expect(
      runOneOffTask(
        { runTask, describeTasks: async () => [], signal: controller.signal, log: () => {} },
        runPlan,
        context(),
      ),
    ).rejects.toThrow(StepCancelled);
    expect(runTask).not.toHaveBeenCalled();
  });

  it('names the task started before a cancellation during the wait, which ends without a verdict', async () => {
    const controller = new AbortController();
    const started: string[][] = [];
    const promise = runOneOffTask(
      {
        runTask: async () => ({ tasks: [running], failures: [] }),
        describeTasks: async () => {
          controller.abort(new Error('Cancelled (SIGTERM)'));
          return [running];
        },
        signal: controller.signal,
        log: () => {},
      },
      runPlan,
      context(started),
    );
    await expect(promise).rejects.toThrow(new StepCancelled('Cancelled (SIGTERM)'));
    expect(started).toEqual([[taskArn]]);
  });

  it('sends one request with a client token, and says a task may have started when the last answer was lost', async () => {
    const lost = Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
    const runTask = jest.fn<RunTaskIo['runTask']>(async () => {
      throw new ActionError(
        'While running one-off task of web:2: TimeoutError: socket hang up',
        {},
        { cause: lost },
      );
    });
    await expect(
      runOneOffTask({ runTask, describeTasks: async () => [], log: () => {} }, runPlan, context()),
    ).rejects.toThrow(
      "RunTask's last answer was lost, so a task may have started: look for tasks started by 'GitHub-Actions' in cluster prod; service web was not updated (it still runs web:1)",
    );
    expect(runTask).toHaveBeenCalledTimes(1);
    expect(runTask.mock.calls[0][0].clientToken).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("fails with ECS's reason when RunTask starts nothing", async () => {
    await expect(
      runOneOffTask(
        {
          runTask: async () => ({
            tasks: [],
            failures: [{ reason: 'No Container Instances were found in your cluster.' }],
          }),
          describeTasks: async () => [],
          log: () => {},
        },
        runPlan,
        context(),
      ),
    ).rejects.toThrow(
      'The one-off task did not start: No Container Instances were found in your cluster; service web was not updated (it still runs web:1)',
    );
  });
});
