// Lighthouse CI signs in through the real form before it audits the pages behind sign-in.
// Used by lighthouserc.json ("puppeteerScript"); credentials of the README's demo customer.
module.exports = async (browser, context) => {
  const base = new URL(context.url).origin;
  const page = await browser.newPage();
  await page.goto(`${base}/sign-in`);
  await page.type('#email', 'sanne.devries@example.nl');
  await page.type('#password', 'tulpen fiets regenjas 42');
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  await page.close();
};
