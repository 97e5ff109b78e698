import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../emulator/index.js';
import { runAction, type ActionName, type ActionResult } from '../helpers/run-action.js';
import { recordFigure } from './figures.js';
import {
  CLUSTER,
  GITHUB_ENV,
  REGION,
  arnOf,
  exampleDefinition,
  mapLimit,
  workspaceWith,
  expectNoLeaksInThisFile,
} from './helpers.js';

afterAll(expectNoLeaksInThisFile);

// Real parts: every action's committed bundle run as a process under Node 24 (INPUT_* variables,
// workspace, RUNNER_TEMP), a fresh emulator per case whose call log shows what the action did, and
// fake docker/podman/buildah commands first on PATH that record any builder call. Each bad input
// must fail the step with one ::error:: that names it, before anything is changed.

/** A valid task definition (idp, as the fixture registers it) and a valid build context. */
const validDefinition = exampleDefinition('idp');
const BASE_FILES: Record<string, string | Buffer> = {
  'td.json': JSON.stringify(validDefinition, null, 2),
  Containerfile: 'FROM scratch\nCOPY hello.txt /\n',
  'hello.txt': 'hello\n',
};
const IMAGE = 'public.ecr.aws/a1b2c3d4/idp';

/** Valid inputs per action; each case changes or adds one thing. */
const VALID: Record<ActionName, Record<string, string>> = {
  'ecr-public-login': { repositories: 'idp' },
  'build-push': { image: IMAGE, tags: 'v2', file: 'Containerfile' },
  'render-task-def': { 'task-definition': 'td.json', 'container-name': 'idp', image: `${IMAGE}:v2` },
  'ecs-deploy': { 'task-definition': 'td.json', service: 'idp', cluster: CLUSTER },
  'wait-healthy': { service: 'idp', cluster: CLUSTER },
  pipeline: {
    image: IMAGE,
    tags: 'v2',
    file: 'Containerfile',
    'task-definition': 'td.json',
    'container-name': 'idp',
    service: 'idp',
    cluster: CLUSTER,
  },
};

interface BadInput {
  action: ActionName;
  what: string;
  /** Merged over VALID[action]; `undefined` removes an input. */
  inputs: Record<string, string | undefined>;
  /** The input the one error must name. */
  input: string;
  files?: Record<string, string | Buffer>;
  env?: Record<string, string | undefined>;
}

/** A "billion laughs": nine levels of nine aliases, 9^9 strings once expanded. */
const YAML_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, index) => {
    const previous = 'abcdefghi'[index];
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  }),
  'family: idp',
  'containerDefinitions: *i',
  '',
].join('\n');
/** Over the 1 MiB document limit: a valid definition padded with a 2 MB environment value. */
const HUGE = JSON.stringify({
  ...validDefinition,
  containerDefinitions: [
    {
      ...validDefinition.containerDefinitions[0],
      environment: [{ name: 'PADDING', value: 'x'.repeat(2 * 1024 * 1024) }],
    },
  ],
});
/** Latin-1 bytes (0xE9 = é) in a JSON file: not UTF-8. */
const NOT_UTF8 = Buffer.concat([
  Buffer.from('{"family":"idp","containerDefinitions":[{"name":"caf'),
  Buffer.from([0xe9]),
  Buffer.from('","image":"x:1"}]}'),
]);
const withContainer = (change: Record<string, unknown>) =>
  JSON.stringify({
    ...validDefinition,
    containerDefinitions: [{ ...validDefinition.containerDefinitions[0], ...change }],
  });
const withDefinition = (change: Record<string, unknown>) => JSON.stringify({ ...validDefinition, ...change });
/** A definition file with `key` as an own member at the top, in the container or in logConfiguration (JSON keeps `__proto__` as data). */
const withOwnKey = (key: string, where: 'top' | 'container' | 'logConfiguration') => {
  const definition = structuredClone(validDefinition);
  const holder =
    where === 'top'
      ? definition
      : where === 'container'
        ? definition.containerDefinitions[0]
        : (definition.containerDefinitions[0].logConfiguration ??= { logDriver: 'awslogs' });
  Object.defineProperty(holder, key, { value: 1, enumerable: true, writable: true, configurable: true });
  return JSON.stringify(definition);
};

const TG_ARN = 'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/idp-tg/0123456789abcdef';

