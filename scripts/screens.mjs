// Takes 360x740 screenshots of the main screens in light and dark, for a person to look at (not a test).
// Usage: node scripts/screens.mjs [base-url] [out-dir]
import { chromium } from 'playwright-core';

const [base = 'http://127.0.0.1:8765/small-steps/', out = 'target/screens'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const shots = process.env.SHOTS ? process.env.SHOTS.split(',') : null;
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, colorScheme: scheme });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
  page.on('pageerror', (e) => console.log('page error:', e.message));
  // Moving on from a form with typing not saved asks first; these screenshots move on.
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(base);
  await page.screenshot({ path: `${out}/welcome-${scheme}.png` });
  await page.getByLabel("Your child's name or nickname").fill('Sam');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForSelector('nav');
  await page.screenshot({ path: `${out}/today-${scheme}.png` });
  await page.getByRole('button', { name: /Late, before/ }).click();
  await page.getByText('Add more (all optional)').click();
  await page.getByRole('button', { name: 'Bullying (also online)' }).click();
  await page.getByLabel("In your child's own words").fill('They laughed at me in the corridor');
  await page.getByRole('button', { name: 'Add this worry' }).click();
  await page.getByRole('button', { name: 'Tummy ache' }).click();
  await page.screenshot({ path: `${out}/today-details-${scheme}.png`, fullPage: true });
  for (const screen of ['calendar', 'list', 'figures', 'contacts', 'plan', 'backup', 'children']) {
    if (shots && !shots.includes(screen)) continue;
    await page.goto(`${base}#/${screen}`);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/${screen}-${scheme}.png` });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
