import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { runAction, type ActionResult } from '../helpers/run-action.js';

// Issue 15, ecs-deploy's aws-actions inputs end to end. Real parts: the committed bundle
// dist/ecs-deploy/index.js run under Node 24 with INPUT_* variables as the runner sets them, the
// real AWS SDK, and the local emulator (its seed fixture: cluster intrusion-detection in
// eu-west-3, service web-ui-client at revision 1), whose UpdateService checks volumeConfigurations.
const REGION = 'eu-west-3';
const CLUSTER = 'intrusion-detection';
const ROLE = 'arn:aws:iam::123456789012:role/ecsInfrastructureRole';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** web-ui-client's revision 1 as a file, with a volume `data` configured at launch. */
function taskDefinitionWithVolume(emu: Emulator): string {
  const body = structuredClone(emu.state.regions[REGION].taskDefinitions['web-ui-client'][0].body);
  body.volumes = [{ name: 'data', configuredAtLaunch: true }];
  body.containerDefinitions[0].mountPoints = [{ sourceVolume: 'data', containerPath: '/data' }];
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'ecs-deploy-inputs-'));
  writeFileSync(path.join(workspace, 'task-definition.json'), JSON.stringify(body, null, 2));
  return workspace;
}

function deploy(emu: Emulator, workspace: string, inputs: Record<string, string>): Promise<ActionResult> {
  return runAction('ecs-deploy', {
    inputs: {
      cluster: CLUSTER,
      service: 'web-ui-client',
      'task-definition': 'task-definition.json',
      ...inputs,
    },
    env: {
      AWS_ENDPOINT_URL: emu.endpoint,
      AWS_REGION: REGION,
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    },
    workspace,
    timeoutMs: 90_000,
  });
}

const mutations = (emu: Emulator) => emu.mutatingCalls().map((call) => call.operation);

describe('ecs-deploy inputs of aws-actions/amazon-ecs-deploy-task-definition', () => {
  it('passes a service-managed EBS volume to UpdateService as volumeConfigurations', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.01 }));
    const workspace = taskDefinitionWithVolume(emu);
    const volume = {
      roleArn: ROLE,
      sizeInGiB: 20,
      volumeType: 'gp3',
      throughput: 250,
      filesystemType: 'ext4',
    };
    const result = await deploy(emu, workspace, {
      'service-managed-ebs-volume-name': 'data',
      'service-managed-ebs-volume': JSON.stringify(volume),
      'max-retries': '2',
    });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    const service = emu.state.regions[REGION].clusters[CLUSTER].services['web-ui-client'];
    expect(service.deployments[0].volumeConfigurations).toEqual([{ name: 'data', managedEBSVolume: volume }]);
  });

  it('refuses an EBS volume name without its configuration before any change', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.01 }));
    const workspace = taskDefinitionWithVolume(emu);
    const result = await deploy(emu, workspace, { 'service-managed-ebs-volume-name': 'data' });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      'Input \'service-managed-ebs-volume-name\': is set but service-managed-ebs-volume is not. Give the volume\'s configuration as JSON in service-managed-ebs-volume (at least {"roleArn": "..."}), or remove service-managed-ebs-volume-name',
    ]);
    expect(mutations(emu)).toEqual([]);
  });

  it('warns once about a typo, naming the closest input, and deploys', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.01 }));
    const workspace = taskDefinitionWithVolume(emu);
    const result = await deploy(emu, workspace, { 'wait-for-minute': '5' });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^Unexpected input 'wait-for-minute', valid inputs are \[.*\]\. Did you mean 'wait-for-minutes'\?/,
      ),
    ]);
  });

  it('refuses a reference input that this project deliberately does not support, before any AWS call', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.01 }));
    const refused = await runAction('ecr-public-login', {
      inputs: { registries: '123456789012' },
      env: { AWS_ENDPOINT_URL: emu.endpoint },
    });
    expect(refused.code).toBe(1);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]).toMatch(
      /^Input 'registries': is an input of aws-actions\/amazon-ecr-login that ecr-public-login does not support/,
    );
    expect(emu.calls).toEqual([]);
  });

  // Issue 18: the cluster is read only when DescribeServices does not find it, which ECS answers
  // alike for a missing and an INACTIVE cluster (ClusterNotFoundException); DescribeClusters says which.
  it.each([
    [
      'a missing cluster',
      'nope',
      /^Input 'cluster': cluster 'nope' does not exist \(MISSING\) in eu-west-3\. Check the cluster name and aws-region/,
    ],
    [
      'an INACTIVE cluster',
      CLUSTER,
      /^Input 'cluster': cluster 'intrusion-detection' is INACTIVE in eu-west-3\. Check the cluster name and aws-region/,
    ],
  ])(
    '%s: one error naming the input, no change, DescribeClusters only after DescribeServices failed',
    async (_name, cluster, message) => {
      const emu = (emulator = await startEmulator({ timeScale: 0.01 }));
      const workspace = taskDefinitionWithVolume(emu);
      if (cluster === CLUSTER) emu.state.regions[REGION].clusters[CLUSTER].status = 'INACTIVE';
      const result = await deploy(emu, workspace, { cluster });
      expect(result.code).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(message);
      expect(mutations(emu)).toEqual([]);
      const reads = emu.calls.map((call) => call.operation);
      expect(reads.indexOf('DescribeClusters')).toBeGreaterThan(reads.indexOf('DescribeServices'));
      expect(reads.filter((operation) => operation === 'DescribeClusters')).toHaveLength(1);
    },
  );

  it('a deploy to an ACTIVE cluster does not read the cluster', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.01 }));
    const body = structuredClone(emu.state.regions[REGION].taskDefinitions['web-ui-client'][0].body);
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'ecs-deploy-inputs-'));
    writeFileSync(path.join(workspace, 'task-definition.json'), JSON.stringify(body, null, 2));
    const result = await deploy(emu, workspace, {});
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(emu.calls.map((call) => call.operation)).not.toContain('DescribeClusters');
  });
});
