import {
  chooseTaskDefinition,
  registerRequest,
  revisionTags,
  serviceChanges,
  tagProblem,
  updateServiceRequest,
  type ServiceRequest,
  type ServiceState,
} from '../../../src/deploy/plan.js';
import { serviceConsoleUrl } from '../../../src/deploy/report.js';
import {
  definitionChanges,
  normaliseTaskDefinition,
  sameTaskDefinition,
  taskSizeUnits,
} from '../../../src/task-definition/compare.js';

const ARN1 = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:1';
const ARN2 = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:2';

/** A file as a person writes it: no defaults spelled out. */
const written = {
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '0.25 vCPU',
  memory: 512,
  containerDefinitions: [
    {
      name: 'web',
      image: 'public.ecr.aws/a1b2c3d4/web:v1',
      portMappings: [{ containerPort: 80 }],
      environment: [
        { name: 'B', value: '2' },
        { name: 'A', value: '1' },
      ],
      healthCheck: { command: ['CMD', 'true'] },
    },
  ],
};

/** The same definition as DescribeTaskDefinition returns it once registered. */
const described = {
  taskDefinitionArn: ARN1,
  revision: 1,
  status: 'ACTIVE',
  registeredAt: '2024-01-01T00:00:00.000Z',
  registeredBy: 'arn:aws:iam::123456789012:root',
  requiresAttributes: [{ name: 'ecs.capability.task-eni' }],
  compatibilities: ['EC2', 'FARGATE'],
  containerDefinitions: [
    {
      environment: [
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
      ],
      name: 'web',
      image: 'public.ecr.aws/a1b2c3d4/web:v1',
      cpu: 0,
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
      mountPoints: [],
      volumesFrom: [],
      systemControls: [],
      healthCheck: { command: ['CMD', 'true'], interval: 30, timeout: 5, retries: 3 },
    },
  ],
  family: 'web',
  networkMode: 'awsvpc',
  volumes: [],
  placementConstraints: [],
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
};

describe('tags follow ECS tag rules', () => {
  it.each([
    [{ key: 'team', value: 'platform' }, undefined],
    [{ key: 'infra-actions:run', value: 'https://github.com/o/r/actions/runs/1' }, undefined],
    [{ key: 'empty', value: '' }, undefined],
    [{ key: 'aws:owner', value: 'x' }, /reserved|aws:/],
    [{ key: 'AWS:owner', value: 'x' }, /aws:/],
    [{ key: 'k'.repeat(129), value: 'x' }, /1 to 128/],
    [{ key: 'k', value: 'v'.repeat(257) }, /256/],
    [{ key: 'bad#key', value: 'x' }, /may only contain/],
    [{ key: 'k', value: 'bad;value' }, /may only contain/],
  ])('%j', (tag, problem) => {
    const found = tagProblem(tag);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });

  it("adds commit and run to the file's tags, and the user's tags win over both", () => {
    expect(
      revisionTags({
        fileTags: [
          { key: 'service', value: 'web' },
          { key: 'infra-actions:commit', value: 'old' },
        ],
        provenance: { sha: 'abc', runUrl: 'https://github.com/o/r/actions/runs/7' },
        userTags: [
          { key: 'service', value: 'web-2' },
          { key: 'team', value: 'x' },
        ],
      }),
    ).toEqual([
      { key: 'service', value: 'web-2' },
      { key: 'infra-actions:commit', value: 'abc' },
      { key: 'infra-actions:run', value: 'https://github.com/o/r/actions/runs/7' },
      { key: 'team', value: 'x' },
    ]);
  });

  it('adds no provenance tags outside a run', () => {
    expect(revisionTags({ provenance: { sha: '', runUrl: '' }, userTags: [] })).toEqual([]);
  });
});

