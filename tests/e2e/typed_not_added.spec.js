// Nothing left out without a word: in every list whose "Add" button a parent can skip, what is typed
// in the boxes but not added says "Not saved yet", is kept as a draft (offered after a reload, naming
// the form and the child, with the words typed), is asked about on leaving, and is saved by the
// form's own save (or by the Add that is the list's save), never dropped while the form says "Saved".
import { test, expect } from './fixtures/test.js';
import { KEYS } from './fixtures/app_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { DayPage } from './fixtures/day_page.js';
import { PlanPage } from './fixtures/plan_page.js';
import { SupportPage } from './fixtures/support_page.js';
import { ChildrenPage } from './fixtures/children_page.js';

/**
 * Each list: how to open it, what to type in its boxes (without tapping its Add), the form's own
 * save (and what it says, where it says anything), the words that name the form in the draft offer,
 * and where the typed words show once saved. `reopen` shows the form again after a reload, where it
 * is not open by itself; `afterKeep` shows the part of the form the kept words went back into.
 */
const LISTS = [
  {
    list: "stage 1's “What has been tried”",
    words: 'A later start on Mondays',
    open: async ({ plan }) => plan.gotoStage('understanding'),
    type: async ({ plan }, words) => {
      await plan.tried.getByLabel('What was tried').fill(words);
      await plan.tried.getByLabel('How it went').fill('Easier mornings');
    },
    save: async ({ plan }) => plan.saveStage1.click(),
    savedSays: ({ plan }) => plan.notice.filter({ hasText: 'Saved stage 1' }),
    form: "stage 1 of Sam's plan (understanding)",
    listed: ({ plan }, words) => plan.tried.getByRole('listitem').filter({ hasText: words }),
  },
  {
    list: "stage 1's “Professionals involved”",
    words: 'Dr Rao',
    open: async ({ plan }) => plan.gotoStage('understanding'),
    type: async ({ plan }, words) => {
      await plan.professionals.getByLabel('Name', { exact: true }).fill(words);
      await plan.professionals.getByLabel('Role', { exact: true }).fill('CAMHS clinician');
    },
    save: async ({ plan }) => plan.saveStage1.click(),
    savedSays: ({ plan }) => plan.notice.filter({ hasText: 'Saved stage 1' }),
    form: "stage 1 of Sam's plan (understanding)",
    listed: ({ plan }, words) => plan.professionals.getByRole('listitem').filter({ hasText: words }),
  },
  {
    list: "the day's worries",
    words: 'Nobody saved me a seat',
    open: async ({ day }) => {
      await day.gotoToday();
      await day.record('Went in');
      await day.openMore();
    },
    type: async ({ day }, words) => day.childsWords.fill(words),
    reopen: async ({ day }) => day.openMore(),
    afterKeep: async ({ day }) => day.openMore(),
    save: async ({ day }) => day.saveButton.click(),
    savedSays: ({ day }) => day.notice.filter({ hasText: 'Saved:' }),
    form: "Sam's record for",
    listed: ({ day }, words) => day.addedWorries().filter({ hasText: words }),
  },
  {
    list: "a new contact's actions agreed",
    words: 'Send the new timetable',
    open: async ({ calendar }) => {
      await calendar.gotoContacts();
      await calendar.addContactButton.click();
      await calendar.contactForm.getByLabel('With whom').fill('Mrs Patel, SENCO');
    },
    type: async ({ calendar }, words) => calendar.contactForm.getByLabel('What will be done').fill(words),
    save: async ({ calendar }) => calendar.contactForm.getByRole('button', { name: 'Save contact' }).click(),
    savedSays: ({ calendar }) => calendar.notice.filter({ hasText: 'Contact saved.' }),
    form: "a new contact or meeting in Sam's log",
    listed: ({ calendar }, words) => calendar.contactCard('Mrs Patel').getByRole('listitem').filter({ hasText: words }),
  },
  {
    list: "a saved contact's actions agreed, while changing it",
    words: 'Book a review meeting',
    open: async ({ calendar }) => {
      await calendar.gotoContacts();
      await calendar.addContact({ when: '2026-11-02', withWhom: 'Mr Jones, head of year', how: 'Phone call' });
      await expect(calendar.contactCard('Mr Jones')).toBeVisible();
      await calendar.startChangingContact('Mr Jones');
    },
    type: async ({ calendar }, words) => calendar.contactChangeForm.getByLabel('What will be done').fill(words),
    reopen: async ({ calendar }) => calendar.startChangingContact('Mr Jones'),
    save: async ({ calendar }) => calendar.contactChangeForm.getByRole('button', { name: 'Save changes' }).click(),
    savedSays: ({ calendar }) => calendar.main.getByText('Changes saved in'),
    form: "changes to a contact in Sam's log",
    listed: ({ calendar }, words) => calendar.contactCard('Mr Jones').getByRole('listitem').filter({ hasText: words }),
  },
  {
    list: "stage 2's adjustments (“Add to the list” is its save)",
    words: 'A quiet room at lunch',
    open: async ({ plan }) => plan.gotoStage('steps'),
    type: async ({ plan }, words) => plan.ownAdjustment.fill(words),
    save: async ({ plan }) => plan.addOwnAdjustment.click(),
    savedSays: ({ plan }) => plan.main.getByText(/Added “A quiet room at lunch” to Sam's list/),
    form: 'an adjustment to ask for, for Sam',
    listed: ({ plan }, words) => plan.adjustment(words),
  },
  {
    list: "stage 2's ladders (“Add ladder” is its save)",
    words: 'Getting into the building',
    open: async ({ plan }) => plan.gotoStage('steps'),
    type: async ({ plan }, words) => plan.ladderName.fill(words),
    save: async ({ plan }) => plan.addLadderButton.click(),
    savedSays: ({ plan }) => plan.main.getByText('Ladder added to'),
    form: "a new ladder for Sam's plan",
    listed: ({ plan }, words) => plan.ladder(words),
  },
  {
    list: "a ladder's steps (“Save step” is its save)",
    words: 'Walk to the gate with Dad',
    open: async ({ plan }) => {
      await plan.gotoStage('steps');
      await plan.addLadder('Getting in');
      await plan.addStepButton('Getting in').click();
    },
    type: async ({ plan }, words) => plan.stepForm('Getting in', 'New step').getByLabel('The step', { exact: true }).fill(words),
    reopen: async ({ plan }) => plan.addStepButton('Getting in').click(),
    save: async ({ plan }) => plan.stepForm('Getting in', 'New step').getByRole('button', { name: 'Save step' }).click(),
    form: "a step in Sam's plan",
    listed: ({ plan }, words) => plan.stepButton('Getting in', words, 'Move up'),
  },
  {
    list: "stage 1's referrals (“Add this referral” is its save)",
    words: 'About a 9-month wait',
    open: async ({ support }) => support.gotoStage1(),
    type: async ({ support }, words) => {
      await support.referredTo.selectOption({ label: "CAMHS (children's mental health service)" });
      await support.referralNote.fill(words);
    },
    save: async ({ support }) => support.addReferral.click(),
    savedSays: ({ support }) => support.supportCard.getByText('Added the referral to'),
    form: 'a referral for Sam',
    listed: ({ support }, words) => support.referrals.filter({ hasText: words }),
  },
  {
    list: "the figures' figures from school (“Add the school's figure” is its save)",
    words: 'Letter of 14 October',
    open: async ({ support }) => support.gotoFigures(),
    type: async ({ support }, words) => {
      await support.figureFrom.fill('2025-09-01');
      await support.figureTo.fill('2025-10-10');
      await support.figurePercent.fill('91.5');
      await support.figureWhere.fill(words);
    },
    save: async ({ support }) => support.addFigure.click(),
    savedSays: ({ support }) => support.figuresCard.getByText("Added the school's figure of"),
    form: "a figure from school in Sam's diary",
    listed: ({ support }, words) => support.figureList.filter({ hasText: words }),
  },
  {
    list: "the Children screen's “Add a child” (“Add child” is its save)",
    words: 'Alex',
    open: async ({ children }) => children.goto(),
    type: async ({ children }, words) => children.newChildName.fill(words),
    save: async ({ children }) => children.addButton.click(),
    savedSays: ({ children }) => children.page.getByRole('main').getByText('Added Alex. Their diary is shown now.'),
    form: 'the name of a child to add',
    listed: ({ children }, words) => children.card(words),
  },
];

for (const list of LISTS) {
  test(`typed but not added in ${list.list}: not saved yet, kept, asked about, then saved`, async ({ page }) => {
    const ui = {
      plan: new PlanPage(page),
      day: new DayPage(page),
      calendar: new CalendarPage(page),
      support: new SupportPage(page),
      children: new ChildrenPage(page),
    };
    const app = ui.plan;
    await app.startWith('Sam');
    await test.step(`opens ${list.list}`, async () => list.open(ui));

    await test.step('types in its boxes without tapping its Add: "Not saved yet", and a draft is kept', async () => {
      await list.type(ui, list.words);
      await expect(app.notSavedYet).toBeVisible();
      await expect.poll(() => app.keysStartingWith(KEYS.draftPrefix)).toHaveLength(1);
      expect(JSON.stringify(await app.storedDiary())).not.toContain(list.words);
    });

    await test.step('taps another screen: the app asks first; Cancel stays with the typing', async () => {
      const asked = [];
      page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
      const other = (await page.evaluate(() => location.hash)).startsWith('#/plan') ? 'Backup' : 'Plan';
      await app.navLink(other).click();
      await expect.poll(() => asked).toHaveLength(1);
      expect(asked[0]).toMatch(/not saved yet/i);
      await expect(app.notSavedYet).toBeVisible();
    });

    await test.step('reloads, saying yes to leaving: the draft is offered, naming the form, the child and the words', async () => {
      page.once('dialog', (dialog) => dialog.accept());
      await app.reload();
      if (list.reopen) await list.reopen(ui);
      await expect(app.draftOffer).toContainText(`You were writing ${list.form}`);
      await expect(app.draftOffer).toContainText(/ today at \d\d:\d\d, and it was not saved\./);
      await expect(app.draftOffer).toContainText(list.words);
      expect(JSON.stringify(await app.storedDiary())).not.toContain(list.words);
    });

    await test.step('keeps the draft and taps the form\'s save: what was typed is saved and listed', async () => {
      await app.keepDraft.click();
      await expect(app.draftOffer).toHaveCount(0);
      if (list.afterKeep) await list.afterKeep(ui);
      await expect(app.notSavedYet).toBeVisible();
      await list.save(ui);
      if (list.savedSays) await expect(list.savedSays(ui).first()).toBeVisible();
      await expect(list.listed(ui, list.words)).toBeVisible();
      await expect(app.notSavedYet).toHaveCount(0);
      expect(JSON.stringify(await app.storedDiary())).toContain(list.words);
      await expect.poll(() => app.keysStartingWith(KEYS.draftPrefix)).toEqual([]);
    });

    await test.step('reloads: what was typed is listed, and no draft is offered', async () => {
      await app.reload();
      await expect(list.listed(ui, list.words)).toBeVisible();
      if (list.reopen) await list.reopen(ui);
      await expect(app.draftOffer).toHaveCount(0);
    });
  });
}
