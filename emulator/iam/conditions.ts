/**
 * The Condition element of a policy statement, evaluated as IAM does (IAM User Guide, "IAM JSON
 * policy elements: Condition operators", "Condition keys with multiple values", "...IfExists
 * condition operators"):
 * - every operator of the block and every key under it must hold (AND); the values of one key are
 *   alternatives (OR), and a negated operator (`...Not...`) holds when no value matches;
 * - condition key names are case-insensitive, values are compared case-sensitively (Bool: `true`
 *   or `false`, any case);
 * - a key absent from the request fails a positive operator and satisfies a negated one;
 *   `...IfExists` makes an absent key satisfy any operator; `Null: true` means "absent";
 * - `ForAnyValue:` holds when some request value satisfies the operator (false when the key is
 *   absent), `ForAllValues:` when every one does (true when absent or empty); a multi-valued key
 *   without a qualifier is treated as `ForAnyValue:`.
 */
import { wildcardMatch } from './wildcard.js';

export type RequestContext = Record<string, string | string[]>;

/** The operators emulated (each also with ForAnyValue:/ForAllValues: and IfExists). */
export const CONDITION_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'ArnEquals',
  'ArnNotEquals',
  'ArnLike',
  'ArnNotLike',
  'Bool',
  'Null',
];

type Compare = (requestValue: string, policyValue: string) => boolean;

/** ArnEquals and ArnLike are the same test in IAM: each of the six colon-separated parts matched with wildcards. */
const arnMatch: Compare = (value, pattern) => {
  const parts = (s: string) => {
    const p = s.split(':');
    return p.length < 6 ? undefined : [...p.slice(0, 5), p.slice(5).join(':')];
  };
  const v = parts(value);
  const p = parts(pattern);
  if (!v || !p) return false;
  return p.every((part, i) => wildcardMatch(part, v[i]));
};

const COMPARISONS: Record<string, { compare: Compare; negated: boolean }> = {
  StringEquals: { compare: (v, p) => v === p, negated: false },
  StringNotEquals: { compare: (v, p) => v === p, negated: true },
  StringEqualsIgnoreCase: { compare: (v, p) => v.toLowerCase() === p.toLowerCase(), negated: false },
  StringNotEqualsIgnoreCase: { compare: (v, p) => v.toLowerCase() === p.toLowerCase(), negated: true },
  StringLike: { compare: (v, p) => wildcardMatch(p, v), negated: false },
  StringNotLike: { compare: (v, p) => wildcardMatch(p, v), negated: true },
  ArnEquals: { compare: arnMatch, negated: false },
  ArnLike: { compare: arnMatch, negated: false },
  ArnNotEquals: { compare: arnMatch, negated: true },
  ArnNotLike: { compare: arnMatch, negated: true },
  Bool: { compare: (v, p) => v.toLowerCase() === p.toLowerCase(), negated: false },
};

export function conditionHolds(
  condition: Record<string, Record<string, string | string[] | boolean>> | undefined,
  context: RequestContext,
): boolean {
  if (!condition) return true;
  const byLowerKey = new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), v]));
  return Object.entries(condition).every(([operator, block]) =>
    Object.entries(block).every(([key, expected]) =>
      operatorHolds(
        operator,
        byLowerKey.get(key.toLowerCase()),
        (Array.isArray(expected) ? expected : [expected]).map(String),
      ),
    ),
  );
}

function operatorHolds(
  operator: string,
  present: string | string[] | undefined,
  policyValues: string[],
): boolean {
  const qualifier = operator.match(/^(ForAnyValue|ForAllValues):/)?.[1];
  const ifExists = operator.endsWith('IfExists');
  const base = operator.replace(/^(ForAnyValue|ForAllValues):/, '').replace(/IfExists$/, '');
  const values = present === undefined ? [] : Array.isArray(present) ? present : [present];
  if (base === 'Null') {
    // Null: true holds when the key is absent, false when it is present
    const absent = values.length === 0;
    return policyValues.some((p) => (p.toLowerCase() === 'true') === absent);
  }
  const { compare, negated } = COMPARISONS[base];
  const satisfies = (v: string) => {
    const matched = policyValues.some((p) => compare(v, p));
    return negated ? !matched : matched;
  };
  if (values.length === 0) {
    if (ifExists) return true;
    if (qualifier === 'ForAllValues') return true;
    if (qualifier === 'ForAnyValue') return false;
    return negated;
  }
  return qualifier === 'ForAllValues' ? values.every(satisfies) : values.some(satisfies);
}
