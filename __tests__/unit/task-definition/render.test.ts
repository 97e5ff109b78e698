import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../../src/lib/errors.js';
import { Inputs } from '../../../src/lib/inputs.js';
import { parseRenderInputs, type RenderSettings } from '../../../src/task-definition/inputs.js';
import { renderTaskDefinition } from '../../../src/task-definition/render.js';
import { validateTaskDefinition } from '../../../src/task-definition/validate.js';
import { repoRoot } from '../../helpers/run-action.js';

/** Settings as the action would read them from these inputs (a file source). */
function settings(values: Record<string, string>): RenderSettings {
  return parseRenderInputs(new Inputs((name) => ({ 'task-definition': 'td.json', ...values })[name]));
}

const base = () => ({
  taskDefinitionArn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/task-def-family:3',
  family: 'task-def-family',
  revision: 3,
  status: 'ACTIVE',
  compatibilities: ['EC2', 'FARGATE'],
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'web',
      image: 'some-other-image',
      environment: [
        { name: 'FOO', value: 'foo' },
        { name: 'DONT-TOUCH', value: 'me' },
      ],
      secrets: [{ name: 'EXISTING', valueFrom: 'arn:aws:ssm:eu-west-3:123456789012:parameter/existing' }],
      dockerLabels: { team: 'vision' },
    },
    { name: 'sidecar', image: 'hello' },
  ],
});

const container = (definition: Record<string, any>, name: string) =>
  definition.containerDefinitions.find((c: Record<string, any>) => c.name === name);

