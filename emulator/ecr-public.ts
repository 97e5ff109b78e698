/** Amazon ECR Public API (awsJson1_1, X-Amz-Target: SpencerFrontendService.<Operation>), us-east-1 only. */
import { createHash } from 'node:crypto';
import type { EcrRepositoryRecord, EmulatorState } from './types.js';
import { AwsError, clone, compact, epochSeconds, pageOf } from './util.js';
import type { World } from './world.js';

type Params = Record<string, any>;

export interface EcrContext {
  world: World;
  registryPassword: string;
}

const REPO_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export function repositoryRecord(state: EmulatorState, name: string, createdAt: number): EcrRepositoryRecord {
  return {
    name,
    arn: `arn:aws:ecr-public::${state.accountId}:repository/${name}`,
    uri: `public.ecr.aws/${state.ecrPublic.registryAlias}/${name}`,
    createdAt,
    catalogData: {},
    tags: [],
    images: [],
  };
}

export function imageDigest(seed: string): string {
  return 'sha256:' + createHash('sha256').update(seed).digest('hex');
}

/**
 * Records a pushed image so that DescribeImages reports it (POST /_emulator/images): the images
 * themselves live in a real registry, which ECR Public's API here knows nothing of.
 */
export function recordPushedImage(
  state: EmulatorState,
  input: { repository?: unknown; tags?: string[]; digest?: string; sizeInBytes?: number } | undefined,
): { repository: string; digest: string; tags: string[] } {
  const name = String(input?.repository ?? '');
  const repo = (state.ecrPublic.repositories[name] ??= repositoryRecord(state, name, Date.now()));
  const tags: string[] = input?.tags ?? [];
  const digest: string = input?.digest ?? imageDigest(`${name}:${tags.join(',')}:${Date.now()}`);
  for (const img of repo.images) img.tags = img.tags.filter((t) => !tags.includes(t));
  const existing = repo.images.find((i) => i.digest === digest);
  if (existing) existing.tags.push(...tags);
  else
    repo.images.push({ digest, tags, sizeInBytes: input?.sizeInBytes ?? 50_000_000, pushedAt: Date.now() });
  return { repository: name, digest, tags };
}

function repositoryByArn(state: EmulatorState, arn: unknown): EcrRepositoryRecord {
  const repo = Object.values(state.ecrPublic.repositories).find((r) => r.arn === arn);
  if (!repo)
    throw new AwsError('RepositoryNotFoundException', `The repository with arn '${arn}' does not exist`);
  return repo;
}

function repoOut(state: EmulatorState, r: EcrRepositoryRecord) {
  return {
    repositoryArn: r.arn,
    registryId: state.accountId,
    repositoryName: r.name,
    repositoryUri: r.uri,
    createdAt: epochSeconds(r.createdAt),
  };
}

function checkRegistryId(state: EmulatorState, params: Params): void {
  if (params.registryId !== undefined && params.registryId !== state.accountId)
    throw new AwsError(
      'RegistryNotFoundException',
      `The registry with id '${params.registryId}' does not exist.`,
    );
}

function getRepo(state: EmulatorState, name: unknown): EcrRepositoryRecord {
  if (typeof name !== 'string' || name.length === 0)
    throw new AwsError('InvalidParameterException', 'repositoryName must be specified.');
  const repo = state.ecrPublic.repositories[name];
  if (!repo)
    throw new AwsError(
      'RepositoryNotFoundException',
      `The repository with name '${name}' does not exist in the registry with id '${state.accountId}'`,
    );
  return repo;
}

type Handler = (ctx: EcrContext, params: Params) => unknown;

