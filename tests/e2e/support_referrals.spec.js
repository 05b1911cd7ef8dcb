// The child's support in one place, on stage 1 of the plan: England or Wales, the SEN support or
// EHC plan (ALN and IDP in Wales), a diagnosis or an assessment awaited, and referrals with where
// each stands. Entered, seen in the pack, still there after a reload; a wrong date gets a clear
// message; switching child shows the other child's support.
import { test, expect } from './fixtures/test.js';
import { PackPage } from './fixtures/pack_page.js';
import { SupportPage, seedSamAndAlex } from './fixtures/support_page.js';

test.beforeEach(async ({ page }) => {
  await seedSamAndAlex(page);
});

test("Sam's support and a referral are kept, and the pack shows them", async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoStage1();
  await test.step('England: SEN support, a diagnosis, an assessment awaited', async () => {
    await expect(ui.england).toBeChecked();
    await ui.level.selectOption({ label: 'SEN support (from school)' });
    await ui.diagnosis.fill('Autism (2024)');
    await ui.awaiting.fill('ADHD, on the list since May');
    await expect(ui.supportCard).toContainText('Not saved yet: tap “Save support details”');
    await ui.saveSupport.click();
    await expect(ui.supportCard.getByRole('status').first()).toContainText("Saved Sam's support details.");
  });
  await test.step('adds a referral to CAMHS, waiting', async () => {
    await ui.referredTo.selectOption({ label: "CAMHS (children's mental health service)" });
    await ui.referredOn.fill('2025-06-10');
    await ui.stands.selectOption({ label: 'Referred, waiting' });
    await ui.standsSince.fill('2025-07-01');
    await ui.referralNote.fill('About a 9-month wait');
    await ui.addReferral.click();
    await expect(ui.supportCard.getByRole('status').last()).toContainText("Added the referral to Sam's support.");
    await expect(ui.referrals).toHaveCount(1);
    await expect(ui.referrals.first()).toContainText("CAMHS (children's mental health service), referred 10 Jun 2025: Referred, waiting since 1 Jul 2025");
  });
  await test.step('changes where it stands', async () => {
    await ui.referrals.first().getByRole('button', { name: 'Change' }).click();
    await expect(ui.referredOn).toHaveValue('2025-06-10');
    await ui.stands.selectOption({ label: 'Seen or assessed' });
    await ui.standsSince.fill('2025-11-20');
    await ui.saveReferral.click();
    await expect(ui.referrals.first()).toContainText('Seen or assessed since 20 Nov 2025');
  });
  await test.step('reloads: all still there', async () => {
    await ui.reload();
    await expect(ui.level).toHaveValue('school');
    await expect(ui.diagnosis).toHaveValue('Autism (2024)');
    await expect(ui.referrals.first()).toContainText('Seen or assessed since 20 Nov 2025');
    const stored = await ui.storedChild('Sam');
    expect(stored.nation).toBeUndefined();
    expect(stored.support).toMatchObject({ level: 'school', diagnosis: 'Autism (2024)', awaiting_assessment: 'ADHD, on the list since May' });
    expect(stored.support.referrals).toEqual([{ id: expect.any(String), to: 'camhs', made_on: '2025-06-10', stage: 'seen', stage_since: '2025-11-20', note: 'About a 9-month wait' }]);
  });
  await test.step('the pack shows the support and the referral', async () => {
    const pack = new PackPage(page);
    await pack.goto();
    const support = pack.section('Support, and what school has put in place');
    await expect(support).toContainText('Special educational needs (England): SEN support (from school)');
    await expect(support).toContainText('Diagnosis: Autism (2024)');
    await expect(support).toContainText("CAMHS (children's mental health service), referred 10 Jun 2025: Seen or assessed since 20 Nov 2025");
    // The gate, agreed with nothing said yet about how it is going, is listed once, among the requests.
    await expect(support).not.toContainText('Being met at the gate');
    await expect(pack.section('Our requests and questions')).toContainText('Being met at the gate (already agreed)');
  });
});

test('a referral with its latest news before it was made, or to nobody, is refused in words', async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoStage1();
  const said = ui.supportCard.getByRole('status').last();
  await ui.addReferral.click();
  await expect(said).toContainText('Choose who the referral is to');
  await ui.referredTo.selectOption({ label: 'Educational psychologist' });
  await ui.referredOn.fill('2025-06-10');
  await ui.standsSince.fill('2025-01-01');
  await ui.addReferral.click();
  await expect(said).toContainText('The date of the latest news (2025-01-01) comes before the referral was made (2025-06-10). Check the two dates.');
  await ui.referredTo.selectOption({ label: 'Someone else' });
  await ui.standsSince.fill('');
  await ui.addReferral.click();
  await expect(said).toContainText('Say who “someone else” is');
  await expect(ui.referrals).toHaveCount(0);
  expect((await ui.storedChild('Sam')).support).toBeUndefined();
});

test("switching child mid-form shows Alex's support, in Wales's words", async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoStage1();
  await ui.diagnosis.fill('Sam: typed, not saved');
  await ui.switchTo('Alex');
  await expect(ui.wales).toBeChecked();
  await expect(ui.level.locator('option:checked')).toHaveText('ALN, with an IDP from the council');
  await expect(ui.diagnosis).toHaveValue('Alex: dyslexia');
  await expect(ui.referrals.first()).toContainText('GP, referred 1 Sep 2025: Seen or assessed');
  await test.step('England changes the words of the same level', async () => {
    await ui.england.check();
    await expect(ui.level.locator('option:checked')).toHaveText('EHC plan (from the council)');
  });
  expect((await ui.storedChild('Sam')).support).toBeUndefined();
});

test('a referral typed but not added is kept as a draft over a reload', async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoStage1();
  await ui.referralNote.fill('Asked the GP on Monday');
  await expect(ui.supportCard).toContainText('Not saved yet: tap “Add this referral”');
  await expect.poll(() => ui.keysStartingWith('small-steps:draft:')).toHaveLength(1);
  page.once('dialog', (dialog) => dialog.accept());
  await ui.reload();
  await expect(ui.supportCard).toBeVisible();
  await ui.supportCard.getByRole('group', { name: 'Typing not saved' }).getByRole('button', { name: 'Keep it' }).click();
  await expect(ui.referralNote).toHaveValue('Asked the GP on Monday');
});
