/**
 * The emulated world: state, the simulated AWS clock and the discrete-event scheduler.
 *
 * Time: every timestamp is real wall-clock epoch ms. A simulated AWS duration of `s` seconds lasts
 * `s * 1000 * timeScale` real ms. Scheduled items run in time order, each at its own `at` (so the
 * outcome does not depend on timer jitter); `advance()` runs everything due, and is called before every
 * request and from a timer armed for the next due item.
 */
import type { BehaviourScope, EmulatorState, ExitBehaviour, ImageBehaviour, RegionState } from './types.js';
import { IdGenerator } from './util.js';

/** CloudWatch's alarm states (CloudWatch API reference, MetricAlarm.StateValue). */
export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
export const ALARM_STATES: AlarmState[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];

/** What a lifecycle hook's Lambda answers: SUCCEEDED, FAILED, or IN_PROGRESS for ever. */
export type HookBehaviour = 'succeed' | 'fail' | 'hang';
export const HOOK_BEHAVIOURS: HookBehaviour[] = ['succeed', 'fail', 'hang'];

interface ScheduledItem {
  at: number;
  seq: number;
  run: () => void;
}

export interface BehaviourRule {
  match: string | RegExp;
  behaviour: ImageBehaviour;
  /** for `exit`: the code and reason */
  exit?: ExitBehaviour;
  scope?: BehaviourScope;
}

/** Options of a behaviour rule beyond the behaviour itself. */
export interface BehaviourOptions {
  exit?: ExitBehaviour;
  scope?: BehaviourScope;
}

const IMAGE_BEHAVIOURS: ImageBehaviour[] = [
  'healthy',
  'crash',
  'unpullable',
  'unhealthy',
  'unplaceable',
  'slow-start',
  'exit',
];

/** Substring rules applied when no setImageBehaviour() rule matches (checked in this order). */
const DEFAULT_BEHAVIOUR_RULES: BehaviourRule[] = [
  { match: 'unpullable', behaviour: 'unpullable' },
  { match: 'unplaceable', behaviour: 'unplaceable' },
  { match: 'unhealthy', behaviour: 'unhealthy' },
  { match: 'crash', behaviour: 'crash' },
  { match: 'slow-start', behaviour: 'slow-start' },
];

export class World {
  readonly ids: IdGenerator;
  now = Date.now();
  private queue: ScheduledItem[] = [];
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private advancing = false;
  behaviourRules: BehaviourRule[] = [];
  /** CloudWatch alarm states a scenario set (setAlarmState); an alarm never set is OK */
  alarmStates = new Map<string, AlarmState>();
  /** what each lifecycle hook (by hookTargetArn) answers (setHookBehaviour); default succeed */
  hookBehaviours = new Map<string, HookBehaviour>();

  constructor(
    public state: EmulatorState,
    public readonly timeScale: number,
    seed: number,
  ) {
    this.ids = new IdGenerator(seed);
  }

  /** real milliseconds that a simulated AWS duration of `seconds` takes */
  dur(seconds: number): number {
    return seconds * 1000 * this.timeScale;
  }

  region(name: string): RegionState {
    let r = this.state.regions[name];
    if (!r) {
      r = {
        name,
        vpcId: 'vpc-0' + this.ids.hex(16),
        subnets: [
          { id: 'subnet-0' + this.ids.hex(16), availabilityZone: `${name}a`, cidr: '10.0.1.0/24' },
          { id: 'subnet-0' + this.ids.hex(16), availabilityZone: `${name}b`, cidr: '10.0.2.0/24' },
        ],
        clusters: {},
        taskDefinitions: {},
        tasks: {},
        loadBalancers: [],
        targetGroups: {},
        nextIp: 0,
      };
      this.state.regions[name] = r;
    }
    return r;
  }

