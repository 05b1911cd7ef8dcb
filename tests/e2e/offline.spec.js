// Once a parent has opened Small Steps, it opens again with no signal: the service worker keeps
// every file of the build, and the diary itself is in localStorage.
import { test, expect } from './fixtures/test.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { DayPage } from './fixtures/day_page.js';
import { PlanPage } from './fixtures/plan_page.js';

// With no signal, the Plan and Children screens still look for the group's optional
// public/group.json; this site has none and the service worker has no copy of it, so it answers
// "no content", and nothing is logged (no error is allowed here).
test.use({ groupFile: 'absent-quietly' });

/** Waits until the service worker is in charge of the page and has kept this build's files. */
async function keptForOffline(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(async () => {
    const names = await caches.keys();
    const kept = names.length ? await (await caches.open(names[0])).keys() : [];
    return ['_bg.wasm', '/split_day_list.wasm', '/split_figures.wasm', '/split_contacts.wasm', '/split_plan.wasm', '/split_plan_understanding.wasm',
      '/split_plan_steps.wasm', '/split_plan_adjustments.wasm', '/split_plan_review.wasm', '/split_pack.wasm', '/split_pack_page.wasm',
      '/split_settings.wasm', '/split_children.wasm', '/split_letters.wasm', '/split_my_turn.wasm', '/split_saving.wasm']
      .every((file) => kept.some((r) => r.url.endsWith(file)));
  })).toBe(true);
}

test('after one visit, the app opens with no signal, with every screen and the diary', async ({ page, context }) => {
  const day = new DayPage(page);
  await test.step('starts a diary for Sam and taps "Went in"', async () => {
    await day.startWith('Sam');
    await day.record('Went in');
    await expect(day.notice).toContainText('Saved: Went in, for');
    await keptForOffline(page);
  });

  await test.step('loses the signal and opens Small Steps again: the day is there', async () => {
    await context.setOffline(true);
    await day.reload();
    await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'true');
  });
  await test.step('taps Calendar, Plan, Backup and Children: each opens', async () => {
    for (const screen of ['Calendar', 'Plan', 'Backup', 'Children']) {
      await day.open(screen);
    }
    await expect(day.screenProblem).toHaveCount(0);
  });
  await test.step("opens the list of days, the plan's first stage and the meeting pack (each in a part of its own): each opens", async () => {
    await page.evaluate(() => { location.hash = '#/list'; });
    await expect(new CalendarPage(page).view('List')).toHaveAttribute('aria-current', 'page');
    await page.evaluate(() => { location.hash = '#/plan/understanding'; });
    await expect(new PlanPage(page).stageTab('understanding')).toHaveAttribute('aria-current', 'page');
    await page.evaluate(() => { location.hash = '#/pack'; });
    await expect(page.getByRole('main').getByRole('heading', { level: 2, name: 'Meeting pack' })).toBeVisible();
    await expect(day.screenProblem).toHaveCount(0);
  });

  await test.step('taps Today and records "Late, before the register closed" with no signal', async () => {
    // Recording with no signal works as ever: it is saved on the phone.
    await day.open('Today');
    await day.record('Late, before the register closed');
    await expect(day.notice).toContainText('Saved: Late, before the register closed');
  });
  await context.setOffline(false);
});
