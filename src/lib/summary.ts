/**
 * The one job-summary writer. Each action adds one section: a heading, a table of facts and
 * optional detail blocks. Writes nothing when GITHUB_STEP_SUMMARY is not set (local runs).
 * Values from outside are in it: a line break in a table cell (\r\n, \r or \n) becomes <br>, and
 * other control characters, U+2028 and U+2029 are shown escaped (lib/log-safe.ts), so no value
 * ends a cell, a row or a list item early.
 *
 * Above the sections, one headline says how the step ended (issue 16): service, environment,
 * commit, result and duration. It is the first line of the step's summary file (GitHub gives each
 * step its own) and is replaced, not repeated, when a later stage of the root action knows more.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Ends the headline line, so a later headline of the same step replaces it (invisible in the rendered summary). */
const HEADLINE_MARK = '<!-- infra-actions:headline -->';

export interface Headline {
  service: string;
  /** `healthy`, `failed while waiting: …`, … */
  result: string;
  durationMs: number;
  /** Default: GITHUB_SHA. */
  commit?: string;
  /**
   * Default: DEPLOY_ENVIRONMENT. GitHub does not tell a step its job's `environment:`
   * (actions/runner#1369), so the workflow passes the name in the step's env.
   */
  environment?: string;
}

export function renderHeadline(headline: Headline): string {
  const commit = headline.commit ?? process.env.GITHUB_SHA ?? '';
  const environment = headline.environment ?? process.env.DEPLOY_ENVIRONMENT ?? '';
  const parts = [`**${inline(headline.service)}**${environment ? ` in **${inline(environment)}**` : ''}`];
  if (commit) parts.push(`commit \`${logSafeLines(commit.slice(0, 7)).replace(/[`\n]/g, "'")}\``);
  parts.push(inline(headline.result), formatDuration(headline.durationMs));
  return `${parts.join(' · ')} ${HEADLINE_MARK}\n\n`;
}

/** Writes the headline at the top of the step's summary, in place of an earlier one. */
export function writeHeadline(headline: Headline): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const firstLine = current.slice(0, current.indexOf('\n') + 1);
  const rest = firstLine.trimEnd().endsWith(HEADLINE_MARK)
    ? current.slice(firstLine.length).replace(/^\n/, '')
    : current;
  writeFileSync(file, renderHeadline(headline) + rest);
}

/** `4.2 s`, `3 min 12 s`. */
function formatDuration(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** One line of text in markdown: no line break, and no character that starts markup. */
function inline(text: string): string {
  return logSafeLines(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\*_[\]<>|]/g, (c) => `\\${c}`);
}
