// Reads the suite's configuration files: the axe rule set, the page list and viewports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function loadConfig(dir, pagesFile) {
  return {
    axe: readJson(join(dir, 'axe.config.json')),
    viewports: readJson(join(dir, 'viewports.json')),
    pages: readJson(pagesFile ?? join(dir, 'pages.json')),
  };
}

// Every page x language x state combination the page list asks for.
export function combinations(pages) {
  const out = [];
  for (const page of pages.pages) {
    for (const lang of page.languages ?? pages.languages) {
      for (const state of page.states) {
        out.push({ page, lang, state, steps: pages.states[state]?.steps ?? [] });
      }
    }
  }
  return out;
}
