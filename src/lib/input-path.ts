/**
 * Paths given as inputs (a build context, a Dockerfile, a task definition file): where they point,
 * and that a relative one stays inside the workspace. Its own module, apart from the document
 * reader (documents.ts), so that an action that only names paths (build-push) does not load the
 * YAML parser before it has read its inputs (issue 18: a bad input is reported in milliseconds).
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { InputError } from './errors.js';

/** The workspace: relative paths resolve against it, as the runner's actions do. */
function workspaceDir(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/**
 * Resolves a path input. Relative paths resolve under GITHUB_WORKSPACE and may not escape it,
 * neither by name (`../../etc/passwd`) nor through a symbolic link in the checkout (a file or
 * any parent directory that links outside): the path is checked again once links are
 * resolved. Absolute paths are taken as given, because one step's output file (under
 * RUNNER_TEMP) is the next step's input.
 */
export function resolveInputPath(input: string, given: string): string {
  if (path.isAbsolute(given)) return path.normalize(given);
  const root = path.resolve(workspaceDir());
  const resolved = path.resolve(root, given);
  const outside = () =>
    new InputError(
      input,
      `'${given}' points outside the workspace (${root})`,
      'Use a path inside the repository checkout, or an absolute path',
    );
  if (!isInside(root, resolved)) throw outside();
  let real: string;
  try {
    real = realpathSync(resolved);
  } catch {
    return resolved; // does not exist (or a dangling link): the reader reports it as not found
  }
  if (!isInside(realpathOr(root), real)) throw outside();
  return resolved;
}

function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root + path.sep);
}

function realpathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
