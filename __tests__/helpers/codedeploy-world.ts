/**
 * The seed world plus two services the seed does not have, for the CodeDeploy tests: `idp-bg`, a
 * blue/green service (deployment controller CODE_DEPLOY) with its CodeDeploy application and
 * deployment group under the names aws-actions defaults to (`AppECS-<cluster>-<service>`,
 * `DgpECS-<cluster>-<service>`), and `idp-external` (deployment controller EXTERNAL).
 */
import { readFileSync } from 'node:fs';
import { SEED_FIXTURE_PATH, type Fixture } from '../../emulator/index.js';
import { SEED } from './emulator-clients.js';

export const BLUE_GREEN = {
  service: 'idp-bg',
  external: 'idp-external',
  application: `AppECS-${SEED.cluster}-idp-bg`,
  group: `DgpECS-${SEED.cluster}-idp-bg`,
  container: 'idp',
  port: 8080,
} as const;

export interface BlueGreenOptions {
  autoRollback?: boolean;
  deploymentConfigName?: string;
  terminationWaitMinutes?: number;
}

export function codeDeployFixture(options: BlueGreenOptions = {}): Fixture {
  const fixture = JSON.parse(readFileSync(SEED_FIXTURE_PATH, 'utf8')) as Fixture;
  const region = fixture.regions![SEED.region];
  const idp = region.services!.find((s) => s.serviceName === 'idp')!;
  const idpTg = region.targetGroups!.find((t) => t.name === 'idp-tg')!;
  region.targetGroups!.push(
    { ...idpTg, name: 'idp-bg-blue', arn: undefined },
    { ...idpTg, name: 'idp-bg-green', arn: undefined },
  );
  region.services!.push(
    {
      ...idp,
      serviceName: BLUE_GREEN.service,
      loadBalancers: [
        {
          targetGroupName: 'idp-bg-blue',
          containerName: BLUE_GREEN.container,
          containerPort: BLUE_GREEN.port,
        },
      ],
      // CodeDeploy, not ECS, decides a blue/green deployment's fate: no circuit breaker.
      deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100 },
      deploymentController: { type: 'CODE_DEPLOY' },
    },
    {
      ...idp,
      serviceName: BLUE_GREEN.external,
      loadBalancers: [],
      healthCheckGracePeriodSeconds: undefined,
      deploymentConfiguration: undefined,
      deploymentController: { type: 'EXTERNAL' },
    },
  );
  region.codeDeploy = {
    applications: [
      {
        name: BLUE_GREEN.application,
        deploymentGroups: [
          {
            name: BLUE_GREEN.group,
            cluster: SEED.cluster,
            service: BLUE_GREEN.service,
            deploymentConfigName: options.deploymentConfigName,
            autoRollback: options.autoRollback ?? false,
            terminationWaitMinutes: options.terminationWaitMinutes ?? 1,
            targetGroups: ['idp-bg-blue', 'idp-bg-green'],
          },
        ],
      },
    ],
  };
  return fixture;
}

/** An ECS AppSpec for `idp-bg`, as a repository keeps it (the action puts the revision in). */
export function appSpecYaml(taskDefinition = '<TASK_DEFINITION>'): string {
  return [
    'version: 0.0',
    'Resources:',
    '  - TargetService:',
    '      Type: AWS::ECS::Service',
    '      Properties:',
    `        TaskDefinition: "${taskDefinition}"`,
    '        LoadBalancerInfo:',
    `          ContainerName: "${BLUE_GREEN.container}"`,
    `          ContainerPort: ${BLUE_GREEN.port}`,
    '',
  ].join('\n');
}
