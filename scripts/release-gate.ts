// The release gate (issue 16): decides whether a published GitHub release moves its major tag
// (`v1` for v1.4.2), so that `uses: org/infra-actions@v1` follows the newest compatible release
// and never goes backwards. `.github/workflows/release.yml` runs it twice: before the tests (to
// skip them when nothing would move) and again right before moving the tag, with the tags as they
// are then, since another release may have been published meanwhile.
//
// Run with the release in the environment, from the repository's root with its tags fetched:
//   RELEASE_TAG=v1.2.3 RELEASE_PRERELEASE=false node scripts/release-gate.ts   (Node 24; or npx tsx)
// Outputs (GITHUB_OUTPUT): move=true|false, major-tag=vN. Exit status 1 when the release is
// refused (a mistake to fix: wrong tag, version not bumped), 0 when it moves or is skipped.
//
// Node runs this file by stripping its types, so it imports only node: modules and uses only
// erasable TypeScript (no enums, no parameter properties).
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** A version as semver 2.0.0 defines it; build metadata is kept apart (it has no precedence). */
interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers, `rc.1` → ['rc', '1']; empty for a release. */
  prerelease: string[];
  build?: string;
}

// Grammar from semver.org 2.0.0, §2, §9 and §10: numeric identifiers without leading zeros,
// alphanumeric identifiers of [0-9A-Za-z-], build identifiers may have leading zeros.
const NUMERIC = '0|[1-9]\\d*';
const PRERELEASE_ID = `(?:${NUMERIC}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const BUILD_ID = '[0-9A-Za-z-]+';
const VERSION = new RegExp(
  `^(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})` +
    `(?:-(${PRERELEASE_ID}(?:\\.${PRERELEASE_ID})*))?` +
    `(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?$`,
);

/** `1.2.3-rc.1+build.5` → its parts; undefined when it is not semver 2.0.0. */
export function parseVersion(text: string): Version | undefined {
  const match = VERSION.exec(text);
  if (!match) return undefined;
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number);
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  return { major, minor, patch, prerelease: match[4] ? match[4].split('.') : [], build: match[5] };
}

/**
 * Semver precedence (semver.org §11): major, minor, patch numerically; a pre-release is lower
 * than its release; pre-release identifiers compare left to right, numeric ones numerically and
 * lower than alphanumeric ones (compared in ASCII order), and a longer list wins when all
 * before are equal. Build metadata is ignored. Negative, zero or positive, as for sort().
 */
export function compareVersions(a: Version, b: Version): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  // A release is higher than any pre-release of the same version.
  if (a.prerelease.length === 0 || b.prerelease.length === 0)
    return Math.sign(b.prerelease.length) - Math.sign(a.prerelease.length);
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const order = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
    if (order !== 0) return order;
  }
  return Math.sign(a.prerelease.length - b.prerelease.length);
}

function compareIdentifiers(a: string, b: string): number {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) {
    // No leading zeros (the grammar refuses them), so a longer number is a bigger one, and
    // numbers past 2^53 still compare right.
    return Math.sign(a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0);
  }
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface GateInput {
  /** The release's tag, `github.event.release.tag_name`. */
  tag: string;
  /** `github.event.release.prerelease`. */
  prerelease: boolean;
  /** Every tag of the repository (`git tag --list`), the release's own included or not. */
  tags: string[];
  /** `version` of package.json at the tagged commit. */
  packageVersion: string;
}

export type GateDecision =
  | { action: 'move'; majorTag: string; reason: string }
  /** Nothing to do, and nothing wrong: a pre-release, or an older line's fix. */
  | { action: 'skip'; reason: string }
  /** A mistake to fix before the release can count: the workflow fails. */
  | { action: 'refuse'; reason: string };

/** Whether the release `tag` moves its major tag, and why (or why not). */
export function releaseGate({ tag, prerelease, tags, packageVersion }: GateInput): GateDecision {
  const version = tag.startsWith('v') ? parseVersion(tag.slice(1)) : undefined;
  if (!version) {
    return {
      action: 'refuse',
      reason: `Release tag ${JSON.stringify(tag)} is not v<major>.<minor>.<patch> (semver, e.g. v1.2.3): publish the release with such a tag`,
    };
  }
  if (version.build !== undefined) {
    return {
      action: 'refuse',
      reason: `Release tag ${tag} has build metadata (+${version.build}), which semver ignores when ordering versions: tag v${tag.slice(1).split('+')[0]} instead`,
    };
  }
  if (packageVersion !== tag.slice(1)) {
    return {
      action: 'refuse',
      reason: `Release tag ${tag} does not match package.json's version ${JSON.stringify(packageVersion)}: set "version": "${tag.slice(1)}" in package.json (and PACKAGE_VERSION in src/lib/version.ts) in the tagged commit, or tag v${packageVersion}`,
    };
  }
  const majorTag = `v${version.major}`;
  if (prerelease) {
    return { action: 'skip', reason: `${tag} is a pre-release: ${majorTag} is not moved` };
  }
  if (version.prerelease.length > 0) {
    return {
      action: 'refuse',
      reason: `${tag} has a pre-release version (-${version.prerelease.join('.')}) but the GitHub release is not marked as a pre-release: mark it as one, or release v${version.major}.${version.minor}.${version.patch}`,
    };
  }
  const higher = tags
    .filter((other) => other.startsWith('v'))
    .map((other) => ({ other, parsed: parseVersion(other.slice(1)) }))
    .filter(
      ({ parsed }) =>
        parsed !== undefined &&
        parsed.major === version.major &&
        parsed.prerelease.length === 0 &&
        compareVersions(parsed, version) > 0,
    )
    .sort((a, b) => compareVersions(b.parsed!, a.parsed!));
  if (higher.length > 0) {
    return {
      action: 'skip',
      reason: `${tag} is not the highest release of major ${version.major} (${higher[0].other} is): ${majorTag} is not moved`,
    };
  }
  return {
    action: 'move',
    majorTag,
    reason: `${tag} is the highest release of major ${version.major}: ${majorTag} moves to it`,
  };
}

function main(): void {
  const tag = process.env.RELEASE_TAG ?? '';
  const flag = process.env.RELEASE_PRERELEASE ?? '';
  if (flag !== 'true' && flag !== 'false') {
    console.error(`release-gate: RELEASE_PRERELEASE must be true or false, got ${JSON.stringify(flag)}`);
    process.exit(2);
  }
  const listed = spawnSync('git', ['tag', '--list'], { encoding: 'utf8' });
  if (listed.status !== 0) {
    console.error(`release-gate: git tag --list failed: ${listed.stderr.trim()}`);
    process.exit(2);
  }
  const packageVersion = String(JSON.parse(readFileSync('package.json', 'utf8')).version ?? '');
  const decision = releaseGate({
    tag,
    prerelease: flag === 'true',
    tags: listed.stdout.split('\n').filter(Boolean),
    packageVersion,
  });

  // The tag's name is printed only inside a reason built above; git refuses control characters
  // and ':' in ref names, so it cannot form a workflow command or a second output line.
  const move = decision.action === 'move';
  if (process.env.GITHUB_OUTPUT) {
    appendFileSync(process.env.GITHUB_OUTPUT, `move=${move}\nmajor-tag=${move ? decision.majorTag : ''}\n`);
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, `Release gate: ${decision.action}. ${decision.reason}\n`);
  }
  if (decision.action === 'refuse') {
    console.log(`::error::${decision.reason}`);
    process.exit(1);
  }
  console.log(`release-gate: ${decision.action}: ${decision.reason}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
