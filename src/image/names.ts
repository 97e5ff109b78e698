/** build-push's input and output names, as in build-push/action.yml (checked by a unit test). */
import type { ActionInputNames } from '../lib/inputs.js';

export const BUILD_INPUTS = {
  image: 'image',
  context: 'context',
  file: 'file',
  tags: 'tags',
  buildArgs: 'build-args',
  labels: 'labels',
  target: 'target',
  platforms: 'platforms',
  push: 'push',
  cacheFrom: 'cache-from',
  cacheTo: 'cache-to',
  builder: 'builder',
  pushRetries: 'push-retries',
  revision: 'revision',
} as const;

export const BUILD_INPUT_NAMES: ActionInputNames = {
  action: 'build-push',
  known: Object.values(BUILD_INPUTS),
};

export const BUILD_OUTPUTS = {
  image: 'image',
  digest: 'digest',
  tags: 'tags',
  imageid: 'imageid',
} as const;
