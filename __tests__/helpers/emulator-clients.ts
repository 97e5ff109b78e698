/**
 * The seed fixture's names (emulator/fixtures/seed.json), for the tests, the bench and the demo that
 * drive it, and the one way they make SDK clients that talk to an emulator.
 */
import { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { ECRPUBLICClient } from '@aws-sdk/client-ecr-public';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Emulator } from '../../emulator/index.js';

export const SEED = {
  region: 'eu-west-3',
  cluster: 'intrusion-detection',
  registryAlias: 'a1b2c3d4',
  services: [
    'human-detection',
    'intrusion-management-api',
    'sites-management-api',
    'web-ui-client',
    'web-ui-management',
    'idp',
  ],
} as const;

/** Placeholder credentials: the emulator accepts any key unless started with `accessKeys`. */
export const EMULATOR_CREDENTIALS = {
  accessKeyId: 'AKIAEMULATOR00000000',
  secretAccessKey: 'emulator-secret-key',
};

export interface EmulatorClientOptions {
  region?: string;
  accessKeyId?: string;
  maxAttempts?: number;
}

/** Real SDK v3 clients pointed at an emulator (ECR Public always in us-east-1, as in AWS). */
export function emulatorClients(emulator: Pick<Emulator, 'endpoint'>, options: EmulatorClientOptions = {}) {
  const base = {
    endpoint: emulator.endpoint,
    region: options.region ?? SEED.region,
    credentials: {
      ...EMULATOR_CREDENTIALS,
      accessKeyId: options.accessKeyId ?? EMULATOR_CREDENTIALS.accessKeyId,
    },
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  };
  return {
    ecs: new ECSClient(base),
    elb: new ElasticLoadBalancingV2Client(base),
    ecr: new ECRPUBLICClient({ ...base, region: options.region ?? 'us-east-1' }),
    codedeploy: new CodeDeployClient(base),
  };
}
