// The checked-in auditor configs are exactly what pages.json generates: a page added to
// the suite reaches pa11y and Lighthouse too, or this fails (run `node a11y/generate.mjs`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJson } from '../lib/config.mjs';
import { asFile, lighthouseConfig, pa11yConfig, LIGHTHOUSE_CI_SUBSET } from '../lib/auditors.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const pages = readJson(join(dir, 'pages.json'));

test('.pa11yci is generated from pages.json', () => {
  assert.equal(readFileSync(join(dir, '.pa11yci'), 'utf8'), asFile(pa11yConfig(pages)));
});

test('lighthouserc.json is generated from pages.json', () => {
  assert.equal(readFileSync(join(dir, 'lighthouserc.json'), 'utf8'), asFile(lighthouseConfig(pages)));
});

test('pa11y reaches staff pages and error states, in both languages', () => {
  const urls = pa11yConfig(pages).urls;
  const text = JSON.stringify(urls);
  assert.ok(text.includes('/staff/requests'), 'staff pages');
  assert.ok(text.includes('wait for element .error-summary to be visible'), 'an error state');
  assert.ok(text.includes('/language/en?next=') && text.includes('/language/nl?next='));
  assert.ok(urls.length >= 100, `${urls.length} entries`);
});

test('Lighthouse audits every sign-in state, each address once, the state in its fragment', () => {
  const urls = lighthouseConfig(pages).ci.collect.url;
  assert.equal(new Set(urls).size, urls.length, 'no address twice');
  const states = new Set(urls.map((u) => new URL(u).hash.slice(1)));
  for (const state of ['signed-out', 'signed-in-customer', 'signed-in-agent', 'signed-in-officer', 'signed-in-administrator']) {
    assert.ok(states.has(state), state);
  }
  for (const state of states) assert.ok(pages.states[state]?.steps.every((s) => s.signIn), `${state} is a sign-in state of pages.json`);
  assert.ok(urls.some((u) => u.includes('/language/en?next=')) && urls.some((u) => u.includes('/language/nl?next=')));
});

test('the test command\'s Lighthouse subset is part of lighthouserc.json', () => {
  const urls = new Set(lighthouseConfig(pages).ci.collect.url);
  assert.ok(LIGHTHOUSE_CI_SUBSET.length >= 8);
  for (const url of LIGHTHOUSE_CI_SUBSET) assert.ok(urls.has(url), url);
});
