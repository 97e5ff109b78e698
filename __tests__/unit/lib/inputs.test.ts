import { Inputs } from '../../../src/lib/inputs.js';
import { InputError } from '../../../src/lib/errors.js';

const from = (values: Record<string, string>) => new Inputs((name) => values[name]);

describe('Inputs', () => {
  it('reads booleans in any case and rejects anything else, naming the input', () => {
    expect(from({ a: 'TRUE', b: 'False' }).boolean('a', false)).toBe(true);
    expect(from({ b: 'False' }).boolean('b', true)).toBe(false);
    expect(from({}).boolean('c', true)).toBe(true);
    expect(() => from({ d: 'yes' }).boolean('d', false)).toThrow(
      "Input 'd': 'yes' is not a boolean. Use true or false",
    );
  });

  it('reads whole numbers within a range', () => {
    expect(from({ n: '3' }).integer('n', { min: 0 })).toBe(3);
    expect(from({}).integer('n', { default: 7 })).toBe(7);
    expect(() => from({ n: '1.5' }).integer('n')).toThrow(/'1.5' is not a whole number/);
    expect(() => from({ n: '-1' }).integer('n', { min: 0, max: 10 })).toThrow(
      "Input 'n': -1 is out of range. Use a value from 0 to 10",
    );
  });

  it('reads numbers with fractions (wait-for-minutes: 0.5) and rejects negatives and words', () => {
    expect(from({ m: '0.5' }).number('m', { min: 0 })).toBe(0.5);
    expect(() => from({ m: '-2' }).number('m')).toThrow(/is not a number/);
    expect(() => from({ m: 'ten' }).number('m')).toThrow(/is not a number/);
    expect(() => from({ m: '1e9' }).number('m')).toThrow(/is not a number/);
  });

  it('splits lists on lines, skipping blank lines and # comments', () => {
    expect(from({ l: 'a\n\n# note\n b \r\nc' }).list('l')).toEqual(['a', 'b', 'c']);
    expect(from({ l: 'a, b\nc' }).commaList('l')).toEqual(['a', 'b', 'c']);
  });

  it('splits KEY=VALUE on the first = only and keeps empty values', () => {
    expect(from({ e: 'A=1\nB=x=y\n# c\nC=' }).keyValues('e')).toEqual([
      { key: 'A', value: '1', line: 1 },
      { key: 'B', value: 'x=y', line: 2 },
      { key: 'C', value: '', line: 4 },
    ]);
  });

  it('names the input and the line of a malformed KEY=VALUE line', () => {
    expect(() => from({ e: 'A=1\nnot a pair' }).keyValues('e')).toThrow("Input 'e': line 2 is not KEY=VALUE");
    expect(() => from({ e: '=value' }).keyValues('e')).toThrow(/line 1/);
  });

  it('never shows the malformed line itself: it may be half of a pasted secret', () => {
    expect(() => from({ e: 'DB_PASSWORD=abc\ncontinued-s3cr3t-value' }).keyValues('e')).toThrow(
      "Input 'e': line 2 is not KEY=VALUE: it has no '='",
    );
    try {
      from({ e: 'continued-s3cr3t-value' }).keyValues('e');
    } catch (error) {
      expect((error as Error).message).not.toContain('s3cr3t');
    }
    expect.assertions(2);
  });

  it('falls back from aws-region to AWS_REGION then AWS_DEFAULT_REGION, and validates the code', () => {
    const saved = { r: process.env.AWS_REGION, d: process.env.AWS_DEFAULT_REGION };
    try {
      delete process.env.AWS_REGION;
      process.env.AWS_DEFAULT_REGION = 'eu-west-1';
      expect(from({}).region()).toBe('eu-west-1');
      process.env.AWS_REGION = 'eu-west-3';
      expect(from({}).region()).toBe('eu-west-3');
      expect(from({ 'aws-region': 'us-east-1' }).region()).toBe('us-east-1');
      expect(() => from({ 'aws-region': 'Paris' }).region()).toThrow(
        "Input 'aws-region': 'Paris' is not an AWS region",
      );
      delete process.env.AWS_REGION;
      delete process.env.AWS_DEFAULT_REGION;
      expect(() => from({}).region()).toThrow(/no region given/);
    } finally {
      for (const [key, value] of [
        ['AWS_REGION', saved.r],
        ['AWS_DEFAULT_REGION', saved.d],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('reads required inputs or fails with an InputError', () => {
    expect(() => from({}).string('image', { required: true })).toThrow(InputError);
    expect(from({ image: ' x ' }).string('image', { required: true })).toBe('x');
  });

  it('reads a renamed view from the renamed input and records the name the user knows', () => {
    const inputs = from({ 'ecr-region': 'eu-west-1' });
    const view = inputs.renamed({ 'aws-region': 'ecr-region' });
    expect(view.raw('aws-region')).toBe('eu-west-1');
    expect(() => view.region()).not.toThrow();
    expect([...inputs.read]).toEqual(['ecr-region']);
    expect(() => from({ 'ecr-region': 'x' }).renamed({ 'aws-region': 'ecr-region' }).region()).toThrow(
      /^Input 'ecr-region'/,
    );
  });

  it('reads INPUT_ variables as the runner sets them (dashes kept, upper case)', () => {
    process.env['INPUT_TASK-DEFINITION'] = 'td.json';
    try {
      expect(new Inputs().string('task-definition')).toBe('td.json');
    } finally {
      delete process.env['INPUT_TASK-DEFINITION'];
    }
  });
});

describe('Inputs.withValues', () => {
  it("gives the named inputs the caller's values without reading or recording the user's", () => {
    const inputs = from({ image: 'repo/x', service: 'web' });
    const view = inputs.withValues({ image: 'repo/x@sha256:abc', images: '' });
    expect(view.string('image')).toBe('repo/x@sha256:abc');
    expect(view.list('images')).toEqual([]);
    expect(view.string('service')).toBe('web');
    expect([...inputs.read]).toEqual(['service']);
    expect(view.renamed({ tags: 'task-definition-tags' }).string('image')).toBe('repo/x@sha256:abc');
  });
});
