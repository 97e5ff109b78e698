// Ready to copy into a monorepo as .github/scripts/changed-services.mjs, next to
// examples/monorepo/services.json (as .github/services.json); examples/workflows/monorepo.yml runs
// it. It prints the matrix of the services whose paths changed between two commits:
//
//   node .github/scripts/changed-services.mjs <base sha or empty> <head sha>
//
// Every service when the base is unknown (the first push of a branch, a manual run): deploying
// one service too many is safe, missing one is not. Plain Node, no dependencies, tested in
// infra-actions (__tests__/unit/workflows/changed-services.test.ts).
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** `git push` of a new branch reports this as the commit before. */
const NO_COMMIT = /^0{40}$/;

/**
 * The services to deploy: those with a changed file under one of their paths (a folder, `dir/`,
 * or one file), in the order of services.json. `changedFiles` undefined means "unknown": all.
 *
 * @param {string[] | undefined} changedFiles paths relative to the repository root
 * @param {{ service: string, paths: string[] }[]} services
 */
export function changedServices(changedFiles, services) {
  if (changedFiles === undefined) return services.map((entry) => entry.service);
  const touches = (path, file) => (path.endsWith('/') ? file.startsWith(path) : file === path);
  return services
    .filter((entry) => entry.paths.some((path) => changedFiles.some((file) => touches(path, file))))
    .map((entry) => entry.service);
}

/** The services file, checked: a mistake in it would silently deploy nothing. */
export function parseServices(text) {
  const services = JSON.parse(text);
  if (!Array.isArray(services) || services.length === 0)
    throw new Error('services.json: expected a non-empty array');
  for (const [i, entry] of services.entries()) {
    if (typeof entry?.service !== 'string' || !/^[A-Za-z0-9_-]+$/.test(entry.service))
      throw new Error(`services.json[${i}].service: expected a service name (letters, numbers, - and _)`);
    if (
      !Array.isArray(entry.paths) ||
      entry.paths.length === 0 ||
      entry.paths.some((p) => typeof p !== 'string' || !p)
    )
      throw new Error(
        `services.json[${i}].paths: expected a non-empty list of paths ("services/idp/" or a file)`,
      );
  }
  return services;
}

function main([base, head], env) {
  const services = parseServices(readFileSync(env.SERVICES_FILE || '.github/services.json', 'utf8'));
  const known = base && !NO_COMMIT.test(base);
  const changed = known
    ? execFileSync('git', ['diff', '--name-only', '-z', base, head], { encoding: 'utf8' })
        .split('\0')
        .filter(Boolean)
    : undefined;
  const selected = new Set(changedServices(changed, services));
  const include = services.filter((entry) => selected.has(entry.service));
  console.log(`services to deploy: ${include.map((entry) => entry.service).join(', ') || 'none'}`);
  const outputs = `matrix=${JSON.stringify({ include })}\ncount=${include.length}\n`;
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, outputs);
  else process.stdout.write(outputs);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2), process.env);
