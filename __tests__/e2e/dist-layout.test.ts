import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { BAD_INPUTS, badInputEnv } from '../helpers/bad-inputs.js';
import { SEED } from '../helpers/emulator-clients.js';
import { actionNode, repoRoot, runAction, type ActionName, type RunOptions } from '../helpers/run-action.js';
import { spawnSync } from 'node:child_process';

// Real parts: the committed dist/ (one shared ncc build, one loader per action) run under Node 24
// as the runner runs it, the AWS emulator over HTTP, buildah, and a local HTTP server standing in
// for the instance metadata service. Which chunk files a run loads is recorded by a module hook
// preloaded with --import (__tests__/helpers/chunk-trace.mjs).
const dist = path.join(repoRoot, 'dist');
/** Every action: the bad-input table names each once. */
const ACTIONS = BAD_INPUTS.map(({ action }) => action);
const trace = pathToFileURL(path.join(repoRoot, '__tests__/helpers/chunk-trace.mjs')).href;

/** Every file under dir (absolute paths). */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file))
    .filter((file) => statSync(file).isFile());

/**
 * What a chunk holds, told by code only that library has: each client's runtime config names its
 * serviceId (`serviceId??"ECS"`), the SDK core sets the amz-sdk-invocation-id header.
 */
const SIGNATURES: Record<string, RegExp> = {
  'sdk-core': /amz-sdk-invocation-id/,
  ecs: /serviceId\?\?"ECS"/,
  elbv2: /serviceId\?\?"Elastic Load Balancing v2"/,
  'ecr-public': /serviceId\?\?"ECR PUBLIC"/,
  codedeploy: /serviceId\?\?"CodeDeploy"/,
};
/**
 * Libraries deferred until an action needs them (issue 18), told the same way: yaml (113 KB) only
 * when a YAML document is read (lib/documents.ts reads JSON without it).
 */
const DEFERRED: Record<string, RegExp> = { yaml: /YAMLParseError/ };
const chunkKinds = new Map<string, string[]>();
function kindsOf(file: string, signatures = SIGNATURES): string[] {
  const key = `${file} ${Object.keys(signatures)}`;
  if (!chunkKinds.has(key)) {
    const text = readFileSync(file, 'utf8');
    chunkKinds.set(
      key,
      Object.entries(signatures).flatMap(([kind, signature]) => (signature.test(text) ? [kind] : [])),
    );
  }
  return chunkKinds.get(key)!;
}

/** The libraries (names in `signatures`) of the dist/ chunk files a run loaded, from its trace file. */
function loadedKinds(traceFile: string, signatures = SIGNATURES): string[] {
  const urls = readFileSync(traceFile, 'utf8').split('\n').filter(Boolean);
  const chunks = urls
    .map((url) => new URL(url).pathname)
    .filter((file) => path.dirname(file) === dist && /^\d+\.index\.js$/.test(path.basename(file)));
  return [...new Set(chunks.flatMap((file) => kindsOf(file, signatures)))].sort();
}

function traced(options: RunOptions): {
  options: RunOptions;
  kinds: () => string[];
  deferred: () => string[];
  builtins: () => string[];
} {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'chunk-trace-')), 'loaded.txt');
  return {
    options: {
      ...options,
      env: { ...options.env, NODE_OPTIONS: `--import ${trace}`, CHUNK_TRACE_FILE: file },
    },
    kinds: () => loadedKinds(file),
    deferred: () => loadedKinds(file, DEFERRED),
    builtins: () =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((url) => url.startsWith('node:')),
  };
}