  schedule(at: number, run: () => void): void {
    const item = { at, seq: this.seq++, run };
    // keep sorted by (at, seq); insertion from the end is cheap since most items are near-future
    let i = this.queue.length;
    while (
      i > 0 &&
      (this.queue[i - 1].at > at || (this.queue[i - 1].at === at && this.queue[i - 1].seq > item.seq))
    )
      i--;
    this.queue.splice(i, 0, item);
    this.arm();
  }

  /** Runs every scheduled item due at or before `until` (default: now), in order. */
  advance(until = Date.now()): void {
    if (this.advancing) return;
    this.advancing = true;
    try {
      let guard = 0;
      while (this.queue.length > 0 && this.queue[0].at <= until && guard++ < 100000) {
        const item = this.queue.shift()!;
        this.now = Math.max(this.now, item.at);
        item.run();
      }
      this.now = Math.max(this.now, until);
    } finally {
      this.advancing = false;
    }
    this.arm();
  }

  private arm(): void {
    if (this.closed || this.advancing) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.queue.length === 0) return;
    const delay = Math.max(0, this.queue[0].at - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.advance();
    }, delay);
    this.timer.unref();
  }

  /** a setImageBehaviour() rule; later rules win over earlier ones and over the defaults */
  addBehaviourRule(match: string | RegExp, behaviour: ImageBehaviour, options: BehaviourOptions = {}): void {
    if (!IMAGE_BEHAVIOURS.includes(behaviour))
      throw new Error(`behaviour must be one of ${IMAGE_BEHAVIOURS.join(', ')}`);
    const { exit, scope } = options;
    if (scope !== undefined && !['all', 'run-task', 'service'].includes(scope))
      throw new Error('scope must be one of all, run-task, service');
    if (
      exit !== undefined &&
      !(Number.isInteger(exit.exitCode) && exit.exitCode >= 0 && exit.exitCode <= 255)
    )
      throw new Error('exit.exitCode must be a whole number from 0 to 255');
    this.behaviourRules.push({
      match,
      behaviour,
      ...(behaviour === 'exit' ? { exit: exit ?? { exitCode: 0 } } : {}),
      ...(scope ? { scope } : {}),
    });
  }

  behaviourFor(images: string[]): ImageBehaviour {
    return this.behaviourRuleFor(images, 'service').behaviour;
  }

  /** The rule that decides a task's behaviour: the latest matching rule of its scope, then the defaults. */
  behaviourRuleFor(images: string[], scope: 'run-task' | 'service'): BehaviourRule {
    const test = (rule: BehaviourRule) =>
      (rule.scope ?? 'all') !== (scope === 'run-task' ? 'service' : 'run-task') &&
      images.some((img) =>
        typeof rule.match === 'string' ? img.includes(rule.match) : rule.match.test(img),
      );
    for (let i = this.behaviourRules.length - 1; i >= 0; i--) {
      if (test(this.behaviourRules[i])) return this.behaviourRules[i];
    }
    for (const rule of DEFAULT_BEHAVIOUR_RULES) if (test(rule)) return rule;
    return { match: '', behaviour: 'healthy' };
  }

  setAlarmState(name: string, state: AlarmState): void {
    if (typeof name !== 'string' || name.length === 0)
      throw new Error('alarm name must be a non-empty string');
    if (!ALARM_STATES.includes(state))
      throw new Error(`alarm state must be one of ${ALARM_STATES.join(', ')}`);
    this.alarmStates.set(name, state);
  }

  setHookBehaviour(hookTargetArn: string, behaviour: HookBehaviour): void {
    if (typeof hookTargetArn !== 'string' || hookTargetArn.length === 0)
      throw new Error('hookTargetArn must be a non-empty string');
    if (!HOOK_BEHAVIOURS.includes(behaviour))
      throw new Error(`hook behaviour must be one of ${HOOK_BEHAVIOURS.join(', ')}`);
    this.hookBehaviours.set(hookTargetArn, behaviour);
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = [];
  }
}