describe('renderTaskDefinition: as aws-actions/amazon-ecs-render-task-definition', () => {
  it('replaces the image of the named container and leaves the others alone', () => {
    const { definition } = renderTaskDefinition(
      base(),
      settings({ 'container-name': 'web', image: 'nginx:latest' }),
    );
    expect(container(definition, 'web').image).toBe('nginx:latest');
    expect(container(definition, 'sidecar')).toEqual({ name: 'sidecar', image: 'hello' });
  });

  it('removes the read-only fields of a described task definition', () => {
    const { definition, removed } = renderTaskDefinition(
      base(),
      settings({ 'container-name': 'web', image: 'nginx' }),
    );
    for (const field of ['taskDefinitionArn', 'revision', 'status', 'compatibilities'])
      expect(definition).not.toHaveProperty(field);
    expect(removed).toEqual(['taskDefinitionArn', 'revision', 'status', 'compatibilities']);
  });

  it('merges environment variables: updates by name in place, keeps the rest, appends new ones in order', () => {
    const { definition } = renderTaskDefinition(
      base(),
      settings({
        'container-name': 'web',
        image: 'nginx',
        'environment-variables': 'FOO=bar\nNEW=1\nURL=a=b\nEMPTY=',
      }),
    );
    expect(container(definition, 'web').environment).toEqual([
      { name: 'FOO', value: 'bar' },
      { name: 'DONT-TOUCH', value: 'me' },
      { name: 'NEW', value: '1' },
      { name: 'URL', value: 'a=b' },
      { name: 'EMPTY', value: '' },
    ]);
  });

  it('creates the environment of a container that has none', () => {
    const { definition } = renderTaskDefinition(
      base(),
      settings({ 'container-name': 'sidecar', image: 'hello:2', 'environment-variables': 'A=1' }),
    );
    expect(container(definition, 'sidecar').environment).toEqual([{ name: 'A', value: '1' }]);
  });

  it('takes the last value of a variable given twice', () => {
    const { definition } = renderTaskDefinition(
      base(),
      settings({ 'container-name': 'sidecar', 'environment-variables': 'A=1\nA=2' }),
    );
    expect(container(definition, 'sidecar').environment).toEqual([{ name: 'A', value: '2' }]);
  });

  it('fails when the container does not exist, listing the containers that do', () => {
    expect(() => renderTaskDefinition(base(), settings({ 'container-name': 'api', image: 'nginx' }))).toThrow(
      new InputError(
        'container-name',
        "no container named 'api' in the task definition",
        'Its containers are: web, sidecar',
      ),
    );
  });

  it('fails on a container-name that does not exist even when nothing else is set', () => {
    expect(() => renderTaskDefinition(base(), settings({ 'container-name': 'web,wbe' }))).toThrow(
      "Input 'container-name': no container named 'wbe' in the task definition",
    );
  });

  it('fails when containerDefinitions is not an array', () => {
    expect(() => renderTaskDefinition({ family: 'x' }, settings({ image: 'nginx' }))).toThrow(
      /no containerDefinitions array/,
    );
  });

  it('merges secrets by name', () => {
    const { definition } = renderTaskDefinition(
      base(),
      settings({
        'container-name': 'web',
        secrets:
          'EXISTING=arn:aws:ssm:eu-west-3:123456789012:parameter/changed\nNEW=arn:aws:secretsmanager:eu-west-3:123456789012:secret:new-AbCdEf',
      }),
    );
    expect(container(definition, 'web').secrets).toEqual([
      { name: 'EXISTING', valueFrom: 'arn:aws:ssm:eu-west-3:123456789012:parameter/changed' },
      { name: 'NEW', valueFrom: 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:new-AbCdEf' },
    ]);
  });

  it('sets the log driver and merges log options', () => {
    const withLog = base();
    (withLog.containerDefinitions[0] as any).logConfiguration = {
      logDriver: 'json-file',
      options: { 'max-size': '10m' },
    };
    const { definition } = renderTaskDefinition(
      withLog,
      settings({
        'container-name': 'web',
        'log-configuration-log-driver': 'awslogs',
        'log-configuration-options': 'awslogs-group=/ecs/web\nawslogs-region=eu-west-3',
      }),
    );
    expect(container(definition, 'web').logConfiguration).toEqual({
      logDriver: 'awslogs',
      options: { 'max-size': '10m', 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-3' },
    });
  });

  it('creates a log configuration from options alone', () => {
    const { definition } = renderTaskDefinition(
      base(),
      settings({ 'container-name': 'sidecar', 'log-configuration-options': 'tag=x' }),
    );
    expect(container(definition, 'sidecar').logConfiguration).toEqual({ options: { tag: 'x' } });
  });

  it('merges docker labels', () => {
    const { definition } = renderTaskDefinition(
      base(),
      settings({ 'container-name': 'web', 'docker-labels': 'team=detection\nversion=1.2' }),
    );
    expect(container(definition, 'web').dockerLabels).toEqual({ team: 'detection', version: '1.2' });
  });

  it.each([
    ['npm start', ['npm', 'start']],
    ['npm run "start prod"', ['npm', 'run', 'start prod']],
    ['["python", "-m", "app"]', ['python', '-m', 'app']],
  ])('sets the command %s', (command, argv) => {
    const { definition } = renderTaskDefinition(base(), settings({ 'container-name': 'web', command }));
    expect(container(definition, 'web').command).toEqual(argv);
  });

  it('replaces the environment files with the S3 ARNs given', () => {
    const withFiles = base();
    (withFiles.containerDefinitions[0] as any).environmentFiles = [
      { value: 'arn:aws:s3:::old-bucket/old.env', type: 's3' },
    ];
    const { definition } = renderTaskDefinition(
      withFiles,
      settings({
        'container-name': 'web',
        'env-files': 'arn:aws:s3:::my-bucket/a.env\narn:aws:s3:::my-bucket/b.env',
      }),
    );
    expect(container(definition, 'web').environmentFiles).toEqual([
      { value: 'arn:aws:s3:::my-bucket/a.env', type: 's3' },
      { value: 'arn:aws:s3:::my-bucket/b.env', type: 's3' },
    ]);
  });

  it('sets the task and execution roles', () => {
    const { definition } = renderTaskDefinition(
      base(),
      settings({
        'task-role-arn': 'arn:aws:iam::123456789012:role/task',
        'execution-role-arn': 'arn:aws:iam::123456789012:role/exec',
      }),
    );
    expect(definition.taskRoleArn).toBe('arn:aws:iam::123456789012:role/task');
    expect(definition.executionRoleArn).toBe('arn:aws:iam::123456789012:role/exec');
  });

  it('updates every container of a comma-separated container-name', () => {
    const { definition } = renderTaskDefinition(
      base(),
      settings({ 'container-name': 'web,sidecar', image: 'app:2', 'environment-variables': 'X=1' }),
    );
    for (const name of ['web', 'sidecar']) {
      expect(container(definition, name).image).toBe('app:2');
      expect(container(definition, name).environment).toContainEqual({ name: 'X', value: '1' });
    }
  });

  it('leaves environment, secrets, labels and logs as they were when only the image is given', () => {
    const { definition } = renderTaskDefinition(
      base(),
      settings({ 'container-name': 'web', image: 'nginx' }),
    );
    const { image: _image, ...rest } = container(definition, 'web');
    const { image: _before, ...expected } = base().containerDefinitions[0];
    expect(rest).toEqual(expected);
  });

  it('does not change its argument', () => {
    const original = base();
    renderTaskDefinition(
      original,
      settings({ 'container-name': 'web', image: 'x', 'environment-variables': 'FOO=changed' }),
    );
    expect(original).toEqual(base());
  });
});

describe('renderTaskDefinition: beyond aws-actions', () => {
  it('gives each container of images its own image', () => {
    const { definition } = renderTaskDefinition(base(), settings({ images: 'web=web:2\nsidecar=sidecar:5' }));
    expect(container(definition, 'web').image).toBe('web:2');
    expect(container(definition, 'sidecar').image).toBe('sidecar:5');
  });

  it('names the images input when a container in it does not exist', () => {
    expect(() => renderTaskDefinition(base(), settings({ images: 'web=a\nworker=b' }))).toThrow(
      "Input 'images': no container named 'worker' in the task definition. Its containers are: web, sidecar",
    );
  });

  it('replaces the environment with exactly the variables given in replace mode', () => {
    const { definition } = renderTaskDefinition(
      base(),
      settings({
        'container-name': 'web',
        'environment-variables': 'NEW=1\nFOO=2',
        'environment-variables-mode': 'replace',
      }),
    );
    expect(container(definition, 'web').environment).toEqual([
      { name: 'NEW', value: '1' },
      { name: 'FOO', value: '2' },
    ]);
  });

  it.each([
    ['256', '1 GB', '256', '1024'],
    ['1 vCPU', '2048', '1024', '2048'],
  ])('sets task cpu %s and memory %s as ECS writes them', (cpu, memory, cpuOut, memoryOut) => {
    const { definition } = renderTaskDefinition(base(), settings({ cpu, memory }));
    expect([definition.cpu, definition.memory]).toEqual([cpuOut, memoryOut]);
  });

  it('writes numeric task cpu and memory from a YAML file as strings', () => {
    const { definition } = renderTaskDefinition({ ...base(), cpu: 512, memory: 1024 }, settings({}));
    expect([definition.cpu, definition.memory]).toEqual(['512', '1024']);
  });

  it('applies image and settings to the only container when no container is named', () => {
    const single = { family: 'one', containerDefinitions: [{ name: 'app', image: 'a:1' }] };
    const { definition } = renderTaskDefinition(
      single,
      settings({ image: 'a:2', 'environment-variables': 'A=1' }),
    );
    expect(definition.containerDefinitions[0]).toEqual({
      name: 'app',
      image: 'a:2',
      environment: [{ name: 'A', value: '1' }],
    });
  });

  it('needs container-name when there are several containers', () => {
    expect(() => renderTaskDefinition(base(), settings({ image: 'a:2' }))).toThrow(
      "Input 'container-name': is needed: the task definition has 2 containers (web, sidecar)",
    );
  });

  it('reports what changed, by name for environment variables and secrets', () => {
    const { changes } = renderTaskDefinition(
      base(),
      settings({
        'container-name': 'web',
        image: 'nginx:2',
        'environment-variables': 'FOO=bar\nNEW=1',
        secrets: 'S=arn:aws:ssm:eu-west-3:123456789012:parameter/s',
      }),
    );
    expect(changes.containers).toEqual([
      expect.objectContaining({
        name: 'web',
        image: { from: 'some-other-image', to: 'nginx:2' },
        environment: { added: ['NEW'], changed: ['FOO'], removed: [] },
        secrets: { added: ['S'], changed: [], removed: [] },
      }),
    ]);
  });
});

describe('the example task definitions', () => {
  const directory = path.join(repoRoot, 'examples/task-definitions');
  const files = readdirSync(directory).filter((file) => file.endsWith('.json'));
  const ports: Record<string, number> = {
    'human-detection': 8000,
    'intrusion-management-api': 8080,
    'sites-management-api': 8080,
    'web-ui-client': 80,
    'web-ui-management': 80,
    idp: 8443,
  };

  it('cover the six seed services', () => {
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual(Object.keys(ports).sort());
  });

  it.each(Object.keys(ports))('%s renders cleanly with a new image', (service) => {
    const example = JSON.parse(readFileSync(path.join(directory, `${service}.json`), 'utf8'));
    const image = `public.ecr.aws/a1b2c3d4/${service}:sha-1234567`;
    const { definition, removed } = renderTaskDefinition(
      example,
      settings({ 'container-name': service, image }),
    );
    expect(validateTaskDefinition(definition)).toEqual([]);
    expect(removed).toEqual([]);
    const [main] = definition.containerDefinitions;
    expect(main.image).toBe(image);
    expect(definition).toMatchObject({
      family: service,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    });
    expect(main.portMappings.map((mapping: any) => mapping.containerPort)).toEqual([ports[service]]);
    expect(main.logConfiguration).toMatchObject({
      logDriver: 'awslogs',
      options: { 'awslogs-group': `/ecs/${service}`, 'awslogs-region': 'eu-west-3' },
    });
    for (const secret of main.secrets)
      expect(secret.valueFrom).toMatch(/^arn:aws:ssm:eu-west-3:123456789012:parameter\//);
  });
});
