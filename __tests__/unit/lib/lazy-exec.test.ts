import { exec, getExecOutput } from '../../../src/lib/lazy-exec.js';

// The bundle's stand-in for @actions/exec (tsconfig.json "paths") must still do what its callers
// ask: container/command.ts runs builders with exec (input on stdin, listeners, exit code), and
// @actions/core's platform.getDetails reads a command's output with getExecOutput.
describe('lazy-exec', () => {
  it('hands exec on to the real module: stdin, listeners, the exit code', async () => {
    let stdout = '';
    const code = await exec('sh', ['-c', 'cat; exit 3'], {
      input: Buffer.from('from stdin'),
      ignoreReturnCode: true,
      silent: true,
      listeners: { stdout: (data) => (stdout += data.toString()) },
    });
    expect(code).toBe(3);
    expect(stdout).toBe('from stdin');
  });

  it('hands getExecOutput on to the real module', async () => {
    const output = await getExecOutput('sh', ['-c', 'echo out; echo err >&2'], { silent: true });
    expect(output).toEqual({ exitCode: 0, stdout: 'out\n', stderr: 'err\n' });
  });
});
