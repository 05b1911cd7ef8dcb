// Every screen and state a parent meets, checked with axe-core against WCAG 2.1 A and AA, in light
// and dark colour schemes; and the keyboard reaches the navigation with a visible focus ring.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures/test.js';
import { describe, expectNoViolations } from './fixtures/axe.js';
import { WelcomePage } from './fixtures/welcome_page.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { BackupPage } from './fixtures/backup_page.js';
import { KEYS, NAV_LABELS } from './fixtures/app_page.js';
import { V1_FIXTURE_PATH, fileFrom } from './fixtures/backup_files.js';
import { DayPage } from './fixtures/day_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { addDays, weekdayName } from './fixtures/dates.js';

const LABEL_IN_NAME = 'label-content-name-mismatch';


/** Every day status, so each status colour is on screen somewhere (src/domain/diary/day.rs). */
const ALL_STATUSES = ['Went in', 'Late, before the register closed', 'Late, after the register closed',
  'Went in, missed some lessons', 'Left or collected early', 'Went in, very distressed', 'Off ill (body or mind)',
  "Couldn't get out of the door", 'Medical appointment', 'Reduced-timetable day', 'Off-site provision', 'Excluded', 'No school (weekend, holiday, INSET)'];

/** The first day of last month, as "YYYY-MM-DD". */
function firstOfLastMonth(today) {
  return addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7) + '-01';
}

/**
 * Starts Sam's diary and records days 1 to 13 of last month, one of each status, the 3rd with a worry.
 * Last month's first days also show, greyed, at the end of the month before's grid.
 */
async function diaryWithEveryStatus(page) {
  const day = new DayPage(page);
  await day.startWith('Sam');
  const first = firstOfLastMonth(await day.today());
  await test.step('records the first thirteen days of last month, one of each status', async () => {
    for (const [i, status] of ALL_STATUSES.entries()) {
      const iso = addDays(first, i);
      await day.gotoDay(iso);
      await day.record(status);
      await day.expectSaved(status, iso);
    }
  });
  await test.step('adds a worry to the third day and saves it', async () => {
    await day.gotoDay(addDays(first, 2));
    await day.openMore();
    await day.addWorry({ about: 'Lunch hall', words: 'Too many people', howBig: 6 });
    await day.saveButton.click();
    await expect(day.notice).toContainText('Saved:');
  });
  return first;
}


