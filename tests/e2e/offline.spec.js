// Once a parent has opened Small Steps, it opens again with no signal: the service worker keeps
// every file of the build, and the diary itself is in localStorage.
import { test, expect } from './fixtures/test.js';
import { AppPage } from './fixtures/app_page.js';

test.use({
  allowedErrors: {
    // With no signal, the Plan and Children screens still look for the group's optional
    // public/group.json; this site has none, so the service worker has no copy of it to answer
    // with, and the browser logs the failed look. The screens show nothing for it, as they should.
    'no signal and no group file ever kept: the look for public/group.json fails':
      /^console\.error: Failed to load resource: net::ERR_FAILED \(at http:\/\/127\.0\.0\.1:\d+\/small-steps\/public\/group\.json\)$/,
  },
});

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
  const app = new AppPage(page);
  await app.startWith('Sam');
  await page.getByRole('button', { name: 'Went in', exact: true }).click();
  await expect(app.notice).toContainText('Saved: Went in, for');
  await keptForOffline(page);

  await context.setOffline(true);
  await app.reload();
  await expect(page.getByRole('button', { name: 'Went in', exact: true })).toHaveAttribute('aria-pressed', 'true');
  for (const screen of ['Calendar', 'Plan', 'Backup', 'Children']) {
    await app.open(screen);
  }
  await expect(page.getByRole('heading', { name: 'This screen could not be opened' })).toHaveCount(0);

  // Recording with no signal works as ever: it is saved on the phone.
  await app.open('Today');
  await page.getByRole('button', { name: 'Late, before the register closed' }).click();
  await expect(app.notice).toContainText('Saved: Late, before the register closed');
  await context.setOffline(false);
});
