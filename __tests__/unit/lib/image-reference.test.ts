import {
  digestProblem,
  imageReferenceProblem,
  imageSyntaxProblem,
  isImageTag,
  isRegistryHost,
  parseImageReference,
  registryHostname,
  registryOf,
} from '../../../src/lib/image-reference.js';

/**
 * The one image-reference grammar (distribution/reference, OCI digests) and the project's policies
 * on it, as tables. Every action reads references through this module (issue 12).
 */
const HEX64 = '0123456789abcdef'.repeat(4);
const REPO = 'public.ecr.aws/a1b2c3d4/web';

describe('parseImageReference: the grammar', () => {
  it.each([
    [`${REPO}:v1`, { registry: 'public.ecr.aws', repository: 'a1b2c3d4/web', tag: 'v1' }],
    [
      `${REPO}@sha256:${HEX64}`,
      { registry: 'public.ecr.aws', repository: 'a1b2c3d4/web', digest: `sha256:${HEX64}` },
    ],
    [
      `${REPO}:v1@sha256:${HEX64}`,
      { registry: 'public.ecr.aws', repository: 'a1b2c3d4/web', tag: 'v1', digest: `sha256:${HEX64}` },
    ],
    [
      `${REPO}@sha512:${HEX64}${HEX64}`,
      { registry: 'public.ecr.aws', repository: 'a1b2c3d4/web', digest: `sha512:${HEX64}${HEX64}` },
    ],
    ['localhost:5000/web:dev', { registry: 'localhost:5000', repository: 'web', tag: 'dev' }],
    ['localhost/web', { registry: 'localhost', repository: 'web' }],
    ['127.0.0.1:5000/a/b/c:1', { registry: '127.0.0.1:5000', repository: 'a/b/c', tag: '1' }],
    ['[::1]:5000/web:1', { registry: '[::1]:5000', repository: 'web', tag: '1' }],
    ['Registry.Example.com/web:1', { registry: 'Registry.Example.com', repository: 'web', tag: '1' }],
    [
      '123456789012.dkr.ecr.eu-west-3.amazonaws.com/web:sha-0123abc',
      { registry: '123456789012.dkr.ecr.eu-west-3.amazonaws.com', repository: 'web', tag: 'sha-0123abc' },
    ],
    ['nginx', { repository: 'nginx' }],
    ['nginx:1.27', { repository: 'nginx', tag: '1.27' }],
    ['library/nginx:1.27', { repository: 'library/nginx', tag: '1.27' }],
    ['docker.io/library/nginx:1.27', { registry: 'docker.io', repository: 'library/nginx', tag: '1.27' }],
    ['a/b__c/d-e--f.g_h:T_1.x-Y', { repository: 'a/b__c/d-e--f.g_h', tag: 'T_1.x-Y' }],
    [
      `${REPO}:_${'x'.repeat(127)}`,
      { registry: 'public.ecr.aws', repository: 'a1b2c3d4/web', tag: `_${'x'.repeat(127)}` },
    ],
  ])('%s is %j', (image, reference) => {
    expect(parseImageReference(image)).toEqual({
      reference: { registry: undefined, tag: undefined, digest: undefined, ...reference },
    });
  });

  it.each([
    ['', /is empty/],
    ['   ', /is empty/],
    [`${REPO}:v1 `, /whitespace or control characters/],
    [`${REPO}:v1\n::stop-commands::x`, /whitespace or control characters/],
    [`${REPO}:v1\u0007`, /whitespace or control characters/],
    [`${REPO}:v1\u202e`, /whitespace or control characters/],
    // issue 12: a 40-digit upper-case digest passed every check
    [`${REPO}@sha256:${'A'.repeat(40)}`, /invalid digest .*exactly 64 lower-case hex/],
    [`${REPO}@sha256:${HEX64.toUpperCase()}`, /invalid digest .*exactly 64 lower-case hex/],
    [`${REPO}@sha256:${HEX64.slice(1)}`, /invalid digest .*exactly 64/],
    [`${REPO}@sha256:${HEX64}0`, /invalid digest .*exactly 64/],
    [`${REPO}@sha256:${'g'.repeat(64)}`, /invalid digest/],
    [`${REPO}@sha512:${HEX64}`, /invalid digest .*sha512 takes exactly 128/],
    [`${REPO}@md5:${'a'.repeat(32)}`, /invalid digest .*use sha256:/],
    [`${REPO}@${HEX64}`, /invalid digest/],
    [`${REPO}@`, /invalid digest/],
    [`${REPO}@sha256:${HEX64}@sha256:${HEX64}`, /invalid digest/],
    // issue 12: upper-case repositories
    ['public.ecr.aws/a1b2c3d4/Web:v1', /invalid repository name 'a1b2c3d4\/Web'.*lower-case/],
    ['public.ecr.aws/A1B2C3D4/web:v1', /invalid repository name/],
    ['public.ecr.aws/a1b2c3d4/web-:v1', /invalid repository name/],
    ['public.ecr.aws/a1b2c3d4/-web:v1', /invalid repository name/],
    ['public.ecr.aws/a1b2c3d4/we___b:v1', /invalid repository name/],
    ['public.ecr.aws/a1b2c3d4/we..b:v1', /invalid repository name/],
    ['public.ecr.aws//web:v1', /invalid repository name/],
    ['public.ecr.aws/a1b2c3d4/web/:v1', /invalid repository name/],
    ['public.ecr.aws/:v1', /invalid repository name/],
    ['/web:v1', /invalid repository name/],
    ['public.ecr.aws/a1b2c3d4/web:', /invalid tag ''/],
    ['public.ecr.aws/a1b2c3d4/web:-v1', /invalid tag/],
    ['public.ecr.aws/a1b2c3d4/web:.v1', /invalid tag/],
    ['public.ecr.aws/a1b2c3d4/web:v1:v2', /invalid tag/],
    [`public.ecr.aws/a1b2c3d4/web:${'x'.repeat(129)}`, /invalid tag/],
    ['public.ecr.aws/a1b2c3d4/web:v/1', /invalid repository name|invalid tag/],
    ['-registry.io/web:1', /invalid registry host '-registry.io'/],
    ['registry-.io/web:1', /invalid registry host/],
    ['registry.io:port/web:1', /invalid registry host/],
    ['registry..io/web:1', /invalid registry host/],
    ['https://registry.io/web:1', /invalid registry host 'https:'/],
    [`${'a'.repeat(250)}.io/web:1`, /longer than 255/],
  ])('%j: %s', (image, problem) => {
    const parsed = parseImageReference(image);
    expect(parsed).toHaveProperty('problem');
    expect((parsed as { problem: string }).problem).toMatch(problem);
  });

  it.each([undefined, null, 42, {}, ['a']])('%j is no image', (image) => {
    expect(parseImageReference(image)).toEqual({ problem: 'is empty' });
  });
});

