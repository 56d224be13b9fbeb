// Writes .pa11yci and lighthouserc.json from pages.json: `node a11y/generate.mjs`.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJson } from './lib/config.mjs';
import { asFile, lighthouseConfig, pa11yConfig } from './lib/auditors.mjs';

const dir = dirname(fileURLToPath(import.meta.url));
const pages = readJson(join(dir, 'pages.json'));
writeFileSync(join(dir, '.pa11yci'), asFile(pa11yConfig(pages)));
writeFileSync(join(dir, 'lighthouserc.json'), asFile(lighthouseConfig(pages)));
console.log(`.pa11yci: ${pa11yConfig(pages).urls.length} entries; lighthouserc.json: ${lighthouseConfig(pages).ci.collect.url.length} URLs`);