for (const colorScheme of ['light', 'dark']) {
  test.describe(`Accessibility in the ${colorScheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('the welcome screen, and its message for a missing name', async ({ page }) => {
      const ui = new WelcomePage(page);
      await test.step('opens Small Steps for the first time', async () => {
        await ui.visit();
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
        await expectNoViolations(page, 'welcome screen');
      });

      await test.step('taps Start with no name', async () => {
        await ui.startButton.click();
        await expect(ui.nameProblem).toBeVisible();
        await expectNoViolations(page, 'welcome screen with a field error');
      });
    });

    for (const screen of NAV_LABELS) {
      test(`the ${screen} screen`, async ({ page }) => {
        const ui = new ChildrenPage(page);
        await ui.startWith('Sam');
        await test.step('adds a second child, so the header offers a choice', async () => {
          await ui.goto();
          await ui.addChild('Alex');
        });
        await test.step(`taps ${screen}`, async () => {
          await ui.open(screen);
          await expectNoViolations(page, `${screen} screen`);
        });
      });
    }

    test('the import preview and the replace confirmation', async ({ page }) => {
      const ui = new BackupPage(page);
      await ui.startWith('Sam');
      await ui.goto();
      await test.step('chooses a backup file', async () => {
        await ui.pick(V1_FIXTURE_PATH);
        await expect(ui.preview).toBeVisible();
        await expectNoViolations(page, 'import preview');
      });

      await test.step('taps "Replace what is here…"', async () => {
        await ui.replaceWhatIsHere.click();
        await expect(ui.replaceConfirmation).toBeVisible();
        await expectNoViolations(page, 'replace confirmation');
      });
    });

    test('an import error', async ({ page }) => {
      const ui = new BackupPage(page);
      await ui.startWith('Sam');
      await ui.goto();
      await test.step('chooses a file from a newer Small Steps', async () => {
        await ui.pick(fileFrom('v99.json', JSON.stringify({ format: 'small-steps', version: 99, children: [] })));
        await expect(ui.importProblem).toBeVisible();
        await expectNoViolations(page, 'import error');
      });
    });

    test('the remove confirmation and the rename form with an error', async ({ page }) => {
      const ui = new ChildrenPage(page);
      await ui.startWith('Sam');
      await ui.goto();
      await test.step('taps "Remove…" on Sam', async () => {
        await ui.askToRemove('Sam');
        await expect(ui.removeConfirmation('Sam')).toBeVisible();
        await expectNoViolations(page, 'remove confirmation');
      });

      await test.step('taps Keep', async () => {
        await ui.removeConfirmation('Sam').getByRole('button', { name: 'Keep' }).click();
      });
      await test.step('renames Sam with a name far too long', async () => {
        await ui.startRenaming('Sam');
        await ui.renameField('Sam').fill('S'.repeat(81));
        await ui.saveNameButton('Sam').click();
        await expect(ui.card('Sam').getByText(/This is 81 characters long/)).toBeVisible();
        await expectNoViolations(page, 'rename form with a too-long name');
      });
    });

    test('a day with its details open, and with a refused save', async ({ page }) => {
      const ui = new DayPage(page);
      await ui.startWith('Sam');
      const day = addDays(await ui.today(), -1);
      await test.step('records yesterday as "Went in, very distressed"', async () => {
        await ui.gotoDay(day);
        await ui.record('Went in, very distressed');
        await ui.expectSaved('Went in, very distressed', day);
      });
      await test.step('opens "Add more" and adds a worry, a chip, a sign and a split day', async () => {
        await ui.openMore();
        await ui.addWorry({ about: 'Noise, light, smells, crowds', words: 'The hall is too loud', howBig: 8 });
        await ui.worryAbout.getByRole('button', { name: 'Toilets', exact: true }).click(); // a chip shown pressed
        await ui.addSign({ when: 'Morning', sign: 'Tummy ache' });
        await ui.splitDay.check();
        await expect(ui.session('Afternoon')).toBeVisible();
        await expectNoViolations(page, 'day screen with details open');
      });

      await test.step('types too much and times the wrong way round, and taps "Save this day"', async () => {
        await ui.helped.fill('x'.repeat(501));
        await ui.time('Woke up').fill('09:00');
        await ui.time('Left home').fill('08:00');
        await ui.saveButton.click();
        await expect(ui.errorBeside(ui.helped)).toBeVisible();
        await expect(ui.notice).toContainText('Not saved yet');
        await expectNoViolations(page, 'day screen with a refused save');
      });

      await test.step('opens a day still to come, agreeing to leave, and taps "Went in"', async () => {
        // Leaving with those details not saved asks first; this parent agrees to leave.
        page.once('dialog', (dialog) => dialog.accept());
        await ui.gotoDay(addDays(await ui.today(), 40));
        await ui.record('Went in');
        await expect(ui.futureQuestion).toBeVisible();
        await expectNoViolations(page, 'day screen asking about a date still to come');
      });
    });

    test('the calendar month with every status, greyed days of the months either side, and a holiday form error', async ({ page }) => {
      const first = await diaryWithEveryStatus(page);
      const ui = new CalendarPage(page);
      await test.step('opens last month and "What the symbols mean"', async () => {
        await ui.gotoMonthOf(first);
        await expect(ui.cell(first)).toHaveAccessibleName(/: Went in$/);
        await ui.symbolsKey.click();
        // Label-in-name is checked on its own below, where a known bug makes it fail.
        await expectNoViolations(page, 'calendar month with every status', { disableRules: [LABEL_IN_NAME] });
      });

      await test.step('opens the month before', async () => {
        // The month before shows last month's first days, with their statuses, as other-month cells.
        await ui.gotoMonthOf(addDays(first, -1));
        if (weekdayName(first) !== 'Monday') await expect(ui.cell(first)).toHaveClass(/other-month/);
        await expectNoViolations(page, 'calendar month with recorded days in other-month cells');
      });

      await test.step('marks holidays with the dates the wrong way round', async () => {
        await ui.markHolidays(addDays(first, 5), first);
        await expect(ui.problem).toHaveText('The last day comes before the first day. Swap them round.');
        await expectNoViolations(page, 'holiday form with an error');
      });
    });

    test('each calendar day\'s spoken name includes what it shows (WCAG 2.5.3 label in name)', async ({ page }) => {
      const first = await diaryWithEveryStatus(page);
      const ui = new CalendarPage(page);
      await test.step('opens last month', async () => {
        await ui.gotoMonthOf(first);
        const results = await new AxeBuilder({ page }).withRules([LABEL_IN_NAME]).analyze();
        expect(results.violations, describe(results.violations)).toEqual([]);
      });
    });

    test('the list of days, filtered', async ({ page }) => {
      await diaryWithEveryStatus(page);
      const ui = new CalendarPage(page);
      await test.step('opens the list of days', async () => {
        await ui.gotoList();
        await expect(ui.listCount).toHaveText('13 days.');
        await expectNoViolations(page, 'list of days');
      });

      await test.step('shows only days with a worry about the lunch hall', async () => {
        await ui.filterList({ worry: 'Lunch hall' });
        await expect(ui.listCount).toHaveText('1 day.');
        await expectNoViolations(page, 'list filtered by a worry');
      });

      await test.step('shows only days with a worry about the toilets', async () => {
        await ui.filterList({ worry: 'Toilets' });
        await expect(ui.listCount).toHaveText('No days match.');
        await expectNoViolations(page, 'list with no days matching');
      });
    });

    test('the figures, with lines crossed, and with dates the wrong way round', async ({ page }) => {
      const first = await diaryWithEveryStatus(page);
      const ui = new CalendarPage(page);
      await test.step('opens the figures for those thirteen days, and "How these figures are counted"', async () => {
        await ui.gotoFigures();
        await ui.figuresFor(first, addDays(first, 12));
        await expect(ui.figuresCard('Attendance')).toContainText('Your child was there for');
        await ui.howCounted.click();
        await expectNoViolations(page, 'figures');
      });

      await test.step('types the dates the wrong way round', async () => {
        await ui.figuresFor(addDays(first, 12), first);
        await expect(ui.problem).toHaveText('The last date comes before the first. Swap them round.');
        await expectNoViolations(page, 'figures with dates the wrong way round');
      });
    });

    test('the contacts form, its error, and a contact with an overdue action', async ({ page }) => {
      const ui = new CalendarPage(page);
      await ui.startWith('Sam');
      const today = await ui.today();
      await ui.gotoContacts();
      await test.step('adds a meeting with an action that is overdue', async () => {
        await ui.addContact({
          when: addDays(today, -7),
          withWhom: 'Mrs Patel, SENCO',
          how: 'Meeting',
          said: 'A quiet place at lunch.',
          actions: [
            { what: 'Send the plan', who: 'Mrs Patel', by: addDays(today, -1) },
            { what: 'Book a review', who: 'Mr Jones', by: addDays(today, 7) },
          ],
        });
        await expect(ui.contactCard('Mrs Patel, SENCO')).toContainText('Overdue');
        await expectNoViolations(page, 'contacts log with an overdue action');
      });

      await test.step('starts another contact and adds an action', async () => {
        await ui.addContactButton.click();
        await ui.contactForm.getByLabel('What will be done').fill('Call back on Friday');
        await ui.contactForm.getByRole('button', { name: 'Add this action' }).click();
        await expectNoViolations(page, 'contacts form with an action added');
      });

      await test.step('taps "Save contact" without saying who it was with', async () => {
        await ui.contactForm.getByRole('button', { name: 'Save contact' }).click();
        await expect(ui.contactForm.getByRole('alert')).toHaveText('Say who it was with (a name or a role is enough).');
        await expectNoViolations(page, 'contacts form with an error');
      });
    });

    test('the banners for unreadable data, at start and behind an open tab', async ({ page }) => {
      const ui = new ChildrenPage(page);
      await ui.startWith('Sam');
      await test.step('opens Small Steps with the stored diary unreadable', async () => {
        await ui.setStored(KEYS.diary, '{not json');
        await ui.reload();
        await expect(ui.loadProblem).toBeVisible();
        await expectNoViolations(page, 'unreadable data banner');
      });

      await test.step('starts again with Sam and opens Children', async () => {
        await new WelcomePage(page).start('Sam');
        await ui.goto();
      });
      await test.step('another tab leaves the stored diary unreadable', async () => {
        // This tab keeps its own and offers to save it back.
        const other = new DayPage(await page.context().newPage());
        await other.gotoToday();
        await other.setStored(KEYS.diary, '{not json');
        await other.page.close();
        await expect(ui.unreadableBanner).toBeVisible();
        await expectNoViolations(page, 'stored-diary-unreadable banner');
      });
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
    // On the Children screen: the first navigation Tab reaches there is the main one (on a day
    // screen, it is the day's own "Other days").
    await ui.goto();

    await test.step('presses Tab from the top of the page until the navigation', async () => {
      await ui.focusTop();
      await tabUntil(page, (f) => f.inNav && f.tag === 'A');
    });

    await test.step('presses Tab along the navigation', async () => {
      for (const label of NAV_LABELS) {
        await expect(ui.navLink(label)).toBeFocused();
        const ring = await focusRing(page);
        expect(ring.style, `focus ring on ${label}`).not.toBe('none');
        expect(ring.width, `focus ring on ${label}`).toBeGreaterThan(0);
        await page.keyboard.press('Tab');
      }
    });
  });

  test('the keyboard can open a screen and use its buttons, with focus always visible', async ({ page }) => {
    const ui = new ChildrenPage(page);
    await ui.startWith('Sam');
    await new DayPage(page).gotoToday();

    await test.step('presses Enter on Children in the navigation', async () => {
      await ui.navLink('Children').focus();
      await page.keyboard.press('Enter');
      await expect(ui.mainHeading).toHaveText('Children');
    });

    await test.step("presses Enter on Sam's Rename", async () => {
      await ui.card('Sam').getByRole('button', { name: 'Rename' }).focus();
      expect((await focusRing(page)).style).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect(ui.renameField('Sam')).toBeVisible();
      await ui.renameField('Sam').focus();
      expect((await focusRing(page)).style).not.toBe('none');
    });
  });

  test('the welcome screen can be completed with the keyboard alone', async ({ page }) => {
    const ui = new WelcomePage(page);
    await ui.visit();

    await test.step('presses Tab from the top until the name field', async () => {
      await ui.focusTop();
      await tabUntil(page, (f) => f.tag === 'INPUT');
      await expect(ui.nickname).toBeFocused();
      expect((await focusRing(page)).style).not.toBe('none');
    });
    await test.step('types Sam and presses Enter', async () => {
      await page.keyboard.type('Sam');
      await page.keyboard.press('Enter');
      await expect(ui.nav).toBeVisible();
      await expect(ui.header).toContainText('Sam');
    });
  });
});