describe('dist/ layout', () => {
  const files = filesUnder(dist);

  it('is at most 3 MiB in all, licenses.txt included (issue 18: it was 8 MB)', () => {
    const total = files.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(total).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  it('holds no file twice, byte for byte, and one licenses.txt', () => {
    const byHash = new Map<string, string[]>();
    for (const file of files) {
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      byHash.set(hash, [...(byHash.get(hash) ?? []), path.relative(dist, file)]);
    }
    expect([...byHash.values()].filter((same) => same.length > 1)).toEqual([]);
    expect(files.filter((file) => path.basename(file) === 'licenses.txt')).toEqual([
      path.join(dist, 'licenses.txt'),
    ]);
  });

  it('has one SDK core chunk and one chunk per client', () => {
    const chunks = files.filter(
      (file) => path.dirname(file) === dist && /^\d+\.index\.js$/.test(path.basename(file)),
    );
    for (const kind of Object.keys(SIGNATURES))
      expect([kind, chunks.filter((file) => kindsOf(file).includes(kind)).length]).toEqual([kind, 1]);
  });

  it.each(ACTIONS)('dist/%s/ is only a loader that starts the action from the shared bundle', (name) => {
    expect(readdirSync(path.join(dist, name))).toEqual(['index.js']);
    const loader = readFileSync(path.join(dist, name, 'index.js'), 'utf8');
    expect(loader).toMatch(/^import \{ start \} from '\.\.\/index\.js'$/m);
    expect(loader).toMatch(new RegExp(`^await start\\(${JSON.stringify(name)}\\)$`, 'm'));
  });
});

describe('what each action loads', () => {
  // The loader resolves ../index.js from its own file, not the working directory. Nor is
  // node:http, node:https or node:tls loaded (the SDK, undici and @actions/http-client load them):
  // node:http alone costs ~18 MiB (npm run bench:startup; src/lib/lazy-http-client.ts). Nor
  // node:child_process: @actions/exec and @actions/io load it, only when a command runs
  // (src/lib/lazy-exec.ts).
  it.each(BAD_INPUTS)(
    '$action reports a bad input before loading any SDK chunk, HTTP module or deferred library',
    ({ action, inputs, input }) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), `bad-${action}-`));
      const { options, kinds, deferred, builtins } = traced({});
      const run = spawnSync(actionNode(), [path.join(dist, action, 'index.js')], {
        env: { ...badInputEnv(inputs, dir), ...options.env } as NodeJS.ProcessEnv,
        encoding: 'utf8',
        cwd: dir,
      });
      expect(run.stdout).toMatch(new RegExp(`::error::Input '${input}'`));
      expect(run.status).toBe(1);
      expect(kinds()).toEqual([]);
      expect(builtins().filter((name) => /^node:(https?|http2|tls|child_process)$/.test(name))).toEqual([]);
      expect(deferred()).toEqual([]);
    },
  );

  describe('with the emulator', () => {
    let emulator: Emulator;
    beforeAll(async () => {
      emulator = await startEmulator({});
    });
    afterAll(async () => {
      await emulator?.close();
    });
    const env = () => ({ AWS_ENDPOINT_URL: emulator.endpoint, AWS_REGION: SEED.region });

    it('render-task-def fetching from ECS loads the ECS client only', async () => {
      const { options, kinds } = traced({
        env: env(),
        inputs: {
          'task-definition-family': 'web-ui-client',
          'container-name': 'web-ui-client',
          image: 'public.ecr.aws/a1b2c3d4/web-ui-client:sha-1234567',
        },
      });
      const result = await runAction('render-task-def', options);
      expect(result.errors).toEqual([]);
      expect(kinds()).toEqual(['ecs', 'sdk-core']);
    });

    it('wait-healthy loads the ECS and ELBv2 clients, not ECR Public or CodeDeploy', async () => {
      const { options, kinds } = traced({
        env: env(),
        inputs: { cluster: SEED.cluster, service: 'web-ui-client', 'wait-for-minutes': '1' },
        timeoutMs: 60_000,
      });
      const result = await runAction('wait-healthy', options);
      expect(result.errors).toEqual([]);
      expect(kinds()).toEqual(['ecs', 'elbv2', 'sdk-core']);
    });

    it('ecs-deploy without waiting loads the ECS client only (the wait, which reads target health, is not loaded)', async () => {
      const workspace = mkdtempSync(path.join(os.tmpdir(), 'dist-layout-deploy-'));
      const body = structuredClone(emulator.state.regions[SEED.region].taskDefinitions['idp'][0].body);
      body.containerDefinitions[0].image = `public.ecr.aws/${SEED.registryAlias}/idp:trace`;
      writeFileSync(path.join(workspace, 'task-definition.json'), JSON.stringify(body));
      const { options, kinds, deferred } = traced({
        env: env(),
        workspace,
        inputs: {
          cluster: SEED.cluster,
          service: 'idp',
          'task-definition': 'task-definition.json',
          'wait-for-service-stability': false,
        },
      });
      const result = await runAction('ecs-deploy', options);
      expect(result.errors).toEqual([]);
      expect(kinds()).toEqual(['ecs', 'sdk-core']);
      // A JSON task definition is read without the YAML parser (issue 18: it was most of the
      // step's startup beyond aws-actions').
      expect(deferred()).toEqual([]);
    });

    it.each([
      [
        'JSON',
        'td.json',
        JSON.stringify({ family: 'web', containerDefinitions: [{ name: 'web', image: 'x' }] }),
        [],
      ],
      ['YAML', 'td.yaml', 'family: web\ncontainerDefinitions:\n  - name: web\n    image: x\n', ['yaml']],
    ])(
      'render-task-def with a %s file loads no SDK chunk, and yaml only for YAML',
      async (_, file, text, yaml) => {
        const workspace = mkdtempSync(path.join(os.tmpdir(), 'dist-layout-render-'));
        writeFileSync(path.join(workspace, file), text);
        const { options, kinds, deferred } = traced({
          workspace,
          inputs: { 'task-definition': file, 'container-name': 'web', image: 'public.ecr.aws/x/web:2' },
        });
        const result = await runAction('render-task-def', options);
        expect(result.errors).toEqual([]);
        expect(kinds()).toEqual([]);
        expect(deferred()).toEqual(yaml);
      },
    );

    it('ecr-public-login loads the ECR Public client only', async () => {
      // Port 9 (discard) on loopback: the builder's login fails after the token was fetched.
      const { options, kinds } = traced({
        env: env(),
        inputs: { builder: 'buildah', registry: '127.0.0.1:9' },
      });
      const result = await runAction('ecr-public-login', options);
      expect(result.errors).toEqual([expect.stringMatching(/^buildah login to 127\.0\.0\.1:9 failed/)]);
      expect(kinds()).toEqual(['ecr-public', 'sdk-core']);
    });
  });
});

