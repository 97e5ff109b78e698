import {
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  ListServiceDeploymentsCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type ECSClient,
} from '@aws-sdk/client-ecs';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { CLUSTER, REGION, clients, describeService, rejection, waitFor } from './helpers.js';

/**
 * The service deployment history as wait-healthy reads it (issue 12), through the real SDK: a
 * circuit-breaker rollback ends ROLLBACK_SUCCESSFUL with its reason and the reused service revision,
 * a replaced deployment ends STOPPED, DescribeServiceRevisions names each revision's task
 * definition, and ListServiceDeployments pages with maxResults/nextToken.
 */
const SERVICE = 'web-ui-client';
let emu: Emulator;
let ecs: ECSClient;

beforeEach(async () => {
  emu = await startEmulator();
  ecs = clients(emu).ecs;
});
afterEach(() => emu.close());

async function deploy(tag: string): Promise<string> {
  const body = structuredClone(emu.state.regions[REGION].taskDefinitions[SERVICE][0].body);
  body.containerDefinitions[0].image = `public.ecr.aws/a1b2c3d4/${SERVICE}:${tag}`;
  const registered = await ecs.send(new RegisterTaskDefinitionCommand(body as never));
  await ecs.send(
    new UpdateServiceCommand({
      cluster: CLUSTER,
      service: SERVICE,
      taskDefinition: registered.taskDefinition!.taskDefinitionArn,
    }),
  );
  return registered.taskDefinition!.taskDefinitionArn!;
}

async function newestFirst() {
  const list = await ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: SERVICE }));
  return list.serviceDeployments!;
}

it('a circuit-breaker rollback: ROLLBACK_SUCCESSFUL, its reason, and the last successful revision reused', async () => {
  const [seeded] = await newestFirst();
  const crashing = await deploy('crash');
  await waitFor(async () => (await newestFirst())[0].status === 'ROLLBACK_SUCCESSFUL');
  const [failed] = await newestFirst();
  expect(failed).toMatchObject({
    statusReason: 'ECS deployment circuit breaker: tasks failed to start.',
    finishedAt: expect.any(Date),
  });
  const { serviceDeployments } = await ecs.send(
    new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [failed.serviceDeploymentArn!] }),
  );
  expect(serviceDeployments![0]).toMatchObject({
    status: 'ROLLBACK_SUCCESSFUL',
    rollback: { serviceRevisionArn: seeded.targetServiceRevisionArn },
    deploymentCircuitBreaker: { status: 'TRIGGERED' },
  });
  const revisions = await ecs.send(
    new DescribeServiceRevisionsCommand({
      serviceRevisionArns: [
        failed.targetServiceRevisionArn!,
        seeded.targetServiceRevisionArn!,
        'arn:missing',
      ],
    }),
  );
  expect(revisions.serviceRevisions!.map((r) => r.taskDefinition)).toEqual([
    crashing,
    `arn:aws:ecs:${REGION}:123456789012:task-definition/${SERVICE}:1`,
  ]);
  expect(revisions.failures).toEqual([expect.objectContaining({ arn: 'arn:missing', reason: 'MISSING' })]);
  // No new service revision for a rollback (as in ECS): the service runs the seeded one again.
  const service = await describeService(ecs, SERVICE);
  expect(service.currentServiceDeployment).toBe(failed.serviceDeploymentArn);
});

it('a replaced deployment ends STOPPED; the list pages with maxResults and nextToken', async () => {
  await deploy('slow-start');
  await deploy('v3');
  await waitFor(async () => (await newestFirst())[0].status === 'SUCCESSFUL');
  const all = await newestFirst();
  expect(all.map((d) => d.status)).toEqual(['SUCCESSFUL', 'STOPPED', 'SUCCESSFUL']);
  const pages: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await ecs.send(
      new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: SERVICE, maxResults: 2, nextToken }),
    );
    pages.push(...page.serviceDeployments!.map((d) => d.serviceDeploymentArn!));
    nextToken = page.nextToken;
  } while (nextToken);
  expect(pages).toEqual(all.map((d) => d.serviceDeploymentArn));
  const tooMany = await rejection(
    ecs.send(new DescribeServiceRevisionsCommand({ serviceRevisionArns: Array(21).fill('arn:x') })),
  );
  expect(tooMany.name).toBe('InvalidParameterException');
});
