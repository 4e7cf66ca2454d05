/** The library: first launch, metadata editing, remove with undo, and a library that survives a restart. */
import { dropFiles } from './helpers/drop';
import { libraryEntry } from './helpers/compare-page';
import { txtVariant } from './helpers/statement-files';
import { expect, test } from './fixtures';

test('first launch shows the 2019 text and the sample statements, badged as samples', async ({ app }) => {
  const { page } = app;
  await expect(
    page.getByRole('article', { name: /Kimberley Process CSC Closing Speech New Delhi/ }),
  ).toContainText('The best thing about this Plenary has been the warm welcome by our host India');
  await expect(page).toHaveTitle(/^Plenary Diff — Kimberley Process CSC Closing Speech New Delhi/);

  const reference = libraryEntry(page, /New Delhi.*Reference/);
  await expect(reference).toHaveCount(1);
  await expect(reference).not.toHaveAccessibleName(/Sample/);

  const samples = libraryEntry(page, /Sample/);
  await expect(samples).toHaveCount(4);
  for (const sample of await samples.all())
    await expect(sample.locator('.badge-sample')).toHaveText('sample');
  await expect(page.getByRole('region', { name: '2021' })).toContainText('Moscow');

  // The samples can be hidden, and the filter narrows the list.
  await page.getByLabel(/Show samples/).uncheck();
  await expect(samples).toHaveCount(0);
  await page.getByLabel(/Show samples/).check();
  await expect(samples).toHaveCount(4);
  await page.getByLabel('Filter statements by title, city or year').fill('gaborone');
  await expect(libraryEntry(page, /./)).toHaveCount(1);
  await expect(libraryEntry(page, /Gaborone/)).toBeVisible();
});

test('a metadata edit is saved and still there after a reload', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: /^Edit details of .*Moscow/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill('Moscow closing, edited in the e2e test');
  await dialog.getByLabel('Year').fill('2020');
  await dialog.getByLabel('City').fill('Moskva');
  await dialog.getByLabel('Kind').selectOption('opening');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  const edited = () =>
    libraryEntry(page, /edited in the e2e test/).and(
      page.getByRole('region', { name: '2020' }).locator('button'),
    );
  await expect(edited()).toHaveAccessibleName(/opening, Sample/);
  await expect(edited()).toContainText('Moskva');

  await page.reload();
  await expect(edited()).toBeVisible();
  await page.getByLabel('Filter statements by title, city or year').fill('moskva');
  await expect(libraryEntry(page, /./)).toHaveCount(1);
});

test('a removed statement comes back with Undo', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: /^Remove .*Brussels/ }).click();
  await expect(libraryEntry(page, /Brussels/)).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(libraryEntry(page, /Brussels/)).toHaveCount(1);
});

test('the library survives a restart', async ({ app }) => {
  let page = app.page;
  await dropFiles(page, [{ name: 'testville-2030.txt', bytes: new TextEncoder().encode(txtVariant()) }]);
  await expect(libraryEntry(page, /Testville/)).toBeVisible();
  await page.getByLabel(/Show samples/).uncheck();
  await expect(libraryEntry(page, /Sample/)).toHaveCount(0);

  page = await app.restart();
  await expect(libraryEntry(page, /Testville/)).toBeVisible();
  await expect(page.getByRole('region', { name: '2030' })).toBeVisible();
  await expect(page.getByLabel(/Show samples/)).not.toBeChecked();
  await expect(libraryEntry(page, /Sample/)).toHaveCount(0);
});

test('each year heading stays at the top of its year as the list scrolls', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 520 });
  await expect(libraryEntry(page, /Sample/)).toHaveCount(4);
  const list = page.locator('.library-list');
  for (const scrollTop of [150, 330]) {
    await list.evaluate((element, top) => element.scrollTo(0, top), scrollTop);
    // Where each heading is against where a sticky heading belongs: the top of its year, or the top of the list
    // once its year starts above it, never lower than its year's last pixels allow.
    await expect
      .poll(() =>
        list.evaluate((element) => {
          const listTop = element.getBoundingClientRect().top;
          return [...element.querySelectorAll('.year-group')].flatMap((group) => {
            const heading = group.querySelector('.year-heading');
            if (!heading) return [];
            const box = group.getBoundingClientRect();
            const at = heading.getBoundingClientRect();
            const belongs = Math.min(Math.max(box.top, listTop), box.bottom - at.height);
            // Within a pixel: rows scrolled past must not show through a gap above a stuck heading.
            return Math.abs(at.top - belongs) > 1
              ? [`${heading.textContent} at ${at.top}, not ${belongs}`]
              : [];
          });
        }),
      )
      .toEqual([]);
  }
  expect(await list.evaluate((element) => element.scrollTop)).toBeGreaterThan(100);
});

test('the page asks for the library before it fetches the app’s code, so the list overlaps it', async ({
  app,
  appMode,
}) => {
  test.skip(appMode !== 'web', 'browser mode: the list and the code are fetched over HTTP');
  const { page } = app;
  await page.reload();
  await expect(libraryEntry(page, /New Delhi.*Reference/)).toHaveCount(1);
  // In the order the page began them (resource timing): the list's call before the app's chunk, which the small entry
  // script loads only after asking for the list.
  const started = (await page.evaluate(
    "performance.getEntriesByType('resource').map((r) => [r.name.replace(/^.*\\//, ''), r.startTime])",
  )) as [string, number][];
  const at = (pattern: RegExp) => started.find(([name]) => pattern.test(name))?.[1];
  const list = at(/^library:list$/);
  const app_ = at(/^start-app-.*\.js$/);
  expect(list).toBeDefined();
  expect(app_).toBeDefined();
  expect(list as number).toBeLessThanOrEqual(app_ as number);
});