describe('comparing definitions as ECS stores them', () => {
  it('a written file equals its described registration (defaults, read-only fields, order, units)', () => {
    expect(sameTaskDefinition(written, described)).toBe(true);
    expect(normaliseTaskDefinition(written)).toEqual(normaliseTaskDefinition(described));
  });

  it.each([
    ['another image', (d: any) => (d.containerDefinitions[0].image = 'public.ecr.aws/a1b2c3d4/web:v2')],
    ['another env value', (d: any) => (d.containerDefinitions[0].environment[0].value = 'x')],
    [
      'an env var set to empty',
      (d: any) => d.containerDefinitions[0].environment.push({ name: 'C', value: '' }),
    ],
    ['essential: false', (d: any) => (d.containerDefinitions[0].essential = false)],
    ['container cpu 128', (d: any) => (d.containerDefinitions[0].cpu = 128)],
    ['task memory', (d: any) => (d.memory = '1024')],
    ['another port', (d: any) => d.containerDefinitions[0].portMappings.push({ containerPort: 443 })],
    ['udp', (d: any) => (d.containerDefinitions[0].portMappings[0].protocol = 'udp')],
    ['a command', (d: any) => (d.containerDefinitions[0].command = ['serve'])],
    ['health check interval', (d: any) => (d.containerDefinitions[0].healthCheck.interval = 10)],
  ])('differs with %s', (_name, change) => {
    const changed = structuredClone(written);
    change(changed);
    expect(sameTaskDefinition(changed, described)).toBe(false);
  });

  it.each([
    ['cpu: 0 on a container', (d: any) => (d.containerDefinitions[0].cpu = 0)],
    ['essential: true', (d: any) => (d.containerDefinitions[0].essential = true)],
    ['tcp spelled out', (d: any) => (d.containerDefinitions[0].portMappings[0].protocol = 'tcp')],
    [
      'empty links and nulls',
      (d: any) => Object.assign(d.containerDefinitions[0], { links: [], user: null }),
    ],
    ['privileged: false', (d: any) => (d.containerDefinitions[0].privileged = false)],
    ['tags in the file', (d: any) => (d.tags = [{ key: 'a', value: 'b' }])],
    [
      'key order',
      (d: any) =>
        (d.containerDefinitions[0] = Object.fromEntries(Object.entries(d.containerDefinitions[0]).reverse())),
    ],
    ['cpu as a number', (d: any) => (d.cpu = 256)],
  ])('is equal with %s', (_name, change) => {
    const changed = structuredClone(written);
    change(changed);
    expect(sameTaskDefinition(changed, described)).toBe(true);
  });

  it('bridge mode: a described hostPort 0 equals none', () => {
    const bridge = {
      family: 'b',
      containerDefinitions: [
        { name: 'b', image: 'r.io/b:1', memory: 128, portMappings: [{ containerPort: 80 }] },
      ],
    };
    const registered = structuredClone(bridge) as any;
    registered.networkMode = 'bridge';
    registered.containerDefinitions[0].portMappings[0].hostPort = 0;
    expect(sameTaskDefinition(bridge, registered)).toBe(true);
  });

  it.each([
    ['1 vCPU', '1024'],
    ['0.5 vcpu', '512'],
    ['2 GB', '2048'],
    [512, '512'],
    ['', undefined],
  ])('task size %j → %j', (given, units) => {
    expect(taskSizeUnits(given)).toBe(units);
  });

  it('names what changed against the running revision, without env values', () => {
    const changed = structuredClone(written) as any;
    changed.containerDefinitions[0].image = 'public.ecr.aws/a1b2c3d4/web:v2';
    changed.containerDefinitions[0].environment.push({ name: 'SECRET_TOKEN', value: 'hunter2' });
    changed.memory = 1024;
    const lines = definitionChanges(described, changed);
    expect(lines).toEqual(
      expect.arrayContaining([
        'task memory: 512 → 1024',
        'container web: image public.ecr.aws/a1b2c3d4/web:v1 → public.ecr.aws/a1b2c3d4/web:v2',
        'container web: environment added SECRET_TOKEN',
      ]),
    );
    expect(lines.join('\n')).not.toContain('hunter2');
    expect(definitionChanges(described, written)).toEqual([]);
  });
});

