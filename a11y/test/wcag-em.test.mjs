// The WCAG-EM report: the structure the W3C WCAG-EM Report Tool opens, all 55 WCAG 2.2 A
// and AA criteria exactly once, honest outcomes, every check mapped, and the published
// copy in docs/wcag-em/ exactly what its committed input gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJson, combinations } from '../lib/config.mjs';
import { CRITERIA } from '../lib/criteria.mjs';
import { OUTCOMES } from '../lib/wcag-em.mjs';
import { PUBLISHED, wcagEmFiles } from '../wcag-em.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const pages = readJson(join(dir, 'pages.json'));

// WCAG 2.2 level A and AA, from the Recommendation (4.1.1 Parsing is obsolete and removed).
const WCAG22_A_AA = `1.1.1 1.2.1 1.2.2 1.2.3 1.2.4 1.2.5 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.4.1 1.4.2 1.4.3
  1.4.4 1.4.5 1.4.10 1.4.11 1.4.12 1.4.13 2.1.1 2.1.2 2.1.4 2.2.1 2.2.2 2.3.1 2.4.1 2.4.2 2.4.3
  2.4.4 2.4.5 2.4.6 2.4.7 2.4.11 2.5.1 2.5.2 2.5.3 2.5.4 2.5.7 2.5.8 3.1.1 3.1.2 3.2.1 3.2.2
  3.2.3 3.2.4 3.2.6 3.3.1 3.3.2 3.3.3 3.3.4 3.3.7 3.3.8 4.1.2 4.1.3`.split(/\s+/);
const LEVEL_A = new Set(`1.1.1 1.2.1 1.2.2 1.2.3 1.3.1 1.3.2 1.3.3 1.4.1 1.4.2 2.1.1 2.1.2 2.1.4 2.2.1
  2.2.2 2.3.1 2.4.1 2.4.2 2.4.3 2.4.4 2.5.1 2.5.2 2.5.3 2.5.4 3.1.1 3.2.1 3.2.2 3.2.6 3.3.1 3.3.2
  3.3.7 4.1.2`.split(/\s+/));

// The check ids the suite emits: every `id: '...'` in its checks and in audit.mjs.
function emittedChecks() {
  const files = [join(dir, 'lib', 'audit.mjs'), ...readdirSync(join(dir, 'lib', 'checks')).map((f) => join(dir, 'lib', 'checks', f))];
  return new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bid: '([a-z0-9-]+)'/g)].map((m) => m[1])));
}

function report({ fail = {}, skip = 0 } = {}) {
  const ids = [...emittedChecks()];
  return {
    date: '2026-12-01T10:00:00.000Z', baseUrl: 'http://127.0.0.1:8080', inzageVersion: '0.1.0', axeVersion: '4.11.0',
    chromiumVersion: '156', playwrightVersion: '1.0', nodeVersion: 'v20', axeTags: [],
    audits: combinations(pages).slice(skip).map(({ page, lang, state }, i) => ({
      name: page.name, path: page.path, lang, state,
      results: ids.map((id) => (i === 0 && fail[id] ? { id, passed: false, details: fail[id] } : { id, passed: true, details: [] })),
    })),
  };
}

const outcomesOf = (files) => Object.fromEntries(files.assessed.map((c) => [c.num, c.outcome]));

test('criteria.json lists the 55 WCAG 2.2 A and AA criteria, each once, with its level', () => {
  assert.deepEqual(CRITERIA.criteria.map((c) => c.num), WCAG22_A_AA);
  assert.equal(WCAG22_A_AA.length, 55);
  assert.equal(LEVEL_A.size, 31);
  for (const c of CRITERIA.criteria) assert.equal(c.level, LEVEL_A.has(c.num) ? 'A' : 'AA', c.num);
  assert.ok(!CRITERIA.criteria.some((c) => c.num === '4.1.1'), '4.1.1 is not part of WCAG 2.2');
});

test('every check the suite emits is mapped, and criteria.json maps no check that does not exist', () => {
  const emitted = emittedChecks();
  assert.ok(emitted.size >= 15, [...emitted].join());
  assert.deepEqual(Object.keys(CRITERIA.checks).sort(), [...emitted].sort());
  for (const tool of ['pa11y', 'lighthouse']) assert.ok(CRITERIA.tools[tool]?.why, tool);
  const known = new Set(WCAG22_A_AA);
  for (const [id, check] of Object.entries(CRITERIA.checks)) {
    if (check.criteria === 'tags') continue;
    for (const num of [...check.criteria, ...(check.decides ?? [])]) assert.ok(known.has(num), `${id}: ${num}`);
    for (const num of check.decides ?? []) assert.ok(check.criteria.includes(num), `${id} decides ${num} it does not bear on`);
  }
});

test('each criterion a check does not decide tells a person what to do, or why it is not present', () => {
  const decided = new Set(Object.values(CRITERIA.checks).flatMap((c) => c.decides ?? []));
  for (const c of CRITERIA.criteria) {
    if (!decided.has(c.num)) assert.ok((c.manual ?? c.inapplicable ?? '').length > 50, c.num);
  }
  for (const num of ['1.3.3', '2.4.6', '3.3.3']) assert.ok(!decided.has(num), `${num} cannot be decided by a tool`);
});

