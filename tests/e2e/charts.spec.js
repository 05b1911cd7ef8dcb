// The charts on the figures screen: each drawn with its one-sentence summary and its table behind
// "Show as a table" (opened and closed from the keyboard), told apart by shape and pattern as well
// as colour, readable at 360 and 320 px, light and dark, with no axe finding; and the questions
// the records point to, each with its counts. Screenshots go to docs/screens/ when SCREENS=1.
import { test, expect } from './fixtures/test.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { seedDiary } from './fixtures/iphone.js';
import { expectNoViolations } from './fixtures/axe.js';
import { chartsChild, FIRST, LAST, STEP } from './fixtures/charts_diary.js';

const CHARTS = ['Attendance week by week', 'Missed and partly missed, by weekday', 'How big the worries felt',
  'What the worries were about', 'When signs were noticed', `Tries at “${STEP}”`];

async function shot(page, name) {
  if (process.env.SCREENS === '1') await page.screenshot({ path: `docs/screens/${name}.png`, fullPage: true });
}

async function openCharts(page) {
  await seedDiary(page, [chartsChild()]);
  const calendar = new CalendarPage(page);
  await calendar.gotoFigures();
  await calendar.figuresFor(FIRST, LAST);
  const charts = page.getByRole('main').locator('figure.chart');
  await expect(charts).toHaveCount(CHARTS.length);
  return { calendar, charts };
}

/** A chart, found by its title. */
const chart = (page, title) => page.getByRole('main').locator('figure.chart')
  .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

test('each chart is drawn with its summary, legend and table', async ({ page }) => {
  await openCharts(page);
  for (const title of CHARTS) {
    await test.step(title, async () => {
      const figure = chart(page, title);
      const summary = figure.locator('.chart-summary');
      await expect(summary).toHaveText(/\.$/);
      // The picture is named by the summary sentence.
      await expect(figure.getByRole('img')).toHaveAccessibleName(await summary.textContent());
      await expect(figure.locator('svg.chart-drawing')).toBeVisible();
    });
  }
  await test.step('the week with one record is marked too few, half term as no school, not as zero', async () => {
    const weekly = chart(page, 'Attendance week by week');
    await expect(weekly.locator('rect.ch-gap.too-few')).toHaveCount(1);
    await expect(weekly.locator('rect.ch-gap.no-school')).toHaveCount(1);
    await expect(weekly.locator('.chart-legend')).toContainText('Too few days recorded to judge');
    await expect(weekly.locator('.chart-legend')).toContainText('Dashed lines at 90% and 50%');
    await expect(weekly.locator('.chart-summary')).toContainText('1 week had too few days recorded to judge');
  });
  await test.step('series are told apart by pattern: the partly missed days are striped', async () => {
    const weekday = chart(page, 'Missed and partly missed, by weekday');
    await expect(weekday.locator('rect.ch-bar[style*="url(#weekdays-p1)"]').first()).toBeAttached();
    await expect(weekday.locator('pattern#weekdays-p1')).toBeAttached();
    await expect(weekday.locator('.chart-summary')).toHaveText(/^Most missed sessions fell on Monday \(/);
  });
  await test.step('the step shows each try before and after', async () => {
    const step = chart(page, `Tries at “${STEP}”`);
    await expect(step.locator('.chart-summary')).toHaveText(
      'The worry was smaller than expected in 4 of 5 tries; the worry after was lower than the one expected before in 5 of 5.');
    await expect(step.locator('.chart-legend')).toContainText('Highest during');
  });
  await test.step('the questions say their counts and ask', async () => {
    const questions = page.getByRole('main').locator('.card.questions');
    await expect(questions).toContainText(/\d+ of the \d+ missed sessions were on Mondays: is something about Mondays hard\?/);
    await expect(questions).toContainText('Worries about “Noise, light, smells, crowds” came up on');
    await expect(questions).toContainText('Why asked: Devon County Council EBSA guidance; Not Fine in School');
  });
});

test('"Show as a table" opens and closes from the keyboard', async ({ page }) => {
  await openCharts(page);
  const weekly = chart(page, 'Attendance week by week');
  const toggle = weekly.getByRole('button', { name: 'Show as a table' });
  const table = weekly.getByRole('table', { name: 'Attendance for each week' });
  await expect(table).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(table).toBeVisible();
  const hide = weekly.getByRole('button', { name: 'Hide the table' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await expect(hide).toBeFocused();
  await expect(table.getByRole('row', { name: /Week of 3 Nov 2025/ })).toContainText('Too few days recorded to judge');
  await expect(table.getByRole('row', { name: /Week of 27 Oct 2025/ })).toContainText('No school');
  await expectNoViolations(page, 'figures with a chart table open');
  await page.keyboard.press('Space');
  await expect(table).toBeHidden();
  await expect(weekly.getByRole('button', { name: 'Show as a table' })).toHaveAttribute('aria-expanded', 'false');
});

for (const scheme of ['light', 'dark']) {
  test(`the charts at 360 px, ${scheme}, have no axe finding`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openCharts(page);
    await expectNoViolations(page, `charts, ${scheme}`);
    for (const [i, title] of CHARTS.entries()) {
      // The card round the chart, so its title is whole in the picture.
      const card = chart(page, title).locator('..');
      // In the middle of a taller screen (still 360 px wide), so the whole card is in the picture.
      await page.setViewportSize({ width: 360, height: 1100 });
      await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await card.screenshot({ path: test.info().outputPath(`chart-${i}-${scheme}.png`) });
      if (process.env.SCREENS === '1') await card.screenshot({ path: `docs/screens/chart-${i}-${scheme}.png` });
    }
  });
}

for (const scheme of ['light', 'dark']) {
  test(`at 320 px, ${scheme}, nothing runs off the side`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 320, height: 740 });
    await openCharts(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const wide = await page.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > 321 && e.getClientRects().length)
      .slice(0, 5).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`));
    expect(overflow, wide.join('; ')).toBeLessThanOrEqual(0);
    for (const title of CHARTS) {
      const box = await chart(page, title).locator('svg.chart-drawing').boundingBox();
      expect(box.width).toBeGreaterThan(220);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    await expectNoViolations(page, `charts at 320 px, ${scheme}`);
    if (scheme === 'light') await shot(page, 'charts-320');
  });
}

test('printed in black and white, the charts keep their patterns', async ({ page }) => {
  await openCharts(page);
  await page.emulateMedia({ media: 'print' });
  const weekday = chart(page, 'Missed and partly missed, by weekday');
  const colour = await weekday.locator('rect.ch-bar.c0').first().evaluate((el) => getComputedStyle(el).fill);
  expect(colour).toBe('rgb(0, 0, 0)');
  await expect(weekday.locator('rect.ch-bar[style*="url(#weekdays-p1)"]:not([height="0"])').first()).toBeVisible();
  for (const [i, title] of CHARTS.entries()) {
    if (process.env.SCREENS === '1') await chart(page, title).locator('..').screenshot({ path: `docs/screens/chart-${i}-print.png` });
  }
});
