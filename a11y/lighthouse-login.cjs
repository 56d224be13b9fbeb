// Lighthouse CI runs this before each address in lighthouserc.json ("puppeteerScript").
// The address's fragment names the state from pages.json (`#signed-in-officer`): it signs
// out, then signs in through the real form as that state asks, so each page is audited
// exactly as the suite audits it. Needs puppeteer-core next to @lhci/cli (a11y/README.md).
const { join } = require('node:path');
const pages = require(join(__dirname, 'pages.json'));

module.exports = async (browser, { url }) => {
  const address = new URL(url);
  const state = decodeURIComponent(address.hash.slice(1)) || 'signed-out';
  const steps = pages.states[state]?.steps;
  if (!steps) throw new Error(`lighthouse-login.cjs: ${url} names no state of pages.json`);
  const page = await browser.newPage();
  try {
    // Lighthouse keeps cookies between addresses (disableStorageReset), so start afresh.
    const cdp = await page.createCDPSession();
    await cdp.send('Network.clearBrowserCookies');
    for (const step of steps) {
      if (!step.signIn) throw new Error(`lighthouse-login.cjs: state ${state} does more than sign in`);
      const who = pages.credentials[step.signIn];
      const form = step.path ?? '/sign-in';
      await page.goto(`${address.origin}${form}`);
      await page.type('#email', who.email);
      await page.type('#password', who.password);
      await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
      if (new URL(page.url()).pathname === form) throw new Error(`lighthouse-login.cjs: signing in as ${step.signIn} failed`);
    }
  } finally {
    await page.close();
  }
};
