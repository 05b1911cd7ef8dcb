// Mistakes in the contacts log can be put right: a saved contact can be changed (every part, and
// its actions), or removed after a question, with Undo while the screen is open (issue 9, item 3).
import { test, expect } from './fixtures/test.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { expectNoViolations } from './fixtures/axe.js';
import { addDays, longDate } from './fixtures/dates.js';

let calendar;
let today;

test.beforeEach(async ({ page }) => {
  calendar = new CalendarPage(page);
  await calendar.startWith('Sam');
  today = await calendar.today();
  await calendar.gotoContacts();
  await test.step('adds a meeting with Mrs Patel, with two actions', () => calendar.addContact({
    when: addDays(today, -8),
    withWhom: 'Mrs Patel, SENCO',
    how: 'Meeting',
    said: 'A quiet place to eat lunch.',
    actions: [
      { what: 'Send the draft support plan', who: 'Mrs Patel', by: addDays(today, 3) },
      { what: 'Book a review meeting', who: 'Mr Jones' },
    ],
  }));
  await expect(calendar.contactCard('Mrs Patel, SENCO')).toBeVisible();
});

test('every part of a saved contact can be changed, its actions too, and the change is kept', async () => {
  const card = calendar.contactCard('Mrs Patel, SENCO');
  await test.step('ticks "Send the draft support plan" as done', async () => {
    await card.getByRole('checkbox', { name: /^Done: Send the draft support plan/ }).check();
  });
  const [before] = (await calendar.storedChild('Sam')).contacts;

  const form = await test.step('taps "Change this contact"', async () => {
    const opened = await calendar.startChangingContact('Mrs Patel, SENCO');
    await expect(opened.getByLabel('With whom')).toHaveValue('Mrs Patel, SENCO');
    await expect(opened.getByLabel('What was said')).toHaveValue('A quiet place to eat lunch.');
    await expect(calendar.formAction(opened, 'Send the draft support plan')).toContainText('(done)');
    return opened;
  });

  await test.step('changes when, with whom, how and what was said', async () => {
    await form.getByLabel('When', { exact: true }).fill(addDays(today, -7));
    await form.getByLabel('With whom').fill('Mrs Patel, SENCO, by phone');
    await form.getByLabel('How', { exact: true }).selectOption({ label: 'Phone call' });
    await form.getByLabel('What was said').fill('A quiet place to eat lunch, from Monday.');
    await expect(form.getByText('Not saved yet: tap “Save changes” to keep these changes.')).toBeVisible();
  });

  // One action changed (it keeps its tick), one removed, one new typed but not added.
  await test.step('changes the first action and puts it back', async () => {
    await calendar.formAction(form, 'Send the draft support plan').getByRole('button', { name: 'Change “Send the draft support plan”' }).click();
    await expect(form.getByLabel('What will be done')).toHaveValue('Send the draft support plan');
    await form.getByLabel('What will be done').fill('Send the support plan by email');
    await form.getByRole('button', { name: 'Put this action back' }).click();
  });
  await test.step('removes the second action', async () => {
    await calendar.formAction(form, 'Book a review meeting').getByRole('button', { name: 'Remove “Book a review meeting”' }).click();
    await expect(calendar.formAction(form, 'Book a review meeting')).toHaveCount(0);
  });
  await test.step('types a new action without adding it', async () => {
    await form.getByLabel('What will be done').fill('Meet again in two weeks');
  });

  await test.step('taps "Save changes"', async () => {
    await form.getByRole('button', { name: 'Save changes' }).click();
  });

  await expect(calendar.contactChangeForm).toHaveCount(0);
  const changed = calendar.contactCard('Mrs Patel, SENCO, by phone');
  await expect(changed.getByRole('status')).toContainText("Changes saved in Sam's contacts log.");
  await expect(changed.getByRole('heading', { level: 3 })).toHaveText(`${longDate(addDays(today, -7))} · Phone call`);
  await expect(changed).toContainText('A quiet place to eat lunch, from Monday.');
  await expect(changed.getByRole('checkbox', { name: /^Done: Send the support plan by email/ })).toBeChecked();
  await expect(changed.getByRole('checkbox', { name: 'Done: Meet again in two weeks' })).not.toBeChecked();
  await expect(changed).not.toContainText('Book a review meeting');
  await expect(changed.getByRole('button', { name: 'Change this contact' })).toBeFocused();

  const [after] = (await calendar.storedChild('Sam')).contacts;
  expect(after.id, 'the same contact, changed in place').toBe(before.id);
  expect(after).toMatchObject({
    date: addDays(today, -7),
    with_whom: 'Mrs Patel, SENCO, by phone',
    method: 'call',
    said: 'A quiet place to eat lunch, from Monday.',
  });
  expect(after.actions.map((a) => [a.what, a.done])).toEqual([
    ['Send the support plan by email', true],
    ['Meet again in two weeks', false],
  ]);
  expect(after.actions[0].id, 'a changed action keeps its id').toBe(before.actions[0].id);
  expect(await calendar.keysStartingWith('small-steps:draft:'), 'no draft left once saved').toEqual([]);

  await test.step('reloads: the change is kept', async () => {
    await calendar.reload();
    await expect(calendar.contactCard('Mrs Patel, SENCO, by phone')).toContainText('Meet again in two weeks');
  });
});

