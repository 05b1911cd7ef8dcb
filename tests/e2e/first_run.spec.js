// A parent opens Small Steps for the first time, starts a diary for Sam, and finds it again later.
import { test, expect } from './fixtures/test.js';
import { WelcomePage } from './fixtures/welcome_page.js';
import { KEYS, NAV_LABELS } from './fixtures/app_page.js';
import { PlanPage } from './fixtures/plan_page.js';
import { longDate, weekdayName } from './fixtures/dates.js';

test.describe('First visit', () => {
  test('the welcome screen says the diary stays on this phone', async ({ page }) => {
    const ui = new WelcomePage(page);
    await ui.visit();

    await expect(ui.heading).toBeVisible();
    await expect(ui.privacy).toHaveText(/stays on this phone\. Nothing is sent anywhere, and there is no account\./);
    await expect(ui.nickname).toBeEditable();
    await expect(ui.nav).toHaveCount(0);
  });

  test('starting without a name says what to do and keeps nothing', async ({ page }) => {
    const ui = new WelcomePage(page);
    await ui.visit();

    await test.step('taps Start with no name', async () => {
      await ui.startButton.click();
    });

    await expect(ui.nameProblem).toBeVisible();
    await expect(ui.nickname).toHaveAttribute('aria-invalid', 'true');
    await expect(ui.nickname).toHaveAccessibleDescription(/Please type a name or nickname\./);
    await expect(ui.nav).toHaveCount(0);
    expect(await ui.stored(KEYS.diary)).toBeNull();

    await test.step('types only spaces and taps Start', async () => {
      // Only spaces is still no name.
      await ui.start('   ');
      await expect(ui.nameProblem).toBeVisible();
      expect(await ui.stored(KEYS.diary)).toBeNull();
    });
  });

  test("starting with Sam opens the diary, with Sam's name at the top", async ({ page }) => {
    const ui = new WelcomePage(page);
    await ui.visit();

    await test.step('types Sam and taps Start', async () => {
      await ui.start('Sam');
    });

    await expect(ui.nav).toBeVisible();
    for (const label of NAV_LABELS) {
      await expect(ui.navLink(label)).toBeVisible();
    }
    await expect(ui.header).toContainText('Sam');
    await expect(ui.notice).toContainText("Welcome. Sam's diary is ready.");
    // The first screen is Today, named with the weekday and the date on the phone's clock.
    const today = await ui.today();
    await expect(ui.mainHeading).toContainText('Today');
    await expect(ui.mainHeading).toHaveText(`Today, ${weekdayName(today)}${longDate(today)}`);
    await expect(ui.navLink('Today')).toHaveAttribute('aria-current', 'page');
    expect(await ui.storedNicknames()).toEqual(['Sam']);
  });

  test('Sam is still there after the page is reloaded', async ({ page }) => {
    const ui = new WelcomePage(page);
    await ui.startWith('Sam');

    await test.step('reloads the page', async () => {
      await ui.reload();
    });

    await expect(ui.heading).toHaveCount(0);
    await expect(ui.header).toContainText('Sam');
    await expect(ui.nav).toBeVisible();
  });

  test('the screen in the address survives a reload and the Back button', async ({ page }) => {
    const ui = new WelcomePage(page);
    await ui.startWith('Sam');

    await test.step('taps Backup, and reloads', async () => {
      await ui.open('Backup');
      await expect(page).toHaveURL(/\/small-steps\/#\/backup$/);
      await expect(ui.navLink('Backup')).toHaveAttribute('aria-current', 'page');
      await ui.reload();
      await expect(ui.mainHeading).toHaveText('Backup');
    });

    await test.step('taps Children, and reloads', async () => {
      await ui.open('Children');
      await expect(page).toHaveURL(/\/small-steps\/#\/children$/);
      await ui.reload();
      await expect(ui.mainHeading).toHaveText('Children');
      await expect(ui.navLink('Children')).toHaveAttribute('aria-current', 'page');
    });

    await test.step('presses Back', async () => {
      await page.goBack();
      await expect(page).toHaveURL(/#\/backup$/);
      await expect(ui.mainHeading).toHaveText('Backup');
      await expect(ui.navLink('Backup')).toHaveAttribute('aria-current', 'page');
    });

    await test.step('presses Forward', async () => {
      await page.goForward();
      await expect(ui.mainHeading).toHaveText('Children');
    });
  });

  test('a bookmarked screen opens straight there', async ({ page }) => {
    const ui = new PlanPage(page);
    await ui.startWith('Sam');

    await test.step("opens the Plan's address", async () => {
      await ui.gotoHub();
    });

    await expect(ui.mainHeading).toHaveText('Plan');
    await expect(ui.navLink('Plan')).toHaveAttribute('aria-current', 'page');
  });
});
