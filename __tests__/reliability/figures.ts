import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { captureDir } from '../helpers/run-action.js';

/**
 * The suite's figures (faults injected and survived, bad inputs tried, runs scanned, leaks found),
 * appended as JSON lines next to the run captures of this jest invocation, so the secret scan
 * (which runs last in its file) and a person can read them. docs/reliability.md quotes them.
 */
export type FigureKind = 'faults' | 'outage' | 'bad-input' | 'scan';

export const figuresFile = path.join(captureDir, 'figures.jsonl');

export function recordFigure(kind: FigureKind, data: Record<string, unknown>): void {
  mkdirSync(captureDir, { recursive: true });
  appendFileSync(figuresFile, `${JSON.stringify({ kind, ...data })}\n`);
}

export function readFigures(): ({ kind: FigureKind } & Record<string, any>)[] {
  if (!existsSync(figuresFile)) return [];
  return readFileSync(figuresFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}
