import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { executeDeploy } from '../../src/deploy/deploy.js';
import { DeployFailedError, type DeployIo } from '../../src/deploy/result.js';
import { parseDeployInputs } from '../../src/deploy/inputs.js';
import { Inputs } from '../../src/lib/inputs.js';

// Found with the emulator's lose-response fault (faults.test.ts): RegisterTaskDefinition has no
// idempotency token, so the SDK's retry after a lost answer registered the revision again (eight
// copies at 100%). The deploy now makes single attempts and, between them, looks for the revision.
// The SDK is stubbed with aws-sdk-client-mock; `registered` is what ECS holds.
const ARN = (revision: number) => `arn:aws:ecs:eu-west-3:123456789012:task-definition/web:${revision}`;
const definition = (image: string) => ({
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'web', image, essential: true }],
});
const V1 = 'public.ecr.aws/a1b2c3d4/web:v1';
const V2 = 'public.ecr.aws/a1b2c3d4/web:v2';

const ecsMock = mockClient(ECSClient);
let registered: { arn: string; image: string }[];

const lostAnswer = () => Object.assign(new Error('socket hang up'), { name: 'TimeoutError', $metadata: {} });
const refused = () =>
  Object.assign(new Error('We encountered an internal error.'), {
    name: 'ServerException',
    $fault: 'server',
    $metadata: { httpStatusCode: 500 },
  });

function register(): { taskDefinition: { taskDefinitionArn: string } } {
  registered.push({ arn: ARN(registered.length + 1), image: V2 });
  return { taskDefinition: { taskDefinitionArn: registered[registered.length - 1].arn } };
}

beforeEach(() => {
  ecsMock.reset();
  registered = [{ arn: ARN(1), image: V1 }];
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'register-once-'));
  process.env.GITHUB_WORKSPACE = workspace;
  writeFileSync(path.join(workspace, 'td.json'), JSON.stringify(definition(V2)));
  ecsMock.on(DescribeClustersCommand).resolves({ clusters: [{ clusterName: 'c', status: 'ACTIVE' }] });
  ecsMock.on(DescribeServicesCommand).resolves({
    services: [
      {
        serviceName: 'web',
        status: 'ACTIVE',
        taskDefinition: ARN(1),
        desiredCount: 1,
        deployments: [
          { id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: ARN(1), rolloutState: 'COMPLETED' },
        ],
      },
    ],
  });
  ecsMock.on(DescribeTaskDefinitionCommand).callsFake(() => {
    const latest = registered[registered.length - 1];
    return {
      taskDefinition: { ...definition(latest.image), taskDefinitionArn: latest.arn, status: 'ACTIVE' },
      tags: [],
    };
  });
  ecsMock.on(UpdateServiceCommand).callsFake((input: { taskDefinition: string }) => ({
    service: { deployments: [{ id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: input.taskDefinition }] },
  }));
});

afterAll(() => {
  delete process.env.GITHUB_WORKSPACE;
});

async function deployWith(io: Partial<DeployIo> = {}) {
  const values: Record<string, string> = {
    'aws-region': 'eu-west-3',
    cluster: 'c',
    service: 'web',
    'task-definition': 'td.json',
    'provenance-tags': 'false',
  };
  const lines: string[] = [];
  const result = await executeDeploy(await parseDeployInputs(new Inputs((name) => values[name])), {
    ecs: new ECSClient({ region: 'eu-west-3', maxAttempts: 4 }),
    ecsSingleAttempt: new ECSClient({ region: 'eu-west-3', maxAttempts: 1 }),
    elb: async () => ({}) as ElasticLoadBalancingV2Client,
    log: (line) => lines.push(line),
    sleep: async () => undefined,
    ...io,
  });
  return { result, lines };
}

