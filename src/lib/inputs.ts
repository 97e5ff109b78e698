/**
 * The one input reader. Every action parses its inputs through an `Inputs`, which
 * - reads `INPUT_<NAME>` exactly as the runner sets it (spaces to `_`, upper case, dashes kept),
 * - records every name it read, so tests can prove an action.yml declares exactly what the code reads,
 * - can be a renamed view (the root action reads `ecr-region` where ecr-public-login reads `aws-region`),
 * - fails with an InputError that names the input, what was wrong and how to fix it,
 * - refuses control characters (line breaks, escapes) in single-line values, list items and
 *   keys: no name, tag or target has one, and printed they could start a workflow command of
 *   their own (lib/log-safe.ts explains how the runner reads the log),
 * - at the start of a step (`Inputs.forAction`), checks the names of the `INPUT_*` variables
 *   against the action's inputs: a name the action does not know is a warning (issue 15), an
 *   input of the aws-actions action this one replaces that it does not support is an error.
 */
import { InputError } from './errors.js';
import { controlCharacter, log } from './log-safe.js';

export type InputSource = (name: string) => string | undefined;

/**
 * The variable the runner sets for an input: `INPUT_` + the name with spaces as `_`, upper case,
 * dashes kept (actions/runner src/Runner.Worker/Handlers/Handler.cs AddInputsToEnvironment;
 * @actions/core getInput reads it the same way).
 */
const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

const runnerInputSource: InputSource = (name) => process.env[inputVariable(name)];

/**
 * How an input or output of the aws-actions action this one replaces is treated here, when this
 * action.yml does not declare it as the reference does. One table per action (in its names
 * module): the step reads it to refuse inputs it does not support, and
 * __tests__/unit/reference-compatibility.test.ts reads it to accept a difference as deliberate.
 */
export interface ReferenceDifference {
  /**
   * `refused`: not supported here, on purpose; setting it is an error that says why.
   * `pending`: not supported yet, being added (issue 15); setting it is an error too.
   * `default`: declared here with another default than the reference's action.yml.
   */
  kind: 'refused' | 'pending' | 'default';
  why: string;
  /** For `refused`: values that ask for what this action does anyway, accepted quietly (`registry-type: public`). */
  accepts?: readonly string[];
}

/** An action's input names, and how it differs from the aws-actions action it replaces. */
export interface ActionInputNames {
  /** The action's name as users know it (`ecs-deploy`). */
  action: string;
  /** Every input its action.yml declares (a unit test checks they agree). */
  known: readonly string[];
  reference?: {
    /** `aws-actions/amazon-ecs-deploy-task-definition` */
    repository: string;
    inputs: Readonly<Record<string, ReferenceDifference>>;
    outputs: Readonly<Record<string, ReferenceDifference>>;
  };
}

/** What the names of a step's `INPUT_*` variables say: warnings to print, and the error when one is refused. */
export interface InputNameCheck {
  warnings: string[];
  error?: InputError;
}

/**
 * Checks the `INPUT_*` variables of a step against the action's inputs. Pure: the caller gives
 * the environment. The runner passes every `with:` key, declared or not, as a variable (and, for
 * an action from another repository, warns `Unexpected input(s) 'x', valid inputs are ['a',
 * 'b']`: actions/runner src/Runner.Worker/ActionRunner.cs; for a local `uses: ./` it says
 * nothing). So a key this action does not know gets one warning in the runner's words plus the
 * closest input it does know, and an input of the reference action that this one does not
 * support (set to a value that asks for something else than this action does) is an error,
 * before anything is read or called.
 */
export function checkInputNames(
  env: Record<string, string | undefined>,
  names: ActionInputNames,
): InputNameCheck {
  const known = new Map(names.known.map((name) => [inputVariable(name).slice('INPUT_'.length), name]));
  const reference = new Map(
    Object.entries(names.reference?.inputs ?? {})
      .filter(([, difference]) => difference.kind !== 'default')
      .map(([name, difference]) => [inputVariable(name).slice('INPUT_'.length), { name, difference }]),
  );
  const warnings: string[] = [];
  const refused: { name: string; why: string }[] = [];
  const valid = `valid inputs are ['${names.known.join("', '")}']`;
  for (const [variable, value] of Object.entries(env)) {
    if (!variable.startsWith('INPUT_') || value === undefined) continue;
    const key = variable.slice('INPUT_'.length);
    if (known.has(key)) continue;
    const upper = key.toUpperCase();
    if (known.has(upper)) {
      // Only a hand-made environment (a .env file for @github/local-action) can do this: the
      // runner always upper-cases. The reader would not see it, so say so.
      warnings.push(
        `${variable} is not read: inputs are read from upper-case variables, as the runner sets them. Rename it ${inputVariable(known.get(upper)!)}`,
      );
      continue;
    }
    const unsupported = reference.get(upper);
    if (unsupported) {
      const given = value.trim();
      // Empty means "not given" to the reference too (its `core.getInput(...) || default`).
      if (!given || unsupported.difference.accepts?.includes(given.toLowerCase())) continue;
      refused.push({ name: unsupported.name, why: unsupported.difference.why });
      continue;
    }
    const name = key.toLowerCase();
    const closest = closestName(name, names.known);
    warnings.push(
      `Unexpected input '${name}', ${valid}${closest ? `. Did you mean '${closest}'?` : ''} ${names.action} ignores it`,
    );
  }
  if (refused.length === 0) return { warnings };
  const listed = refused.map(({ name, why }) => `'${name}' (${why})`).join(', ');
  const what =
    refused.length === 1
      ? `is an input of ${names.reference!.repository} that ${names.action} does not support: ${refused[0].why}`
      : `${listed} are inputs of ${names.reference!.repository} that ${names.action} does not support`;
  return {
    warnings,
    error: new InputError(
      refused[0].name,
      what,
      'Remove it from the step, or see "Coming from aws-actions" in the README',
    ),
  };
}

