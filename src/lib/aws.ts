/**
 * The one AWS client factory. SDK modules are imported lazily so that inputs are validated
 * before ~1 MB of SDK is loaded (a bad input fails in milliseconds), and so that the SDK lands
 * in its own bundle chunk, which does not change when our code does.
 *
 * Endpoints are left to the SDK: it honours AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>
 * itself, which is how every action runs against the local emulator, LocalStack or a proxy.
 * Proxies are ours (the SDK reads no proxy variable): every client made here honours
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY as lib/proxy.ts reads them (issue 15).
 *
 * Each factory imports its client module destructured (`const { ECSClient } = await import(…)`):
 * webpack then puts only what that export needs into the client's chunk; a helper wrapping the
 * import() hides the destructuring and grew dist/ by 74 KB.
 *
 * Credentials are checked here, before the SDK is loaded, for every action at once (issue 18):
 * with no credential source configured, the first client an action asks for fails at once and
 * names what to set, instead of letting the SDK's chain probe the instance metadata service where
 * no instance profile can be (lib/credentials.ts). Every action makes its clients after reading
 * its inputs, so a bad input is still reported first.
 */
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { ECRPUBLICClient } from '@aws-sdk/client-ecr-public';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import * as core from '@actions/core';
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { accessDenial, permissionFix } from './access-denied.js';
import { assertCredentialsConfigured } from './credentials.js';
import { ActionError } from './errors.js';
import { log } from './log-safe.js';
import {
  describeProxySettings,
  hasProxy,
  proxySecrets,
  proxySettingsFromEnvironment,
  ProxyRoutingHandler,
  withProxy,
  type ProxyServer,
  type ProxySettings,
} from './proxy.js';
import { PACKAGE_VERSION } from './version.js';

export interface ClientSettings {
  region: string;
  /**
   * Attempts per call, including the first. Throttling and 5xx are retried by the SDK with backoff;
   * the time a call waits for the adaptive rate limiter is not an attempt.
   */
  maxAttempts?: number;
  /**
   * A proxy that takes the place of HTTPS_PROXY and HTTP_PROXY for this client (ecr-public-login's
   * `http-proxy` input); NO_PROXY still applies.
   */
  proxy?: ProxyServer;
}

/** ECR Public's API exists only in us-east-1, whatever region the rest of the job uses. */
export const ECR_PUBLIC_REGION = 'us-east-1';

/** Proxies already announced in the log: deploy and wait-healthy make several clients. */
const announced = new Set<string>();

/**
 * The request handler of a client, when a proxy is configured (else the SDK's own). The proxy's
 * password is masked before anything could print it, and the log says which proxy is used
 * (scheme, host and port only).
 */
function proxyHandler(settings: ClientSettings): { requestHandler?: ProxyRoutingHandler } {
  let proxies: ProxySettings = proxySettingsFromEnvironment(process.env);
  if (settings.proxy) proxies = withProxy(proxies, settings.proxy);
  if (!hasProxy(proxies)) return {};
  for (const secret of proxySecrets(proxies)) core.setSecret(secret);
  const line = describeProxySettings(proxies);
  if (!announced.has(line)) {
    announced.add(line);
    log.info(line);
  }
  return { requestHandler: new ProxyRoutingHandler(proxies) };
}

/**
 * Every client's configuration; made before the client's SDK module is imported, because it first
 * checks that a credential source is configured (see the module comment).
 */
function commonConfig(settings: ClientSettings) {
  assertCredentialsConfigured();
  const fromEnv = Number(process.env.AWS_MAX_ATTEMPTS);
  return {
    ...proxyHandler(settings),
    region: settings.region,
    // More attempts than the SDK's 3: a deploy must ride out a burst of throttling (the
    // reliability suite injects 30% ThrottlingException and 10% 5xx). Adaptive mode (issue 18) is
    // standard mode (same maxAttempts, backoff and retry quota) plus a client-side token bucket
    // (@smithy/core's DefaultRateLimiter) that the first throttling turns on: from then on every
    // call of this client, first attempts included, waits for a send token at a rate that drops to
    // 70% of the measured rate on each throttle and grows back (cubically) on success. When many
    // jobs share an account's buckets, each slows down to what the account can serve instead of
    // spending its attempts.
    retryMode: 'adaptive',
    maxAttempts: settings.maxAttempts ?? (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 8),
    customUserAgent: [['infra-actions', PACKAGE_VERSION]] as [string, string][],
  };
}

/**
 * How long a call that changes something keeps trying while AWS throttles it, after the SDK's own
 * attempts are spent. An account's write buckets are small (ECS "Task definition modify actions":
 * 20 requests, then 1 a second; emulator/rate-limits.ts cites the figures), so a hundred deploys
 * registering at once queue for over a minute: the SDK's attempts (8, backing off up to 20 s) run
 * out before the bucket has a token for every job (`npm run bench:scale`, 100 services: 21 of 100
 * failed this way). A throttled request was refused at AWS's front door, not applied, so sending it
 * again cannot make the change twice. Reads are left to their callers: the wait polls again anyway
 * and must keep to its own deadline.
 */
export const THROTTLE_PATIENCE_MS = 5 * 60_000;

export function isThrottling(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(e?.name ?? '') ||
    e?.$metadata?.httpStatusCode === 429
  );
}

/** The pause before the next round: 2, 4, 8 … s up to 30 s, between half and all of it (jitter spreads the jobs). */
export function throttlePause(round: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1000 * 2 ** round);
  return Math.round(ceiling * (0.5 + 0.5 * random()));
}

