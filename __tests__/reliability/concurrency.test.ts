import { startEmulator, type Emulator } from '../../emulator/index.js';
import {
  SERVICES,
  arnOf,
  callSeen,
  deploy,
  deployFile,
  imageOf,
  mutations,
  primary,
  revisions,
  service,
  expectNoLeaksInThisFile,
} from './helpers.js';

afterAll(expectNoLeaksInThisFile);

// Real parts: several dist/ecs-deploy/index.js processes under Node 24 at once, against one
// emulator (ECS + ELBv2, seed fixture). At time scale 0.05 a one-task rollout takes about 7 s,
// long enough for a second deploy to start while the first one waits.
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('concurrent deploys', () => {
  it('a second deploy to the same service while the first waits: the first reports "replaced by deployment …", not success, and does not roll back over it', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.05 }));
    const name = 'web-ui-client';
    const first = deployFile(emu, name, { image: imageOf(name, 'v2') });
    const second = deployFile(emu, name, { image: imageOf(name, 'v3') });
    const inputs = { service: name, 'wait-for-service-stability': true, 'wait-for-minutes': 2 };

    const firstRun = deploy(
      emu,
      { ...inputs, 'task-definition': first.file },
      { workspace: first.workspace },
    );
    await callSeen(emu, 'UpdateService');
    const firstDeployment = primary(emu, name).id;
    const secondRun = deploy(
      emu,
      { ...inputs, 'task-definition': second.file },
      { workspace: second.workspace },
    );
    const [a, b] = await Promise.all([firstRun, secondRun]);

    expect(b.errors).toEqual([]);
    expect(b.code).toBe(0);
    expect(b.outputs['task-definition-arn']).toBe(arnOf(name, 3));

    expect(a.code).toBe(1);
    expect(a.errors).toHaveLength(1);
    expect(a.errors[0]).toContain(
      `Deployment ${firstDeployment} (revision ${name}:2) was replaced by deployment ${b.outputs['deployment-id']}`,
    );
    expect(a.errors[0]).toContain('Not rolled back: another deployment replaced this one');
    expect(a.outputs).toMatchObject({ 'deployment-id': firstDeployment, 'rolled-back': 'false' });
    expect(a.log).not.toMatch(/is healthy/);
    expect(a.summary).toContain('replaced by deployment');
    expect(a.summary).not.toContain('Deployment healthy');

    // Two registrations and two updates, no rollback: the service ends on the second deploy's revision.
    expect(mutations(emu)).toEqual([
      'RegisterTaskDefinition',
      'UpdateService',
      'RegisterTaskDefinition',
      'UpdateService',
    ]);
    expect(primary(emu, name)).toMatchObject({ taskDefinition: arnOf(name, 3), rolloutState: 'COMPLETED' });
  });

  it('deploys to the six services in parallel do not interfere: each registers and rolls out its own revision', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.02 }));
    const results = await Promise.all(
      SERVICES.map((name) => {
        const { workspace, file } = deployFile(emu, name, { image: imageOf(name, 'v2') });
        return deploy(
          emu,
          {
            'task-definition': file,
            service: name,
            'wait-for-service-stability': true,
            'wait-for-minutes': 2,
          },
          { workspace },
        );
      }),
    );

    SERVICES.forEach((name, index) => {
      const result = results[index];
      expect(result.errors).toEqual([]);
      expect(result.code).toBe(0);
      expect(result.outputs).toMatchObject({
        'task-definition-arn': arnOf(name, 2),
        'previous-task-definition-arn': arnOf(name, 1),
        registered: 'true',
        'deployment-id': primary(emu, name).id,
      });
      expect(revisions(emu, name)).toHaveLength(2);
      expect(primary(emu, name)).toMatchObject({ taskDefinition: arnOf(name, 2), rolloutState: 'COMPLETED' });
      expect(service(emu, name).deployments).toHaveLength(1);
      // Each run talked about its own service only.
      for (const other of SERVICES.filter((o) => o !== name && !o.startsWith(name) && !name.startsWith(o)))
        expect(result.log).not.toContain(`service ${other}`);
    });
    expect(mutations(emu).filter((op) => op === 'RegisterTaskDefinition')).toHaveLength(6);
    expect(mutations(emu).filter((op) => op === 'UpdateService')).toHaveLength(6);
  });
});
