/**
 * The one grammar for container image references, used by every action: render-task-def's
 * `image`/`images`, ecs-deploy's check of the images it deploys, the root action's
 * `prebuilt-image`, build-push's `image` and the registry a push goes to.
 *
 * It is distribution/reference's grammar (reference.go, v0.6):
 *
 *   reference        := name [ ":" tag ] [ "@" digest ]
 *   name             := [domain '/'] path-component ['/' path-component]*
 *   domain           := host [':' port-number]
 *   host             := domain-name | '[' IPv6address ']'
 *   domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 *   path-component   := /[a-z0-9]+/ [separator /[a-z0-9]+/]*,  separator := /[_.]|__|[-]+/
 *   tag              := /[\w][\w.-]{0,127}/
 *   digest           := algorithm ":" encoded
 *
 * with the digest as the OCI image spec registers it: `sha256:` + exactly 64 lower-case hex
 * digits, or `sha512:` + exactly 128 (descriptor.md, "Registered algorithms"). The reference
 * grammar alone takes any algorithm with 32+ hex digits of either case, which let a 40-digit
 * upper-case `@sha256:` through (issue 12). As in docker's splitDockerDomain, the first component
 * is the registry when it has a `.` or `:`, is `localhost`, or has upper-case letters.
 *
 * The project's stricter rules are policies on top (README "Deliberate differences"): what is
 * deployed must name its registry and a tag or digest (`imageReferenceProblem`); build-push's
 * `image` is a repository without tag or digest (image/inputs.ts).
 */

export interface ImageReference {
  /** The registry host (and port), when the reference names one. */
  registry?: string;
  /** The repository path under the registry (`a1b2c3d4/web-ui-client`). */
  repository: string;
  tag?: string;
  digest?: string;
}

/** `problem` is a phrase about the reference (`has an invalid tag 'v 1'`), for the caller to put after it. */
export type ParsedImageReference = { reference: ImageReference } | { problem: string };

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const HOST = new RegExp(`^(?:${DOMAIN_NAME}|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
/**
 * ecr-public-login's `registry` input: the same domain names, but an IPv6 literal may carry a
 * dotted IPv4 tail (`[::ffff:127.0.0.1]`) and a port has at most 5 digits. Kept as it was when
 * the host rules were gathered here (issue 13); the grammar's HOST is the one references use.
 */
const LOGIN_REGISTRY_HOST = new RegExp(`^(?:${DOMAIN_NAME}|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*$/;
const TAG = /^\w[\w.-]{0,127}$/;
/** OCI registered algorithms and their encodings. */
const DIGESTS: Record<string, RegExp> = { sha256: /^[a-f0-9]{64}$/, sha512: /^[a-f0-9]{128}$/ };
/** distribution/reference's NameTotalLengthMax. */
const NAME_MAX = 255;

/** Whitespace, control characters and the like: never part of a reference, and unsafe to print. */
const UNPRINTABLE = /[\s\p{C}]/u;

/** A reference as the grammar reads it, or why it is not one. */
export function parseImageReference(image: unknown): ParsedImageReference {
  if (typeof image !== 'string' || image.trim() === '') return { problem: 'is empty' };
  if (UNPRINTABLE.test(image)) return { problem: 'contains whitespace or control characters' };
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const slash = name.indexOf('/');
  const first = slash >= 0 ? name.slice(0, slash) : '';
  const hasRegistry =
    slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
  const registry = hasRegistry ? first : undefined;
  if (registry !== undefined && !HOST.test(registry))
    return { problem: `has an invalid registry host '${registry}'` };
  const remainder = hasRegistry ? name.slice(slash + 1) : name;
  const lastSlash = remainder.lastIndexOf('/');
  const colon = remainder.indexOf(':', lastSlash + 1);
  const repository = colon >= 0 ? remainder.slice(0, colon) : remainder;
  const tag = colon >= 0 ? remainder.slice(colon + 1) : undefined;
  if (repository === '' || !repository.split('/').every((part) => PATH_COMPONENT.test(part))) {
    const hint = repository !== repository.toLowerCase() ? '; repositories are lower-case' : '';
    return {
      problem: `has an invalid repository name '${repository}' (lowercase letters, digits and . _ - / only${hint})`,
    };
  }
  if ((registry ? registry.length + 1 : 0) + repository.length > NAME_MAX)
    return { problem: `has a name longer than ${NAME_MAX} characters` };
  if (tag !== undefined && !TAG.test(tag)) return { problem: `has an invalid tag '${tag}'` };
  if (digest !== undefined && digestProblem(digest))
    return { problem: `has an invalid digest '${digest}' (${digestProblem(digest)})` };
  return { reference: { registry, repository, tag, digest } };
}

/** Why a digest is not `sha256:` + 64 lower-case hex digits (or `sha512:` + 128), or undefined. */
export function digestProblem(digest: string): string | undefined {
  const colon = digest.indexOf(':');
  const algorithm = colon >= 0 ? digest.slice(0, colon) : '';
  const encoded = digest.slice(colon + 1);
  const pattern = DIGESTS[algorithm];
  if (!pattern) return 'use sha256: and 64 lower-case hex digits';
  if (!pattern.test(encoded)) {
    const digits = algorithm === 'sha256' ? 64 : 128;
    return `${algorithm} takes exactly ${digits} lower-case hex digits`;
  }
  return undefined;
}

/** Why `image` breaks the grammar (a phrase, see ParsedImageReference), or undefined. A registry and a tag are optional here. */
export function imageSyntaxProblem(image: unknown): string | undefined {
  const parsed = parseImageReference(image);
  return 'problem' in parsed ? parsed.problem : undefined;
}

/**
 * Why an image reference cannot be deployed safely, or undefined when it can. It must name its
 * registry (so it cannot silently resolve to Docker Hub) and a tag or digest (so it cannot silently
 * mean `latest`).
 */
export function imageReferenceProblem(image: unknown): string | undefined {
  const parsed = parseImageReference(image);
  if ('problem' in parsed) {
    if (typeof image !== 'string' || image.trim() === '') return 'has no image';
    return `'${image}' ${parsed.problem}`;
  }
  const { registry, tag, digest } = parsed.reference;
  if (!registry) {
    return `'${image}' does not name a registry; write it in full, e.g. public.ecr.aws/<alias>/<repository>:<tag> or docker.io/library/nginx:1.27`;
  }
  if (tag === undefined && digest === undefined)
    return `'${image}' has no tag or digest; pin it (e.g. the image output of build-push, <repository>@sha256:…)`;
  return undefined;
}

/** A tag of the grammar: letters, digits, _ . -, up to 128, not starting with . or -. */
export function isImageTag(tag: string): boolean {
  return TAG.test(tag);
}

/** A registry to log in to: host, host:port or [v6]:port; no scheme, no path. */
export function isRegistryHost(registry: string): boolean {
  return LOGIN_REGISTRY_HOST.test(registry);
}

/** The host name of a registry without its port (`127.0.0.1:5000` → `127.0.0.1`, `[::1]:5000` → `[::1]`). */
export function registryHostname(registry: string): string {
  return registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
}

/** The registry host of an image reference (`public.ecr.aws/a1b2c3d4/app` → `public.ecr.aws`), docker.io when none is named. */
export function registryOf(image: string): string {
  const parsed = parseImageReference(image);
  return ('reference' in parsed && parsed.reference.registry) || 'docker.io';
}
