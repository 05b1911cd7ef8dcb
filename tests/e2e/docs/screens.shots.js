// The screenshots docs/screens/README.md lists, made afresh from a built dist/ at 360x740 in
// headless Chromium (not a test: these files end in .shots.js, so the normal suite never runs them).
// Usage: scripts/docs_screens.sh   (writes docs/screens/*.png, which git ignores; look at them)
import { test, expect } from '../fixtures/test.js';
import { KEYS } from '../fixtures/app_page.js';
import { DayPage } from '../fixtures/day_page.js';
import { ChildrenPage } from '../fixtures/children_page.js';
import { CalendarPage } from '../fixtures/calendar_page.js';
import { PlanPage } from '../fixtures/plan_page.js';
import { BackupPage } from '../fixtures/backup_page.js';
import { fillStorage, freeRoom } from '../fixtures/storage.js';
import { IPHONE_SAFARI, childWith, seedDiary } from '../fixtures/iphone.js';
import { robin, seedDiary as seedRobin } from '../fixtures/pack_page.js';
import { LettersPage } from '../fixtures/letters_page.js';

const OUT = process.env.SHOTS_OUT || 'docs/screens';
const shot = (page, name, options = {}) => page.screenshot({ path: `${OUT}/${name}`, ...options });

test('day-status-360.png: the status buttons with "Medical appointment" chosen', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await day.record('Medical appointment');
  await expect(day.statusButton('Medical appointment')).toHaveAttribute('aria-pressed', 'true');
  await shot(page, 'day-status-360.png');
});

test('day-chosen-dark.png: the chosen status marked, dark scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const day = new DayPage(page);
  await day.startWith('Sam');
  await day.record('Went in, very distressed');
  await shot(page, 'day-chosen-dark.png');
});

test('day-saved.png: "Save this day" confirmed beside the button', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await day.record('Went in, very distressed');
  await day.openMore();
  await day.helped.fill('Walking in with a friend');
  await day.saveButton.click();
  await day.saveButton.scrollIntoViewIfNeeded();
  await shot(page, 'day-saved.png');
});

test("day-removed-undo.png: a day's record removed, with Undo", async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await day.record('Went in, very distressed');
  await day.removeRecordButton.click();
  await day.yesRemoveIt.click();
  await expect(day.undoButton).toBeVisible();
  await day.undoButton.scrollIntoViewIfNeeded();
  await shot(page, 'day-removed-undo.png');
});

test('child-added.png and duplicate-name.png: a new child confirmed; two children cannot share a name', async ({ page }) => {
  const children = new ChildrenPage(page);
  await children.startWith('Sam');
  await children.goto();
  await children.addChild('Alex');
  await expect(children.card('Alex')).toBeVisible();
  await shot(page, 'child-added.png');
  await children.addChild('Sam');
  await expect(page.getByText('There is already a child called Sam')).toBeVisible();
  await shot(page, 'duplicate-name.png');
});

test('header-badge-dark.png: the child shown, with their initial badge, dark scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const children = new ChildrenPage(page);
  await children.startWith('Sam');
  await children.goto();
  await children.addChild('Alex');
  await page.goto('#/today');
  await shot(page, 'header-badge-dark.png');
});

test('contact-edit.png and contact-remove-question.png: changing a contact; the question before removing one', async ({ page }) => {
  const calendar = new CalendarPage(page);
  await calendar.startWith('Sam');
  await calendar.gotoContacts();
  await calendar.addContact({ when: '2026-11-03', withWhom: 'Ms Patel (SENCo)', how: 'Meeting', said: 'A quiet room at lunch, from Monday.' });
  const form = await calendar.startChangingContact('Ms Patel (SENCo)');
  await form.scrollIntoViewIfNeeded();
  await shot(page, 'contact-edit.png');
  await form.getByRole('button', { name: 'Cancel' }).click();
  const question = await calendar.askToRemoveContact('Ms Patel (SENCo)');
  await question.scrollIntoViewIfNeeded();
  await shot(page, 'contact-remove-question.png');
});

test('ladder-added.png and step-saved.png: a new ladder confirmed; a changed step confirmed', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.gotoStage('steps');
  await plan.addLadder('Getting to the gate');
  await shot(page, 'ladder-added.png');
  await plan.addStep('Getting to the gate', { what: 'Walk to the corner with Mum' });
  await plan.changeStep('Getting to the gate', 'Walk to the corner with Mum', { what: 'Walk to the corner on our own' });
  await shot(page, 'step-saved.png');
});

test('adjustment-repeat.png: an adjustment already on the list, refused beside "Add to the list"', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.gotoStage('steps');
  await plan.addOwn('A quiet place at lunch');
  await plan.ownAdjustment.fill('A quiet place at lunch');
  await plan.addOwnAdjustment.click();
  await plan.addOwnAdjustment.scrollIntoViewIfNeeded();
  await shot(page, 'adjustment-repeat.png');
});