test('a change that would leave out who it was with is refused, and Cancel leaves the contact as it was', async () => {
  const before = (await calendar.storedChild('Sam')).contacts;
  const form = await calendar.startChangingContact('Mrs Patel, SENCO');
  await test.step('empties "With whom" and taps "Save changes"', async () => {
    await form.getByLabel('With whom').fill('  ');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form.getByRole('alert')).toHaveText('Say who it was with (a name or a role is enough).');
    expect((await calendar.storedChild('Sam')).contacts).toEqual(before);
  });

  await test.step('taps Cancel', async () => {
    await form.getByRole('button', { name: 'Cancel' }).click();
  });
  await expect(calendar.contactChangeForm).toHaveCount(0);
  await expect(calendar.contactCard('Mrs Patel, SENCO')).toContainText('A quiet place to eat lunch.');
  expect((await calendar.storedChild('Sam')).contacts).toEqual(before);
  expect(await calendar.keysStartingWith('small-steps:draft:')).toEqual([]);
});

test('a change not saved yet asks before leaving, and is offered back when the contact is opened again', async () => {
  await test.step('changes what was said, without saving', async () => {
    const form = await calendar.startChangingContact('Mrs Patel, SENCO');
    await form.getByLabel('What was said').fill('A quiet place to eat lunch, and a later start.');
    await expect.poll(() => calendar.keysStartingWith('small-steps:draft:')).toHaveLength(1);
  });
  await test.step('taps Plan, and agrees to leave', async () => {
    const asked = calendar.acceptLeaving();
    await calendar.open('Plan');
    expect(asked).toHaveLength(1);
  });

  await calendar.gotoContacts();
  const again = calendar.contactChangeForm;
  await test.step('opens the contact again and keeps the draft', async () => {
    await calendar.startChangingContact('Mrs Patel, SENCO');
    await expect(again.getByText(/^You were writing changes to a contact in Sam's log today at \d\d:\d\d, and it was not saved\.$/)).toBeVisible();
    await expect(again.getByText('“A quiet place to eat lunch, and a later start.”')).toBeVisible();
    await again.getByRole('button', { name: 'Keep it' }).click();
    await expect(again.getByLabel('What was said')).toHaveValue('A quiet place to eat lunch, and a later start.');
  });
  await test.step('taps "Save changes"', async () => {
    await again.getByRole('button', { name: 'Save changes' }).click();
  });
  await expect(calendar.contactCard('Mrs Patel, SENCO')).toContainText('and a later start.');
  expect(await calendar.keysStartingWith('small-steps:draft:')).toEqual([]);
});

test('removing a contact asks first; it can be kept, or removed and put back with Undo', async ({ page }) => {
  await test.step('adds an email from Mr Brown', async () => {
    await calendar.addContact({ when: addDays(today, -2), withWhom: 'Mr Brown, head of year', how: 'Email' });
    await expect(calendar.contactCard('Mr Brown, head of year')).toBeVisible();
  });
  const before = (await calendar.storedChild('Sam')).contacts;

  await test.step('taps "Remove…" on the meeting, then "Keep it"', async () => {
    const question = await calendar.askToRemoveContact('Mrs Patel, SENCO');
    await expect(question).toHaveText(new RegExp(
      `^Remove the meeting on ${longDate(addDays(today, -8))} with Mrs Patel, SENCO, and the 2 actions agreed\\? `
      + 'You can undo this while this screen is open\\.',
    ));
    await question.getByRole('button', { name: 'Keep it' }).click();
    await expect(question).toHaveCount(0);
    expect((await calendar.storedChild('Sam')).contacts).toEqual(before);
  });

  await test.step('taps "Remove…" on the meeting, then "Yes, remove it"', async () => {
    const question = await calendar.askToRemoveContact('Mrs Patel, SENCO');
    await question.getByRole('button', { name: 'Yes, remove it' }).click();
  });

  await expect(calendar.contactCard('Mrs Patel, SENCO')).toHaveCount(0);
  await expect(calendar.removedLine).toContainText(`Removed the meeting on ${longDate(addDays(today, -8))} with Mrs Patel, SENCO.`);
  const undo = calendar.removedLine.getByRole('button', { name: /^Undo/ });
  await expect(undo).toBeFocused();
  expect((await calendar.storedChild('Sam')).contacts.map((c) => c.with_whom)).toEqual(['Mr Brown, head of year']);

  await test.step('taps Undo', async () => {
    await undo.click();
  });

  await expect(calendar.removedLine).toHaveCount(0);
  await expect(calendar.contactCard('Mrs Patel, SENCO')).toBeVisible();
  await expect(page.getByText(`Put back: the meeting on ${longDate(addDays(today, -8))} with Mrs Patel, SENCO.`)).toBeVisible();
  expect((await calendar.storedChild('Sam')).contacts, 'back exactly as it was, in its place').toEqual(before);

  // Removed and left: gone for good once the screen is left.
  await test.step("removes Mr Brown's email, and taps Plan", async () => {
    const question = await calendar.askToRemoveContact('Mr Brown, head of year');
    await question.getByRole('button', { name: 'Yes, remove it' }).click();
    await calendar.open('Plan');
  });
  await test.step('opens the contacts again: it is gone for good', async () => {
    await calendar.gotoContacts();
    await expect(calendar.contactCard('Mr Brown, head of year')).toHaveCount(0);
    await expect(calendar.removedLine).toHaveCount(0);
  });
});

test('the contacts screen with a contact being changed, and with the removal question, passes axe', async ({ page }) => {
  await test.step('taps "Change this contact"', async () => {
    await calendar.startChangingContact('Mrs Patel, SENCO');
    await expectNoViolations(page, 'contacts, changing a contact');
  });
  const question = await test.step('taps Cancel, then "Remove…"', async () => {
    await calendar.contactChangeForm.getByRole('button', { name: 'Cancel' }).click();
    const asked = await calendar.askToRemoveContact('Mrs Patel, SENCO');
    await expectNoViolations(page, 'contacts, the removal question');
    return asked;
  });
  await test.step('switches to the dark colour scheme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, 'contacts, the removal question, dark scheme');
  });
  await test.step('taps "Keep it", then "Change this contact"', async () => {
    await question.getByRole('button', { name: 'Keep it' }).click();
    await calendar.startChangingContact('Mrs Patel, SENCO');
    await expectNoViolations(page, 'contacts, changing a contact, dark scheme');
  });
});
