import { startEmulator, type Emulator } from '../../emulator/index.js';
import { startAction } from '../helpers/run-action.js';
import {
  CLUSTER,
  arnOf,
  awsEnv,
  callSeen,
  deployFile,
  expectNoLeaksInThisFile,
  imageOf,
  mutations,
  pipeline,
  service,
} from './helpers.js';

// Issue 12, defect 6 (root action): once anything changed, every exit path writes the outputs
// known so far and a job summary, so a cleanup step has `deployment-id` and
// `previous-task-definition-arn`. Real parts: the root action's bundle under Node 24 and the
// AWS emulator, whose fault injection makes every read of the wait fail from the moment the
// service was updated. `prebuilt-image`: the build and the login play no part in these exits.
const SERVICE = 'idp';
let emu: Emulator;

beforeEach(async () => {
  emu = await startEmulator();
});
afterEach(async () => {
  await emu?.close();
});
afterAll(() => {
  expectNoLeaksInThisFile();
});

describe('root action: the outputs and the summary after the service changed', () => {
  // The wait's reads fail until its limit (6 s; ten failed polls in a row would take longer
  // with the SDK's and the wait's backoff), then the rollback cannot read the service either
  // and throws: no stage reports, so the root action must.
  it('AWS reads fail from the update on: the wait times out, the rollback dies; outputs known so far, healthy=false, a summary', async () => {
    const { workspace, file } = deployFile(emu, SERVICE);
    const image = imageOf(SERVICE, 'persistent-errors-1');
    const started = startAction('pipeline', {
      workspace,
      timeoutMs: 120_000,
      inputs: {
        cluster: CLUSTER,
        service: SERVICE,
        'task-definition': file,
        'container-name': SERVICE,
        'prebuilt-image': image,
        'wait-for-minutes': '0.1',
      },
      env: awsEnv(emu),
    });
    // From the moment UpdateService was answered, ECS and ELB answer every read with a 500.
    await callSeen(emu, 'UpdateService');
    emu.setFaults([
      {
        kind: 'internal',
        rate: 1,
        service: 'ecs',
        operations: ['DescribeServices', 'ListTasks', 'DescribeTasks'],
      },
      { kind: 'internal', rate: 1, service: 'elbv2' },
    ]);
    const result = await started.result;

    expect(result.code).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/ServerException/)]);
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    const deploymentId = service(emu, SERVICE).deployments.find(
      (d) => d.taskDefinition === arnOf(SERVICE, 2),
    )!.id;
    expect(result.outputs).toMatchObject({
      image,
      'task-definition-arn': arnOf(SERVICE, 2),
      'previous-task-definition-arn': arnOf(SERVICE, 1),
      'deployment-id': deploymentId,
      registered: 'true',
      healthy: 'false',
    });
    // The summary says what was changed and where the step stopped, with what a cleanup needs.
    expect(result.summary).toContain('ECS deploy');
    expect(result.summary).toMatch(/### Deploy to ECS: failed while waiting/);
    expect(result.summary).toContain(deploymentId);
    expect(result.summary).toContain(`${SERVICE}:1`);
    expect(result.summary).toContain(image);
  }, 90_000);

  it('nothing changed (a bad input found in preflight): no outputs and no summary beyond the plan', async () => {
    const { workspace, file } = deployFile(emu, SERVICE);
    const result = await pipeline(
      emu,
      {
        service: SERVICE,
        'task-definition': file,
        'container-name': 'no-such-container',
        'prebuilt-image': imageOf(SERVICE, 'x'),
      },
      { workspace },
    );
    expect(result.code).toBe(1);
    expect(mutations(emu)).toEqual([]);
    expect(result.outputs).toEqual({});
    expect(result.summary).not.toContain('### Deploy to ECS');
  });
});
