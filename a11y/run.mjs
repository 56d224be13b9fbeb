#!/usr/bin/env node
// inzage accessibility suite. Usage:
//   node a11y/run.mjs --base-url http://127.0.0.1:8080 [--pages a11y/pages.json] [--out a11y/reports]
// Exit code 0 when every check on every page passed, 1 when any failed, 2 on a usage error.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from './lib/browser.mjs';
import { loadConfig, combinations, readJson } from './lib/config.mjs';
import { auditPage } from './lib/audit.mjs';
import { AXE_VERSION } from './lib/checks/axe.mjs';
import { writeReport } from './lib/report.mjs';
import { writeWcagEm } from './wcag-em.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { values } = parseArgs({ options: {
  'base-url': { type: 'string', default: process.env.A11Y_BASE_URL },
  pages: { type: 'string' },
  out: { type: 'string', default: join(here, 'reports') },
} });
if (!values['base-url']) {
  console.error('usage: node a11y/run.mjs --base-url http://127.0.0.1:8080');
  process.exit(2);
}
const baseUrl = values['base-url'].replace(/\/$/, '');
const config = loadConfig(here, values.pages);
const inzageVersion = await fetch(`${baseUrl}/health`).then(r => r.json()).then(j => j.version ?? 'unknown').catch(() => 'unknown');

const browser = await launch();
const audits = [];
try {
  for (const combination of combinations(config.pages)) {
    const audit = await auditPage(browser, { baseUrl, ...combination, config, credentials: config.pages.credentials ?? {} });
    const failed = audit.results.filter(r => !r.passed);
    console.log(`${failed.length ? 'FAIL' : 'ok  '} ${audit.name} [${audit.lang}, ${audit.state}]${failed.length ? ': ' + failed.map(r => r.id).join(', ') : ''}`);
    for (const result of failed) for (const d of result.details) console.log(`       ${result.id}: ${d.selector}: ${d.message}`);
    audits.push(audit);
  }
} finally {
  var chromiumVersion = browser.version();
  await browser.close();
}
const summary = writeReport(values.out, {
  date: new Date().toISOString(), baseUrl, inzageVersion, axeVersion: AXE_VERSION, chromiumVersion,
  playwrightVersion: require('playwright-core/package.json').version, nodeVersion: process.version, axeTags: config.axe.tags,
}, audits);
writeWcagEm(readJson(join(values.out, 'report.json')), values.out, config.pages);
console.log(`WCAG-EM report: ${join(values.out, 'wcag-em.md')} and wcag-em.json`);
console.log(`report: ${join(values.out, 'report.md')} (${summary.combinations} page x language x state combinations)`);
console.log(`a11y: ${summary.passed} passed, ${summary.failed} failed`);
process.exit(summary.failed ? 1 : 0);
