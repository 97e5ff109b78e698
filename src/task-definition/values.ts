/**
 * The grammars of render-task-def's value inputs, pure: a container command (JSON array or a
 * shell-like line) and task-level CPU and memory sizes in the units users write, returned in the
 * form ECS returns them (so a rendered definition compares equal to a registered one).
 */
/**
 * A command as a JSON array of strings, or a shell-like line: whitespace separates arguments,
 * '...' is literal, "..." allows \" and \\, and a backslash outside quotes escapes the next
 * character. No expansion of any kind: ECS runs the argv as given.
 */
export function parseCommand(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`is not a valid JSON array: ${(error as Error).message}`);
    }
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
      throw new Error('is a JSON array, but not of strings only');
    }
    return parsed;
  }
  const args: string[] = [];
  let current = '';
  let inArgument = false;
  for (let i = 0; i < trimmed.length; i++) {
    const char = trimmed[i];
    if (/\s/.test(char)) {
      if (inArgument) args.push(current);
      current = '';
      inArgument = false;
    } else if (char === "'") {
      const end = trimmed.indexOf("'", i + 1);
      if (end < 0) throw new Error(`has an unterminated ' quote at column ${i + 1}`);
      current += trimmed.slice(i + 1, end);
      inArgument = true;
      i = end;
    } else if (char === '"') {
      let j = i + 1;
      for (; j < trimmed.length && trimmed[j] !== '"'; j++) {
        if (trimmed[j] === '\\' && (trimmed[j + 1] === '"' || trimmed[j + 1] === '\\')) j++;
        current += trimmed[j];
      }
      if (j >= trimmed.length) throw new Error(`has an unterminated " quote at column ${i + 1}`);
      inArgument = true;
      i = j;
    } else if (char === '\\' && i + 1 < trimmed.length) {
      current += trimmed[++i];
      inArgument = true;
    } else {
      current += char;
      inArgument = true;
    }
  }
  if (inArgument) args.push(current);
  return args;
}

/** `256`, `1024` (CPU units) or `0.25 vCPU`, `2 vcpu` → units as a string, the form ECS returns. */
export function parseCpuValue(text: string): string | undefined {
  const units = /^(\d+)$/.exec(text);
  if (units) return Number(units[1]) > 0 ? String(Number(units[1])) : undefined;
  const vcpu = /^(\d+(?:\.\d+)?|\.\d+)\s*vcpu$/i.exec(text);
  if (!vcpu) return undefined;
  const value = Number(vcpu[1]) * 1024;
  return Number.isInteger(value) && value > 0 ? String(value) : undefined;
}

/** `512`, `1024` (MiB) or `1 GB`, `0.5 GB`, `2GiB` → MiB as a string, the form ECS returns. */
export function parseMemoryValue(text: string): string | undefined {
  const mib = /^(\d+)(?:\s*mi?b)?$/i.exec(text);
  if (mib) return Number(mib[1]) > 0 ? String(Number(mib[1])) : undefined;
  const gb = /^(\d+(?:\.\d+)?|\.\d+)\s*gi?b$/i.exec(text);
  if (!gb) return undefined;
  const value = Number(gb[1]) * 1024;
  return Number.isInteger(value) && value > 0 ? String(value) : undefined;
}
