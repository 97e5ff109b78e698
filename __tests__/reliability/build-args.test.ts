import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildArgFlags, buildCommand, looksSecret, type BuildFiles } from '../../src/image/argv.js';
import { buildAndPush } from '../../src/image/build-push.js';
import type { BuildSettings } from '../../src/image/inputs.js';
import { fakeRunner } from '../unit/container/fake-runner.js';

// Found by the secret scan (secrets.test.ts): build-push echoed `--build-arg NPM_TOKEN=<value>` in
// the log and put it in the process list. Secret-named build arguments now go to the builder by
// name, with the value in its environment. Pure tables, and the core driven by a fake runner.
const files: BuildFiles = {
  file: '/ws/Containerfile',
  iidFile: '/tmp/b/iid',
  metadataFile: '/tmp/b/meta.json',
};
const settings = (buildArgs: [string, string][]): BuildSettings => ({
  image: 'public.ecr.aws/a1b2c3d4/app',
  context: '/ws',
  tags: ['v1'],
  buildArgs,
  labels: [],
  platforms: [],
  push: false,
  cacheFrom: [],
  cacheTo: [],
  builder: 'buildah',
  pushRetries: 0,
});

describe('secret build arguments are named on the command line, their values passed in the environment', () => {
  // issue 12: every value, not only secret-named ones, stays off the command line.
  // prettier-ignore
  it.each([
    ['plain arguments by name too', [['NODE_ENV', 'production'], ['EQ', 'a=b']], ['--build-arg', 'NODE_ENV', '--build-arg', 'EQ'], { NODE_ENV: 'production', EQ: 'a=b' }],
    ['a token by name only', [['NPM_TOKEN', 'npm_abc'], ['NODE_ENV', 'production']], ['--build-arg', 'NPM_TOKEN', '--build-arg', 'NODE_ENV'], { NPM_TOKEN: 'npm_abc', NODE_ENV: 'production' }],
    ['passwords, secrets and keys, any case', [['db_password', 'p=w'], ['CLIENT_SECRET', 's'], ['STRIPE_API_KEY', 'k']], ['--build-arg', 'db_password', '--build-arg', 'CLIENT_SECRET', '--build-arg', 'STRIPE_API_KEY'], { db_password: 'p=w', CLIENT_SECRET: 's', STRIPE_API_KEY: 'k' }],
    ['an empty value (set to "", not unset)', [['EMPTY', '']], ['--build-arg', 'EMPTY'], { EMPTY: '' }],
    ['a name the builder reads from its own environment keeps KEY=VALUE', [['HTTP_PROXY', 'http://proxy:3128'], ['PATH', '/opt/bin']], ['--build-arg', 'HTTP_PROXY=http://proxy:3128', '--build-arg', 'PATH=/opt/bin'], undefined],
  ] as [string, [string, string][], string[], Record<string, string> | undefined][])('%s', (_name, buildArgs, args, env) => {
    expect(buildArgFlags(buildArgs)).toEqual({ args, env });
  });

  it.each([
    ['DB_PASS', true],
    ['GH_PAT', true],
    ['db_pass', true],
    ['AWS_SECRET_ACCESS_KEY', true],
    ['SSH_KEY', true],
    ['SMTP_PASSWORD', true],
    ['APP_SECRET', true],
    ['NPM_TOKEN', true],
    ['GITLAB_PAT', true],
    ['GCP_CREDENTIALS', true],
    ['MYSQL_PWD', true],
    ['LDAP_PASSWD', true],
    ['PASSWORD', true],
    ['TOKEN', true],
    ['NODE_ENV', false],
    ['PATH', false],
    ['VERSION', false],
    ['PATCH_LEVEL', false],
    ['KEYBOARD', false],
    ['PASSAGE', false],
  ] as [string, boolean][])('%s looks secret: %s', (name, secret) => {
    expect(looksSecret(name)).toBe(secret);
  });

  it.each(['docker', 'podman', 'buildah'] as const)(
    '%s: no build-arg value is on the command line, secret-named or not',
    (builder) => {
      const args: [string, string][] = [
        ['DB_PASS', 'db-pass-value'],
        ['GH_PAT', 'ghp_pat_value'],
        ['NODE_ENV', 'production-value'],
        ['API_KEY', 'api-key-value'],
      ];
      const command = buildCommand(builder, settings(args), files, { env: {}, isRoot: true });
      for (const [, value] of args) expect(command.args.join(' ')).not.toContain(value);
      expect(command.env).toEqual(Object.fromEntries(args));
    },
  );

  it.each(['docker', 'podman', 'buildah'] as const)(
    '%s: the build command carries the value in env, never in argv',
    (builder) => {
      const command = buildCommand(builder, settings([['NPM_TOKEN', 'npm_secret_value']]), files, {
        env: {},
        isRoot: true,
      });
      expect(command.args.join(' ')).not.toContain('npm_secret_value');
      expect(command.args).toEqual(expect.arrayContaining(['--build-arg', 'NPM_TOKEN']));
      expect(command.env).toEqual({ NPM_TOKEN: 'npm_secret_value' });
    },
  );

  it('buildAndPush runs the builder with that environment', async () => {
    const { runner, calls } = fakeRunner({ installed: ['buildah'] });
    const context = mkdtempSync(path.join(os.tmpdir(), 'build-args-'));
    writeFileSync(path.join(context, 'Containerfile'), 'FROM scratch\n');
    writeFileSync(path.join(context, 'iid'), 'sha256:0123\n');
    await buildAndPush(
      { ...settings([['NPM_TOKEN', 'npm_secret_value']]), context },
      {
        runner,
        tempDir: context,
        buildahHost: { env: {}, isRoot: true },
        sleep: async () => undefined,
        group: (_title, body) => body(),
        log: () => undefined,
        warn: () => undefined,
      },
    );
    const build = calls.find((call) => call.args.includes('build'))!;
    expect(build.args.join(' ')).not.toContain('npm_secret_value');
    expect(build.options.env).toEqual({ NPM_TOKEN: 'npm_secret_value' });
  });
});