describe('digestProblem', () => {
  it.each([
    [`sha256:${HEX64}`, undefined],
    [`sha512:${HEX64}${HEX64}`, undefined],
    [`sha256:${'A'.repeat(40)}`, 'sha256 takes exactly 64 lower-case hex digits'],
    [`SHA256:${HEX64}`, 'use sha256: and 64 lower-case hex digits'],
    [`sha384:${HEX64}`, 'use sha256: and 64 lower-case hex digits'],
    ['', 'use sha256: and 64 lower-case hex digits'],
  ])('%s: %s', (digest, problem) => {
    expect(digestProblem(digest)).toBe(problem);
  });
});

describe('imageReferenceProblem: what is deployed names a registry and a tag or digest', () => {
  it.each([
    ['public.ecr.aws/a1b2c3d4/web:v1', undefined],
    ['123456789012.dkr.ecr.eu-west-3.amazonaws.com/web:sha-0123abc', undefined],
    [`public.ecr.aws/a1b2c3d4/web@sha256:${'a'.repeat(64)}`, undefined],
    [`public.ecr.aws/a1b2c3d4/web:v1@sha256:${'b'.repeat(64)}`, undefined],
    ['localhost:5000/web:dev', undefined],
    ['docker.io/library/nginx:1.27', undefined],
    ['nginx:1.27', /^'nginx:1.27' does not name a registry/],
    ['a1b2c3d4/web:v1', /does not name a registry/],
    ['public.ecr.aws/a1b2c3d4/web', /^'public.ecr.aws\/a1b2c3d4\/web' has no tag or digest/],
    ['public.ecr.aws/a1b2c3d4/Web:v1', /^'public.ecr.aws\/a1b2c3d4\/Web:v1' has an invalid repository name/],
    ['public.ecr.aws/a1b2c3d4/web:', /invalid tag/],
    ['public.ecr.aws/a1b2c3d4/web@sha256:xyz', /invalid digest/],
    [`public.ecr.aws/a1b2c3d4/web@sha256:${'A'.repeat(40)}`, /invalid digest/],
    ['public.ecr.aws/a1b2c3d4/web:v1 ', /whitespace/],
    ['', /^has no image$/],
    [undefined, /^has no image$/],
  ])('%s', (image, problem) => {
    const found = imageReferenceProblem(image);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});

describe('imageSyntaxProblem: render-task-def takes any reference of the grammar', () => {
  it.each([
    ['nginx', undefined],
    ['nginx:1.27', undefined],
    [`${REPO}@sha256:${HEX64}`, undefined],
    [`${REPO}@sha256:${'A'.repeat(40)}`, /invalid digest/],
    ['public.ecr.aws/a1b2c3d4/Web:v1', /invalid repository name/],
    ['nginx latest', /whitespace/],
  ])('%s', (image, problem) => {
    const found = imageSyntaxProblem(image);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});

describe('registryOf', () => {
  it.each([
    ['public.ecr.aws/a1b2c3d4/app', 'public.ecr.aws'],
    ['127.0.0.1:5000/a1b2c3d4/app', '127.0.0.1:5000'],
    ['localhost/app', 'localhost'],
    ['[::1]:5000/app', '[::1]:5000'],
    ['library/nginx', 'docker.io'],
    ['nginx', 'docker.io'],
  ])('the registry of %s is %s', (image, registry) => {
    expect(registryOf(image)).toBe(registry);
  });
});

describe('isImageTag: build-push tags are tags of the grammar', () => {
  it.each([
    ['sha-1234567', true],
    ['v1.2.3', true],
    ['_private', true],
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
    ['.hidden', false],
    ['-x', false],
    ['v 1', false],
    ['public.ecr.aws/a1b2c3d4/web:v1', false],
  ])('%s: %s', (tag, valid) => {
    expect(isImageTag(tag)).toBe(valid);
  });
});

describe('isRegistryHost: what ecr-public-login logs in to', () => {
  it.each([
    ['public.ecr.aws', true],
    ['127.0.0.1:5000', true],
    ['localhost:5000', true],
    ['[::1]:5000', true],
    ['[::ffff:127.0.0.1]:5000', true],
    ['https://public.ecr.aws', false],
    ['public.ecr.aws/a1b2c3d4', false],
    ['registry:123456', false],
    ['-bad.example', false],
  ])('%s: %s', (registry, valid) => {
    expect(isRegistryHost(registry)).toBe(valid);
  });
});

describe('registryHostname: the host without its port', () => {
  it.each([
    ['public.ecr.aws', 'public.ecr.aws'],
    ['127.0.0.1:5000', '127.0.0.1'],
    ['[::1]:5000', '[::1]'],
    ['[::1]', '[::1]'],
  ])('%s → %s', (registry, host) => {
    expect(registryHostname(registry)).toBe(host);
  });
});
