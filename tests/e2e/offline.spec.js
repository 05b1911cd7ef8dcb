// Once a parent has opened Small Steps, it opens again with no signal: the service worker keeps
// every file of the build, and the diary itself is in localStorage.
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';

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
    return kept.some((r) => r.url.endsWith('_bg.wasm')) && kept.some((r) => r.url.endsWith('/split_plan.wasm'));
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

  await test.step('taps Today and records "Late, before the register closed" with no signal', async () => {
    // Recording with no signal works as ever: it is saved on the phone.
    await day.open('Today');
    await day.record('Late, before the register closed');
    await expect(day.notice).toContainText('Saved: Late, before the register closed');
  });
  await context.setOffline(false);
});