const handlers: Record<string, Handler> = {
  GetAuthorizationToken(ctx) {
    return {
      authorizationData: {
        authorizationToken: Buffer.from(`AWS:${ctx.registryPassword}`).toString('base64'),
        expiresAt: (Date.now() + 12 * 3600 * 1000) / 1000,
      },
    };
  },

  DescribeRegistries(ctx) {
    const state = ctx.world.state;
    const alias = state.ecrPublic.registryAlias;
    return {
      registries: [
        {
          registryId: state.accountId,
          registryArn: `arn:aws:ecr-public::${state.accountId}:registry/${state.accountId}`,
          registryUri: `public.ecr.aws/${alias}`,
          verified: state.ecrPublic.verified,
          aliases: [
            { name: alias, status: 'ACTIVE', primaryRegistryAlias: true, defaultRegistryAlias: true },
          ],
        },
      ],
    };
  },

  CreateRepository(ctx, params) {
    const state = ctx.world.state;
    const name = params.repositoryName;
    if (typeof name !== 'string' || name.length < 2 || name.length > 205 || !REPO_NAME.test(name))
      throw new AwsError(
        'InvalidParameterException',
        `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*' and length between 2 and 205'`,
      );
    if (state.ecrPublic.repositories[name])
      throw new AwsError(
        'RepositoryAlreadyExistsException',
        `The repository with name '${name}' already exists in the registry with id '${state.accountId}'`,
      );
    const repo = repositoryRecord(state, name, Date.now());
    if (params.catalogData) {
      const { logoImageBlob: _logo, ...rest } = params.catalogData;
      repo.catalogData = clone(rest);
    }
    if (Array.isArray(params.tags)) repo.tags = params.tags.map((t: any) => ({ key: t.Key, value: t.Value }));
    state.ecrPublic.repositories[name] = repo;
    return { repository: repoOut(state, repo), catalogData: clone(repo.catalogData) };
  },

  DescribeRepositories(ctx, params) {
    const state = ctx.world.state;
    checkRegistryId(state, params);
    const names: string[] | undefined = params.repositoryNames;
    if (names && names.length > 0) {
      // API_DescribeRepositories (ECR Public): nextToken and maxResults cannot be used with repositoryNames.
      if (params.maxResults !== undefined || params.nextToken !== undefined)
        throw new AwsError(
          'InvalidParameterException',
          'maxResults and nextToken cannot be specified together with repositoryNames.',
        );
      return { repositories: names.map((n) => repoOut(state, getRepo(state, n))) };
    }
    // API_DescribeRepositories (ECR Public): maxResults is 1 to 1000; without it, up to 100 a page.
    const maxResults = params.maxResults ?? 100;
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 1000)
      throw new AwsError(
        'InvalidParameterException',
        `Invalid parameter at 'maxResults' failed to satisfy constraint: 'Member must have value between 1 and 1000'`,
      );
    const repos = Object.values(state.ecrPublic.repositories).sort((a, b) => a.createdAt - b.createdAt);
    const { page, next } = pageOf(
      repos,
      maxResults,
      params.nextToken,
      () =>
        new AwsError(
          'InvalidParameterException',
          `Invalid parameter at 'nextToken': not a token this registry issued.`,
        ),
    );
    return compact({ repositories: page.map((r) => repoOut(state, r)), nextToken: next });
  },

  DescribeImages(ctx, params) {
    const state = ctx.world.state;
    checkRegistryId(state, params);
    const repo = getRepo(state, params.repositoryName);
    let images = repo.images;
    const ids: { imageDigest?: string; imageTag?: string }[] | undefined = params.imageIds;
    if (ids && ids.length > 0) {
      images = ids.map((id) => {
        const img = repo.images.find(
          (i) =>
            (id.imageDigest && i.digest === id.imageDigest) || (id.imageTag && i.tags.includes(id.imageTag)),
        );
        if (!img)
          throw new AwsError(
            'ImageNotFoundException',
            `The image with imageId {imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'} does not exist within the repository with name '${repo.name}' in the registry with id '${state.accountId}'`,
          );
        return img;
      });
    }
    return {
      imageDetails: images.map((i) =>
        compact({
          registryId: state.accountId,
          repositoryName: repo.name,
          imageDigest: i.digest,
          imageTags: i.tags.length > 0 ? [...i.tags] : undefined,
          imageSizeInBytes: i.sizeInBytes,
          imagePushedAt: epochSeconds(i.pushedAt),
          imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        }),
      ),
    };
  },

  GetRepositoryCatalogData(ctx, params) {
    const repo = getRepo(ctx.world.state, params.repositoryName);
    return { catalogData: clone(repo.catalogData) };
  },

  ListTagsForResource(ctx, params) {
    const repo = repositoryByArn(ctx.world.state, params.resourceArn);
    return { tags: repo.tags.map((t) => ({ Key: t.key, Value: t.value })) };
  },

  TagResource(ctx, params) {
    const repo = repositoryByArn(ctx.world.state, params.resourceArn);
    for (const t of params.tags ?? []) {
      const existing = repo.tags.find((x) => x.key === t.Key);
      if (existing) existing.value = t.Value ?? '';
      else repo.tags.push({ key: t.Key, value: t.Value ?? '' });
    }
    return {};
  },
};

/** The operations implemented (each needs an authorisation entry in emulator/iam/requests.ts). */
export const ECR_PUBLIC_OPERATIONS = Object.keys(handlers);

export function handleEcrPublic(ctx: EcrContext, operation: string, params: Params): unknown {
  const handler = handlers[operation];
  if (!handler) throw new AwsError('UnknownOperationException', `Unknown operation ${operation}`);
  return handler(ctx, params ?? {});
}
