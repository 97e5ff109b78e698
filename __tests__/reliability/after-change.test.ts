import { startEmulator, type Emulator, type FaultRule } from '../../emulator/index.js';
import { runAction } from '../helpers/run-action.js';
import {
  CLUSTER,
  arnOf,
  awsEnv,
  callSeen,
  deploy,
  deployFile,
  expectNoLeaksInThisFile,
  imageOf,
  mutations,
  primary,
  revisions,
  service,
  type ServiceName,
} from './helpers.js';

afterAll(expectNoLeaksInThisFile);

// Issue 12, defects 5 and 6: what a step does after it changed the service. Real parts:
// dist/ecs-deploy/index.js and dist/wait-healthy/index.js under Node 24 with the SDK's retries,
// against the emulator (ECS + ELBv2, seed fixture) with its `lose-response` fault (the request is
// processed, then the connection dropped) and its `deny` fault (AccessDeniedException, as for a
// role without the read permission: not transient, so the wait stops at once).
const emulators: Emulator[] = [];
afterAll(async () => {
  await Promise.all(emulators.splice(0).map((emu) => emu.close()));
});

async function start(faults: FaultRule[] = [], timeScale = 0.01): Promise<Emulator> {
  const emu = await startEmulator({ faults, timeScale });
  emulators.push(emu);
  return emu;
}

/** Every read of ECS and ELBv2 refused from now on (mutating calls would still go through). */
const READS_DENIED: FaultRule[] = [
  {
    kind: 'deny',
    rate: 1,
    operations: [
      'DescribeServices',
      'DescribeTasks',
      'ListTasks',
      'DescribeTaskDefinition',
      'DescribeTargetHealth',
      'ListServiceDeployments',
      'DescribeServiceDeployments',
      'DescribeServiceRevisions',
    ],
  },
];

describe('UpdateService is made once, also when its answer is lost', () => {
  it('force-new-deployment, every UpdateService answer lost: exactly one new deployment, found and followed', async () => {
    const emu = await start([{ kind: 'lose-response', rate: 1, operations: ['UpdateService'] }]);
    const name: ServiceName = 'human-detection';
    const before = primary(emu, name).id;
    const { workspace, file } = deployFile(emu, name);
    const result = await deploy(
      emu,
      {
        'task-definition': file,
        service: name,
        'force-new-deployment': true,
        'wait-for-service-stability': true,
        'wait-for-minutes': 2,
      },
      { workspace },
    );

    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(mutations(emu)).toEqual(['UpdateService']);
    const started = service(emu, name).serviceDeployments.filter((d) => d.deploymentId !== before);
    expect(started).toHaveLength(1);
    expect(revisions(emu, name)).toHaveLength(1);
    expect(primary(emu, name)).toMatchObject({
      id: started[0].deploymentId,
      taskDefinition: arnOf(name, 1),
      rolloutState: 'COMPLETED',
    });
    expect(result.outputs).toEqual({
      'task-definition-arn': arnOf(name, 1),
      'previous-task-definition-arn': arnOf(name, 1),
      'deployment-id': started[0].deploymentId,
      registered: 'false',
      'rolled-back': 'false',
      'codedeploy-deployment-id': '',
      'run-task-arn': '',
    });
    expect(result.log).toContain(
      `ECS had started deployment ${started[0].deploymentId} before its answer was lost; using it`,
    );
  });
});

describe('once the service changed, every exit path writes the outputs and the summary', () => {
  it('ecs-deploy: the wait dies on an AWS error it cannot get past; the outputs and summary say what was changed', async () => {
    const emu = await start([], 0.05);
    const name: ServiceName = 'web-ui-management';
    const { workspace, file } = deployFile(emu, name, { image: imageOf(name, 'v2-slow-start') });
    const running = deploy(
      emu,
      { 'task-definition': file, service: name, 'wait-for-service-stability': true, 'wait-for-minutes': 2 },
      { workspace },
    );
    await callSeen(emu, 'UpdateService');
    emu.setFaults(READS_DENIED);
    const result = await running;
    const deployment = primary(emu, name);

    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(
      `Could not tell whether deployment ${deployment.id} of ${name}:2 became healthy: While waiting for service ${name}`,
    );
    expect(result.errors[0]).toContain('AccessDeniedException');
    expect(result.errors[0]).toContain('Not rolled back: the state of the service could not be read');
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    expect(result.outputs).toEqual({
      'task-definition-arn': arnOf(name, 2),
      'previous-task-definition-arn': arnOf(name, 1),
      'deployment-id': deployment.id,
      registered: 'true',
      'rolled-back': 'false',
      'codedeploy-deployment-id': '',
      'run-task-arn': '',
    });
    expect(result.summary).toContain(`${name}:1 → ${name}:2`);
    expect(result.summary).toContain(deployment.id);
    expect(result.summary).toContain('AccessDeniedException');
  });

  it('ecs-deploy: UpdateService itself fails after the revision was registered; the outputs name the revision', async () => {
    const emu = await start([{ kind: 'deny', rate: 1, operations: ['UpdateService'] }]);
    const name: ServiceName = 'sites-management-api';
    const { workspace, file } = deployFile(emu, name, { image: imageOf(name, 'v2') });
    const result = await deploy(emu, { 'task-definition': file, service: name }, { workspace });

    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      new RegExp(
        `^Registered ${name}:2, then: While updating service ${name} to ${name}:2: Missing IAM permission: add ecs:UpdateService on \\* .*AccessDeniedException`,
      ),
    );
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition']);
    expect(result.outputs).toEqual({
      'task-definition-arn': arnOf(name, 2),
      'previous-task-definition-arn': arnOf(name, 1),
      'deployment-id': '',
      registered: 'true',
      'rolled-back': 'false',
      'codedeploy-deployment-id': '',
      'run-task-arn': '',
    });
    expect(result.summary).toContain('AccessDeniedException');
  });

  it('wait-healthy: the wait dies on an AWS error; healthy=false, the outputs and the summary are written', async () => {
    const emu = await start([], 0.05);
    const name: ServiceName = 'web-ui-client';
    const { workspace, file } = deployFile(emu, name, { image: imageOf(name, 'v2-slow-start') });
    const started = await deploy(emu, { 'task-definition': file, service: name }, { workspace });
    expect(started.code).toBe(0);
    const waiting = runAction('wait-healthy', {
      inputs: {
        cluster: CLUSTER,
        service: name,
        'deployment-id': started.outputs['deployment-id'],
        'rollback-on-failure': true,
      },
      env: awsEnv(emu),
      timeoutMs: 90_000,
    });
    await callSeen(emu, 'DescribeServices', { after: emu.calls.length });
    emu.setFaults(READS_DENIED);
    const result = await waiting;

    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(`While waiting for service ${name}`);
    expect(result.errors[0]).toContain('AccessDeniedException');
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    expect(result.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'false' });
    // The revision running could not be read: unknown is not written as an empty value (it
    // would erase the deploy stage's output in the root action).
    expect(Object.keys(result.outputs).sort()).toEqual(['elapsed-seconds', 'healthy', 'rolled-back']);
    expect(result.summary).toContain('Deployment not healthy');
    expect(result.summary).toContain(started.outputs['deployment-id']);
    expect(result.summary).toContain('AccessDeniedException');
  });
});
