import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, measure, overBudget } from '../../scripts/size-report.mjs';

// Bytes, not time: the JavaScript each built page loads at once, gzip, against its budget (scripts/size-report.mjs).
test('every page stays within its JavaScript budget', () => {
  const pages = measure();
  expect(pages.length).toBeGreaterThan(10);
  expect(overBudget(pages)).toEqual([]);
});

test('pages to read load no JavaScript of ours beyond the service-worker registration', () => {
  for (const page of measure().filter((p) => p.kind === 'content')) {
    expect(page.sharedJs, page.path).toBe(0);
    expect(page.ownJs, page.path).toBeLessThanOrEqual(BUDGETS.content.own);
  }
});

test('the browser builds no schema of the content files (those are checked at build time)', () => {
  // Words only the drill and crisis-type content schemas contain. Building a zod schema costs start-up time on a phone.
  const contentSchemaMarks = ['modelAnswer', 'id hanya boleh huruf kecil'];
  const dir = join(process.cwd(), 'dist/_astro');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(10);
  for (const name of scripts) {
    const code = readFileSync(join(dir, name), 'utf8');
    for (const mark of contentSchemaMarks) expect(code.includes(mark), `${name} contains “${mark}”`).toBe(false);
  }
});
