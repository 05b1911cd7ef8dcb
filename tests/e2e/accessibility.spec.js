// Every screen and state a parent meets, checked with axe-core against WCAG 2.1 A and AA, in light
// and dark colour schemes; and the keyboard reaches the navigation with a visible focus ring.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';
import { WelcomePage } from './fixtures/welcome_page.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { BackupPage } from './fixtures/backup_page.js';
import { KEYS, NAV_LABELS } from './fixtures/app_page.js';
import { V1_FIXTURE_PATH, fileFrom } from './fixtures/backup_files.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's findings as lines a person can act on. */
function describe(violations) {
  return violations
    .map((v) => [
      `${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`,
      ...v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`),
    ].join('\n'))
    .join('\n\n');
}

async function expectNoViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations, `${what}:\n${describe(results.violations)}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark']) {
  test.describe(`Accessibility in the ${colorScheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('the welcome screen, and its message for a missing name', async ({ page }) => {
      const ui = new WelcomePage(page);
      await ui.goto();
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      await expectNoViolations(page, 'welcome screen');

      await ui.startButton.click();
      await expect(page.getByText('Please type a name or nickname.')).toBeVisible();
      await expectNoViolations(page, 'welcome screen with a field error');
    });

    for (const screen of NAV_LABELS) {
      test(`the ${screen} screen`, async ({ page }) => {
        const ui = new ChildrenPage(page);
        await ui.startWith('Sam');
        await ui.goto();
        await ui.addChild('Alex'); // Two children, so the header offers a choice.
        await ui.open(screen);
        await expectNoViolations(page, `${screen} screen`);
      });
    }

    test('the import preview and the replace confirmation', async ({ page }) => {
      const ui = new BackupPage(page);
      await ui.startWith('Sam');
      await ui.goto();
      await ui.pick(V1_FIXTURE_PATH);
      await expect(ui.preview).toBeVisible();
      await expectNoViolations(page, 'import preview');

      await ui.replaceWhatIsHere.click();
      await expect(ui.replaceConfirmation).toBeVisible();
      await expectNoViolations(page, 'replace confirmation');
    });

    test('an import error', async ({ page }) => {
      const ui = new BackupPage(page);
      await ui.startWith('Sam');
      await ui.goto();
      await ui.pick(fileFrom('v99.json', JSON.stringify({ format: 'small-steps', version: 99, children: [] })));
      await expect(ui.importProblem).toBeVisible();
      await expectNoViolations(page, 'import error');
    });

    test('the remove confirmation and the rename form with an error', async ({ page }) => {
      const ui = new ChildrenPage(page);
      await ui.startWith('Sam');
      await ui.goto();
      await ui.askToRemove('Sam');
      await expect(ui.removeConfirmation('Sam')).toBeVisible();
      await expectNoViolations(page, 'remove confirmation');

      await ui.removeConfirmation('Sam').getByRole('button', { name: 'Keep' }).click();
      await ui.startRenaming('Sam');
      await ui.renameField('Sam').fill('S'.repeat(81));
      await ui.saveNameButton('Sam').click();
      await expect(ui.card('Sam').getByText(/This is 81 characters long/)).toBeVisible();
      await expectNoViolations(page, 'rename form with a too-long name');
    });

    test('the banners for unreadable data and for a change in another tab', async ({ page }) => {
      const ui = new ChildrenPage(page);
      await ui.startWith('Sam');
      await ui.setStored(KEYS.diary, '{not json');
      await ui.reload();
      await expect(ui.loadProblem).toBeVisible();
      await expectNoViolations(page, 'unreadable data banner');

      await new WelcomePage(page).start('Sam');
      await ui.goto();
      await ui.setStored(KEYS.revision, '999999');
      await ui.addChild('Alex');
      await expect(ui.conflict).toBeVisible();
      await expectNoViolations(page, 'changed-in-another-tab banner');
    });
  });
}

test.describe('Keyboard', () => {
  /** Presses Tab until the element `isTarget` is focused; returns what was focused on the way. */
  async function tabUntil(page, isTarget, limit = 40) {
    const path = [];
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return { tag: el.tagName, text: (el.textContent || '').trim(), inNav: !!el.closest('nav') };
      });
      path.push(`${focused.tag} "${focused.text}"`);
      if (isTarget(focused)) return path;
    }
    throw new Error(`Not reached after ${limit} Tabs: ${path.join(' > ')}`);
  }

  async function focusRing(page) {
    return page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
  }

  test('Tab from the top reaches every navigation link, each with a visible focus ring', async ({ page }) => {
    const ui = new ChildrenPage(page);
    await ui.startWith('Sam');
    await ui.goto('#/today');
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await tabUntil(page, (f) => f.inNav && f.tag === 'A');

    for (const label of NAV_LABELS) {
      await expect(ui.navLink(label)).toBeFocused();
      const ring = await focusRing(page);
      expect(ring.style, `focus ring on ${label}`).not.toBe('none');
      expect(ring.width, `focus ring on ${label}`).toBeGreaterThan(0);
      await page.keyboard.press('Tab');
    }
  });

  test('the keyboard can open a screen and use its buttons, with focus always visible', async ({ page }) => {
    const ui = new ChildrenPage(page);
    await ui.startWith('Sam');
    await ui.goto('#/today');

    await ui.navLink('Children').focus();
    await page.keyboard.press('Enter');
    await expect(ui.mainHeading).toHaveText('Children');

    await ui.card('Sam').getByRole('button', { name: 'Rename' }).focus();
    expect((await focusRing(page)).style).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(ui.renameField('Sam')).toBeVisible();
    await ui.renameField('Sam').focus();
    expect((await focusRing(page)).style).not.toBe('none');
  });

  test('the welcome screen can be completed with the keyboard alone', async ({ page }) => {
    const ui = new WelcomePage(page);
    await ui.goto();
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await tabUntil(page, (f) => f.tag === 'INPUT');
    await expect(ui.nickname).toBeFocused();
    expect((await focusRing(page)).style).not.toBe('none');
    await page.keyboard.type('Sam');
    await page.keyboard.press('Enter');

    await expect(ui.nav).toBeVisible();
    await expect(ui.header).toContainText('Sam');
  });
});