// prettier-ignore
const CASES: BadInput[] = [
  // ---- ecr-public-login
  { action: 'ecr-public-login', what: 'a region other than us-east-1', inputs: { 'aws-region': 'eu-west-3' }, input: 'aws-region' },
  { action: 'ecr-public-login', what: 'an upper-case region', inputs: { 'aws-region': 'US-EAST-1' }, input: 'aws-region' },
  { action: 'ecr-public-login', what: 'a registry with a scheme', inputs: { registry: 'https://public.ecr.aws' }, input: 'registry' },
  { action: 'ecr-public-login', what: 'a registry with a path', inputs: { registry: 'public.ecr.aws/a1b2c3d4' }, input: 'registry' },
  { action: 'ecr-public-login', what: 'an upper-case repository', inputs: { repositories: 'idp\nSites-Management-API' }, input: 'repositories' },
  { action: 'ecr-public-login', what: 'a one-letter repository', inputs: { repositories: 'a' }, input: 'repositories' },
  { action: 'ecr-public-login', what: 'a 300-character repository', inputs: { repositories: 'r'.repeat(300) }, input: 'repositories' },
  { action: 'ecr-public-login', what: 'a repository escaping with ..', inputs: { repositories: '../idp' }, input: 'repositories' },
  { action: 'ecr-public-login', what: 'an unknown builder', inputs: { builder: 'kaniko' }, input: 'builder' },
  { action: 'ecr-public-login', what: 'mask-password not a boolean', inputs: { 'mask-password': 'yes' }, input: 'mask-password' },
  { action: 'ecr-public-login', what: 'skip-logout not a boolean', inputs: { 'skip-logout': '1' }, input: 'skip-logout' },

  // ---- build-push
  { action: 'build-push', what: 'no image', inputs: { image: undefined }, input: 'image' },
  { action: 'build-push', what: 'an upper-case image', inputs: { image: 'public.ecr.aws/a1b2c3d4/Sites-Management-API' }, input: 'image' },
  { action: 'build-push', what: 'an image with a tag', inputs: { image: `${IMAGE}:v1` }, input: 'image' },
  { action: 'build-push', what: 'an image with a digest', inputs: { image: `${IMAGE}@sha256:${'a'.repeat(64)}` }, input: 'image' },
  { action: 'build-push', what: 'an image with an empty path component', inputs: { image: 'public.ecr.aws//idp' }, input: 'image' },
  { action: 'build-push', what: 'a context escaping the workspace', inputs: { context: '../../etc' }, input: 'context' },
  { action: 'build-push', what: 'a file escaping the workspace', inputs: { file: '../../etc/passwd' }, input: 'file' },
  { action: 'build-push', what: 'a tag starting with -', inputs: { tags: 'v2\n-latest' }, input: 'tags' },
  { action: 'build-push', what: 'a 200-character tag', inputs: { tags: 't'.repeat(200) }, input: 'tags' },
  { action: 'build-push', what: 'a full reference as a tag', inputs: { tags: `${IMAGE}:v2` }, input: 'tags' },
  { action: 'build-push', what: 'no tags and no GITHUB_SHA', inputs: { tags: undefined }, env: { GITHUB_SHA: '' }, input: 'tags' },
  { action: 'build-push', what: 'a build-arg line without =', inputs: { 'build-args': 'VERSION' }, input: 'build-args' },
  { action: 'build-push', what: 'a build-arg name starting with a digit', inputs: { 'build-args': '1VERSION=2' }, input: 'build-args' },
  { action: 'build-push', what: 'a label without a key', inputs: { labels: '=value' }, input: 'labels' },
  { action: 'build-push', what: 'a platform without an architecture', inputs: { platforms: 'linux' }, input: 'platforms' },
  { action: 'build-push', what: 'push not a boolean', inputs: { push: 'maybe' }, input: 'push' },
  { action: 'build-push', what: 'negative push-retries', inputs: { 'push-retries': '-1' }, input: 'push-retries' },
  { action: 'build-push', what: 'absurd push-retries', inputs: { 'push-retries': '1000000' }, input: 'push-retries' },
  { action: 'build-push', what: 'push-retries not a number', inputs: { 'push-retries': 'three' }, input: 'push-retries' },
  { action: 'build-push', what: 'an unknown builder', inputs: { builder: 'kaniko' }, input: 'builder' },
  // issue 12: control characters in single-line inputs and names
  { action: 'build-push', what: 'a target with a line feed', inputs: { target: 'app\n::stop-commands::x' }, input: 'target' },
  { action: 'build-push', what: 'a tag with a carriage return', inputs: { tags: 'v2\r::error::x' }, input: 'tags' },
  { action: 'build-push', what: 'a label key with an escape', inputs: { labels: 'team\u001b[2K=x' }, input: 'labels' },
  // issue 12: end

  // ---- render-task-def
  { action: 'render-task-def', what: 'a missing file', inputs: { 'task-definition': 'nope.json' }, input: 'task-definition' },
  { action: 'render-task-def', what: 'no task definition at all', inputs: { 'task-definition': undefined }, input: 'task-definition' },
  { action: 'render-task-def', what: 'a path escaping the workspace', inputs: { 'task-definition': '../../../etc/passwd' }, input: 'task-definition' },
  { action: 'render-task-def', what: 'a directory', inputs: { 'task-definition': 'deploy' }, files: { 'deploy/keep': '' }, input: 'task-definition' },
  { action: 'render-task-def', what: 'a 2 MB file', inputs: { 'task-definition': 'huge.json' }, files: { 'huge.json': HUGE }, input: 'task-definition' },
  { action: 'render-task-def', what: 'non-UTF-8 bytes', inputs: { 'task-definition': 'latin1.json' }, files: { 'latin1.json': NOT_UTF8 }, input: 'task-definition' },
  { action: 'render-task-def', what: 'a YAML bomb', inputs: { 'task-definition': 'bomb.yaml' }, files: { 'bomb.yaml': YAML_BOMB }, input: 'task-definition' },
  { action: 'render-task-def', what: 'malformed JSON', inputs: { 'task-definition': 'bad.json' }, files: { 'bad.json': '{"family": "idp",, }' }, input: 'task-definition' },
  { action: 'render-task-def', what: 'a JSON array', inputs: { 'task-definition': 'list.json' }, files: { 'list.json': '[1, 2]' }, input: 'task-definition' },
  { action: 'render-task-def', what: 'containerDefinitions not a list', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withDefinition({ containerDefinitions: { name: 'idp' } }) }, input: 'task-definition' },
  { action: 'render-task-def', what: 'an unknown field', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withDefinition({ replicas: 3 }) }, input: 'task-definition' },
  { action: 'render-task-def', what: 'a field of the wrong type', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withContainer({ essential: 'yes' }) }, input: 'task-definition' },
  { action: 'render-task-def', what: 'an unknown container', inputs: { 'container-name': 'keycloak' }, input: 'container-name' },
  { action: 'render-task-def', what: 'an invalid container name', inputs: { 'container-name': 'idp proxy!' }, input: 'container-name' },
  { action: 'render-task-def', what: 'an invalid image', inputs: { image: 'not an image!!' }, input: 'image' },
  { action: 'render-task-def', what: 'an images line without =', inputs: { image: undefined, 'container-name': undefined, images: `idp ${IMAGE}:v2` }, input: 'images' },
  { action: 'render-task-def', what: 'images for an unknown container', inputs: { image: undefined, 'container-name': undefined, images: `keycloak=${IMAGE}:v2` }, input: 'images' },
  { action: 'render-task-def', what: 'images together with image', inputs: { images: `idp=${IMAGE}:v3` }, input: 'images' },
  { action: 'render-task-def', what: 'a container twice in images', inputs: { image: undefined, 'container-name': undefined, images: `idp=${IMAGE}:v2\nidp=${IMAGE}:v3` }, input: 'images' },
  { action: 'render-task-def', what: 'an environment line without =', inputs: { 'environment-variables': 'LOG_LEVEL=debug\nFEATURE' }, input: 'environment-variables' },
  { action: 'render-task-def', what: 'an unknown environment mode', inputs: { 'environment-variables-mode': 'append' }, input: 'environment-variables-mode' },
  { action: 'render-task-def', what: 'an env-file that is not an S3 ARN', inputs: { 'env-files': 's3://bucket/prod.env' }, input: 'env-files' },
  { action: 'render-task-def', what: 'a secret without valueFrom', inputs: { secrets: 'DB_PASSWORD=' }, input: 'secrets' },
  { action: 'render-task-def', what: 'an unknown log driver', inputs: { 'log-configuration-log-driver': 'stdout' }, input: 'log-configuration-log-driver' },
  { action: 'render-task-def', what: 'a log option without =', inputs: { 'log-configuration-options': 'awslogs-group' }, input: 'log-configuration-options' },
  { action: 'render-task-def', what: 'a docker label without =', inputs: { 'docker-labels': 'team' }, input: 'docker-labels' },
  { action: 'render-task-def', what: 'a command with an open quote', inputs: { command: 'start "--port 8080' }, input: 'command' },
  { action: 'render-task-def', what: 'a command array of numbers', inputs: { command: '[1, 2]' }, input: 'command' },
  { action: 'render-task-def', what: 'a task role ARN with a short account', inputs: { 'task-role-arn': 'arn:aws:iam::123:role/app' }, input: 'task-role-arn' },
  { action: 'render-task-def', what: 'a role name instead of an ARN', inputs: { 'execution-role-arn': 'ecsTaskExecutionRole' }, input: 'execution-role-arn' },
  { action: 'render-task-def', what: 'negative cpu', inputs: { cpu: '-256' }, input: 'cpu' },
  { action: 'render-task-def', what: 'zero memory', inputs: { memory: '0' }, input: 'memory' },
  { action: 'render-task-def', what: 'memory in terabytes', inputs: { memory: '1 TB' }, input: 'memory' },
  { action: 'render-task-def', what: 'an invalid task definition ARN', inputs: { 'task-definition': undefined, 'task-definition-arn': 'arn:aws:ecs:eu-west-3:123:task-definition/idp' }, input: 'task-definition-arn' },
  { action: 'render-task-def', what: 'a revision without a family', inputs: { 'task-definition': undefined, 'task-definition-revision': '3' }, input: 'task-definition-revision' },
  { action: 'render-task-def', what: 'a negative revision', inputs: { 'task-definition': undefined, 'task-definition-family': 'idp', 'task-definition-revision': '-1' }, input: 'task-definition-revision' },
  { action: 'render-task-def', what: 'an invalid family', inputs: { 'task-definition': undefined, 'task-definition-family': 'idp service' }, input: 'task-definition-family' },
  { action: 'render-task-def', what: 'an unregistered revision', inputs: { 'task-definition': undefined, 'task-definition-family': 'idp', 'task-definition-revision': '99' }, input: 'task-definition-family' },
  { action: 'render-task-def', what: 'an ARN of another region', inputs: { 'task-definition': undefined, 'task-definition-arn': 'arn:aws:ecs:us-west-2:123456789012:task-definition/idp:1' }, input: 'task-definition-arn' },
  { action: 'render-task-def', what: 'a region that does not exist', inputs: { 'task-definition': undefined, 'task-definition-family': 'idp', 'aws-region': 'mars-north-1a' }, input: 'aws-region' },
  // issue 12: image references (one grammar, src/lib/image-reference.ts)
  { action: 'render-task-def', what: 'an image digest of 40 upper-case hex digits', inputs: { image: `${IMAGE}@sha256:${'A'.repeat(40)}` }, input: 'image' },
  { action: 'render-task-def', what: 'an images line with an upper-case repository', inputs: { image: undefined, 'container-name': undefined, images: 'idp=public.ecr.aws/a1b2c3d4/IDP:v2' }, input: 'images' },
  { action: 'render-task-def', what: 'an image digest of an unregistered algorithm', inputs: { image: `${IMAGE}@md5:${'a'.repeat(32)}` }, input: 'image' },
  // issue 12: control characters in names from the file, and in inputs
  { action: 'render-task-def', what: 'an environment variable name with a line feed in the file', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withContainer({ environment: [{ name: 'A\n::add-mask::x', value: '1' }] }) }, input: 'task-definition' },
  { action: 'render-task-def', what: 'a docker label key with a line separator in the file', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withContainer({ dockerLabels: { 'a\u2028b': 'x' } }) }, input: 'task-definition' },
  { action: 'render-task-def', what: 'a container name with a carriage return', inputs: { 'container-name': 'idp\r::error::x' }, input: 'container-name' },
  { action: 'render-task-def', what: 'an environment variable name with a carriage return', inputs: { 'environment-variables': 'A\r::error::x=1' }, input: 'environment-variables' },
  // issue 12: end
  // issue 12: prototype keys in the file are unknown fields, named
  { action: 'render-task-def', what: 'a constructor field at the top level', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withOwnKey('constructor', 'top') }, input: 'task-definition' },
  { action: 'render-task-def', what: 'a __proto__ field in a container', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withOwnKey('__proto__', 'container') }, input: 'task-definition' },
  { action: 'render-task-def', what: 'a toString field in logConfiguration', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withOwnKey('toString', 'logConfiguration') }, input: 'task-definition' },
  // issue 12: end

  // ---- ecs-deploy
  { action: 'ecs-deploy', what: 'a missing file', inputs: { 'task-definition': 'nope.json' }, input: 'task-definition' },
  { action: 'ecs-deploy', what: 'neither file nor ARN', inputs: { 'task-definition': undefined }, input: 'task-definition' },
  { action: 'ecs-deploy', what: 'both file and ARN', inputs: { 'task-definition-arn': arnOf('idp', 1) }, input: 'task-definition-arn' },
  { action: 'ecs-deploy', what: 'a path escaping the workspace', inputs: { 'task-definition': '../../etc/passwd' }, input: 'task-definition' },
  { action: 'ecs-deploy', what: 'a YAML bomb', inputs: { 'task-definition': 'bomb.yml' }, files: { 'bomb.yml': YAML_BOMB }, input: 'task-definition' },
  { action: 'ecs-deploy', what: 'a 2 MB file', inputs: { 'task-definition': 'huge.json' }, files: { 'huge.json': HUGE }, input: 'task-definition' },
  { action: 'ecs-deploy', what: 'non-UTF-8 bytes', inputs: { 'task-definition': 'latin1.json' }, files: { 'latin1.json': NOT_UTF8 }, input: 'task-definition' },
  { action: 'ecs-deploy', what: 'an unknown field', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withDefinition({ replicas: 3 }) }, input: 'task-definition' },
  { action: 'ecs-deploy', what: 'an upper-case image repository', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withContainer({ image: 'public.ecr.aws/a1b2c3d4/IDP:v2' }) }, input: 'task-definition' },
  { action: 'ecs-deploy', what: 'an image without a tag', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withContainer({ image: IMAGE }) }, input: 'task-definition' },
  { action: 'ecs-deploy', what: 'an unknown service', inputs: { service: 'no-such-service' }, input: 'service' },
  { action: 'ecs-deploy', what: 'an invalid service name', inputs: { service: 'idp/../web' }, input: 'service' },
  { action: 'ecs-deploy', what: 'an unknown cluster', inputs: { cluster: 'no-such-cluster' }, input: 'cluster' },
  { action: 'ecs-deploy', what: 'an invalid cluster name', inputs: { cluster: 'intrusion detection' }, input: 'cluster' },
  { action: 'ecs-deploy', what: 'an invalid task definition ARN', inputs: { 'task-definition': undefined, 'task-definition-arn': 'idp:latest' }, input: 'task-definition-arn' },
  { action: 'ecs-deploy', what: 'an unregistered revision', inputs: { 'task-definition': undefined, 'task-definition-arn': arnOf('idp', 9) }, input: 'task-definition-arn' },
  { action: 'ecs-deploy', what: 'an ARN of another region', inputs: { 'task-definition': undefined, 'task-definition-arn': 'arn:aws:ecs:us-west-2:123456789012:task-definition/idp:1' }, input: 'task-definition-arn' },
  { action: 'ecs-deploy', what: 'an upper-case region', inputs: { 'aws-region': 'EU-WEST-3' }, input: 'aws-region' },
  { action: 'ecs-deploy', what: 'no region anywhere', inputs: {}, env: { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined }, input: 'aws-region' },
  { action: 'ecs-deploy', what: 'a region without the cluster', inputs: { 'aws-region': 'eu-west-1' }, input: 'cluster' },
  { action: 'ecs-deploy', what: 'a negative desired count', inputs: { 'desired-count': '-1' }, input: 'desired-count' },
  { action: 'ecs-deploy', what: 'an absurd desired count', inputs: { 'desired-count': '10000000' }, input: 'desired-count' },
  { action: 'ecs-deploy', what: 'a fractional desired count', inputs: { 'desired-count': '2.5' }, input: 'desired-count' },
  { action: 'ecs-deploy', what: 'zero wait-for-minutes', inputs: { 'wait-for-minutes': '0' }, input: 'wait-for-minutes' },
  { action: 'ecs-deploy', what: 'a wait of 100 days', inputs: { 'wait-for-minutes': '144000' }, input: 'wait-for-minutes' },
  { action: 'ecs-deploy', what: 'wait-for-minutes not a number', inputs: { 'wait-for-minutes': 'NaN' }, input: 'wait-for-minutes' },
  { action: 'ecs-deploy', what: 'force-new-deployment not a boolean', inputs: { 'force-new-deployment': 'yes' }, input: 'force-new-deployment' },
  { action: 'ecs-deploy', what: 'skip-unchanged not a boolean', inputs: { 'skip-unchanged': 'Y' }, input: 'skip-unchanged' },
  { action: 'ecs-deploy', what: 'dry-run not a boolean', inputs: { 'dry-run': 'on' }, input: 'dry-run' },
  { action: 'ecs-deploy', what: 'rollback-on-failure not a boolean', inputs: { 'rollback-on-failure': '0' }, input: 'rollback-on-failure' },
  { action: 'ecs-deploy', what: 'wait-for-service-stability not a boolean', inputs: { 'wait-for-service-stability': 'true!' }, input: 'wait-for-service-stability' },
  { action: 'ecs-deploy', what: 'enable-ecs-managed-tags not a boolean', inputs: { 'enable-ecs-managed-tags': 'nope' }, input: 'enable-ecs-managed-tags' },
  { action: 'ecs-deploy', what: 'an unknown propagate-tags', inputs: { 'propagate-tags': 'ALL' }, input: 'propagate-tags' },
  { action: 'ecs-deploy', what: 'a reserved tag key', inputs: { tags: 'aws:team=ops' }, input: 'tags' },
  { action: 'ecs-deploy', what: 'a tag line without =', inputs: { tags: 'team' }, input: 'tags' },
  { action: 'ecs-deploy', what: '60 tags', inputs: { tags: Array.from({ length: 60 }, (_, i) => `k${i}=v`).join('\n') }, input: 'tags' },
  // issue 12: image references (one grammar, src/lib/image-reference.ts)
  { action: 'ecs-deploy', what: 'a file image digest of 40 upper-case hex digits', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withContainer({ image: `${IMAGE}@sha256:${'A'.repeat(40)}` }) }, input: 'task-definition' },
  { action: 'ecs-deploy', what: 'a file image with an upper-case repository', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withContainer({ image: 'public.ecr.aws/a1b2c3d4/IDP:v2' }) }, input: 'task-definition' },
  // issue 12: control characters in names from the file, and in inputs
  { action: 'ecs-deploy', what: 'a container name with a line feed in the file', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withContainer({ name: 'idp\n::stop-commands::x' }) }, input: 'task-definition' },
  { action: 'ecs-deploy', what: 'a service with a line feed', inputs: { service: 'idp\n::stop-commands::x' }, input: 'service' },
  // issue 12: end
  // issue 12: prototype keys in the file are unknown fields, named
  { action: 'ecs-deploy', what: 'a valueOf field at the top level', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withOwnKey('valueOf', 'top') }, input: 'task-definition' },
  // issue 12: end

  // ---- wait-healthy
  { action: 'wait-healthy', what: 'no service', inputs: { service: undefined }, input: 'service' },
  { action: 'wait-healthy', what: 'an invalid deployment id', inputs: { 'deployment-id': 'deploy-42' }, input: 'deployment-id' },
  { action: 'wait-healthy', what: 'a target group name instead of an ARN', inputs: { 'target-group-arns': 'idp-tg' }, input: 'target-group-arns' },
  { action: 'wait-healthy', what: 'a target group ARN with a bad id', inputs: { 'target-group-arns': `${TG_ARN}\n${TG_ARN.replace(/[0-9a-f]+$/, 'XYZ')}` }, input: 'target-group-arns' },
  { action: 'wait-healthy', what: 'negative wait-for-minutes', inputs: { 'wait-for-minutes': '-5' }, input: 'wait-for-minutes' },
  { action: 'wait-healthy', what: 'a wait too short to poll once', inputs: { 'wait-for-minutes': '0.001' }, input: 'wait-for-minutes' },
  { action: 'wait-healthy', what: 'an invalid rollback revision', inputs: { 'rollback-on-failure': 'true', 'rollback-task-definition': 'idp' }, input: 'rollback-task-definition' },
  { action: 'wait-healthy', what: 'a rollback revision without rollback', inputs: { 'rollback-task-definition': 'idp:1' }, input: 'rollback-task-definition' },
  { action: 'wait-healthy', what: 'rollback-on-failure not a boolean', inputs: { 'rollback-on-failure': 'sure' }, input: 'rollback-on-failure' },
  { action: 'wait-healthy', what: 'an invalid region', inputs: { 'aws-region': 'europe' }, input: 'aws-region' },
  { action: 'wait-healthy', what: 'a service that does not exist', inputs: { service: 'no-such-service', 'rollback-on-failure': 'true' }, input: 'service' },
  { action: 'wait-healthy', what: 'a deployment id that is not one of the service', inputs: { 'deployment-id': 'ecs-svc/1234567890123456789', 'rollback-on-failure': 'true' }, input: 'deployment-id' },
  { action: 'wait-healthy', what: 'a target group that does not exist', inputs: { 'target-group-arns': TG_ARN, 'rollback-on-failure': 'true' }, input: 'target-group-arns' },
  { action: 'wait-healthy', what: 'a cluster that does not exist', inputs: { cluster: 'no-such-cluster', 'rollback-on-failure': 'true' }, input: 'cluster' },
  // issue 12: control characters in single-line inputs
  { action: 'wait-healthy', what: 'a deployment id with a line feed', inputs: { 'deployment-id': 'ecs-svc/1234567890123456789\n::stop-commands::x' }, input: 'deployment-id' },
  // issue 12: end

  // ---- the root action: every stage's inputs are checked before the login, the build or a change
  { action: 'pipeline', what: 'an ECR Public region other than us-east-1', inputs: { 'ecr-region': 'eu-west-3' }, input: 'ecr-region' },
  { action: 'pipeline', what: 'an upper-case image', inputs: { image: 'public.ecr.aws/a1b2c3d4/IDP' }, input: 'image' },
  { action: 'pipeline', what: 'an image outside the registry', inputs: { image: 'ghcr.io/acme/idp' }, input: 'image' },
  { action: 'pipeline', what: 'a prebuilt image without a registry', inputs: { 'prebuilt-image': 'idp:v2' }, input: 'prebuilt-image' },
  { action: 'pipeline', what: 'a prebuilt image without a tag or digest', inputs: { 'prebuilt-image': 'public.ecr.aws/a1b2c3d4/idp' }, input: 'prebuilt-image' },
  { action: 'pipeline', what: 'no image and no prebuilt image', inputs: { image: undefined }, input: 'image' },
  { action: 'pipeline', what: 'a bad tag', inputs: { tags: 'v2\nnot/a/tag' }, input: 'tags' },
  { action: 'pipeline', what: 'a build-arg line without =', inputs: { 'build-args': 'VERSION' }, input: 'build-args' },
  { action: 'pipeline', what: 'absurd push-retries', inputs: { 'push-retries': '500' }, input: 'push-retries' },
  { action: 'pipeline', what: 'a Containerfile escaping the workspace', inputs: { file: '../../Containerfile' }, input: 'file' },
  { action: 'pipeline', what: 'a missing task definition file', inputs: { 'task-definition': 'nope.json' }, input: 'task-definition' },
  { action: 'pipeline', what: 'a YAML bomb task definition', inputs: { 'task-definition': 'bomb.yaml' }, files: { 'bomb.yaml': YAML_BOMB }, input: 'task-definition' },
  { action: 'pipeline', what: 'an unknown container', inputs: { 'container-name': 'keycloak' }, input: 'container-name' },
  { action: 'pipeline', what: 'an environment line without =', inputs: { 'environment-variables': 'LOG_LEVEL' }, input: 'environment-variables' },
  { action: 'pipeline', what: 'zero memory', inputs: { memory: '0' }, input: 'memory' },
  { action: 'pipeline', what: 'an unknown service', inputs: { service: 'no-such-service' }, input: 'service' },
  { action: 'pipeline', what: 'an unknown cluster', inputs: { cluster: 'no-such-cluster' }, input: 'cluster' },
  { action: 'pipeline', what: 'an upper-case region', inputs: { 'aws-region': 'EU-WEST-3' }, input: 'aws-region' },
  { action: 'pipeline', what: 'a negative desired count', inputs: { 'desired-count': '-2' }, input: 'desired-count' },
  { action: 'pipeline', what: 'a reserved task definition tag', inputs: { 'task-definition-tags': 'aws:x=y' }, input: 'task-definition-tags' },
  { action: 'pipeline', what: 'dry-run not a boolean', inputs: { 'dry-run': 'perhaps' }, input: 'dry-run' },
  { action: 'pipeline', what: 'a target group name instead of an ARN', inputs: { 'target-group-arns': 'idp-tg' }, input: 'target-group-arns' },
  { action: 'pipeline', what: 'a wait of a week', inputs: { 'wait-for-minutes': '10080' }, input: 'wait-for-minutes' },
  { action: 'pipeline', what: 'rollback-on-failure not a boolean', inputs: { 'rollback-on-failure': 'TRUE!' }, input: 'rollback-on-failure' },
  // issue 12: image references (one grammar, src/lib/image-reference.ts)
  { action: 'pipeline', what: 'a prebuilt image digest of 40 upper-case hex digits', inputs: { 'prebuilt-image': `${IMAGE}@sha256:${'A'.repeat(40)}` }, input: 'prebuilt-image' },
  { action: 'pipeline', what: 'a prebuilt image with an upper-case repository', inputs: { 'prebuilt-image': 'public.ecr.aws/a1b2c3d4/IDP:v2' }, input: 'prebuilt-image' },
  // issue 12: control characters in single-line inputs and names
  { action: 'pipeline', what: 'a target with a line feed', inputs: { target: 'app\n::stop-commands::x' }, input: 'target' },
  { action: 'pipeline', what: 'a secret name with a line feed in the file', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withContainer({ secrets: [{ name: 'S\n::add-mask::x', valueFrom: 'arn:aws:ssm:eu-west-3:123456789012:parameter/s' }] }) }, input: 'task-definition' },
  // issue 12: end
  // issue 12: prototype keys in the file are unknown fields, named
  { action: 'pipeline', what: 'a hasOwnProperty field in a container', inputs: { 'task-definition': 'td2.json' }, files: { 'td2.json': withOwnKey('hasOwnProperty', 'container') }, input: 'task-definition' },
  // issue 12: end
];