/** The known input nearest to a name (edit distance, `_` read as `-`), when it is near enough to be a typo. */
function closestName(name: string, known: readonly string[]): string | undefined {
  const typed = name.replace(/_/g, '-');
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  const near = best && best.distance <= Math.max(2, Math.floor(typed.length / 4));
  return near ? best!.name : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}

/** What every item of a list input must be: refused as `'<item>' is not <is>. <hint>`. */
export interface ItemRule {
  valid: (item: string) => boolean;
  /** The noun phrase after "is not" (`a target group ARN`). */
  is: string;
  hint: string;
}

export interface KeyValue {
  key: string;
  value: string;
  /** 1-based line within the input's value, for error messages. */
  line: number;
}

export class Inputs {
  constructor(
    private readonly source: InputSource = runnerInputSource,
    private readonly renames: Record<string, string> = {},
    /** Every input name read, shared with renamed views so the root action's check sees them all. */
    readonly read = new Set<string>(),
    /** Values set by the caller rather than the user (the root action passes one step's output to the next). */
    private readonly values: Record<string, string> = {},
  ) {}

  /**
   * The runner's inputs of a step, after checking the names of its `INPUT_*` variables (see
   * checkInputNames): each unexpected name is one warning, a refused input throws. Every
   * action's run() starts here, so the check is made before any file is read or AWS called.
   */
  static forAction(names: ActionInputNames, env: Record<string, string | undefined> = process.env): Inputs {
    const check = checkInputNames(env, names);
    for (const warning of check.warnings) log.warning(warning);
    if (check.error) throw check.error;
    return new Inputs((name) => env[inputVariable(name)]);
  }

  /** A view of the same source where `name` is read from `renames[name]` (used by the root action). */
  renamed(renames: Record<string, string>): Inputs {
    return new Inputs(this.source, { ...this.renames, ...renames }, this.read, this.values);
  }

  /**
   * A view where the named inputs have the given values instead of the user's: the root action
   * gives render-task-def the image build-push produced, and blanks inputs it does not offer.
   */
  withValues(values: Record<string, string>): Inputs {
    return new Inputs(this.source, this.renames, this.read, { ...this.values, ...values });
  }

  /** The name an input is known by to the user (after renaming). */
  nameOf(name: string): string {
    return this.renames[name] ?? name;
  }

  raw(name: string): string {
    if (Object.hasOwn(this.values, name)) return this.values[name].trim();
    const actual = this.nameOf(name);
    this.read.add(actual);
    return (this.source(actual) ?? '').trim();
  }

  /** A single-line value: raw, with control characters refused. */
  private line(name: string): string {
    const value = this.raw(name);
    const control = controlCharacter(value);
    if (control)
      throw new InputError(
        this.nameOf(name),
        `contains ${control}`,
        'Give a single line without control characters',
      );
    return value;
  }

  string(name: string, options: { required?: boolean; default?: string } = {}): string {
    const value = this.line(name);
    if (value) return value;
    if (options.required)
      throw new InputError(this.nameOf(name), 'is required but empty', "Set it in the step's `with:` block");
    return options.default ?? '';
  }

  optional(name: string): string | undefined {
    return this.line(name) || undefined;
  }

  boolean(name: string, defaultValue: boolean): boolean {
    const value = this.line(name);
    if (!value) return defaultValue;
    if (/^true$/i.test(value)) return true;
    if (/^false$/i.test(value)) return false;
    throw new InputError(this.nameOf(name), `'${value}' is not a boolean`, 'Use true or false');
  }

  integer(name: string, options: { default?: number; min?: number; max?: number } = {}): number | undefined {
    const value = this.line(name);
    if (!value) return options.default;
    if (!/^[+-]?\d+$/.test(value))
      throw new InputError(this.nameOf(name), `'${value}' is not a whole number`, rangeHint(options));
    return this.inRange(name, Number(value), options);
  }

  /** A positive number that may have a fraction (`wait-for-minutes: 0.5`). */
  number(name: string, options: { default?: number; min?: number; max?: number } = {}): number | undefined {
    const value = this.line(name);
    if (!value) return options.default;
    if (!/^[+]?(\d+(\.\d*)?|\.\d+)$/.test(value)) {
      throw new InputError(this.nameOf(name), `'${value}' is not a number`, rangeHint(options));
    }
    return this.inRange(name, Number(value), options);
  }

