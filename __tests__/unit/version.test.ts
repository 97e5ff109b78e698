import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_VERSION } from '../../src/lib/version.js';
import { repoRoot } from '../helpers/run-action.js';

/**
 * The version sent in the AWS user agent is package.json's: a release bumps both (docs/releasing.md),
 * and the release gate compares the tag with package.json only, so this keeps the two together.
 */
it('src/lib/version.ts PACKAGE_VERSION is package.json version', () => {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  expect(PACKAGE_VERSION).toBe(version);
});
