// Audits one page in one language and state: opens it as a visitor would (through the
// real language switch and, for signed-in states, the real sign-in form), then runs axe
// and every custom check.
import { install } from './dom.mjs';
import { axeCheck } from './checks/axe.mjs';
import { reflow, resize200, resize400, textSpacing, metaViewport, firstScreen } from './checks/layout.mjs';
import { keyboardAndFocus, errorFocus } from './checks/keyboard.mjs';
import { targetSize, headings, language, noScript } from './checks/structure.mjs';
import { accessibleNames } from './checks/names.mjs';

export async function auditPage(browser, { baseUrl, page: entry, lang, state, steps, config, credentials }) {
  const context = await browser.newContext({ viewport: config.viewports.desktop });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/language/${lang}?next=/`);
    for (const step of steps) await runStep(page, baseUrl, step, credentials);
    let response = await page.goto(baseUrl + entry.path);
    if (entry.submit) response = await submit(page, entry.submit);
    // Pages whose address holds an id the harness cannot know (one contact moment): open
    // the list, then follow its first link that matches.
    if (entry.follow) response = await follow(page, entry.follow);
    const status = response?.status() ?? 0;
    const html = (await response?.text()) ?? '';
    const results = [];
    const expectStatus = entry.expectStatus ?? 200;
    // A signed-in page that sent us to the sign-in form would otherwise pass as a 200.
    // Path and query: a page whose state is in its address (a filter, a bad date) counts.
    const address = (url) => url.pathname + url.search;
    const landed = address(new URL(page.url()));
    const redirected = !entry.submit && !entry.follow && landed !== address(new URL(baseUrl + entry.path));
    const statusOk = status === expectStatus && !redirected;
    const problem = redirected ? `redirected to ${landed}` : `status ${status}, expected ${expectStatus}`;
    results.push({ id: 'status', passed: statusOk, details: statusOk ? [] : [{ selector: entry.path, message: problem }] });
    await install(page);
    results.push(noScript(html));
    results.push(await language(page, lang));
    results.push(await headings(page));
    results.push(await metaViewport(page));
    results.push(await axeCheck(page, config.axe));
    results.push(await accessibleNames(page, context));
    results.push(await targetSize(page));
    results.push(await errorFocus(page));
    results.push(...await keyboardAndFocus(page));
    results.push(await reflow(page, config.viewports));
    results.push(await resize200(page, config.viewports));
    results.push(await resize400(page, config.viewports));
    results.push(await textSpacing(page));
    results.push(await firstScreen(page, config.viewports));
    if (entry.enterSubmits) results.push(await enterSubmits(page, entry.enterSubmits));
    return { name: entry.name, path: entry.path, lang, state, results };
  } finally {
    await context.close();
  }
}

async function follow(page, selector) {
  const [response] = await Promise.all([page.waitForNavigation(), page.locator(selector).first().click()]);
  return response;
}

// Steps that bring a page into a state: signing in, submitting a form.
async function runStep(page, baseUrl, step, credentials) {
  if (step.goto) await page.goto(baseUrl + step.goto);
  if (step.signIn) {
    const who = credentials[step.signIn];
    await page.goto(baseUrl + (step.path ?? '/sign-in'));
    await page.getByLabel(step.emailLabel ?? /e-mail/i).first().fill(who.email);
    await page.getByLabel(step.passwordLabel ?? /(wachtwoord|password)/i).first().fill(who.password);
    await Promise.all([page.waitForNavigation(), page.locator('form button[type=submit]').first().click()]);
  }
  if (step.submit) await submit(page, step.submit);
}

// Fills the page's form (or `submit.form`) and submits it; returns the response it leads to.
// Radio buttons and checkboxes are chosen by their value; other fields are typed into.
async function submit(page, { form = 'main form', fields = {} }) {
  for (const [name, value] of Object.entries(fields)) {
    const field = page.locator(`${form} [name="${name}"]`);
    const type = await field.first().getAttribute('type');
    if (type === 'radio' || type === 'checkbox') {
      await page.locator(`${form} [name="${name}"][value="${value}"]`).check();
    } else {
      await field.fill(value);
    }
  }
  const [response] = await Promise.all([page.waitForNavigation(), page.locator(`${form} button[type=submit]`).first().click()]);
  return response;
}

async function enterSubmits(page, selector) {
  await page.focus(selector);
  const [navigation] = await Promise.all([page.waitForNavigation({ timeout: 5000 }).catch(() => null), page.keyboard.press('Enter')]);
  const passed = navigation !== null;
  return { id: 'enter-submits', passed, details: passed ? [] : [{ selector, message: 'Enter in this field did not submit the form' }] };
}
