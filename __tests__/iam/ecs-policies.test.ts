import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { emulatorClients } from '../helpers/emulator-clients.js';
import { runAction } from '../helpers/run-action.js';
import {
  ACCOUNT,
  ALLOWS_NOTHING_USED,
  CLUSTER,
  FIX_PREFIX,
  REGION,
  SERVICE,
  actionMutations,
  expectOutcome,
  expectTableCovers,
  permissionWarnings,
  policy,
  rows,
  without,
  type Expectation,
  type PolicyDocument,
} from './policies.js';

// The policy matrix of docs/iam.md for the ECS actions: render-task-def, ecs-deploy and
// wait-healthy run as the runner runs them (dist/<action>/index.js under Node 24) against the
// emulator with exactly the policy files of examples/iam/ as the role's identity policy: the
// documented policy, each statement removed in turn, and the minimum aws-actions documents.
// Every request the actions make is authorised by the emulator's IAM evaluator (action, resource
// ARN, condition keys); a denial answers as AWS does.

const TASK_DEFINITION = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${SERVICE}`;
const SERVICE_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${CLUSTER}/${SERVICE}`;
const GITHUB_ENV = {
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REPOSITORY: 'acme/intrusion-detection',
  GITHUB_RUN_ID: '4242',
  GITHUB_SERVER_URL: 'https://github.com',
};

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(): Promise<Emulator> {
  emulator = await startEmulator({ timeScale: 0.01 });
  return emulator;
}

function revisionFile(emu: Emulator, image: string): { workspace: string; file: string } {
  const body = structuredClone(emu.state.regions[REGION].taskDefinitions[SERVICE][0].body);
  body.containerDefinitions[0].image = image;
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'iam-ws-'));
  writeFileSync(path.join(workspace, 'task-definition.json'), JSON.stringify(body, null, 2));
  return { workspace, file: 'task-definition.json' };
}

function env(emu: Emulator) {
  return { AWS_ENDPOINT_URL: emu.endpoint, AWS_REGION: REGION, ...GITHUB_ENV };
}

