// ecs-deploy's simple inputs of aws-actions/amazon-ecs-deploy-task-definition (issue 15):
// keep-null-value-keys, max-retries, wait-max-delay-seconds and the service-managed EBS volume,
// read and checked without AWS, and the UpdateService parameters they give.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDeployInputs, serviceRequest } from '../../../src/deploy/inputs.js';
import { registerRequest, updateServiceRequest } from '../../../src/deploy/plan.js';
import { Inputs } from '../../../src/lib/inputs.js';

const ROLE = 'arn:aws:iam::123456789012:role/ecsInfrastructureRole';
const definition = {
  family: 'web',
  containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/a1b2c3d4/web:v2', memory: 512, links: [] }],
  volumes: [
    { name: 'data', configuredAtLaunch: true },
    { name: 'scratch', host: {} },
  ],
  placementConstraints: [],
};

beforeEach(() => {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'deploy-reference-'));
  process.env.GITHUB_WORKSPACE = workspace;
  writeFileSync(path.join(workspace, 'td.json'), JSON.stringify(definition));
});
afterAll(() => {
  delete process.env.GITHUB_WORKSPACE;
});

const parseWith = async (given: Record<string, string>) => {
  const values: Record<string, string> = {
    'aws-region': 'eu-west-3',
    'task-definition': 'td.json',
    service: 'web',
    ...given,
  };
  return await parseDeployInputs(new Inputs((name) => values[name]));
};

describe('keep-null-value-keys', () => {
  it('keeps the empty values of the named keys, at any depth, and removes the others', async () => {
    const settings = await parseWith({ 'keep-null-value-keys': 'host, links' });
    const source = settings.taskDefinition as { definition: Record<string, any> };
    expect(source.definition.containerDefinitions[0].links).toEqual([]);
    expect(source.definition.volumes[1]).toEqual({ name: 'scratch', host: {} });
    expect(source.definition.placementConstraints).toBeUndefined();
    const request = registerRequest(source.definition, [], settings.keepNullValueKeys);
    expect(request.volumes?.[1]).toEqual({ name: 'scratch', host: {} });
  });

  it('removes every empty value when not given, as before', async () => {
    const source = (await parseWith({})).taskDefinition as { definition: Record<string, any> };
    expect(source.definition.containerDefinitions[0].links).toBeUndefined();
    expect(source.definition.volumes[1]).toEqual({ name: 'scratch' });
  });
});

describe('max-retries and wait-max-delay-seconds', () => {
  it('become the clients’ attempts and the longest pause between polls', async () => {
    const settings = await parseWith({ 'max-retries': '5', 'wait-max-delay-seconds': '15' });
    expect(settings.maxAttempts).toBe(5);
    expect(settings.waitMaxDelayMs).toBe(15_000);
    expect((await parseWith({})).maxAttempts).toBeUndefined();
  });

  it.each([
    ['max-retries', '0', "Input 'max-retries': 0 is out of range. Use a value from 1 to 20"],
    ['max-retries', 'three', "Input 'max-retries': 'three' is not a whole number. Use a value from 1 to 20"],
    [
      'wait-max-delay-seconds',
      '1.5',
      "Input 'wait-max-delay-seconds': '1.5' is not a whole number. Use a value from 1 to 3600",
    ],
  ])('refuses %s: %s', async (name, value, message) => {
    await expect(parseWith({ [name]: value })).rejects.toThrow(message);
  });
});

describe('service-managed EBS volume', () => {
  const volume = { roleArn: ROLE, sizeInGiB: 20, volumeType: 'gp3', throughput: 250 };

  it('is sent to UpdateService as volumeConfigurations', async () => {
    const settings = await parseWith({
      'service-managed-ebs-volume-name': 'data',
      'service-managed-ebs-volume': JSON.stringify(volume),
    });
    expect(updateServiceRequest(serviceRequest(settings), 'arn').volumeConfigurations).toEqual([
      { name: 'data', managedEBSVolume: volume },
    ]);
    expect(
      updateServiceRequest(serviceRequest(await parseWith({})), 'arn').volumeConfigurations,
    ).toBeUndefined();
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'a name without a configuration',
      { 'service-managed-ebs-volume-name': 'data' },
      "Input 'service-managed-ebs-volume-name': is set but service-managed-ebs-volume is not",
    ],
    [
      'a configuration without a name',
      { 'service-managed-ebs-volume': JSON.stringify(volume) },
      "Input 'service-managed-ebs-volume': is set but service-managed-ebs-volume-name is not",
    ],
    [
      'bad JSON',
      { 'service-managed-ebs-volume-name': 'data', 'service-managed-ebs-volume': '{roleArn' },
      "Input 'service-managed-ebs-volume': is not valid JSON",
    ],
    [
      'an array',
      { 'service-managed-ebs-volume-name': 'data', 'service-managed-ebs-volume': '[]' },
      'is not a JSON object',
    ],
    [
      'no roleArn',
      { 'service-managed-ebs-volume-name': 'data', 'service-managed-ebs-volume': '{"sizeInGiB": 20}' },
      'roleArn is missing',
    ],
    [
      'an unknown member',
      {
        'service-managed-ebs-volume-name': 'data',
        'service-managed-ebs-volume': JSON.stringify({ roleArn: ROLE, size: 20 }),
      },
      "'size' is not a member of an EBS volume configuration",
    ],
    [
      'a wrong type',
      {
        'service-managed-ebs-volume-name': 'data',
        'service-managed-ebs-volume': JSON.stringify({ roleArn: ROLE, sizeInGiB: '20' }),
      },
      'sizeInGiB must be a whole number',
    ],
    [
      'throughput on gp2',
      {
        'service-managed-ebs-volume-name': 'data',
        'service-managed-ebs-volume': JSON.stringify({ roleArn: ROLE, volumeType: 'gp2', throughput: 125 }),
      },
      'throughput is set, but it applies to gp3 volumes only',
    ],
    [
      'a bad filesystem',
      {
        'service-managed-ebs-volume-name': 'data',
        'service-managed-ebs-volume': JSON.stringify({ roleArn: ROLE, filesystemType: 'zfs' }),
      },
      'filesystemType must be one of ext3, ext4, xfs, ntfs',
    ],
    [
      'a volume the file does not have',
      { 'service-managed-ebs-volume-name': 'logs', 'service-managed-ebs-volume': JSON.stringify(volume) },
      "has no volume 'logs'",
    ],
    [
      'a volume not configured at launch',
      { 'service-managed-ebs-volume-name': 'scratch', 'service-managed-ebs-volume': JSON.stringify(volume) },
      'td.json) is not configuredAtLaunch',
    ],
    [
      'no service',
      {
        service: '',
        'service-managed-ebs-volume-name': 'data',
        'service-managed-ebs-volume': JSON.stringify(volume),
      },
      "configures a service's volume, but service is empty",
    ],
  ])('refuses %s before any call', async (_, given, message) => {
    await expect(parseWith(given)).rejects.toThrow(message);
  });
});