/** docker, podman and buildah that only record that they were called (and fail). */
function fakeBuilders(): { bin: string; log: string } {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'fake-builders-'));
  const log = path.join(bin, 'calls.log');
  for (const name of ['docker', 'podman', 'buildah']) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\necho "${name} $*" >> "${log}"\nexit 1\n`);
    chmodSync(path.join(bin, name), 0o755);
  }
  return { bin, log };
}

async function runCase(bad: BadInput) {
  const emu = await startEmulator({ timeScale: 0.01 });
  const builders = fakeBuilders();
  try {
    const inputs: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...VALID[bad.action], ...bad.inputs }))
      if (value !== undefined) inputs[name] = value;
    const result = await runAction(bad.action, {
      inputs,
      workspace: workspaceWith({ ...BASE_FILES, ...bad.files }),
      env: {
        AWS_ENDPOINT_URL: emu.endpoint,
        AWS_REGION: REGION,
        ...GITHUB_ENV,
        PATH: `${builders.bin}:${process.env.PATH}`,
        ...bad.env,
      },
      timeoutMs: 60_000,
    });
    return {
      result,
      mutating: emu.mutatingCalls().map((call) => call.operation),
      builderCalls: existsSync(builders.log) ? readFileSync(builders.log, 'utf8').trim().split('\n') : [],
    };
  } finally {
    await emu.close();
  }
}

type Outcome = { result: ActionResult; mutating: string[]; builderCalls: string[] };
const outcomes = new Map<BadInput, Outcome>();

beforeAll(async () => {
  // Bounded concurrency: each case is a Node process of ~0.3 s, mostly start-up.
  const results = await mapLimit(CASES, Math.max(2, Math.min(8, os.cpus().length)), runCase);
  CASES.forEach((bad, index) => outcomes.set(bad, results[index]));
  const actions = new Set(CASES.map((bad) => bad.action));
  recordFigure('bad-input', { tried: CASES.length, actions: actions.size });
}, 240_000);

describe('bad input: one ::error:: naming the input, nothing changed', () => {
  it(`covers at least 60 bad inputs across the actions (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((bad) => `${bad.action} ${bad.what}`)).size).toBe(CASES.length);
  });

  it.each(CASES.map((bad) => [bad.action, bad.what, bad] as const))('%s: %s', (_action, _what, bad) => {
    const { result, mutating, builderCalls } = outcomes.get(bad)!;
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(`Input '${bad.input}'`);
    expect(mutating).toEqual([]);
    expect(builderCalls).toEqual([]);
  });
});