describe('ecs-deploy with the documented policy (examples/iam/ecs-deploy.json)', () => {
  const documented = policy('ecs-deploy');

  async function deploy(
    emu: Emulator,
    role: PolicyDocument,
    image: string,
    inputs: Record<string, string> = {},
  ) {
    const { workspace, file } = revisionFile(emu, image);
    emu.setIamPolicy(role);
    return runAction('ecs-deploy', {
      inputs: {
        cluster: CLUSTER,
        service: SERVICE,
        'task-definition': file,
        'wait-for-service-stability': 'true',
        'wait-for-minutes': '2',
        ...inputs,
      },
      env: env(emu),
      workspace,
      timeoutMs: 90_000,
    });
  }

  const V2 = `public.ecr.aws/a1b2c3d4/${SERVICE}:v2`;

  it('deploys and waits until healthy without a single denial or warning', async () => {
    const emu = await start();
    const result = await deploy(emu, documented, V2);
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(permissionWarnings(result)).toEqual([]);
    expect(emu.calls.filter((call) => call.denied)).toEqual([]);
    expect(result.outputs['task-definition-arn']).toBe(`${TASK_DEFINITION}:2`);
  });

  const table: Record<string, Expectation> = {
    RegisterTaskDefinition: { fails: `ecs:RegisterTaskDefinition on ${TASK_DEFINITION}:*`, changed: [] },
    PassTaskRoles: {
      fails: `iam:PassRole on arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
      changed: [],
    },
    OptionalTagTaskDefinitionOnRegister: { warns: 'ecs:TagResource' },
    // Read only when DescribeServices does not find the cluster (a deploy to it never does).
    OptionalReadCluster: { unused: true },
    OptionalReadTaskDefinitions: { warns: 'ecs:DescribeTaskDefinition' },
    UpdateService: { fails: `ecs:UpdateService on ${SERVICE_ARN}`, changed: ['RegisterTaskDefinition'] },
    ReadService: { fails: `ecs:DescribeServices on ${SERVICE_ARN}`, changed: [] },
    OptionalRunOneOffTask: { unused: true },
    OptionalReadServiceDeployments: { unused: true },
    OptionalListTasks: { warns: 'ecs:ListTasks' },
    OptionalReadTasks: { warns: 'ecs:DescribeTasks' },
    OptionalReadTargetHealth: { warns: 'elasticloadbalancing:DescribeTargetHealth' },
    OptionalStopServiceDeployment: { unused: true },
    OptionalReadListenerRules: { unused: true },
  };

  it('every statement of the file has a row here, and only optional ones may be missing without an error', () => {
    expectTableCovers(documented, table);
  });

  it.each(rows(documented, table).filter(([, e]) => e !== undefined))(
    'without %s',
    async (sid, expectation) => {
      const emu = await start();
      const result = await deploy(emu, without(documented, sid), V2);
      expectOutcome(result, emu, expectation);
      if (sid === 'OptionalTagTaskDefinitionOnRegister') {
        const revision = emu.state.regions[REGION].taskDefinitions[SERVICE][1];
        expect(revision.tags ?? []).toEqual([]);
      }
      if (sid === 'UpdateService') {
        // A denial after a change reports what changed.
        expect(result.outputs['task-definition-arn']).toBe(`${TASK_DEFINITION}:2`);
        expect(result.summary).toContain(`${SERVICE}:2`);
      }
    },
  );

  describe('run-task (a migration before the deploy)', () => {
    const MIGRATE = `[{"name":"${SERVICE}","command":["npm","run","migrate"]}]`;
    const runTaskInputs = {
      'run-task': 'true',
      'wait-for-task-stopped': 'true',
      'run-task-container-overrides': MIGRATE,
    };

    it('runs the migration and deploys with the documented policy, no denial', async () => {
      const emu = await start();
      emu.setImageBehaviour(V2, 'exit', { exit: { exitCode: 0 }, scope: 'run-task' });
      const result = await deploy(emu, documented, V2, runTaskInputs);
      expectOutcome(result, emu, { unused: true });
      expect(actionMutations(emu)).toEqual(['RegisterTaskDefinition', 'RunTask', 'UpdateService']);
      expect(emu.calls.filter((call) => call.denied)).toEqual([]);
    });

    it.each([
      ['OptionalRunOneOffTask', `ecs:RunTask on ${TASK_DEFINITION}:*`, ['RegisterTaskDefinition']],
      [
        'OptionalReadTasks',
        `ecs:DescribeTasks on arn:aws:ecs:${REGION}:${ACCOUNT}:task/${CLUSTER}/*`,
        ['RegisterTaskDefinition', 'RunTask'],
      ],
    ])(
      'without %s the step fails naming the permission and leaves the service as it was',
      async (sid, fix, changed) => {
        const emu = await start();
        emu.setImageBehaviour(V2, 'exit', { exit: { exitCode: 0 }, scope: 'run-task' });
        const result = await deploy(emu, without(documented, sid), V2, runTaskInputs);
        expectOutcome(result, emu, { fails: fix, changed });
        const svc = emu.state.regions[REGION].clusters[CLUSTER].services[SERVICE];
        expect(svc.deployments.map((d) => d.taskDefinition)).toEqual([`${TASK_DEFINITION}:1`]);
      },
    );
  });

  it('tags the user asked for are not dropped: without ecs:TagResource the step fails before any change', async () => {
    const emu = await start();
    const result = await deploy(emu, without(documented, 'OptionalTagTaskDefinitionOnRegister'), V2, {
      tags: 'team=platform',
    });
    expectOutcome(result, emu, { fails: `ecs:TagResource on ${TASK_DEFINITION}:*`, changed: [] });
  });

  it('a role made for aws-actions deploys too, warning once for each missing optional permission', async () => {
    const emu = await start();
    const result = await deploy(emu, policy('aws-actions-minimum'), V2);
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    const named = permissionWarnings(result).map(
      (w) => w.match(/\b(ecs|elasticloadbalancing):[A-Za-z]+/)?.[0],
    );
    expect(named.sort()).toEqual(
      [
        'ecs:DescribeTaskDefinition',
        'ecs:ListTasks',
        'ecs:TagResource',
        'elasticloadbalancing:DescribeTargetHealth',
      ].sort(),
    );
    expect(actionMutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    const svc = emu.state.regions[REGION].clusters[CLUSTER].services[SERVICE];
    expect(svc.deployments[0]).toMatchObject({
      taskDefinition: `${TASK_DEFINITION}:2`,
      rolloutState: 'COMPLETED',
    });
  });

  it('a role made for aws-actions still catches a failed rollout (circuit breaker) and says what it could not read', async () => {
    const emu = await start();
    const result = await deploy(
      emu,
      policy('aws-actions-minimum'),
      `public.ecr.aws/a1b2c3d4/${SERVICE}:crash`,
    );
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(permissionWarnings(result).some((w) => w.includes('ecs:ListTasks'))).toBe(true);
  });
});

describe('wait-healthy with the documented policy (examples/iam/wait-healthy.json)', () => {
  const documented = policy('wait-healthy');

  /** Starts a rollout with the test's own unrestricted client, then restricts the role to `role`. */
  async function rollout(emu: Emulator, tag: string, change: Partial<UpdateServiceCommandInput> = {}) {
    emu.setIamPolicy(undefined);
    const { ecs } = emulatorClients(emu);
    const body = structuredClone(emu.state.regions[REGION].taskDefinitions[SERVICE][0].body);
    body.containerDefinitions[0].image = `public.ecr.aws/a1b2c3d4/${SERVICE}:${tag}`;
    const registered = await ecs.send(new RegisterTaskDefinitionCommand(body as never));
    const updated = await ecs.send(
      new UpdateServiceCommand({
        cluster: CLUSTER,
        service: SERVICE,
        taskDefinition: registered.taskDefinition!.taskDefinitionArn,
        ...change,
      }),
    );
    return updated.service!.deployments!.find((d) => d.status === 'PRIMARY')!.id!;
  }

  function wait(emu: Emulator, role: PolicyDocument, inputs: Record<string, string>) {
    emu.setIamPolicy(role);
    return runAction('wait-healthy', {
      inputs: { cluster: CLUSTER, service: SERVICE, 'wait-for-minutes': '2', ...inputs },
      env: env(emu),
      timeoutMs: 90_000,
    });
  }

  const table: Record<string, Expectation> = {
    ReadService: { fails: `ecs:DescribeServices on ${SERVICE_ARN}`, changed: [] },
    OptionalReadServiceDeployments: { unused: true },
    OptionalListTasks: { warns: 'ecs:ListTasks' },
    OptionalReadTasks: { warns: 'ecs:DescribeTasks' },
    OptionalReadTargetHealth: { warns: 'elasticloadbalancing:DescribeTargetHealth' },
    OptionalRollBackService: { unused: true },
    OptionalStopServiceDeployment: { unused: true },
    OptionalReadListenerRules: { unused: true },
  };

  it('every statement of the file has a row here', () => {
    expectTableCovers(documented, table);
  });

  it('follows a healthy rollout with the documented policy, no denial', async () => {
    const emu = await start();
    const deploymentId = await rollout(emu, 'v2');
    const result = await wait(emu, documented, { 'deployment-id': deploymentId });
    expectOutcome(result, emu, { unused: true }, 2);
    expect(result.outputs.healthy).toBe('true');
    expect(emu.calls.filter((call) => call.denied)).toEqual([]);
  });

  it.each(rows(documented, table).filter(([, e]) => e !== undefined))(
    'without %s (healthy rollout)',
    async (sid, expectation) => {
      const emu = await start();
      const deploymentId = await rollout(emu, 'v2');
      const result = await wait(emu, without(documented, sid), { 'deployment-id': deploymentId });
      expectOutcome(result, emu, expectation, 2);
    },
  );

  const noCircuitBreaker = {
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: false, rollback: false } },
  };

  it('without OptionalRollBackService a failed rollout is reported and the rollback names ecs:UpdateService (a ROLLING service is rolled back with UpdateService)', async () => {
    const emu = await start();
    const deploymentId = await rollout(emu, 'crash', noCircuitBreaker);
    const result = await wait(emu, without(documented, 'OptionalRollBackService'), {
      'deployment-id': deploymentId,
      'rollback-on-failure': 'true',
    });
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(`${FIX_PREFIX} ecs:UpdateService on ${SERVICE_ARN}`);
    expect(result.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'false' });
    expect(actionMutations(emu, 2)).toEqual([]);
  });

  it('a role made for aws-actions follows a healthy rollout on ECS alone', async () => {
    const emu = await start();
    const deploymentId = await rollout(emu, 'v2');
    const result = await wait(emu, policy('aws-actions-minimum'), { 'deployment-id': deploymentId });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs.healthy).toBe('true');
    const named = permissionWarnings(result).map(
      (w) => w.match(/\b(ecs|elasticloadbalancing):[A-Za-z]+/)?.[0],
    );
    expect(named.sort()).toEqual(['ecs:ListTasks', 'elasticloadbalancing:DescribeTargetHealth'].sort());
  });
});

