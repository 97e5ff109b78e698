/** Small helpers shared by the services: the AWS error value, seeded ids and random numbers, time and JSON shaping. */
import { createHash } from 'node:crypto';

/** An error that the protocol layer turns into AWS's wire format (JSON `__type` or XML `<Code>`). */
export class AwsError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly status = 400,
    /** `Sender` or `Receiver`, for the XML ErrorResponse */
    public readonly type: 'Sender' | 'Receiver' = status >= 500 ? 'Receiver' : 'Sender',
  ) {
    super(message);
  }
}

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function createPrng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic id generators (driven by their own PRNG so that faults do not shift ids). */
export class IdGenerator {
  private readonly rand: () => number;
  constructor(seed: number) {
    this.rand = createPrng(seed ^ 0x5eed1d5);
  }
  hex(length: number): string {
    let s = '';
    while (s.length < length) s += Math.floor(this.rand() * 16).toString(16);
    return s;
  }
  digits(length: number): string {
    let s = String(1 + Math.floor(this.rand() * 9));
    while (s.length < length) s += Math.floor(this.rand() * 10).toString();
    return s;
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  /** an ECS deployment id, `ecs-svc/` followed by 19 digits */
  deploymentId(): string {
    return `ecs-svc/${this.digits(19)}`;
  }
}

/**
 * One page of a list, for the calls that page with an opaque token (ECS's and ECR Public's
 * `nextToken`, ELBv2's `Marker`). The token is the base64 of the next item's offset; a token this
 * emulator did not issue is refused with `invalidToken()`, as AWS refuses one it did not issue,
 * rather than silently restarting at the first page.
 */
export function pageOf<T>(
  items: T[],
  size: number,
  token: unknown,
  invalidToken: () => AwsError,
): { page: T[]; next?: string } {
  const encode = (offset: number) => Buffer.from(String(offset)).toString('base64');
  let start = 0;
  if (token !== undefined) {
    const decoded = typeof token === 'string' ? Buffer.from(token, 'base64').toString('utf8') : '';
    start = /^\d{1,15}$/.test(decoded) ? Number(decoded) : NaN;
    if (!Number.isSafeInteger(start) || encode(start) !== token) throw invalidToken();
  }
  const page = items.slice(start, start + size);
  return { page, next: start + size < items.length ? encode(start + size) : undefined };
}

export function stableHex(input: string, length: number): string {
  return createHash('sha256').update(input).digest('hex').slice(0, length);
}

/** epoch milliseconds -> epoch seconds, as awsJson1_1 encodes timestamps */
export function epochSeconds(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : ms / 1000;
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Drops keys whose value is undefined (so JSON responses omit them as AWS does). */
export function compact<T extends Record<string, any>>(obj: T): T {
  for (const k of Object.keys(obj)) if (obj[k] === undefined) delete obj[k];
  return obj;
}