test('lock-option.png: protecting a backup with a passphrase', async ({ page }) => {
  const backup = new BackupPage(page);
  await backup.startWith('Sam');
  await backup.goto();
  await backup.protectWith('correct horse battery');
  await backup.newPassphrase.scrollIntoViewIfNeeded();
  await shot(page, 'lock-option.png');
});

test('lock-prompt-wrong-dark.png: a wrong passphrase refused, dark scheme', async ({ page }, testInfo) => {
  const backup = new BackupPage(page);
  await backup.startWith('Sam');
  await backup.goto();
  await backup.protectWith('correct horse battery');
  const { path } = await backup.saveBackupFile(testInfo);
  await page.emulateMedia({ colorScheme: 'dark' });
  await backup.pick(path);
  await backup.unlockWith('wrong horse');
  await expect(backup.unlockProblem).toBeVisible();
  await backup.lockedFile.scrollIntoViewIfNeeded();
  await shot(page, 'lock-prompt-wrong-dark.png');
});

test('space-panel.png and space-warning-dark.png: space on this phone, and the warning near the limit', async ({ page }) => {
  const backup = new BackupPage(page);
  await seedDiary(page, [childWith('c-1', 'Sam', 20)]);
  await backup.goto();
  await backup.spacePanel.scrollIntoViewIfNeeded();
  await shot(page, 'space-panel.png');
  // A copy kept safe takes most of the room, as after a few imports of a long diary.
  await backup.setStored(KEYS.beforeImport, 'x'.repeat(3_600_000));
  await fillStorage(page);
  await freeRoom(page, 1_000_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await backup.reload();
  await backup.goto();
  await expect(backup.spaceWarning).toBeVisible();
  await backup.spaceWarning.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await shot(page, 'space-warning-dark.png');
});

test.describe('in Safari on an iPhone', () => {
  test.use({ userAgent: IPHONE_SAFARI });

  test('safari-card.png: Today in Safari, keeping the diary safe', async ({ page }) => {
    const day = new DayPage(page);
    await seedDiary(page, [childWith('c-1', 'Sam', 3)]);
    await expect(day.homeScreenCard).toBeVisible();
    await day.homeScreenCard.scrollIntoViewIfNeeded();
    await shot(page, 'safari-card.png');
  });

  test('move-my-diary.png: Move my diary, from Safari', async ({ page }) => {
    await seedDiary(page, [childWith('c-1', 'Sam', 3)]);
    await page.goto('#/backup/move');
    const move = page.getByRole('region', { name: /Move my diary/ });
    await expect(move).toBeVisible();
    await move.scrollIntoViewIfNeeded();
    await shot(page, 'move-my-diary.png');
  });
});

test("letters-360.png and letter-absence-360.png: the kinds of letter; today's absence message filled in", async ({ page }) => {
  await page.goto('about:blank');
  const today = await page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });
  const child = robin(today);
  child.days.push({ date: today, status: 'absent_ill', signs: [{ kind: 'stomach_ache', when: 'morning' }] });
  await seedRobin(page, [child]);
  const letters = new LettersPage(page);
  await letters.goto();
  await shot(page, 'letters-360.png');
  await letters.gotoKind('absence');
  await expect(letters.text).toHaveValue(/too unwell to attend school today/);
  await shot(page, 'letter-absence-360.png');
});

test('letter-ehc-360.png and letter-ehc-words-360.png: the EHC request, its evidence ticked, the child\'s shared words first', async ({ page }) => {
  await page.goto('about:blank');
  const today = await page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });
  const child = robin(today);
  child.full_name = 'Robin Hale';
  child.year_group = 'Year 7';
  child.school = 'Hillside Academy';
  child.nation_answered = true;
  child.own_words = {
    houses: [
      { id: 'h-1', house: 'worries', words: 'Assembly, everyone looks at me', share: 'ok_to_share', said_on: today },
      { id: 'h-2', house: 'dreams', words: 'To be a vet one day', share: 'just_for_home', said_on: today },
    ],
    ideal_school: [{ id: 'i-1', prompt: 'classroom', words: 'Small, with beanbags', share: 'ok_to_share', said_on: today }],
  };
  await seedRobin(page, [child]);
  const letters = new LettersPage(page);
  await letters.gotoKind('needs-assessment');
  await expect(letters.text).toHaveValue(/Assembly, everyone looks at me/);
  await shot(page, 'letter-ehc-360.png');
  // The part of the letter with the child's words: the box made shorter so it scrolls itself to
  // the caret put there, and the page scrolled to the box.
  await letters.text.evaluate((el) => {
    el.style.height = '520px';
    el.scrollIntoView({ block: 'end' });
    // Roughly where the heading sits, by its share of the text, a line or two above it.
    const share = el.value.indexOf("In Robin's own words") / el.value.length;
    el.scrollTop = Math.max(0, share * el.scrollHeight - 60);
  });
  await shot(page, 'letter-ehc-words-360.png');
});
