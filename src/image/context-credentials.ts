/**
 * Git credentials in a build context (issue 16). actions/checkout up to v5, with its default
 * `persist-credentials: true`, writes the job's token into `.git/config`
 * (`http.https://github.com/.extraheader AUTHORIZATION: basic …`); a remote URL can carry one
 * (`https://user:token@host/…`), and so can a `.git-credentials` file. A Containerfile's
 * `COPY . .` copies them into a layer of an image that anyone can pull from ECR Public, so
 * build-push refuses such a context before the build, unless the ignore file the builder reads
 * leaves them out.
 *
 * The decision is pure (the texts in, the problem out: tested as a table); `contextCredentials`
 * reads the few files it needs. Only the context's top level is looked at: `.git` and
 * `.git-credentials` are where checkout and git put them. checkout v6 keeps the token in a file
 * under RUNNER_TEMP (outside the context) and only an include path in `.git/config`: no finding.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuilderChoice } from '../container/builder.js';
import { ActionError } from '../lib/errors.js';
import { resolveContainerfile } from './build-push.js';
import type { BuildSettings } from './inputs.js';
import { BUILD_INPUTS } from './names.js';

/** A credential found in the context: where it is and what kind, never its value. */
export interface CredentialFinding {
  /** Relative to the context, `/`-separated (`.git/config`). */
  file: string;
  line?: number;
  what: string;
}

/** The ignore file one family of builders reads for this context, if there is one. */
export interface IgnoreChoice {
  builders: string;
  /** Relative to the context (or the Dockerfile's folder for docker's own); undefined: none exists. */
  file?: { name: string; text: string };
}

/** What the check needs to know about the context. */
export interface ContextFacts {
  /** `<context>/.git/config`, when `.git` is a folder with a config. */
  gitConfig?: string;
  /** `<context>/.git-credentials` exists. */
  gitCredentials: boolean;
  /** One entry per family of builders that may run (both for `builder: auto`). */
  ignore: IgnoreChoice[];
}

/** The credentials in a git config text: an http extraheader, or a URL with a user (and password). */
export function gitConfigCredentials(text: string): { line: number; what: string }[] {
  const found: { line: number; what: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith('#') || line.startsWith(';')) return;
    // git config keys are case-insensitive; checkout writes `extraheader = AUTHORIZATION: basic …`.
    if (/^extraheader\s*=\s*\S/i.test(line)) {
      found.push({ line: index + 1, what: 'an http extraheader, a token actions/checkout persisted' });
      return;
    }
    // `url = …`, `pushurl = …` or a `[url "https://token@host/"]` section: a user and password
    // in any scheme, or a user alone over http(s), where the user name can be the token itself.
    const url = /\b([a-z][a-z0-9+.-]*):\/\/([^/\s"@]+)@/i.exec(line);
    if (url && (url[2].includes(':') || /^https?$/i.test(url[1])))
      found.push({ line: index + 1, what: 'a remote URL with credentials' });
  });
  return found;
}

/**
 * Whether the patterns of a `.dockerignore`/`.containerignore` leave `file` out of the context,
 * read as docker and buildah read them (moby/patternmatcher, containers-common containerignore(5)):
 * `#` lines are comments, `!` re-includes, the last matching line wins, a pattern matching a
 * folder matches everything under it, `*` and `?` stay within one path segment, `**` spans any.
 */
export function isIgnored(patterns: string, file: string): boolean {
  let ignored = false;
  for (const raw of patterns.split(/\r?\n/)) {
    if (raw.startsWith('#')) continue;
    let pattern = raw.trim();
    if (!pattern) continue;
    const include = pattern.startsWith('!');
    if (include) pattern = pattern.slice(1).trim();
    pattern = path.posix.normalize(pattern).replace(/^\/+/, '').replace(/\/+$/, '');
    if (!pattern || pattern === '.') continue;
    const regex = patternRegex(pattern);
    const segments = file.split('/');
    const matches = segments.some((_, i) => regex.test(segments.slice(0, i + 1).join('/')));
    if (matches) ignored = !include;
  }
  return ignored;
}

function patternRegex(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') {
        i++;
        out += '(?:.*/)?';
      } else out += '.*';
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) out += escape(pattern[++i]);
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The problem with a context, or undefined when no credential would reach the image: every
 * credential file must be left out by the ignore file of every family of builders that may run.
 */
export function contextCredentialProblem(context: string, facts: ContextFacts): string | undefined {
  const findings: CredentialFinding[] = [
    ...gitConfigCredentials(facts.gitConfig ?? '').map((found) => ({ file: '.git/config', ...found })),
    ...(facts.gitCredentials ? [{ file: '.git-credentials', what: 'stored git credentials' }] : []),
  ];
  const kept = findings.filter((finding) =>
    facts.ignore.some((choice) => !choice.file || !isIgnored(choice.file.text, finding.file)),
  );
  if (kept.length === 0) return undefined;
  const where = kept
    .map((finding) => `${finding.file}${finding.line ? ` line ${finding.line}` : ''} (${finding.what})`)
    .join(', ');
  const ignoreFiles = facts.ignore
    .map((choice) => `${choice.builders}: ${choice.file ? choice.file.name : 'none'}`)
    .join('; ');
  return (
    `The build context ${context} holds git credentials: ${where}. A COPY . . would copy them into ` +
    `a layer of the image, readable by anyone who pulls it from a public registry, and no ignore ` +
    `file leaves them out (ignore file read by ${ignoreFiles}). Set persist-credentials: false on ` +
    `actions/checkout, or add a line .git (and .git-credentials) to the context's .dockerignore ` +
    `(and to .containerignore if there is one)`
  );
}

/** The families of builders whose ignore file counts, from the `builder` input. */
function builderFamilies(choice: BuilderChoice): ('docker' | 'containers')[] {
  if (choice === 'auto') return ['docker', 'containers'];
  return [choice === 'docker' ? 'docker' : 'containers'];
}

function readIfFile(file: string): string | undefined {
  try {
    return statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads what contextCredentialProblem needs. The ignore files, as each builder looks for them:
 * buildah and podman read `.containerignore`, else `.dockerignore`, in the context
 * (containers-common containerignore(5)); docker buildx reads `<Dockerfile>.dockerignore` next
 * to the Dockerfile, else `.dockerignore` in the context (docs.docker.com, "Build context",
 * .dockerignore files).
 */
function readContextFacts(context: string, containerfile: string, builder: BuilderChoice): ContextFacts {
  const ignore = builderFamilies(builder).map((family): IgnoreChoice => {
    const candidates =
      family === 'docker'
        ? [`${containerfile}.dockerignore`, path.join(context, '.dockerignore')]
        : [path.join(context, '.containerignore'), path.join(context, '.dockerignore')];
    const builders = family === 'docker' ? 'docker' : 'buildah and podman';
    for (const candidate of candidates) {
      const text = readIfFile(candidate);
      if (text !== undefined) return { builders, file: { name: path.relative(context, candidate), text } };
    }
    return { builders };
  });
  return {
    gitConfig: readIfFile(path.join(context, '.git', 'config')),
    gitCredentials: existsSync(path.join(context, '.git-credentials')),
    ignore,
  };
}

/** Refuses the build of a context whose git credentials would reach the image; before the build. */
export function refuseContextCredentials(settings: BuildSettings): void {
  const facts = readContextFacts(settings.context, resolveContainerfile(settings), settings.builder);
  const problem = contextCredentialProblem(settings.context, facts);
  if (problem) throw new ActionError(problem, { input: BUILD_INPUTS.context });
}
