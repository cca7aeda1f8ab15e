import { expect, test } from '@playwright/test';
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