describe('render-task-def with the documented policy (examples/iam/render-task-def.json)', () => {
  const documented = policy('render-task-def');

  function render(emu: Emulator, role: PolicyDocument, family: string) {
    emu.setIamPolicy(role);
    return runAction('render-task-def', {
      inputs: {
        'task-definition-family': family,
        'container-name': SERVICE,
        image: `public.ecr.aws/a1b2c3d4/${SERVICE}:v2`,
        'aws-region': REGION,
      },
      env: env(emu),
      timeoutMs: 60_000,
    });
  }

  it('renders from a registered family with the documented policy', async () => {
    const emu = await start();
    const result = await render(emu, documented, SERVICE);
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(permissionWarnings(result)).toEqual([]);
  });

  it('without OptionalReadRegisteredTaskDefinition, a family fails naming ecs:DescribeTaskDefinition; a file needs nothing', async () => {
    const emu = await start();
    const denied = await render(emu, without(documented, 'OptionalReadRegisteredTaskDefinition'), SERVICE);
    expectOutcome(denied, emu, { fails: 'ecs:DescribeTaskDefinition on *', changed: [] });

    const { workspace, file } = revisionFile(emu, `public.ecr.aws/a1b2c3d4/${SERVICE}:v1`);
    emu.setIamPolicy(ALLOWS_NOTHING_USED);
    const fromFile = await runAction('render-task-def', {
      inputs: {
        'task-definition': file,
        'container-name': SERVICE,
        image: `public.ecr.aws/a1b2c3d4/${SERVICE}:v2`,
      },
      env: env(emu),
      workspace,
      timeoutMs: 60_000,
    });
    expect(fromFile.errors).toEqual([]);
    expect(fromFile.code).toBe(0);
  });
});