describe('RegisterTaskDefinition is made exactly once', () => {
  it('answer lost after ECS registered: finds the new revision instead of registering a copy', async () => {
    ecsMock.on(RegisterTaskDefinitionCommand).callsFake(() => {
      register();
      throw lostAnswer();
    });
    const { result, lines } = await deployWith();
    expect(registered.map((r) => r.arn)).toEqual([ARN(1), ARN(2)]);
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(1);
    expect(result).toMatchObject({ registered: true, taskDefinitionArn: ARN(2) });
    expect(ecsMock.commandCalls(UpdateServiceCommand)[0].args[0].input.taskDefinition).toBe(ARN(2));
    expect(lines.join('\n')).toContain('ECS had registered web:2 before its answer was lost; using it');
  });

  it('refused before registering (5xx): registers again, once it gets through', async () => {
    ecsMock
      .on(RegisterTaskDefinitionCommand)
      .rejectsOnce(refused())
      .rejectsOnce(refused())
      .callsFake(register);
    const { result } = await deployWith();
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(3);
    expect(registered.map((r) => r.arn)).toEqual([ARN(1), ARN(2)]);
    expect(result.taskDefinitionArn).toBe(ARN(2));
  });

  it('gives up after the client’s attempts with the AWS error', async () => {
    ecsMock.on(RegisterTaskDefinitionCommand).rejects(refused());
    await expect(deployWith()).rejects.toThrow(
      /^While registering task definition family web: ServerException: We encountered an internal error\./,
    );
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(4);
  });

  it('answer lost on the last attempt: finds the revision that attempt registered', async () => {
    ecsMock
      .on(RegisterTaskDefinitionCommand)
      .rejectsOnce(refused())
      .rejectsOnce(refused())
      .rejectsOnce(refused())
      .callsFake(() => {
        register();
        throw lostAnswer();
      });
    const { result } = await deployWith();
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(4);
    expect(registered.map((r) => r.arn)).toEqual([ARN(1), ARN(2)]);
    expect(result).toMatchObject({ registered: true, taskDefinitionArn: ARN(2) });
  });

  it('a client error is not retried', async () => {
    ecsMock
      .on(RegisterTaskDefinitionCommand)
      .rejects(Object.assign(new Error('Invalid setting'), { name: 'ClientException', $fault: 'client' }));
    await expect(deployWith()).rejects.toThrow(/ClientException: Invalid setting/);
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(1);
  });
});

// Issue 12, defect 5: UpdateService with forceNewDeployment starts a rollout per call that gets
// through. It goes through the single-attempt client too, and between attempts the service is
// read: a deployment that was not there before, of our revision, is the lost call's.
describe('UpdateService is made exactly once', () => {
  let deployments: { id: string; status: string; taskDefinition: string }[];
  beforeEach(() => {
    deployments = [{ id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: ARN(1) }];
    ecsMock.on(RegisterTaskDefinitionCommand).callsFake(register);
    ecsMock.on(DescribeServicesCommand).callsFake(() => ({
      services: [
        {
          serviceName: 'web',
          status: 'ACTIVE',
          taskDefinition: deployments[0].taskDefinition,
          desiredCount: 1,
          deployments: deployments.map((d) => ({ ...d, rolloutState: 'COMPLETED' })),
        },
      ],
    }));
  });
  const start = (input: { taskDefinition: string }) => {
    deployments = [
      { id: `ecs-svc/${deployments.length + 1}`, status: 'PRIMARY', taskDefinition: input.taskDefinition },
      ...deployments.map((d) => ({ ...d, status: 'ACTIVE' })),
    ];
  };

  it('answer lost after ECS started the deployment: follows it instead of starting another', async () => {
    ecsMock.on(UpdateServiceCommand).callsFake((input: { taskDefinition: string }) => {
      start(input);
      throw lostAnswer();
    });
    const { result, lines } = await deployWith();
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(1);
    expect(deployments.map((d) => d.id)).toEqual(['ecs-svc/2', 'ecs-svc/1']);
    expect(result).toMatchObject({ deploymentId: 'ecs-svc/2', serviceUpdated: true });
    expect(lines.join('\n')).toContain(
      'ECS had started deployment ecs-svc/2 before its answer was lost; using it',
    );
  });

  it('refused before it was made (5xx): sent again, one deployment', async () => {
    ecsMock
      .on(UpdateServiceCommand)
      .rejectsOnce(refused())
      .callsFake((input: { taskDefinition: string }) => {
        start(input);
        return { service: { deployments } };
      });
    const { result } = await deployWith();
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(2);
    expect(result.deploymentId).toBe('ecs-svc/2');
    expect(deployments).toHaveLength(2);
  });

  it('answer lost on the last attempt: follows the deployment that attempt started', async () => {
    ecsMock
      .on(UpdateServiceCommand)
      .rejectsOnce(refused())
      .rejectsOnce(refused())
      .rejectsOnce(refused())
      .callsFake((input: { taskDefinition: string }) => {
        start(input);
        throw lostAnswer();
      });
    const { result } = await deployWith();
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(4);
    expect(deployments.map((d) => d.id)).toEqual(['ecs-svc/2', 'ecs-svc/1']);
    expect(result).toMatchObject({ deploymentId: 'ecs-svc/2', serviceUpdated: true });
  });

  it('after a cancellation between attempts, not sent again; the step says what it did', async () => {
    const controller = new AbortController();
    ecsMock.on(UpdateServiceCommand).callsFake(() => {
      controller.abort(new Error('Cancelled (SIGTERM)'));
      throw refused();
    });
    const failure = await deployWith({ signal: controller.signal }).catch((error: Error) => error);
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(1);
    expect((failure as Error).message).toBe(
      'Cancelled (SIGTERM) after registering web:2; service web was not updated',
    );
    expect((failure as DeployFailedError).result).toMatchObject({
      taskDefinitionArn: ARN(2),
      registered: true,
      deploymentId: '',
    });
  });
});
