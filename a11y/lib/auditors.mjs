// The auditors' own tools (pa11y-ci, Lighthouse CI) get their page lists from pages.json,
// the same list the suite walks, so the three never drift apart. `generate.mjs` writes
// .pa11yci and lighthouserc.json; a self-test fails when the checked-in files differ.
import { combinations } from './config.mjs';

export const BASE_URL = 'http://127.0.0.1:8080';

const CHROME = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
};

// Opens `path` in `lang` through the portal's own language switch.
function inLanguage(base, lang, path) {
  return `${base}/language/${lang}?next=${encodeURIComponent(path)}`;
}

// The pa11y actions that bring a page into its state, or null when pa11y cannot: a state
// whose steps submit a form leaves no address or element to wait for.
function stateActions(base, steps, credentials) {
  const actions = [];
  for (const step of steps) {
    if (step.signIn) {
      const who = credentials[step.signIn];
      const path = step.path ?? '/sign-in';
      actions.push(`navigate to ${base}${path}`, `set field #email to ${who.email}`, `set field #password to ${who.password}`,
        'click element main form button[type=submit]', `wait for path to not be ${path}`);
    } else {
      return null;
    }
  }
  return actions;
}

// One pa11y entry per page x language x state it can reach. A submitted form is reached
// when it answers with errors (it waits for the error summary); a confirmation at the same
// address has nothing to wait for, so those are left to the suite (`node a11y/run.mjs`).
export function pa11yConfig(pages, base = BASE_URL) {
  const urls = [];
  for (const { page, lang, steps } of combinations(pages)) {
    const actions = stateActions(base, steps, pages.credentials);
    if (actions === null) continue;
    if (page.submit && (page.expectStatus ?? 200) !== 400) continue;
    const start = inLanguage(base, lang, steps.length ? (steps[0].path ?? '/sign-in') : page.path);
    if (steps.length) actions.push(`navigate to ${base}${page.path}`);
    if (page.submit) {
      for (const [name, value] of Object.entries(page.submit.fields ?? {})) {
        // pa11y cannot set a field to nothing; clearing it is the same for the form.
        actions.push(value === '' ? `clear field main form [name="${name}"]` : `set field main form [name="${name}"] to ${value}`);
      }
      actions.push('click element main form button[type=submit]', 'wait for element .error-summary to be visible');
    }
    if (page.follow) actions.push(`click element ${page.follow}`, `wait for path to not be ${page.path.split('?')[0]}`);
    // A narrow exception for one page, with its reason beside it in pages.json.
    const hide = page.pa11y?.hideElements;
    if (actions.length || hide) urls.push({ url: start, ...(hide ? { hideElements: hide } : {}), actions });
    else urls.push(start);
  }
  return {
    defaults: { standard: 'WCAG2AA', runners: ['axe', 'htmlcs'], timeout: 30000, chromeLaunchConfig: CHROME },
    urls,
  };
}

// Lighthouse audits addresses only: every page answering 200 without a form to submit or
// a link to follow, in every state that is only a sign-in. The state rides along as the
// address's fragment (`#signed-in-agent`), which the server never sees: before each
// address lighthouse-login.cjs signs out and signs in as that state asks (pages.json).
export function lighthouseConfig(pages, base = BASE_URL) {
  const url = [];
  for (const { page, lang, state, steps } of combinations(pages)) {
    if (page.submit || page.follow || (page.expectStatus ?? 200) !== 200) continue;
    if (!steps.every((step) => step.signIn)) continue;
    url.push(`${inLanguage(base, lang, page.path)}#${state}`);
  }
  return {
    ci: {
      collect: {
        chromePath: CHROME.executablePath,
        // With a puppeteerScript, lhci starts Chromium through puppeteer: its flags are
        // puppeteerLaunchOptions.args (settings.chromeFlags would be ignored).
        settings: {
          onlyCategories: ['accessibility', 'best-practices'],
          disableStorageReset: true,
        },
        numberOfRuns: 1,
        url,
        // Paths are relative to the directory lhci runs in: the repository root.
        puppeteerScript: './a11y/lighthouse-login.cjs',
        puppeteerLaunchOptions: CHROME,
      },
      assert: { assertions: LIGHTHOUSE_ASSERTIONS },
      upload: { target: 'filesystem', outputDir: './a11y/reports/lighthouse' },
    },
  };
}

// Accessibility must score 100 everywhere. The best-practices category is reported (a
// warning), because some of its audits judge the deployment, not the portal (is-on-https,
// redirects-http); the audits that can only be the portal's fault fail the run.
// "pessimistic": Lighthouse CI groups runs by the address they end at, and the Dutch and
// English page end at the same one; the default would pass the group if either passed.
const EVERY_RUN = { minScore: 1, aggregationMethod: 'pessimistic' };
export const LIGHTHOUSE_ASSERTIONS = {
  'categories:accessibility': ['error', EVERY_RUN],
  'categories:best-practices': ['warn', EVERY_RUN],
  ...Object.fromEntries(['errors-in-console', 'inspector-issues', 'doctype', 'charset', 'paste-preventing-inputs', 'image-aspect-ratio']
    .map((audit) => [audit, ['error', EVERY_RUN]])),
};

// The fixed subset the test command runs (LHCI_SUBSET=all runs every address): both
// languages, signed out, the customer, and each staff role, with the dashboard's charts.
export const LIGHTHOUSE_CI_SUBSET = [
  ['nl', '/', 'signed-out'],
  ['en', '/', 'signed-out'],
  ['nl', '/sign-in', 'signed-out'],
  ['en', '/accessibility', 'signed-out'],
  ['nl', '/account', 'signed-in-customer'],
  ['en', '/account/data', 'signed-in-customer'],
  ['nl', '/account/requests/new', 'signed-in-customer'],
  ['nl', '/staff/requests', 'signed-in-agent'],
  ['en', '/staff/requests/AVG-DEMO-30005', 'signed-in-agent'],
  ['en', '/staff/audit', 'signed-in-officer'],
  ['nl', '/staff', 'signed-in-officer'],
  ['en', '/staff', 'signed-in-administrator'],
].map(([lang, path, state]) => `${inLanguage(BASE_URL, lang, path)}#${state}`);

export function asFile(config) {
  return `${JSON.stringify(config, null, 2)}\n`;
}