interface MiddlewareClient {
  middlewareStack: {
    add(
      middleware: (
        next: (args: unknown) => Promise<unknown>,
        context: { commandName?: string },
      ) => (args: unknown) => Promise<unknown>,
      options: { step: 'initialize'; name: string },
    ): void;
  };
}

/**
 * A pause that the runner's cancellation (SIGINT/SIGTERM, which lib/run.ts turns into the step's
 * abort) ends early; resolves to true when it did.
 */
function cancellablePause(ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const end = (cancelled: boolean) => {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(cancelled);
    };
    const onSignal = () => end(true);
    const timer = setTimeout(() => end(false), ms);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}

/**
 * Gives a client's changing calls (all but Describe*, List*, Get*) THROTTLE_PATIENCE_MS of rounds
 * of the SDK's retries while AWS throttles them; each pause is logged. A cancellation during a
 * pause ends it and the call fails with AWS's throttling error: nothing is sent after it.
 */
export function withThrottlePatience<T>(
  client: T,
  pause: (ms: number) => Promise<boolean> = cancellablePause,
): T {
  (client as MiddlewareClient).middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName ?? '').replace(/Command$/, '');
      if (/^(Describe|List|Get)/.test(command)) return next(args);
      const giveUpAt = Date.now() + THROTTLE_PATIENCE_MS;
      for (let round = 1; ; round++) {
        try {
          return await next(args);
        } catch (error) {
          const left = giveUpAt - Date.now();
          if (!isThrottling(error) || left <= 0) throw error;
          const wait = Math.min(left, throttlePause(round));
          log.info(
            `AWS is throttling ${command} (the account's request rate limit), so it was not applied; trying again in ${Math.ceil(wait / 1000)} s`,
          );
          if (await pause(wait)) throw error;
        }
      }
    },
    { step: 'initialize', name: 'infraActionsThrottlePatience' },
  );
  return client;
}

export async function createEcsClient(settings: ClientSettings): Promise<ECSClient> {
  const config = commonConfig(settings);
  const { ECSClient } = await import('@aws-sdk/client-ecs');
  return withThrottlePatience(new ECSClient(config));
}

export async function createElbClient(settings: ClientSettings): Promise<ElasticLoadBalancingV2Client> {
  const config = commonConfig(settings);
  const { ElasticLoadBalancingV2Client } = await import('@aws-sdk/client-elastic-load-balancing-v2');
  return withThrottlePatience(new ElasticLoadBalancingV2Client(config));
}

/** For services whose deployment controller is CODE_DEPLOY (blue/green), made only for them. */
export async function createCodeDeployClient(settings: ClientSettings): Promise<CodeDeployClient> {
  const config = commonConfig(settings);
  const { CodeDeployClient } = await import('@aws-sdk/client-codedeploy');
  return withThrottlePatience(new CodeDeployClient(config));
}

export async function createEcrPublicClient(
  settings: Omit<ClientSettings, 'region'> = {},
): Promise<ECRPUBLICClient> {
  const config = commonConfig({ ...settings, region: ECR_PUBLIC_REGION });
  const { ECRPUBLICClient } = await import('@aws-sdk/client-ecr-public');
  return withThrottlePatience(new ECRPUBLICClient(config));
}

/**
 * Turns an SDK failure into a message a person can act on. `doing` says what we were doing
 * ("describing service web-ui-client"). Known causes get a fix; others keep AWS's own code and text.
 * An access denial names the missing permission and the statement that fixes it (access-denied.ts).
 */
export function awsError(error: unknown, doing: string): ActionError {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = e?.name ?? 'Error';
  const message = e?.message ?? String(error);
  let hint = '';
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    hint =
      'No AWS credentials found. Configure them before this step, e.g. with aws-actions/configure-aws-credentials (OIDC role) or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY secrets';
    return new ActionError(`While ${doing}: ${hint}`, {}, { cause: error });
  }
  const denial = accessDenial(error);
  if (denial) {
    // The permission and the fix first; AWS's own text after it names the principal it refused.
    return new ActionError(
      `While ${doing}: ${permissionFix(denial)}. AWS said: ${name}: ${message}`,
      {},
      {
        cause: error,
      },
    );
  }
  if (name === 'AccessDeniedException' || name === 'AccessDenied' || e?.$metadata?.httpStatusCode === 403) {
    hint = ' Check that the role or user has the IAM permission for this call.';
  } else if (name === 'UnrecognizedClientException' || name === 'InvalidSignatureException') {
    hint = ' Check the AWS credentials (access key) and the region.';
  } else if (isThrottling(error)) {
    hint = ' AWS kept throttling after all retries; try again later or raise AWS_MAX_ATTEMPTS.';
  }
  return new ActionError(`While ${doing}: ${name}: ${message}${hint}`, {}, { cause: error });
}

/** Errors worth another poll: throttling that outlasted the SDK's retries, 5xx, network trouble. */
export function isTransientAwsError(error: unknown): boolean {
  const e = error as {
    name?: string;
    code?: string;
    $fault?: string;
    $retryable?: unknown;
    $metadata?: { httpStatusCode?: number };
  };
  if (!e || typeof e !== 'object') return false;
  if (e.$retryable || e.$fault === 'server') return true;
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  const name = e.name ?? e.code ?? '';
  return /Throttl|TooManyRequests|RequestLimitExceeded|ServiceUnavailable|InternalFailure|ServerException|TimeoutError|RequestTimeout|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|socket hang up/i.test(
    `${name} ${(error as Error).message ?? ''}`,
  );
}
