// Keyboard (2.1.1, 2.1.2, 2.4.3) and visible focus (2.4.7, 2.4.11): a real Tab walk.
// Each element reached is photographed focused; after the walk, unfocused. The two must
// differ, and the outline must have 3:1 contrast with what is behind it.

const PAD = 4;

export async function keyboardAndFocus(page) {
  const expected = await page.evaluate(() => window.__a11y.focusables().map((el, i) => {
    el.dataset.a11yIndex = String(i);
    return { index: i, selector: window.__a11y.selector(el) };
  }));
  const visits = [];
  const shots = new Map();
  // The walk starts at the top of the page. A blur alone would leave Chromium's starting
  // point where the focus was (the error summary, which has it after a form error), so
  // the focus is put on a stand-in at the very start of the body first.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'a11y-walk-start';
    document.body.prepend(start);
    start.focus();
    window.scrollTo(0, 0);
  });
  for (let press = 0; press < expected.length + 5; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((pad) => {
      const el = document.activeElement;
      if (!el || el === document.body || el.dataset.a11yIndex === undefined) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      let bg = 'rgba(0, 0, 0, 0)';
      for (let node = el.parentElement; node; node = node.parentElement) {
        const c = getComputedStyle(node).backgroundColor;
        if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; }
      }
      return {
        index: Number(el.dataset.a11yIndex),
        clip: { x: Math.max(0, r.x - pad), y: Math.max(0, r.y - pad), width: r.width + 2 * pad, height: r.height + 2 * pad },
        outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, shadow: style.boxShadow },
        background: bg === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : bg,
        scrollY: window.scrollY,
      };
    }, PAD);
    visits.push(focused?.index ?? null);
    if (focused && !shots.has(focused.index)) {
      shots.set(focused.index, { ...focused, focusedShot: await page.screenshot({ clip: focused.clip }) });
    }
  }

  const keyboard = [];
  const reached = new Set(visits.filter(v => v !== null));
  for (const item of expected) {
    if (!reached.has(item.index)) keyboard.push({ selector: item.selector, message: 'never reached with Tab' });
  }
  const firstVisits = [...new Set(visits.filter(v => v !== null))];
  for (let i = 1; i < firstVisits.length; i++) {
    if (firstVisits[i] < firstVisits[i - 1]) {
      keyboard.push({ selector: expected[firstVisits[i]].selector, message: `reached after ${expected[firstVisits[i - 1]].selector}, against the reading order` });
    }
  }
  for (let i = 2; i < visits.length; i++) {
    if (expected.length > 1 && visits[i] !== null && visits[i] === visits[i - 1] && visits[i] === visits[i - 2]) {
      keyboard.push({ selector: expected[visits[i]].selector, message: 'focus stays here: a keyboard trap' });
      break;
    }
  }

  const focus = [];
  await page.evaluate(() => { document.activeElement?.blur(); document.getElementById('a11y-walk-start')?.remove(); });
  for (const [index, shot] of shots) {
    await page.evaluate((y) => window.scrollTo(0, y), shot.scrollY);
    const plain = await page.screenshot({ clip: shot.clip });
    const selector = expected[index].selector;
    if (plain.equals(shot.focusedShot)) {
      focus.push({ selector, message: 'looks the same focused and unfocused' });
      continue;
    }
    const { style, width, color, shadow } = shot.outline;
    if (style !== 'none' && width >= 2) {
      const ratio = contrast(color, shot.background);
      if (ratio < 3) focus.push({ selector, message: `focus outline contrast ${ratio.toFixed(2)}:1 against ${shot.background}, below 3:1` });
    } else if (!shadow || shadow === 'none') {
      focus.push({ selector, message: `no focus outline of at least 2 px (outline: ${style} ${width}px)` });
    }
  }
  return [
    { id: 'keyboard', passed: keyboard.length === 0, details: keyboard, reached: reached.size, expected: expected.length },
    { id: 'focus-visible', passed: focus.length === 0, details: focus },
  ];
}

function rgb(text) {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(text ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}

function luminance([r, g, b]) {
  const lin = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a, b) {
  const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

// After a form error the error summary has the focus as the page loads (issue 13): a
// screen reader reads the problems at once, and Tab goes on to the first of them. The
// portal does it without script (autofocus on a tabindex="-1" summary). Pages without an
// error summary pass. It runs before the Tab walk, which moves the focus.
export async function errorFocus(page) {
  const focused = () => {
    const summary = document.querySelector('.error-summary');
    return summary ? document.activeElement === summary : null;
  };
  // Autofocus happens at the first rendering after the load; give it that moment.
  await page.waitForFunction(focused, null, { timeout: 1000 }).catch(() => {});
  const state = await page.evaluate(focused);
  const details = state === false
    ? [{ selector: '.error-summary', message: `the focus is on ${await page.evaluate(() => window.__a11y.selector(document.activeElement))}, not on the error summary` }]
    : [];
  return { id: 'error-focus', sc: '-', passed: details.length === 0, details };
}