describe('without credentials', () => {
  // A stand-in for the instance metadata service (the SDK honours AWS_EC2_METADATA_SERVICE_ENDPOINT):
  // it answers 404 to everything and counts the requests.
  let imds: Server;
  let requests: string[];
  beforeAll(async () => {
    imds = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => imds.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => imds.close(() => resolve())));
  beforeEach(() => {
    requests = [];
  });

  const noCredentials = (
    runnerEnvironment: string | undefined,
    inputs: Record<string, string> = { builder: 'buildah' },
  ) => ({
    env: {
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      HOME: mkdtempSync(path.join(os.tmpdir(), 'no-aws-home-')),
      AWS_EC2_METADATA_SERVICE_ENDPOINT: `http://127.0.0.1:${(imds.address() as AddressInfo).port}`,
      RUNNER_ENVIRONMENT: runnerEnvironment,
    },
    inputs,
  });

  it.each([['github-hosted'], [undefined]])(
    'ecr-public-login on a runner that is %s fails at once naming what to set, without the SDK and without asking IMDS',
    async (runnerEnvironment) => {
      const { options, kinds } = traced(noCredentials(runnerEnvironment));
      const result = await runAction('ecr-public-login', options);
      expect(result.code).toBe(1);
      expect(result.errors).toEqual([
        expect.stringMatching(
          /^No AWS credentials: none of AWS_ACCESS_KEY_ID, AWS_PROFILE, .*configure-aws-credentials/,
        ),
      ]);
      expect(requests).toEqual([]);
      expect(kinds()).toEqual([]);
    },
  );

  it('ecr-public-login on a self-hosted runner leaves IMDS to the SDK (an EC2 instance profile is a real source there)', async () => {
    const result = await runAction('ecr-public-login', noCredentials('self-hosted'));
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/No AWS credentials found/)]);
    expect(requests.length).toBeGreaterThan(0);
  });

  // The other actions that call AWS: valid inputs, so each reaches its first client (the factory,
  // lib/aws.ts, checks the credentials before it loads a client). ecs-deploy and wait-healthy load
  // SDK command modules with their step's modules (the deploy report, the poller) before they make
  // a client, so only the root action is also held to loading no SDK chunk; none sends a request.
  const TASK_DEFINITION = {
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/x/web:1' }],
  };
  const VALID_INPUTS: [ActionName, Record<string, string>, { noSdk: boolean }][] = [
    [
      'ecs-deploy',
      { 'task-definition': 'td.json', service: 'web', 'aws-region': 'eu-west-3' },
      { noSdk: false },
    ],
    ['wait-healthy', { service: 'web', 'aws-region': 'eu-west-3' }, { noSdk: false }],
    [
      'pipeline',
      {
        'prebuilt-image': 'public.ecr.aws/x/web:1',
        'task-definition': 'td.json',
        service: 'web',
        'container-name': 'web',
        'aws-region': 'eu-west-3',
      },
      { noSdk: true },
    ],
  ];
  it.each(VALID_INPUTS)(
    '%s on a GitHub-hosted runner fails at its first client naming what to set, without asking IMDS',
    async (action, inputs, { noSdk }) => {
      const workspace = mkdtempSync(path.join(os.tmpdir(), `no-credentials-${action}-`));
      writeFileSync(path.join(workspace, 'td.json'), JSON.stringify(TASK_DEFINITION));
      const { options, kinds } = traced({ ...noCredentials('github-hosted', inputs), workspace });
      const result = await runAction(action, options);
      expect(result.code).toBe(1);
      expect(result.errors).toEqual([
        expect.stringMatching(
          /^No AWS credentials: none of AWS_ACCESS_KEY_ID, AWS_PROFILE, .*configure-aws-credentials/,
        ),
      ]);
      expect(requests).toEqual([]);
      if (noSdk) expect(kinds()).toEqual([]);
    },
  );
});
