// Takes 360x740 screenshots of the main screens, for a person to look at (not a test).
// Usage: node scripts/screens.mjs http://127.0.0.1:8765/small-steps/ out-dir
import { chromium } from 'playwright-core';

const [base = 'http://127.0.0.1:8765/small-steps/', out = 'target/screens'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, colorScheme: scheme });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
  await page.goto(base);
  await page.screenshot({ path: `${out}/welcome-${scheme}.png` });
  await page.getByLabel("Your child's name or nickname").fill('Sam');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForSelector('nav');
  for (const screen of ['today', 'calendar', 'plan', 'backup', 'children']) {
    await page.goto(`${base}#/${screen}`);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${screen}-${scheme}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
