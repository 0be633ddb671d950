// The rule-set editor in the manager: a brand manager builds a set in forms, without JSON. A rule of every kind is
// added through the forms, examples run as they are typed, a problem shows next to its field and Save is refused
// until it is fixed; once saved, the new rule coaches a reply box on a real site. Also: the JSON view validated as
// typed and back to the forms, and a built-in set read-only with "Duplicate to edit".
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { test, expect } from './helpers/extension';
import { Coach } from './helpers/coach';

const REPLY_URL = 'https://secure.helpscout.net/conversation/9/1';

async function openManager(context: BrowserContext, extensionId: string): Promise<Page> {
  await context.route('chrome-extension://**', (route) => route.continue());
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('[data-tc="manager"]')).toBeVisible();
  return page;
}

/** A new set, open in the editor. */
async function newSet(page: Page): Promise<Locator> {
  await page.locator('[data-tc="new-set"]').click();
  const editor = page.locator('[data-tc="rule-set-editor"]');
  await expect(editor).toBeVisible();
  return editor;
}

/** Adds a rule of `kind` through "Add a rule" and returns it (open). */
async function addRule(editor: Locator, kind: string): Promise<Locator> {
  const rules = editor.locator('[data-tc="rule"]');
  const before = await rules.count();
  await editor.locator('[data-tc="rule-kind"]').selectOption(kind);
  await editor.locator('[data-tc="add-rule"]').click();
  await expect(rules).toHaveCount(before + 1);
  const rule = rules.nth(before);
  await expect(rule).toHaveAttribute('data-kind', kind);
  await expect(rule.getByRole('button', { expanded: true }).first()).toBeVisible();
  return rule;
}

/** Ticks an unticked checkbox with the keyboard (Space), as a keyboard user would. */
async function tickByKeyboard(editor: Locator, box: Locator): Promise<void> {
  await expect(box).not.toBeChecked();
  await box.focus();
  await editor.page().keyboard.press('Space');
  await expect(box).toBeChecked();
}

/** The JSON view shows the set as the forms left it. */
async function jsonShows(editor: Locator, pattern: RegExp): Promise<void> {
  await editor.locator('[data-tc="view-json"]').click();
  await expect(editor.locator('[data-tc="json"]')).toHaveValue(pattern);
  await editor.locator('[data-tc="view-forms"]').click();
}

