// Checks on the page's structure and markup: target size (2.5.8), headings (1.3.1, 2.4.6),
// language (3.1.1, 3.1.2), and no script or inline style in the served HTML.

export async function targetSize(page) {
  const details = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')) {
      if (!window.__a11y.visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width >= 24 && r.height >= 24) continue;
      // WCAG's inline exception: a link inside a sentence may be as small as its text.
      const inline = getComputedStyle(el).display === 'inline' && [...el.parentElement.childNodes]
        .some(n => n !== el && n.textContent.trim() !== '');
      if (el.tagName === 'A' && inline) continue;
      out.push({ selector: window.__a11y.selector(el), message: `target is ${Math.round(r.width)}x${Math.round(r.height)} px, below 24x24` });
    }
    return out;
  });
  return { id: 'target-size', passed: details.length === 0, details };
}

export async function headings(page) {
  const levels = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .map(h => ({ level: Number(h.tagName[1]), selector: window.__a11y.selector(h) })));
  const details = [];
  const h1s = levels.filter(h => h.level === 1).length;
  if (h1s !== 1) details.push({ selector: 'h1', message: `${h1s} h1 elements; there must be exactly one` });
  for (let i = 1; i < levels.length; i++) {
    if (levels[i].level > levels[i - 1].level + 1) {
      details.push({ selector: levels[i].selector, message: `h${levels[i].level} follows h${levels[i - 1].level}: a level is skipped` });
    }
  }
  return { id: 'headings', passed: details.length === 0, details };
}

export async function language(page, expected) {
  const found = await page.evaluate(() => ({
    html: document.documentElement.getAttribute('lang'),
    links: [...document.querySelectorAll('a[hreflang]')].map(a => ({ selector: window.__a11y.selector(a), hreflang: a.getAttribute('hreflang'), lang: a.getAttribute('lang') })),
  }));
  const details = [];
  if (found.html !== expected) details.push({ selector: 'html', message: `lang="${found.html}", expected "${expected}"` });
  for (const link of found.links) {
    if (link.lang !== link.hreflang) details.push({ selector: link.selector, message: `language link with hreflang="${link.hreflang}" has lang="${link.lang}"` });
  }
  return { id: 'lang', passed: details.length === 0, details };
}

// On the HTML exactly as served: the portal ships no script at all, and no inline style.
export function noScript(html) {
  const details = [];
  const rules = [
    [/<script\b/i, 'a <script> element'],
    [/<[^>]+\son[a-z]+\s*=/i, 'an inline event handler (on...=)'],
    [/<[^>]+\sstyle\s*=/i, 'a style attribute'],
    [/javascript:/i, 'a javascript: URL'],
  ];
  for (const [pattern, what] of rules) {
    const match = pattern.exec(html);
    if (match) details.push({ selector: match[0].slice(0, 60), message: `the served HTML contains ${what}` });
  }
  return { id: 'no-script', passed: details.length === 0, details };
}
