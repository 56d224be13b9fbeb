// Helpers the checks run inside the page. Installed with page.evaluate (which the page's
// CSP does not block, unlike a <script> tag), as window.__a11y.
export const HELPERS = `
window.__a11y = {
  // A CSS selector a person can use to find the element.
  selector(el) {
    const parts = [];
    for (let node = el; node && node.nodeType === 1 && parts.length < 5; node = node.parentElement) {
      if (node.id) { parts.unshift('#' + CSS.escape(node.id)); break; }
      const siblings = node.parentElement ? [...node.parentElement.children].filter(s => s.tagName === node.tagName) : [];
      const nth = siblings.length > 1 ? ':nth-of-type(' + (siblings.indexOf(node) + 1) + ')' : '';
      parts.unshift(node.tagName.toLowerCase() + nth);
    }
    return parts.join(' > ');
  },
  // Rendered and not hidden on purpose (visually-hidden text is 1x1 px).
  visible(el) {
    // Inside a closed <details> an element is not rendered (content-visibility: hidden),
    // yet Chromium still measures it: checkVisibility() knows the difference.
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
  },
  // What Tab should reach. A group of radio buttons is one tab stop (its checked one, or
  // its first when none is checked); the arrow keys move within it, as HTML specifies.
  focusables() {
    const tabStop = el => {
      if (el.type !== 'radio' || !el.name) return true;
      const group = [...(el.form ?? document).querySelectorAll('input[type=radio]')]
        .filter(r => r.name === el.name && !r.disabled);
      return el === (group.find(r => r.checked) ?? group[0]);
    };
    return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
      .filter(el => !el.disabled && window.__a11y.visible(el) && tabStop(el));
  },
  // Elements whose text is cut off: overflow hidden or clipped, content larger than the box.
  clipped() {
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      if (!window.__a11y.visible(el) || !el.textContent.trim()) continue;
      const style = getComputedStyle(el);
      const hides = v => v === 'hidden' || v === 'clip';
      const overX = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const overY = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (overX || overY) out.push({ selector: window.__a11y.selector(el), message: 'text is clipped (' + el.scrollWidth + 'x' + el.scrollHeight + ' content in a ' + el.clientWidth + 'x' + el.clientHeight + ' box)' });
    }
    return out;
  },
  horizontalScroll() {
    const root = document.documentElement;
    return root.scrollWidth > root.clientWidth + 1 ? [{ selector: 'html', message: 'the page scrolls sideways: ' + root.scrollWidth + ' px of content in ' + root.clientWidth + ' px' }] : [];
  },
};
`;

export async function install(page) {
  await page.evaluate(HELPERS);
}