test.describe('the rule-set editor', () => {
  test('every kind through the forms, examples live, problems beside their fields, saved and coaching a reply', async ({
    context,
    extensionId,
    page,
    serve,
  }) => {
    const manager = await openManager(context, extensionId);
    const editor = await newSet(manager);
    await editor.getByLabel('Name', { exact: true }).fill('Acme voice');
    const setId = await editor.getByLabel('Id', { exact: true }).inputValue();

    // Each kind has its own form, with the fields of that kind.
    const fieldOf: Record<string, string> = {
      phrase: 'phrases',
      substitution: 'swap',
      casing: 'terms',
      limit: 'measure',
      require: 'need',
      regex: 'regex',
      repetition: 'maxDistance',
      pattern: 'match',
      'personal-data': 'types',
      deflection: 'to',
    };
    const rules: Record<string, Locator> = {};
    for (const [kind, field] of Object.entries(fieldOf)) {
      rules[kind] = await addRule(editor, kind);
      await expect(rules[kind]!.locator(`[data-field="${field}"]`)).toBeVisible();
    }
    await expect(editor.locator('[data-tc="rule"]')).toHaveCount(Object.keys(fieldOf).length);
    // The starting rules are valid: nothing to fix yet, and their examples pass.
    await expect(editor.locator('[data-tc="error"]')).toHaveCount(0);
    await expect(rules.phrase!.locator('[data-tc="example"][data-kind="bad"]')).toHaveAttribute('data-result', 'pass');

    // A condition on what the customer wrote: checked as it is typed, summed up once the section is folded, and the
    // examples still run (they hear the first phrase).
    const conditions = rules.phrase!.locator('[data-field="when"]');
    await conditions.locator(':scope > summary').click();
    const says = conditions.locator('[data-field="when.customerSays"]');
    await says.getByRole('button', { name: 'Add a customer phrase' }).click();
    await says.getByLabel('Customer phrase 1', { exact: true }).fill('(emailed');
    await expect(says.locator('[data-tc="error"]')).toHaveCount(1);
    await says.getByLabel('Customer phrase 1', { exact: true }).fill('already');
    await expect(says.locator('[data-tc="error"]')).toHaveCount(0);
    // And what it skips for: checked the same way.
    const notSays = conditions.locator('[data-field="when.unlessCustomerSays"]');
    await notSays.getByRole('button', { name: 'Add a customer phrase to skip' }).click();
    await notSays.getByLabel('Customer phrase to skip 1', { exact: true }).fill('(phone number');
    await expect(notSays.locator('[data-tc="error"]')).toHaveCount(1);
    await notSays.getByLabel('Customer phrase to skip 1', { exact: true }).fill('phone number');
    await expect(notSays.locator('[data-tc="error"]')).toHaveCount(0);
    // A short reply only: a number, summed up with the rest.
    await conditions.getByLabel('Only on replies of at most this many words', { exact: true }).fill('25');
    await conditions.locator(':scope > summary').click();
    await expect(conditions.locator(':scope > summary')).toContainText(
      'Only customer says “already” · unless the customer says “phone number” · replies of at most 25 words',
    );
    await expect(rules.phrase!.locator('[data-tc="example"][data-kind="bad"]')).toHaveAttribute('data-result', 'pass');

    // The conditions on the customer's mood and on whether they report a problem, by keyboard and label.
    const casingWhen = rules.casing!.locator('[data-field="when"]');
    await casingWhen.locator(':scope > summary').click();
    const complaint = casingWhen.getByLabel('Only when the customer’s message', { exact: true });
    await complaint.focus();
    await complaint.selectOption('true');
    const notHappy = casingWhen.locator('[data-field="when.unlessMood"]').getByLabel('Happy', { exact: true });
    await notHappy.focus();
    await manager.keyboard.press('Space');
    await expect(notHappy).toBeChecked();
    await casingWhen.locator(':scope > summary').click();
    await expect(casingWhen.locator(':scope > summary')).toHaveText(
      /Only the customer reports a problem · unless the customer is happy/,
    );
    // Back to "whatever it says": the casing examples have no customer message, so the rule must run without one.
    await casingWhen.locator(':scope > summary').click();
    await complaint.selectOption('');
    await expect(rules.casing!.locator('[data-tc="example"][data-kind="bad"]')).toHaveAttribute('data-result', 'pass');

    // Make the swap the brand's own, in the table, and its example: it runs as it is typed.
    const swap = rules.substitution!;
    await swap.getByLabel('Avoid 1').fill('shipment');
    await swap.getByLabel('Prefer 1').fill('parcel');
    const bad = swap.locator('[data-tc="example"][data-kind="bad"]');
    await expect(bad).toHaveAttribute('data-result', 'fail');
    await expect(bad.locator('[data-tc="example-outcome"]')).toContainText('got none');
    await bad.getByLabel(/Bad reply 1/).fill('Your [[shipment]] left today.');
    await bad.getByLabel('After Apply').fill('Your parcel left today.');
    await expect(bad).toHaveAttribute('data-result', 'pass');
    await expect(bad.locator('[data-tc="example-outcome"]')).toContainText('flags “shipment”');
    const good = swap.locator('[data-tc="example"][data-kind="good"]');
    await good.getByRole('textbox', { name: 'Good reply 1' }).fill('Your shipment of good news: it left today.');
    await expect(good).toHaveAttribute('data-result', 'fail');
    await good.getByRole('textbox', { name: 'Good reply 1' }).fill('Your parcel left today.');
    await expect(good).toHaveAttribute('data-result', 'pass');
    await swap.getByLabel('Message on the card').fill('We say "{prefer}", not "{match}".');

    // An empty phrase and a broken regex: each problem next to its field, in plain words; Save is refused.
    const phrases = rules.phrase!.locator('[data-field="phrases"]');
    await phrases.getByRole('button', { name: 'Add a phrase' }).click();
    await expect(phrases.locator('[data-tc="error"]')).toHaveText(['this is empty: write something here or remove it']);
    const regex = rules.regex!.locator('[data-field="regex"]');
    await regex.getByLabel('Regular expression').fill('1-800-(\\d{3}');
    await expect(regex.locator('[data-tc="error"]')).toContainText('not a valid regular expression');
    await expect(rules.regex!.locator('[data-tc="rule-problems"]')).toHaveText('1 problem');
    await editor.locator('[data-tc="save"]').click();
    await expect(editor.locator('[data-tc="save-note"]')).toContainText('Not saved: 2 problems to fix first');
    // Nothing was lost: the edits are still in the form.
    await expect(swap.getByLabel('Avoid 1')).toHaveValue('shipment');

    await phrases.getByRole('button', { name: 'Remove phrase 2' }).click();
    await regex.getByLabel('Regular expression').fill('1-800-\\d{3}-\\d{4}');
    await expect(editor.locator('[data-tc="error"]')).toHaveCount(0);
    await editor.locator('[data-tc="save"]').click();
    await expect(editor.locator('[data-tc="save-note"]')).toContainText('Saved');
    await expect(editor.locator('[data-tc="editor-status"]')).toHaveText('No unsaved changes');

    // The test box: the reply highlighted as in a reply box, with its score and findings.
    await editor
      .locator('[data-tc="test-reply"]')
      .fill("Your shipment left today. We'll e-mail you the tracking link.");
    const results = editor.locator('[data-tc="test-results"]');
    await expect(results.locator('[data-tc="mark"][data-rule="plain-words"]')).toHaveText('shipment');
    await expect(results.locator('[data-tc="finding"][data-rule="plain-words"]')).toContainText(
      'We say "parcel", not "shipment".',
    );
    await expect(results.locator('[data-tc="score"]')).toBeVisible();
    // A reply in another language: its tone was not read, and the test box says so rather than "Nothing to improve".
    await editor
      .locator('[data-tc="test-reply"]')
      .fill('Hallo! Das sollte nicht passieren. Schreib uns bitte eine Nachricht mit deiner Bestellnummer.');
    await expect(results.locator('[data-tc="not-english"]')).toContainText('reads tone in English only');
    await expect(results).toContainText('Nothing found in what could be checked.');

    // The worker reads the saved set: the new rule's finding appears in a reply box on a real site.
    const coach = new Coach(page, { name: 'Textarea', fixture: 'textarea', url: REPLY_URL });
    await coach.open(undefined, serve);
    await coach.type('Your shipment left today, we will e-mail you the tracking link.');
    await expect(coach.badge.first()).toHaveAttribute('data-count', /^[1-9]/);
    await coach.openPanel();
    await expect(
      page.locator(`tone-coach-ui [data-tc="finding"][data-rule-set="${setId}"][data-rule="plain-words"]`),
    ).toContainText('We say "parcel", not "shipment".');
  });

  test('the JSON view is checked as it is typed, and the forms show its edit', async ({ context, extensionId }) => {
    const manager = await openManager(context, extensionId);
    const editor = await newSet(manager);
    await addRule(editor, 'phrase');
    await editor.locator('[data-tc="view-json"]').click();
    const json = editor.locator('[data-tc="json"]');
    const text = await json.inputValue();
    // Not JSON: the problem is named with its place; the forms cannot show it, and nothing is lost.
    await json.fill(text.replace('"rules": [', '"rules": [,'));
    await expect(editor.locator('[data-tc="error"]')).toContainText('not valid JSON at line');
    await editor.locator('[data-tc="view-forms"]').click();
    await expect(editor.locator('[role="alert"]')).toContainText('The JSON is not valid');
    await expect(json).toBeVisible();
    // Valid JSON with a problem: the same validation as Save, by path.
    await json.fill(text.replace('"severity": "warning"', '"severity": "loud"'));
    await expect(editor.locator('[data-tc="error"]')).toContainText('rules[0].severity: expected one of');
    await json.fill(text.replace('"canned-apology"', '"sorry-once"'));
    await expect(editor.locator('[data-tc="error"]')).toHaveCount(0);
    await editor.locator('[data-tc="view-forms"]').click();
    await expect(editor.locator('[data-tc="rule"]')).toHaveAttribute('data-id', 'sorry-once');
  });

  test("a require rule's options are labelled checkboxes, ticked by keyboard, that set the rule", async ({
    context,
    extensionId,
  }) => {
    const manager = await openManager(context, extensionId);
    const editor = await newSet(manager);
    const rule = await addRule(editor, 'require');
    // The phrases that hold an insertion back have a label that says what they do.
    await expect(rule.getByRole('group', { name: 'No insertion when the reply says' })).toBeVisible();
    await tickByKeyboard(editor, rule.getByLabel(/A warm reply counts/));
    await jsonShows(editor, /"acceptWarm": true/);
    await rule.getByLabel(/A warm reply counts/).uncheck();
    await editor.locator('[data-tc="view-json"]').click();
    await expect(editor.locator('[data-tc="json"]')).not.toHaveValue(/acceptWarm/);
    await editor.locator('[data-tc="view-forms"]').click();
    // An apology placed after an opening "Thank you for your reply." (afterThanks), the same way.
    await tickByKeyboard(editor, rule.getByLabel(/goes after an opening “Thank you for your reply\.”/));
    await jsonShows(editor, /"afterThanks": true/);
    // No apology inserted next to cheer (holdBeforeCheer), the same way.
    await tickByKeyboard(editor, rule.getByLabel(/Nothing is inserted at the start next to cheer or laughter/));
    await jsonShows(editor, /"holdBeforeCheer": true/);
    // A calm customer's problem put right at once counts as acknowledged (acceptRemedy), the same way.
    await tickByKeyboard(editor, rule.getByLabel(/putting it right at once counts/));
    await jsonShows(editor, /"acceptRemedy": true/);
  });

  test('a phrase rule\'s options ("the customer\'s own words", "inside quotation marks") are labelled checkboxes, ticked by keyboard, that set the rule', async ({
    context,
    extensionId,
  }) => {
    const manager = await openManager(context, extensionId);
    const editor = await newSet(manager);
    const rule = await addRule(editor, 'phrase');
    await tickByKeyboard(editor, rule.getByLabel(/Not flagged when the customer’s own message uses the same words/));
    await jsonShows(editor, /"unlessCustomerUsed": true/);
    await tickByKeyboard(editor, rule.getByLabel(/Not flagged inside double quotation marks/));
    await jsonShows(editor, /"unlessQuoted": true/);
  });

  test("a rule's fix can be held back while another rule finds something: a condition ticked by keyboard", async ({
    context,
    extensionId,
  }) => {
    const manager = await openManager(context, extensionId);
    const editor = await newSet(manager);
    await addRule(editor, 'phrase');
    const rule = await addRule(editor, 'require');
    const conditions = rule.locator('details[data-field="when"] > summary');
    await conditions.click();
    const group = rule.getByRole('group', { name: /No automatic fix if one of these rules found something/ });
    await tickByKeyboard(editor, group.getByRole('checkbox').first());
    await conditions.click();
    await expect(conditions).toContainText(/Runs without a fix if .+ found something/);
    await jsonShows(editor, /"fixUnlessRule": \[/);
  });

  test('changing the id renames the set when it is saved', async ({ context, extensionId }) => {
    const manager = await openManager(context, extensionId);
    const editor = await newSet(manager);
    const oldId = await editor.getByLabel('Id', { exact: true }).inputValue();
    await editor.getByLabel('Id', { exact: true }).fill('Acme Voice');
    await expect(editor.locator('[data-field="id"] [data-tc="error"]')).toContainText('expected lower-case letters');
    await editor.getByLabel('Id', { exact: true }).fill('acme-voice');
    await expect(editor.locator('[data-field="id"]')).toContainText(`renames the set from “${oldId}” to “acme-voice”`);
    await editor.getByLabel('Id', { exact: true }).press('Control+s');
    const mine = manager.locator('[data-tc="rule-set"][data-origin="user"]');
    await expect(mine).toHaveCount(1);
    await expect(mine).toHaveAttribute('data-id', 'acme-voice');
    await expect(editor.getByLabel('Id', { exact: true })).toHaveValue('acme-voice');
  });

  test('an unsaved edit survives closing the editor and opening it again', async ({ context, extensionId }) => {
    const manager = await openManager(context, extensionId);
    const editor = await newSet(manager);
    const rule = await addRule(editor, 'casing');
    await rule.getByRole('textbox', { name: 'Name 1' }).fill('PlayStation');
    await editor.locator('[data-tc="close-editor"]').click();
    await expect(editor).toHaveCount(0);
    await manager.locator('[data-tc="rule-set"][data-origin="user"] [data-tc="edit"]').click();
    await expect(editor.locator('[data-tc="draft-restored"]')).toBeVisible();
    await expect(editor.locator('[data-tc="editor-status"]')).toContainText('Unsaved changes');
    await editor.locator('[data-tc="rule"]').getByRole('button', { expanded: false }).first().click();
    await expect(editor.locator('[data-tc="rule"]').getByRole('textbox', { name: 'Name 1' })).toHaveValue(
      'PlayStation',
    );
    // Discarding goes back to what was saved (the new set had no rules).
    await editor.locator('[data-tc="discard"]').click();
    await expect(editor.locator('[data-tc="rule"]')).toHaveCount(0);
    await expect(editor.locator('[data-tc="editor-status"]')).toHaveText('No unsaved changes');
  });

  test('a built-in set is read-only: every input disabled, no Save, and Duplicate to edit', async ({
    context,
    extensionId,
  }) => {
    const manager = await openManager(context, extensionId);
    await manager.locator('[data-tc="rule-set"][data-origin="builtin"]').first().locator('[data-tc="edit"]').click();
    const editor = manager.locator('[data-tc="rule-set-editor"]');
    await expect(editor).toHaveAttribute('data-read-only', 'true');
    await expect(editor.locator('[data-tc="save"]')).toHaveCount(0);
    await expect(editor.getByLabel('Name', { exact: true })).toBeDisabled();
    const rule = editor.locator('[data-tc="rule"]').first();
    await rule.getByRole('button', { expanded: false }).first().click();
    await expect(rule.getByLabel('Message on the card')).toBeDisabled();
    await expect(rule.locator('[data-tc="example"]').first()).toHaveAttribute('data-result', 'pass');
    await editor.locator('[data-tc="duplicate-to-edit"]').click();
    await expect(editor).not.toHaveAttribute('data-read-only', 'true');
    await expect(editor.getByLabel('Name', { exact: true })).toHaveValue(/\(copy\)$/);
    await expect(editor.locator('[data-tc="save"]')).toBeVisible();
  });
});
