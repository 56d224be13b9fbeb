// axe-core, injected with page.evaluate: a <script> tag would be (rightly) blocked by the CSP.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = require('axe-core/package.json').version;

// wcag143 -> 1.4.3; best-practice rules have no criterion.
function criteria(tags) {
  return tags.filter(t => /^wcag\d{3,4}$/.test(t)).map(t => t.slice(4).split('').join('.').replace(/^(\d)\.(\d)\.(\d)\.(\d)$/, '$1.$2.$3$4'));
}

export async function axeCheck(page, axeConfig) {
  await page.evaluate(source);
  const result = await page.evaluate(async ({ tags, rules }) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
    return r.violations.map(v => ({ id: v.id, help: v.help, helpUrl: v.helpUrl, tags: v.tags, impact: v.impact, targets: v.nodes.map(n => n.target.join(' ')) }));
  }, { tags: axeConfig.tags, rules: axeConfig.rules ?? {} });
  const details = result.flatMap(v => v.targets.map(selector => ({
    selector, rule: v.id, message: v.help, helpUrl: v.helpUrl, wcag: criteria(v.tags).join(', ') || 'best practice', impact: v.impact,
  })));
  return { id: 'axe', passed: details.length === 0, details };
}
