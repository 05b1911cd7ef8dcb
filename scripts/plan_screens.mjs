// Drafts a small plan and takes 360x740 screenshots of the plan screens and the meeting pack,
// plus the pack as an A4 PDF, for a person to look at (not a test).
// Usage: node scripts/plan_screens.mjs [base-url] [out-dir]
import { chromium } from 'playwright-core';

const [base = 'http://127.0.0.1:8765/small-steps/', out = 'target/screens'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(base);
await page.getByLabel("Your child's name or nickname").fill('Sam');
await page.getByRole('button', { name: 'Start' }).click();
await page.goto(`${base}#/plan`);
await page.screenshot({ path: `${out}/plan-hub.png` });
await page.goto(`${base}#/plan/understanding`);
await page.getByLabel('What is hard about school?').fill('The noise in the corridors and lunch hall. Being told off for being late.');
await page.getByLabel('A worry').first().fill('Getting lost between lessons');
await page.getByLabel('A best thing').first().fill('Art with Mr Jones');
await page.getByLabel('What was tried').fill('Part-time timetable in October');
await page.getByLabel('How it went').fill('Managed mornings for two weeks');
await page.getByRole('button', { name: 'Add this', exact: true }).click();
await page.getByRole('button', { name: 'Save stage 1' }).click();
await page.screenshot({ path: `${out}/plan-understanding.png` });
await page.goto(`${base}#/plan/steps`);
await page.getByLabel('Name of the ladder').fill('Getting into school');
await page.getByRole('button', { name: 'Add ladder' }).click();
for (const [what, rating] of [['Drive past school at the weekend', '2'], ['Video call with Miss Ahmed', '3'], ['Walk to the gate with Mum', '5'], ['Go into the library for 20 minutes', '7']]) {
  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.getByLabel('The step').fill(what);
  await page.getByLabel(/How hard does it feel/).selectOption(rating);
  await page.getByRole('button', { name: 'Save step' }).click();
}
await page.screenshot({ path: `${out}/plan-steps.png`, fullPage: true });
await page.goto(`${base}#/plan/review`);
await page.getByRole('button', { name: 'Save review' }).click();
await page.screenshot({ path: `${out}/plan-review.png` });
await page.goto(`${base}#/pack`);
await page.screenshot({ path: `${out}/pack.png`, fullPage: true });
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: `${out}/pack.pdf`, format: 'A4', printBackground: true });
await browser.close();
console.log(`screenshots in ${out}`);
