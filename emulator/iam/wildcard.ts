/** IAM's wildcard match, shared by Action/Resource and the *Like condition operators. */

/** `*` matches any run of characters (also none, also `:` and `/`), `?` exactly one; the rest literally. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 's').test(value);
}
