import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { appSpecYaml, BLUE_GREEN, codeDeployFixture } from '../helpers/codedeploy-world.js';
import { runAction } from '../helpers/run-action.js';
import {
  ACCOUNT,
  CLUSTER,
  REGION,
  actionMutations,
  expectOutcome,
  expectTableCovers,
  policy,
  rows,
  without,
  type Expectation,
  type PolicyDocument,
} from './policies.js';

// The policy matrix of docs/iam.md for ecs-deploy on a CODE_DEPLOY (blue/green) service: the bundle
// run as the runner runs it against the emulator (seed world plus the blue/green service idp-bg,
// family idp, with its CodeDeploy application and group under aws-actions' default names), with
// exactly examples/iam/ecs-deploy-codedeploy.json as the role's identity policy.
const GROUP_ARN = `arn:aws:codedeploy:${REGION}:${ACCOUNT}:deploymentgroup:${BLUE_GREEN.application}/${BLUE_GREEN.group}`;
const documented = policy('ecs-deploy-codedeploy');

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function deploy(role: PolicyDocument) {
  const emu = (emulator = await startEmulator({ fixture: codeDeployFixture(), timeScale: 0.01 }));
  const body = structuredClone(emu.state.regions[REGION].taskDefinitions.idp[0].body);
  body.containerDefinitions[0].image = 'public.ecr.aws/a1b2c3d4/idp:v2';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iam-cd-'));
  writeFileSync(path.join(dir, 'task-definition.json'), JSON.stringify(body, null, 2));
  writeFileSync(path.join(dir, 'appspec.yaml'), appSpecYaml());
  emu.setIamPolicy(role);
  const result = await runAction('ecs-deploy', {
    inputs: {
      cluster: CLUSTER,
      service: BLUE_GREEN.service,
      'task-definition': 'task-definition.json',
      'wait-for-service-stability': 'true',
    },
    env: { AWS_ENDPOINT_URL: emu.endpoint, AWS_REGION: REGION, GITHUB_SHA: '0'.repeat(40) },
    workspace: dir,
    timeoutMs: 90_000,
  });
  return { emu, result };
}

const table: Record<string, Expectation> = {
  RegisterTaskDefinition: {
    fails: `ecs:RegisterTaskDefinition on arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/idp:*`,
    changed: [],
  },
  PassTaskRoles: { fails: `iam:PassRole on arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`, changed: [] },
  OptionalTagTaskDefinitionOnRegister: { warns: 'ecs:TagResource' },
  // Read only when DescribeServices does not find the cluster (a deploy to it never does).
  OptionalReadCluster: { unused: true },
  OptionalReadTaskDefinitions: { warns: 'ecs:DescribeTaskDefinition' },
  ReadService: {
    fails: `ecs:DescribeServices on arn:aws:ecs:${REGION}:${ACCOUNT}:service/${CLUSTER}/${BLUE_GREEN.service}`,
    changed: [],
  },
  // GetDeploymentGroup is the first CodeDeploy call, made in the checks before any change.
  CodeDeployDeployment: { fails: `codedeploy:GetDeploymentGroup on ${GROUP_ARN}`, changed: [] },
  OptionalStopCodeDeployDeployment: { unused: true },
};

describe('ecs-deploy on a CODE_DEPLOY service with the documented policy (examples/iam/ecs-deploy-codedeploy.json)', () => {
  it('registers the revision and follows the CodeDeploy deployment to Succeeded, no denial', async () => {
    const { emu, result } = await deploy(documented);
    expectOutcome(result, emu, { unused: true });
    expect(actionMutations(emu)).toEqual(['RegisterTaskDefinition', 'CreateDeployment']);
    expect(emu.calls.filter((call) => call.denied)).toEqual([]);
  });

  it('every statement of the file has a row here', () => expectTableCovers(documented, table));

  it.each(rows(documented, table).filter(([, e]) => e !== undefined))(
    'without %s',
    async (sid, expectation) => {
      const { emu, result } = await deploy(without(documented, sid));
      expectOutcome(result, emu, expectation);
    },
  );
});
