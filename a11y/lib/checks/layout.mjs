// Reflow (1.4.10), resize text (1.4.4) and text spacing (1.4.12): things axe cannot see,
// because they only show when the page is laid out at another size or spacing.

async function atViewport(page, viewport, restore) {
  await page.setViewportSize(viewport);
  const found = await page.evaluate(() => [...window.__a11y.horizontalScroll(), ...window.__a11y.clipped()]);
  await page.setViewportSize(restore);
  return found;
}

export async function reflow(page, viewports) {
  const details = await atViewport(page, viewports.reflow, viewports.desktop);
  return { id: 'reflow-320', passed: details.length === 0, details };
}

export async function resize200(page, viewports) {
  const details = await atViewport(page, viewports.resize200, viewports.desktop);
  return { id: 'resize-200', passed: details.length === 0, details };
}

export async function resize400(page, viewports) {
  // 400% of 1280x1024 is 320x256: text must still be there, not cut off or overlapping.
  const details = await atViewport(page, viewports.reflow, viewports.desktop);
  return { id: 'resize-400', passed: details.length === 0, details };
}

// Not a success criterion of its own, but what a phone user meets first: on every page,
// at 320x640 CSS px, the page's own heading must start on the first screen, not below a
// screenful of menus (issue 13). Menus fold into a disclosure on narrow screens for this.
export async function firstScreen(page, viewports) {
  await page.setViewportSize(viewports.phone);
  const top = await page.evaluate(() => {
    window.scrollTo(0, 0);
    const h1 = document.querySelector('h1');
    return h1 ? Math.round(h1.getBoundingClientRect().top) : null;
  });
  await page.setViewportSize(viewports.desktop);
  const details = [];
  if (top === null) details.push({ selector: 'h1', message: 'no h1 to find' });
  else if (top >= viewports.phone.height) {
    details.push({ selector: 'h1', message: `the h1 starts at y=${top}, below the first screen of ${viewports.phone.height} px` });
  }
  return { id: 'first-screen', sc: '-', passed: details.length === 0, details };
}

export async function textSpacing(page) {
  const details = await page.evaluate(() => {
    // Through the CSSOM, which the CSP allows; the served HTML itself has no style attributes.
    const saved = [];
    for (const el of document.querySelectorAll('body, body *')) {
      saved.push([el, el.getAttribute('style')]);
      el.style.setProperty('line-height', '1.5', 'important');
      el.style.setProperty('letter-spacing', '0.12em', 'important');
      el.style.setProperty('word-spacing', '0.16em', 'important');
      if (el.tagName === 'P') el.style.setProperty('margin-bottom', '2em', 'important');
    }
    const found = [...window.__a11y.horizontalScroll(), ...window.__a11y.clipped()];
    for (const [el, style] of saved) {
      if (style === null) el.removeAttribute('style'); else el.setAttribute('style', style);
    }
    return found;
  });
  return { id: 'text-spacing', passed: details.length === 0, details };
}

export async function metaViewport(page) {
  const content = await page.evaluate(() => document.querySelector('meta[name=viewport]')?.getAttribute('content') ?? null);
  const details = [];
  if (content === null) details.push({ selector: 'head', message: 'no <meta name="viewport">' });
  else {
    if (/user-scalable\s*=\s*(no|0)/i.test(content)) details.push({ selector: 'meta[name=viewport]', message: 'user-scalable=no blocks zoom' });
    const max = /maximum-scale\s*=\s*([\d.]+)/i.exec(content);
    if (max && Number(max[1]) < 2) details.push({ selector: 'meta[name=viewport]', message: `maximum-scale=${max[1]} blocks zoom` });
  }
  return { id: 'meta-viewport', passed: details.length === 0, details };
}