  choice<T extends string>(name: string, choices: readonly T[], defaultValue: T): T {
    const value = this.line(name);
    if (!value) return defaultValue;
    const match = choices.find((choice) => choice === value.toLowerCase());
    if (!match)
      throw new InputError(
        this.nameOf(name),
        `'${value}' is not one of ${choices.join(', ')}`,
        `Use one of: ${choices.join(', ')}`,
      );
    return match;
  }

  /** One item per line; blank lines and `#` comments are ignored. Each item must follow `rule`, when given. */
  list(name: string, rule?: ItemRule): string[] {
    return this.checked(
      name,
      this.lines(name).map((item) => item.text),
      rule,
    );
  }

  /** Items separated by commas and/or newlines (`container-name: a, b`). */
  commaList(name: string, rule?: ItemRule): string[] {
    const items = this.lines(name)
      .flatMap((item) => item.text.split(','))
      .map((item) => item.trim())
      .filter(Boolean);
    return this.checked(name, items, rule);
  }

  private checked(name: string, items: string[], rule: ItemRule | undefined): string[] {
    const bad = rule && items.find((item) => !rule.valid(item));
    if (rule && bad !== undefined)
      throw new InputError(this.nameOf(name), `'${bad}' is not ${rule.is}`, rule.hint);
    return items;
  }

  /** The non-blank, non-comment lines of a multi-line input, each free of control characters. */
  private lines(name: string): { text: string; line: number }[] {
    const lines = splitLines(this.raw(name));
    for (const { text, line } of lines) {
      const control = controlCharacter(text);
      if (control)
        throw new InputError(
          this.nameOf(name),
          `line ${line} contains ${control}`,
          'Write one item per line, without control characters',
        );
    }
    return lines;
  }

  /**
   * `KEY=VALUE` lines, split on the first `=` only (values may contain `=`). Keys are names and
   * may not hold control characters; values may hold tabs, nothing else of the kind.
   */
  keyValues(name: string, options: { keyPattern?: RegExp; keyRule?: string } = {}): KeyValue[] {
    const pairs: KeyValue[] = [];
    for (const { text, line } of splitLines(this.raw(name))) {
      const at = text.indexOf('=');
      const key = at < 0 ? '' : text.slice(0, at).trim();
      if (at <= 0 || !key) {
        // The line itself is not shown: a malformed line is often half of a pasted secret value.
        const what = at < 0 ? "it has no '='" : "nothing before the '='";
        throw new InputError(
          this.nameOf(name),
          `line ${line} is not KEY=VALUE: ${what}`,
          'Write one KEY=VALUE per line',
        );
      }
      const control = controlCharacter(key) ?? controlCharacter(text.slice(at + 1).replace(/\t/g, ''));
      if (control) {
        // Neither key nor value is shown: the value may be a secret.
        const part = controlCharacter(key) ? 'the key' : 'the value';
        throw new InputError(
          this.nameOf(name),
          `line ${line}: ${part} contains ${control}`,
          'Write one KEY=VALUE per line, without control characters',
        );
      }
      if (options.keyPattern && !options.keyPattern.test(key)) {
        throw new InputError(
          this.nameOf(name),
          `line ${line}: '${clip(key)}' ${options.keyRule ?? 'is not a valid key'}`,
        );
      }
      pairs.push({ key, value: text.slice(at + 1), line });
    }
    return pairs;
  }

  /** `aws-region`, falling back to AWS_REGION then AWS_DEFAULT_REGION. */
  region(
    name = 'aws-region',
    options: { default?: string; required?: boolean } = { required: true },
  ): string {
    const value =
      this.line(name) || options.default || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || '';
    if (!value) {
      if (options.required === false) return '';
      throw new InputError(
        this.nameOf(name),
        'no region given',
        'Set it, or set AWS_REGION in the job (aws-actions/configure-aws-credentials does)',
      );
    }
    if (!/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(value)) {
      throw new InputError(
        this.nameOf(name),
        `'${value}' is not an AWS region`,
        'Use a region code such as eu-west-3',
      );
    }
    return value;
  }

  private inRange(name: string, value: number, options: { min?: number; max?: number }): number {
    if (
      (options.min !== undefined && value < options.min) ||
      (options.max !== undefined && value > options.max)
    ) {
      throw new InputError(this.nameOf(name), `${value} is out of range`, rangeHint(options));
    }
    return value;
  }
}

function rangeHint(options: { min?: number; max?: number }): string {
  if (options.min !== undefined && options.max !== undefined)
    return `Use a value from ${options.min} to ${options.max}`;
  if (options.min !== undefined) return `Use a value of at least ${options.min}`;
  return 'Use a number';
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function splitLines(value: string): { text: string; line: number }[] {
  return value
    .split(/\r?\n/)
    .map((text, index) => ({ text: text.trim(), line: index + 1 }))
    .filter((item) => item.text !== '' && !item.text.startsWith('#'));
}
