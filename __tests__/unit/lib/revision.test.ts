// The `revision` input (issue 16): the one place that says which commit a run names. Checked as
// a table (full SHA-1 and SHA-256 ids only, one error naming the input otherwise), and routed by
// runContext to build-push's default tag and revision label and to ecs-deploy's provenance tag.
import { Inputs } from '../../../src/lib/inputs.js';
import { readRevision } from '../../../src/lib/context.js';
import { buildRunFacts } from '../../../src/image/action.js';
import { parseBuildInputs } from '../../../src/image/inputs.js';

const SHA1 = '0123456789abcdef0123456789abcdef01234567';
const SHA256 = `${'89abcdef'.repeat(8)}`;
const inputs = (values: Record<string, string>) => new Inputs((name) => values[name]);

describe('readRevision', () => {
  it.each([
    ['empty: the run’s GITHUB_SHA is used', '', undefined],
    ['spaces only', '   ', undefined],
    ['a SHA-1 commit id', SHA1, SHA1],
    ['a SHA-256 commit id', SHA256, SHA256],
    ['capitals, lowered', SHA1.toUpperCase(), SHA1],
    ['surrounding spaces', `  ${SHA1}\n`, SHA1],
  ])('accepts %s', (_case, value, expected) => {
    expect(readRevision(inputs({ revision: value }), 'revision')).toBe(expected);
  });

  it.each([
    ['a short SHA', SHA1.slice(0, 7)],
    ['39 digits', SHA1.slice(1)],
    ['41 digits', `${SHA1}0`],
    ['between SHA-1 and SHA-256', SHA256.slice(1)],
    ['a branch', 'main'],
    ['a ref', 'refs/heads/main'],
    ['an unexpanded expression', '${{ github.event.workflow_run.head_sha }}'],
    ['a non-hex letter', `${SHA1.slice(0, 39)}g`],
    ['two ids', `${SHA1} ${SHA1}`],
  ])('refuses %s with one error naming the input and the fix', (_case, value) => {
    expect(() => readRevision(inputs({ revision: value }), 'revision')).toThrow(
      /^Input 'revision': '.*' is not a full commit id \(40 hexadecimal digits, or 64 in a SHA-256 repository\)\. Give the whole SHA of the commit/,
    );
  });

  it('refuses a value on two lines as a control character, before the commit rule', () => {
    expect(() => readRevision(inputs({ revision: `${SHA1}\n${SHA1}` }), 'revision')).toThrow(
      /^Input 'revision': contains/,
    );
  });

  it('names the input as the user knows it', () => {
    const view = inputs({ commit: 'main' }).renamed({ revision: 'commit' });
    expect(() => readRevision(view, 'revision')).toThrow(/^Input 'commit': 'main'/);
  });
});

describe('the commit of build-push’s defaults', () => {
  const saved = process.env.GITHUB_SHA;
  beforeAll(() => {
    // Read by runContext.
    process.env.GITHUB_SHA = SHA1;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.GITHUB_SHA;
    else process.env.GITHUB_SHA = saved;
  });

  it.each([
    ['GITHUB_SHA without revision', {}, SHA1],
    ['revision over GITHUB_SHA', { revision: SHA256.toUpperCase() }, SHA256],
  ])('%s names the tag and the revision label', async (_case, given, commit) => {
    const view = inputs({ image: 'public.ecr.aws/a1b2c3d4/web', tags: '', ...given });
    const facts = await buildRunFacts(view);
    expect(facts.sha).toBe(commit);
    const settings = parseBuildInputs(view, facts);
    expect(settings.tags[0]).toBe(`sha-${commit.slice(0, 7)}`);
    expect(settings.labels).toContainEqual(['org.opencontainers.image.revision', commit]);
  });

  it('a bad revision fails before the run is read', async () => {
    await expect(buildRunFacts(inputs({ revision: 'HEAD' }))).rejects.toThrow(/^Input 'revision': 'HEAD'/);
  });
});