describe('register, reuse or deploy the given ARN', () => {
  const latest = { arn: ARN1, definition: described };
  it.each([
    ['reuses an equal latest revision', { definition: written, latest, skipUnchanged: true }, 'reuse'],
    [
      'registers when skip-unchanged is off',
      { definition: written, latest, skipUnchanged: false },
      'register',
    ],
    ['registers a new family', { definition: written, skipUnchanged: true }, 'register'],
    [
      'registers a changed definition',
      { definition: { ...written, memory: '1024' }, latest, skipUnchanged: true },
      'register',
    ],
    ['deploys a given ARN', { givenArn: ARN2, definition: described, latest, skipUnchanged: true }, 'given'],
  ] as const)('%s', (_name, input, action) => {
    const choice = chooseTaskDefinition({ ...input, tags: [] });
    expect(choice.action).toBe(action);
    if (choice.action === 'reuse') expect(choice.arn).toBe(ARN1);
    if (choice.action === 'given') expect(choice.arn).toBe(ARN2);
  });

  it('registers the cleaned definition with the tags', () => {
    expect(
      registerRequest({ ...described, tags: [{ key: 'x', value: 'y' }] }, [{ key: 'team', value: 'a' }]),
    ).toEqual({
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        {
          environment: [
            { name: 'A', value: '1' },
            { name: 'B', value: '2' },
          ],
          name: 'web',
          image: 'public.ecr.aws/a1b2c3d4/web:v1',
          cpu: 0,
          essential: true,
          portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
          healthCheck: { command: ['CMD', 'true'], interval: 30, timeout: 5, retries: 3 },
        },
      ],
      tags: [{ key: 'team', value: 'a' }],
    });
  });

  it('sends no tags member when there are none', () => {
    expect(registerRequest(written, [])).not.toHaveProperty('tags');
  });
});

describe('UpdateService', () => {
  const base: ServiceRequest = { cluster: 'c', service: 's', forceNewDeployment: false };
  it.each([
    ['the minimum', base, { cluster: 'c', service: 's', taskDefinition: ARN2, forceNewDeployment: false }],
    [
      'force-new-deployment',
      { ...base, forceNewDeployment: true },
      { cluster: 'c', service: 's', taskDefinition: ARN2, forceNewDeployment: true },
    ],
    [
      'desired-count',
      { ...base, desiredCount: 4 },
      { cluster: 'c', service: 's', taskDefinition: ARN2, forceNewDeployment: false, desiredCount: 4 },
    ],
    [
      'desired-count 0',
      { ...base, desiredCount: 0 },
      { cluster: 'c', service: 's', taskDefinition: ARN2, forceNewDeployment: false, desiredCount: 0 },
    ],
    [
      'managed tags and propagation',
      { ...base, enableEcsManagedTags: true, propagateTags: 'SERVICE' as const },
      {
        cluster: 'c',
        service: 's',
        taskDefinition: ARN2,
        forceNewDeployment: false,
        enableECSManagedTags: true,
        propagateTags: 'SERVICE',
      },
    ],
    [
      'managed tags off',
      { ...base, enableEcsManagedTags: false },
      {
        cluster: 'c',
        service: 's',
        taskDefinition: ARN2,
        forceNewDeployment: false,
        enableECSManagedTags: false,
      },
    ],
  ])('%s', (_name, request, payload) => {
    expect(updateServiceRequest(request, ARN2)).toEqual(payload);
  });

  const running: ServiceState = {
    arn: 'arn:svc',
    name: 's',
    status: 'ACTIVE',
    taskDefinition: ARN1,
    desiredCount: 2,
    enableECSManagedTags: false,
    propagateTags: 'NONE',
    deployments: [],
  };
  it.each([
    ['nothing when it already runs the revision', base, ARN1, []],
    ['the revision', base, ARN2, ['task definition: web:1 → web:2']],
    [
      'a forced deployment',
      { ...base, forceNewDeployment: true },
      ARN1,
      ['force a new deployment (replace every task)'],
    ],
    ['the desired count', { ...base, desiredCount: 3 }, ARN1, ['desired count: 2 → 3']],
    ['nothing for the same desired count', { ...base, desiredCount: 2 }, ARN1, []],
    ['managed tags', { ...base, enableEcsManagedTags: true }, ARN1, ['ECS managed tags: off → on']],
    [
      'tag propagation',
      { ...base, propagateTags: 'TASK_DEFINITION' as const },
      ARN1,
      ['propagate tags: NONE → TASK_DEFINITION'],
    ],
  ])('changes %s', (_name, request, arn, changes) => {
    expect(serviceChanges(running, request, arn)).toEqual(changes);
  });
});

it("links to the service's deployments in the ECS console", () => {
  expect(serviceConsoleUrl('eu-west-3', 'intrusion-detection', 'idp')).toBe(
    'https://eu-west-3.console.aws.amazon.com/ecs/v2/clusters/intrusion-detection/services/idp/deployments?region=eu-west-3',
  );
});
