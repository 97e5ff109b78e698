import { startEmulator, type Emulator } from '../../emulator/index.js';
import {
  arnOf,
  deploy,
  deployFile,
  imageOf,
  mutations,
  pipeline,
  primary,
  revisions,
  service,
  expectNoLeaksInThisFile,
} from './helpers.js';

afterAll(expectNoLeaksInThisFile);

// Real parts: dist/ecs-deploy/index.js under Node 24 run twice with the same inputs against the
// emulator (ECS + ELBv2, seed fixture), as a re-run of a workflow does.
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('idempotence: re-running the same deploy', () => {
  it('changes nothing: no new revision, no new deployment, and the summary says so', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.01 }));
    const name = 'intrusion-management-api';
    const { workspace, file } = deployFile(emu, name, { image: imageOf(name, 'v2') });
    const inputs = { 'task-definition': file, service: name, 'wait-for-service-stability': true };
    const first = await deploy(emu, inputs, { workspace });
    expect(first.code).toBe(0);
    const changes = mutations(emu);
    const deployments = service(emu, name).serviceDeployments.length;

    const rerun = await deploy(emu, inputs, { workspace });

    expect(rerun.errors).toEqual([]);
    expect(rerun.code).toBe(0);
    expect(mutations(emu)).toEqual(changes);
    expect(revisions(emu, name)).toHaveLength(2);
    expect(service(emu, name).serviceDeployments).toHaveLength(deployments);
    expect(rerun.outputs).toMatchObject({
      'task-definition-arn': arnOf(name, 2),
      'deployment-id': first.outputs['deployment-id'],
      registered: 'false',
    });
    expect(rerun.summary).toMatch(/Task definition \| reused \(/);
    expect(rerun.summary).toContain('nothing in the task definition');
    expect(rerun.summary).toContain('none (UpdateService skipped)');
  });

  it('force-new-deployment: a new deployment of the same revision, still no new revision', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.01 }));
    const name = 'web-ui-management';
    const { workspace, file } = deployFile(emu, name, { image: imageOf(name, 'v2') });
    const inputs = { 'task-definition': file, service: name, 'wait-for-service-stability': true };
    const first = await deploy(emu, inputs, { workspace });
    expect(first.code).toBe(0);

    const forced = await deploy(emu, { ...inputs, 'force-new-deployment': true }, { workspace });

    expect(forced.errors).toEqual([]);
    expect(forced.code).toBe(0);
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService', 'UpdateService']);
    expect(revisions(emu, name)).toHaveLength(2);
    expect(forced.outputs).toMatchObject({ 'task-definition-arn': arnOf(name, 2), registered: 'false' });
    expect(forced.outputs['deployment-id']).not.toBe(first.outputs['deployment-id']);
    expect(primary(emu, name)).toMatchObject({
      id: forced.outputs['deployment-id'],
      taskDefinition: arnOf(name, 2),
      rolloutState: 'COMPLETED',
    });
    expect(forced.summary).toMatch(/Task definition \| reused \(/);
  });

  it('the root action re-run with the same inputs: no new revision, no new deployment, and its summary says so', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.01 }));
    const name = 'idp';
    const { workspace, file } = deployFile(emu, name);
    const inputs = {
      'prebuilt-image': imageOf(name, 'v2'),
      'task-definition': file,
      'container-name': name,
      service: name,
    };
    const first = await pipeline(emu, inputs, { workspace });
    expect(first.errors).toEqual([]);
    expect(first.outputs).toMatchObject({ healthy: 'true', 'task-definition-arn': arnOf(name, 2) });
    const changes = mutations(emu);
    const deployments = service(emu, name).serviceDeployments.length;

    const rerun = await pipeline(emu, inputs, { workspace });

    expect(rerun.errors).toEqual([]);
    expect(rerun.code).toBe(0);
    expect(mutations(emu)).toEqual(changes);
    expect(revisions(emu, name)).toHaveLength(2);
    expect(service(emu, name).serviceDeployments).toHaveLength(deployments);
    expect(rerun.outputs).toMatchObject({
      healthy: 'true',
      'task-definition-arn': arnOf(name, 2),
      'deployment-id': first.outputs['deployment-id'],
    });
    expect(rerun.summary).toMatch(/Task definition \| reused \(unchanged/);
    expect(rerun.summary).toContain('none (UpdateService skipped)');
    expect(rerun.summary).toContain(`Service ${name} already runs ${name}:2`);
  });
});