test('the evaluation has the structure the WCAG-EM Report Tool opens', () => {
  const evaluation = JSON.parse(wcagEmFiles(report(), pages).json);
  for (const term of ['defineScope', 'scope', 'conformanceTarget', 'exploreTarget', 'selectSample', 'structuredSample', 'randomSample', 'auditSample', 'reportFindings', 'earl', 'dcterms', 'wcagem']) {
    assert.ok(evaluation['@context'][term], `@context defines ${term}`);
  }
  assert.equal(evaluation.type, 'Evaluation');
  assert.equal(evaluation.defineScope.wcagVersion, '2.2');
  assert.equal(evaluation.defineScope.conformanceTarget, 'AA');
  assert.ok(evaluation.defineScope.scope.title && evaluation.defineScope.scope.type.includes('Website'));
  for (const key of ['essentialFunctionality', 'pageTypeVariety', 'technologiesReliedUpon']) assert.ok(evaluation.exploreTarget[key]?.length, key);
  const sample = evaluation.selectSample.structuredSample;
  assert.equal(sample.length, combinations(pages).length, 'the sample is the whole page list');
  for (const page of sample) assert.deepEqual(page.type, ['TestSubject', 'Webpage']);
  assert.deepEqual(evaluation.selectSample.randomSample, []);
  for (const key of ['title', 'summary', 'evaluator', 'date']) assert.ok(evaluation.reportFindings[key], key);

  const assertions = evaluation.auditSample;
  assert.equal(assertions.length, 55);
  const slugs = Object.fromEntries(CRITERIA.criteria.map((c) => [c.id, c.num]));
  const seen = assertions.map((a) => a.test.id);
  assert.equal(new Set(seen).size, 55, 'each criterion once');
  assert.deepEqual(seen.map((id) => slugs[id.replace(/^WCAG22:/, '')]), WCAG22_A_AA);
  const valid = new Map(Object.values(OUTCOMES));
  assert.deepEqual([...valid.keys()].sort(), ['earl:cantTell', 'earl:failed', 'earl:inapplicable', 'earl:passed', 'earl:untested']);
  for (const a of assertions) {
    assert.equal(a.type, 'Assertion');
    assert.match(a.test.id, /^WCAG22:[a-z-]+$/);
    assert.deepEqual(a.test.type, ['TestCriterion', 'TestRequirement']);
    assert.equal(a.subject.id, evaluation.defineScope.scope.id);
    assert.equal(a.result.type, 'TestResult');
    assert.deepEqual(a.result.outcome.type, ['OutcomeValue', valid.get(a.result.outcome.id)], a.test.id);
    assert.ok(a.result.description.length > 20, a.test.id);
  }
});

test('automated checks pass a criterion only where they decide it; the rest needs a person', () => {
  const outcomes = outcomesOf(wcagEmFiles(report(), pages));
  const decided = new Set(Object.values(CRITERIA.checks).flatMap((c) => c.decides ?? []));
  for (const [num, outcome] of Object.entries(outcomes)) {
    if (outcome === 'passed') assert.ok(decided.has(num), `${num} passed without a deciding check`);
  }
  assert.equal(outcomes['2.5.8'], 'passed');
  assert.equal(outcomes['1.3.3'], 'untested');
  assert.equal(outcomes['2.4.6'], 'cantTell');
  assert.equal(outcomes['3.3.3'], 'untested');
  assert.equal(outcomes['1.2.2'], 'inapplicable');
});

test('a failed check or axe rule fails its criteria; a page not audited leaves them undecided', () => {
  const failing = wcagEmFiles(report({ fail: {
    'target-size': [{ selector: 'button', message: 'target is 16x16 px, below 24x24' }],
    axe: [{ selector: 'p', rule: 'color-contrast', message: 'contrast', wcag: '1.4.3' }],
  } }), pages);
  const outcomes = outcomesOf(failing);
  assert.equal(outcomes['2.5.8'], 'failed');
  assert.equal(outcomes['1.4.3'], 'failed');
  assert.equal(outcomes['1.1.1'], 'cantTell');
  assert.match(failing.md, /target is 16x16 px/);
  const partial = outcomesOf(wcagEmFiles(report({ skip: 1 }), pages));
  assert.equal(partial['2.5.8'], 'cantTell');
  const script = outcomesOf(wcagEmFiles(report({ fail: { 'no-script': [{ selector: '<script', message: 'a script' }] } }), pages));
  assert.equal(script['3.2.1'], 'cantTell', 'a script makes the no-script reasoning void, not the criterion failed');
  assert.equal(script['2.5.7'], 'cantTell');
});

test('docs/wcag-em/ is exactly what its committed report.json gives (run `node a11y/wcag-em.mjs --publish` after a full run)', () => {
  const input = readJson(join(PUBLISHED, 'report.json'));
  const files = wcagEmFiles(input, pages);
  assert.equal(readFileSync(join(PUBLISHED, 'wcag-em.json'), 'utf8'), files.json);
  assert.equal(readFileSync(join(PUBLISHED, 'wcag-em.md'), 'utf8'), files.md);
  assert.equal(input.audits.length, combinations(pages).length, 'the published run audited every combination of pages.json');
});
