#!/usr/bin/env node
// Writes the WCAG-EM report (wcag-em.json for the W3C WCAG-EM Report Tool, wcag-em.md for
// people) from the suite's report.json, pages.json and criteria.json. run.mjs calls it
// after every run; by hand:
//   node a11y/wcag-em.mjs [--report a11y/reports/report.json] [--out a11y/reports]
//   node a11y/wcag-em.mjs --publish   # copies the last run to docs/wcag-em/ and writes it there
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readJson } from './lib/config.mjs';
import { CRITERIA } from './lib/criteria.mjs';
import { assess, axeRulesByCriterion, evaluation, markdown } from './lib/wcag-em.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const PUBLISHED = join(here, '..', 'docs', 'wcag-em');

// The report's two files, as strings, from a suite report.
export function wcagEmFiles(report, pages = readJson(join(here, 'pages.json'))) {
  const axe = createRequire(import.meta.url)('axe-core');
  const axeRules = axeRulesByCriterion(axe.getRules(readJson(join(here, 'axe.config.json')).tags));
  const input = { report, pages, criteria: CRITERIA };
  const assessed = assess({ ...input, axeRules });
  return {
    json: `${JSON.stringify(evaluation({ ...input, assessed }), null, 2)}\n`,
    md: markdown({ ...input, assessed }),
    assessed,
  };
}

export function writeWcagEm(report, out, pages) {
  const files = wcagEmFiles(report, pages);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'wcag-em.json'), files.json);
  writeFileSync(join(out, 'wcag-em.md'), files.md);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: {
    report: { type: 'string', default: join(here, 'reports', 'report.json') },
    out: { type: 'string', default: join(here, 'reports') },
    publish: { type: 'boolean', default: false },
  } });
  let out = values.out;
  if (values.publish) {
    mkdirSync(PUBLISHED, { recursive: true });
    // The input, one line: the published report must be regenerable from what is committed.
    writeFileSync(join(PUBLISHED, 'report.json'), `${JSON.stringify(readJson(values.report))}\n`);
    out = PUBLISHED;
  }
  const { assessed } = writeWcagEm(readJson(values.report), out);
  const count = (o) => assessed.filter((c) => c.outcome === o).length;
  console.log(`wcag-em: ${join(out, 'wcag-em.md')}: ${assessed.length} criteria, ${count('passed')} passed, ${count('failed')} failed, ${count('cantTell')} cannot tell, ${count('inapplicable')} not present`);
}
