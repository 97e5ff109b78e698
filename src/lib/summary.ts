import * as core from '@actions/core';

/**
 * The one job-summary writer. Each action adds one section: a heading, a table of facts and
 * optional detail blocks. Writes nothing when GITHUB_STEP_SUMMARY is not set (local runs).
 */
export interface SummarySection {
  title: string;
  facts: [string, string][];
  /** Extra blocks under the table, each a heading and markdown lines. */
  details?: { heading: string; lines: string[] }[];
}

export function renderSummary(section: SummarySection): string {
  const out = [`### ${section.title}`, '', '| | |', '|---|---|'];
  for (const [name, value] of section.facts) out.push(`| ${escapeCell(name)} | ${escapeCell(value)} |`);
  for (const detail of section.details ?? []) {
    if (detail.lines.length === 0) continue;
    out.push('', `#### ${detail.heading}`, '', ...detail.lines);
  }
  return out.join('\n') + '\n';
}

export async function writeSummary(section: SummarySection): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(renderSummary(section), true).write();
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
