/** Browser mode's guard: every /api/ call needs the per-run token. */
import { libraryEntry } from './helpers/compare-page';
import { expect, test } from './fixtures';

test('/api/ without the token is refused and changes nothing', async ({ app }) => {
  test.skip(app.mode !== 'web', 'Browser mode only: Electron has no HTTP API');
  const { origin, token, page } = app;
  const list = `${origin}/api/call/library:list`;
  const body = JSON.stringify({ args: [] });

  const noToken = await fetch(list, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json' },
  });
  expect(noToken.status).toBe(403);
  const wrongToken = await fetch(list, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${'0'.repeat(64)}` },
  });
  expect(wrongToken.status).toBe(403);

  // With the token the same call answers, so the refusals above were the guard, not a missing route.
  const withToken = await fetch(list, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
  });
  expect(withToken.status).toBe(200);
  const snapshot = (await withToken.json()) as {
    ok: boolean;
    value: { statements: { id: string; title: string }[] };
  };
  const moscow = snapshot.value.statements.find((s) => s.title.includes('Moscow'));
  expect(moscow).toBeDefined();

  const removal = await fetch(`${origin}/api/call/library:remove`, {
    method: 'POST',
    body: JSON.stringify({ args: [moscow?.id] }),
    headers: { 'Content-Type': 'application/json' },
  });
  expect(removal.status).toBe(403);
  await page.reload();
  await expect(libraryEntry(page, /Moscow/)).toBeVisible();

  // The token is taken out of the address bar once the page has it.
  expect(page.url()).not.toContain('token=');
});
