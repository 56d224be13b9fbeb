// The report: JSON for machines, Markdown for people.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { criteriaOfCheck } from './criteria.mjs';

export function summarize(audits) {
  let passed = 0;
  let failed = 0;
  for (const audit of audits) for (const r of audit.results) r.passed ? passed++ : failed++;
  return { combinations: audits.length, passed, failed };
}

export function writeReport(dir, meta, audits) {
  mkdirSync(dir, { recursive: true });
  const summary = summarize(audits);
  writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...meta, summary, audits }, null, 2));
  const lines = [
    '# inzage accessibility report', '',
    `- Date: ${meta.date}`,
    `- Portal: ${meta.baseUrl}, inzage ${meta.inzageVersion}`,
    `- Tools: axe-core ${meta.axeVersion}, Chromium ${meta.chromiumVersion}, playwright-core ${meta.playwrightVersion}, Node ${meta.nodeVersion}`,
    `- Rule set: ${meta.axeTags.join(', ')}`,
    `- Result: ${summary.combinations} page x language x state combinations; ${summary.passed} checks passed, ${summary.failed} failed`, '',
    '| page | language | state | result |', '| --- | --- | --- | --- |',
    ...audits.map(a => {
      const failed = a.results.filter(r => !r.passed).map(r => r.id);
      return `| ${a.name} (\`${a.path}\`) | ${a.lang} | ${a.state} | ${failed.length ? 'FAIL: ' + failed.join(', ') : 'pass'} |`;
    }),
  ];
  for (const audit of audits) {
    const failures = audit.results.filter(r => !r.passed);
    if (!failures.length) continue;
    lines.push('', `## ${audit.name} (${audit.lang}, ${audit.state})`);
    for (const result of failures) {
      lines.push('', `### ${result.id} (WCAG ${criteriaOfCheck(result.id)})`);
      for (const d of result.details) {
        lines.push(`- \`${d.selector}\`: ${d.message}${d.rule ? ` (rule ${d.rule}, WCAG ${d.wcag}, ${d.helpUrl})` : ''}`);
      }
    }
  }
  writeFileSync(join(dir, 'report.md'), lines.join('\n') + '\n');
  return summary;
}
