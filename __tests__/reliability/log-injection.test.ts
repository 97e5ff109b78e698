import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { readCaptures, runAction, type ActionName, type ActionResult } from '../helpers/run-action.js';
import { injectedCommands } from '../helpers/runner-commands.js';
import { controlCharacter } from '../../src/lib/log-safe.js';
import { CLUSTER, GITHUB_ENV, REGION, exampleDefinition, mapLimit, workspaceWith } from './helpers.js';

// Issue 12, workflow-command injection. Real parts: every action's committed bundle run as a
// process under Node 24, the emulator as AWS, fake docker/podman/buildah first on PATH that
// succeed and print their arguments and the Containerfile (as a builder echoes its steps), so
// build-push's echoed command and the builder's output are printed too.
// A hostile value is put in every place a name from a file or an input can be printed; the
// step's stdout, split into lines as the runner splits it (\r, \n) and parsed as the runner
// parses it (actions/runner ActionCommand TryParseV2 / TryParse), holds no command but ours.

/** Every way to start a line of one's own, in one value. */
const HOSTILE =
  'x\n::stop-commands::PWNED\r::add-mask::PWNED\u2028::error::PWNED\u2029::error::PWNED\u0085::error::PWNED ##[warning]PWNED %0A::error::PWNED';
const IMAGE = 'public.ecr.aws/a1b2c3d4/idp';

type Change = (definition: Record<string, any>, value: string) => void;
const container0 = (definition: Record<string, any>) => definition.containerDefinitions[0];
/** Places in a task definition file where a name is read from. */
const FILE_PLACES: [string, Change][] = [
  ['an environment variable name', (d, v) => container0(d).environment.push({ name: v, value: '1' })],
  [
    'a secret name',
    (d, v) =>
      (container0(d).secrets = [{ name: v, valueFrom: 'arn:aws:ssm:eu-west-3:123456789012:parameter/x' }]),
  ],
  [
    'a container name',
    (d, v) => d.containerDefinitions.push({ name: v, image: `${IMAGE}:v2`, memory: 128, essential: false }),
  ],
  ['a docker label key', (d, v) => (container0(d).dockerLabels = { [v]: 'x' })],
  [
    'a log option key',
    (d, v) =>
      (container0(d).logConfiguration = {
        logDriver: 'awslogs',
        options: { [v]: 'x', 'awslogs-group': 'g' },
      }),
  ],
  ['an unknown field', (d, v) => (d[v] = 1)],
  ['the family', (d, v) => (d.family = v)],
];

interface Place {
  action: ActionName;
  what: string;
  inputs: Record<string, string>;
  file?: Change;
}

const BASE: Record<ActionName, Record<string, string>> = {
  'ecr-public-login': { repositories: 'idp' },
  'build-push': { image: IMAGE, tags: 'v2', file: 'Containerfile', builder: 'buildah' },
  'render-task-def': {
    'task-definition': 'td.json',
    'container-name': 'idp',
    image: `${IMAGE}:v2`,
    // Replacing the environment lists the names removed, so a name from the file is printed.
    'environment-variables-mode': 'replace',
    'environment-variables': 'A=1',
  },
  'ecs-deploy': { 'task-definition': 'td.json', service: 'idp', cluster: CLUSTER, 'dry-run': 'true' },
  'wait-healthy': { service: 'idp', cluster: CLUSTER, 'wait-for-minutes': '0.05' },
  pipeline: {
    'prebuilt-image': `${IMAGE}:v2`,
    'task-definition': 'td.json',
    'container-name': 'idp',
    service: 'idp',
    cluster: CLUSTER,
    'dry-run': 'true',
  },
};

