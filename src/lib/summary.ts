/**
 * The one job-summary writer. Each action adds one section: a heading, a table of facts and
 * optional detail blocks. Writes nothing when GITHUB_STEP_SUMMARY is not set (local runs).
 * Values from outside are in it: a line break in a table cell (\r\n, \r or \n) becomes <br>, and
 * other control characters, U+2028 and U+2029 are shown escaped (lib/log-safe.ts), so no value
 * ends a cell, a row or a list item early.
 */
import * as core from '@actions/core';
import { logSafe, logSafeLines } from './log-safe.js';

export interface SummarySection {
  title: string;
  facts: [string, string][];
  /** Extra blocks under the table, each a heading and markdown lines. */
  details?: { heading: string; lines: string[] }[];
}

export function renderSummary(section: SummarySection): string {
  const out = [`### ${logSafe(section.title)}`, '', '| | |', '|---|---|'];
  for (const [name, value] of section.facts) out.push(`| ${escapeCell(name)} | ${escapeCell(value)} |`);
  for (const detail of section.details ?? []) {
    if (detail.lines.length === 0) continue;
    out.push('', `#### ${logSafe(detail.heading)}`, '', ...detail.lines.map(logSafe));
  }
  return out.join('\n') + '\n';
}

export async function writeSummary(section: SummarySection): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(renderSummary(section), true).write();
}

function escapeCell(text: string): string {
  return logSafeLines(text).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}
