/**
 * The admin routes under `/_emulator/` (no signature needed), so that a separately started
 * emulator can be inspected and driven by other processes: calls, state, faults, rate limits, image behaviours
 * pushed images, the IAM policy, CloudWatch alarm states and lifecycle hook answers (emulator/README.md, "Admin endpoints").
 */
import { recordPushedImage } from './ecr-public.js';
import { advancedConfigurations } from './ecs-strategies.js';
import { validateFaults } from './faults.js';
import { readPolicy, type IamState } from './iam/index.js';
import { newLimiter, type RateLimiter } from './rate-limits.js';
import type { CallRecord, FaultRule } from './types.js';
import type { World } from './world.js';

export interface AdminContext {
  world: World;
  calls: CallRecord[];
  /** the live fault rules, replaced as a whole */
  faults: { rules: FaultRule[] };
  /** the live IAM policy, replaced as a whole */
  iam: Pick<IamState, 'policy' | 'principal'>;
  /** the account's token buckets (replaced as a whole; none = rate limits off) */
  rateLimits: { limiter?: RateLimiter };
}

export interface AdminAnswer {
  status: number;
  body: unknown;
}

export function adminRoute(
  ctx: AdminContext,
  method: string | undefined,
  path: string,
  body: string,
): AdminAnswer {
  const { world, calls, faults } = ctx;
  world.advance();
  let input: any = undefined;
  if (body.trim()) {
    try {
      input = JSON.parse(body);
    } catch {
      return { status: 400, body: { error: 'body must be JSON' } };
    }
  }
  const route = `${method} ${path}`;
  try {
    switch (route) {
      case 'GET /_emulator/health':
        return ok({
          ok: true,
          timeScale: world.timeScale,
          registryAlias: world.state.ecrPublic.registryAlias,
        });
      case 'GET /_emulator/calls':
        return ok({ calls });
      case 'POST /_emulator/reset-calls':
        calls.length = 0;
        return ok({ ok: true });
      case 'GET /_emulator/state':
        return ok(world.state);
      case 'GET /_emulator/faults':
        return ok({ rules: faults.rules });
      case 'POST /_emulator/faults':
        faults.rules = validateFaults(Array.isArray(input) ? input : (input?.rules ?? []));
        return ok({ rules: faults.rules });
      case 'GET /_emulator/rate-limits':
        return ok(rateLimitAnswer(ctx.rateLimits.limiter));
      case 'POST /_emulator/rate-limits': {
        // {"limits": true | "aws" | false | [buckets]} replaces the buckets (fresh and full);
        // {"reset": true} starts a new report window; the answer is the report before the reset.
        if (input?.limits !== undefined) ctx.rateLimits.limiter = newLimiter(input.limits);
        return ok(rateLimitAnswer(ctx.rateLimits.limiter, input?.reset === true));
      }
      case 'GET /_emulator/behaviours':
        return ok({ rules: world.behaviourRules });
      case 'POST /_emulator/behaviours': {
        if (input?.reset === true) world.behaviourRules = [];
        const rules = Array.isArray(input)
          ? input
          : (input?.rules ?? (input?.match !== undefined ? [input] : []));
        for (const r of rules) {
          if (typeof r.match !== 'string' || r.match.length === 0)
            throw new Error('match must be a non-empty string');
          world.addBehaviourRule(r.regex ? new RegExp(r.match) : r.match, r.behaviour, {
            exit: r.exit,
            scope: r.scope,
          });
        }
        return ok({ rules: world.behaviourRules });
      }
      case 'GET /_emulator/iam-policy':
        return ok({ policy: ctx.iam.policy ?? null, principal: ctx.iam.principal });
      case 'PUT /_emulator/iam-policy':
        // a policy object replaces the policy; null (or no body) removes it: everything allowed.
        // Objects only: a path would let any local process make the emulator read a file.
        if (typeof input === 'string') throw new Error('body must be a policy object or null, not a path');
        ctx.iam.policy = readPolicy(input ?? undefined);
        return ok({ policy: ctx.iam.policy ?? null, principal: ctx.iam.principal });
      case 'GET /_emulator/alarms':
        return ok({ alarms: Object.fromEntries(world.alarmStates) });
      case 'POST /_emulator/alarms':
        world.setAlarmState(input?.name, input?.state);
        return ok({ alarms: Object.fromEntries(world.alarmStates) });
      case 'GET /_emulator/hooks':
        return ok({ hooks: Object.fromEntries(world.hookBehaviours) });
      case 'POST /_emulator/hooks':
        world.setHookBehaviour(input?.hookTargetArn, input?.behaviour);
        return ok({ hooks: Object.fromEntries(world.hookBehaviours) });
      case 'GET /_emulator/advanced-configurations':
        // per region, `<cluster>/<service>` -> each load balancer's advancedConfiguration
        return ok(
          Object.fromEntries(
            Object.keys(world.state.regions).map((r) => [r, advancedConfigurations(world.region(r))]),
          ),
        );
      case 'POST /_emulator/images':
        return ok(recordPushedImage(world.state, input));
      default:
        return { status: 404, body: { error: `no admin route ${route}` } };
    }
  } catch (e) {
    return { status: 400, body: { error: (e as Error).message } };
  }
}

function rateLimitAnswer(limiter: RateLimiter | undefined, reset = false) {
  return {
    enabled: limiter !== undefined,
    table: limiter?.table ?? [],
    report: limiter?.report({ reset }) ?? [],
  };
}

function ok(body: unknown): AdminAnswer {
  return { status: 200, body };
}
