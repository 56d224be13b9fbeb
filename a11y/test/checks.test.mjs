// The suite's own tests: every check must fire on a page built to break it, and nothing
// may fire on a good page. Run with: node --test a11y/test/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../lib/browser.mjs';
import { loadConfig } from '../lib/config.mjs';
import { auditPage } from '../lib/audit.mjs';
import { startFixtureServer } from './server.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = loadConfig(here);
let browser;
let fixtures;

before(async () => {
  browser = await launch();
  fixtures = await startFixtureServer();
});
after(async () => {
  await browser.close();
  fixtures.server.close();
});

async function audit(file, lang = 'en') {
  const result = await auditPage(browser, {
    baseUrl: fixtures.baseUrl, page: { name: file, path: `/${file}` }, lang, state: 'signed-out', steps: [], config, credentials: {},
  });
  return Object.fromEntries(result.results.map(r => [r.id, r]));
}

function failing(results) {
  return Object.values(results).filter(r => !r.passed).map(r => r.id).sort();
}

test('a good page passes every check', async () => {
  assert.deepEqual(failing(await audit('good.html')), []);
});

test('a radio group is one tab stop, as HTML makes it', async () => {
  const results = await audit('radio-group.html');
  assert.equal(results.keyboard.passed, true, JSON.stringify(results.keyboard.details));
});

test('a link inside a closed details is not a tab stop until it is opened', async () => {
  const results = await audit('closed-details.html');
  assert.equal(results.keyboard.passed, true, JSON.stringify(results.keyboard.details));
});

test('a missing label fails axe and the accessible-name check', async () => {
  const results = await audit('missing-label.html');
  assert.ok(results.axe.details.some(d => d.rule === 'label'), JSON.stringify(results.axe.details));
  assert.equal(results['accessible-name'].passed, false);
});

test('low contrast fails axe with its WCAG criterion', async () => {
  const results = await audit('low-contrast.html');
  const finding = results.axe.details.find(d => d.rule === 'color-contrast');
  assert.ok(finding, JSON.stringify(results.axe.details));
  assert.match(finding.wcag, /1\.4\.3/);
  assert.match(finding.helpUrl, /^https:\/\//);
});

test('outline: none fails the focus-visible check', async () => {
  const results = await audit('outline-none.html');
  assert.equal(results['focus-visible'].passed, false);
  assert.match(results['focus-visible'].details[0].message, /same focused and unfocused/);
});

test('an h1 below a screenful of menus fails first-screen at 320x640', async () => {
  const results = await audit('menus-first.html');
  assert.equal(results['first-screen'].passed, false);
  assert.match(results['first-screen'].details[0].message, /below the first screen/);
});

test('an error summary without the focus fails error-focus; with autofocus it passes', async () => {
  const missed = await audit('error-not-focused.html');
  assert.equal(missed['error-focus'].passed, false);
  assert.match(missed['error-focus'].details[0].message, /not on the error summary/);
  assert.equal((await audit('error-focused.html'))['error-focus'].passed, true);
});

test('a 600 px block fails reflow at 320 px', async () => {
  const results = await audit('too-wide.html');
  assert.equal(results['reflow-320'].passed, false);
  assert.equal(results['resize-400'].passed, false);
  assert.equal(results['resize-200'].passed, true, '600 px still fits in 640');
});

test('text clipped by spacing fails the text-spacing check', async () => {
  const results = await audit('clipped-spacing.html');
  assert.equal(results['text-spacing'].passed, false);
  assert.match(results['text-spacing'].details[0].message, /clipped/);
});

test('a keyboard trap fails the keyboard check', async () => {
  const results = await audit('keyboard-trap.html');
  assert.equal(results.keyboard.passed, false);
  const messages = results.keyboard.details.map(d => d.message).join(' | ');
  assert.match(messages, /keyboard trap|never reached/);
});

test('markup problems: script, style attribute, headings, zoom, language, target size', async () => {
  const results = await audit('keyboard-trap.html');
  assert.equal(results['no-script'].passed, false, 'a <script> element');
  const markup = await audit('markup.html', 'en');
  assert.equal(markup['no-script'].passed, false, 'a style attribute');
  assert.match(markup['no-script'].details.map(d => d.message).join(), /style attribute/);
  assert.equal(markup.headings.passed, false);
  assert.equal(markup.headings.details.length, 2, 'two h1s, and h4 after h1');
  assert.equal(markup['meta-viewport'].passed, false);
  assert.equal(markup.lang.passed, false);
  assert.equal(markup.lang.details.length, 2, 'wrong html lang, and a language link without lang');
  assert.equal(markup['target-size'].passed, false);
});

test('a wrong status is reported', async () => {
  const result = await auditPage(browser, {
    baseUrl: fixtures.baseUrl, page: { name: 'missing', path: '/missing.html' }, lang: 'en', state: 'signed-out', steps: [], config, credentials: {},
  });
  assert.equal(result.results.find(r => r.id === 'status').passed, false);
});
