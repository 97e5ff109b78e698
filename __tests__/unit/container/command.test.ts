import { createExecRunner } from '../../../src/container/command.js';

// Real part: /bin/sh run by @actions/exec. The builder (buildah, podman, docker's CLI) reads
// HTTPS_PROXY/HTTP_PROXY/NO_PROXY from its environment, so the runner must pass the step's on.
describe('createExecRunner and the environment', () => {
  const names = ['HTTPS_PROXY', 'NO_PROXY'] as const;
  const saved = names.map((name) => process.env[name]);
  afterEach(() => {
    names.forEach((name, i) => {
      if (saved[i] === undefined) delete process.env[name];
      else process.env[name] = saved[i];
    });
  });

  const printEnv = 'printf "%s|%s" "$HTTPS_PROXY" "$NO_PROXY"';

  it("passes the step's proxy variables to the program", async () => {
    process.env.HTTPS_PROXY = 'http://proxy.corp:3128';
    process.env.NO_PROXY = '127.0.0.1,.internal';
    const result = await createExecRunner().run('sh', ['-c', printEnv], { silent: true });
    expect(result.stdout).toBe('http://proxy.corp:3128|127.0.0.1,.internal');
  });

  it('adds a command-only environment on top of the step one', async () => {
    process.env.HTTPS_PROXY = 'http://proxy.corp:3128';
    process.env.NO_PROXY = '127.0.0.1';
    const result = await createExecRunner().run('sh', ['-c', printEnv], {
      silent: true,
      env: { HTTPS_PROXY: 'http://other.corp:8080' },
    });
    expect(result.stdout).toBe('http://other.corp:8080|127.0.0.1');
  });
});