const input = (action: ActionName, name: string, value: string): Place => ({
  action,
  what: `input ${name}`,
  inputs: { [name]: value },
});
const PLACES: Place[] = [
  ...(['render-task-def', 'ecs-deploy', 'pipeline'] as const).flatMap((action) =>
    FILE_PLACES.map(([what, file]) => ({ action, what: `file: ${what}`, inputs: {}, file })),
  ),
  input('render-task-def', 'container-name', `idp${HOSTILE}`),
  input('render-task-def', 'image', `${IMAGE}:v2${HOSTILE}`),
  input('render-task-def', 'environment-variables', `A${HOSTILE}=1`),
  input('render-task-def', 'docker-labels', `team${HOSTILE}=x`),
  input('render-task-def', 'log-configuration-options', `group${HOSTILE}=x`),
  input('render-task-def', 'secrets', `DB${HOSTILE}=arn:aws:ssm:eu-west-3:123456789012:parameter/x`),
  input('render-task-def', 'log-configuration-log-driver', `awslogs${HOSTILE}`),
  input('render-task-def', 'task-definition', `td.json${HOSTILE}`),
  input('render-task-def', 'cpu', `256${HOSTILE}`),
  input('ecs-deploy', 'service', `idp${HOSTILE}`),
  input('ecs-deploy', 'cluster', `${CLUSTER}${HOSTILE}`),
  input('ecs-deploy', 'tags', `team${HOSTILE}=x`),
  input('build-push', 'target', `app${HOSTILE}`),
  input('build-push', 'tags', `v2${HOSTILE}`),
  input('build-push', 'labels', `team${HOSTILE}=x`),
  input('build-push', 'build-args', `VERSION${HOSTILE}=1`),
  input('build-push', 'platforms', `linux/amd64${HOSTILE}`),
  // Values may hold what is harmless mid-line; the builder prints them at the start of a line.
  { ...input('build-push', 'labels', 'team=::error::PWNED ##[warning]PWNED'), what: 'a label value' },
  {
    ...input('build-push', 'build-args', 'VERSION=::error::PWNED ##[warning]PWNED'),
    what: 'a build-arg value',
  },
  { ...input('build-push', 'cache-from', '::error::PWNED'), what: 'a cache-from line' },
  input('wait-healthy', 'service', `idp${HOSTILE}`),
  input('wait-healthy', 'deployment-id', `ecs-svc/1234567890123456789${HOSTILE}`),
  input('ecr-public-login', 'repositories', `idp${HOSTILE}`),
  input('pipeline', 'container-name', `idp${HOSTILE}`),
  input('pipeline', 'environment-variables', `A${HOSTILE}=1`),
];

/** docker, podman and buildah that succeed, printing their arguments and the Containerfile. */
function echoingBuilders(): string {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'echoing-builders-'));
  for (const name of ['docker', 'podman', 'buildah']) {
    writeFileSync(
      path.join(bin, name),
      '#!/bin/sh\nfor a in "$@"; do echo "$a"; done\n[ -f Containerfile ] && cat Containerfile >&2\nexit 0\n',
    );
    chmodSync(path.join(bin, name), 0o755);
  }
  return bin;
}

let emu: Emulator;
const results = new Map<Place, ActionResult>();

beforeAll(async () => {
  emu = await startEmulator({ timeScale: 0.01 });
  const bin = echoingBuilders();
  const runs = await mapLimit(PLACES, 2, (place) => {
    const definition = exampleDefinition('idp');
    place.file?.(definition, HOSTILE);
    return runAction(place.action, {
      inputs: { ...BASE[place.action], ...place.inputs },
      workspace: workspaceWith({
        'td.json': JSON.stringify(definition, null, 2),
        // A builder prints the Containerfile's lines as it runs them.
        Containerfile: 'FROM scratch\n::warning::PWNED\nLABEL x="##[error]PWNED"\n',
      }),
      env: {
        AWS_ENDPOINT_URL: emu.endpoint,
        AWS_REGION: REGION,
        ...GITHUB_ENV,
        PATH: `${bin}:${process.env.PATH}`,
      },
      timeoutMs: 60_000,
    });
  });
  PLACES.forEach((place, index) => results.set(place, runs[index]));
}, 240_000);

afterAll(async () => {
  await emu?.close();
});

describe('no value from a file or an input becomes a workflow command', () => {
  it.each(PLACES.map((place) => [place.action, place.what, place] as const))('%s: %s', (_a, _w, place) => {
    const result = results.get(place)!;
    expect(injectedCommands(result.stdout)).toEqual([]);
    expect(injectedCommands(result.stderr)).toEqual([]);
    // No control character but the line ends: U+2028/2029 and C1 controls start a new line in
    // some log viewers, escape sequences rewrite what is shown.
    expect(controlCharacter(result.stdout.replace(/\n/g, ''))).toBeUndefined();
    expect(result.errors.join('\n')).not.toContain('Unexpected error');
  });

  it('every run captured so far in this jest invocation is free of injected commands too', () => {
    const injected = readCaptures().flatMap((capture) =>
      injectedCommands(capture.visible).map((line) => `${capture.test} (${capture.action}): ${line}`),
    );
    expect(injected).toEqual([]);
  });
});
