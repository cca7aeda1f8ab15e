// Rendered by Astro's container API in Node; read with happy-dom's parser.
import { Window, type HTMLTemplateElement } from 'happy-dom';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import { loadTemplate } from '../domain/plan/fixtures';
import { loadCrisisLevels } from '../../content/fixtures/crisis-model';

// The content collections as the build reads them, from the same YAML files (the container has no content store).
vi.mock('astro:content', () => ({
  getEntry: async () => ({ data: loadTemplate() }),
  getCollection: async (name: string) => (name === 'crisis-levels' ? loadCrisisLevels().map((data) => ({ data })) : []),
}));
import CommunicationPlan from '@/components/plan/CommunicationPlan.astro';
import { planFieldMaxLength, type PlanFieldPath } from '@/domain/plan/field-paths';
import { PLAN_LISTS } from '@/domain/plan/plans';

/** The plan form as the site serves it, closed sections' templates opened, parsed. */
async function renderForm(): Promise<ReturnType<Window['document']['createDocumentFragment']>> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(CommunicationPlan);
  const document = new Window().document;
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const inner of template.content.querySelectorAll('template')) inner.replaceWith((inner as HTMLTemplateElement).content);
  return template.content;
}

describe('the plan form’s limits are the schema’s', () => {
  it('gives every text field the maxlength of its field in the schema, and no field without one', async () => {
    const form = await renderForm();
    const fields = [...form.querySelectorAll('[data-field]')];
    expect(fields.length).toBeGreaterThan(60);
    const lists = new Set<string>(PLAN_LISTS);
    let checked = 0;
    for (const field of fields) {
      const list = field.closest('[data-list-kind]')?.getAttribute('data-list-kind');
      const own = field.getAttribute('data-field');
      const path = (list && lists.has(list) ? `${list}.0.${own}` : own) as PlanFieldPath;
      if (field.tagName === 'SELECT' || field.getAttribute('type') === 'date') {
        expect(field.hasAttribute('maxlength'), path).toBe(false);
        continue;
      }
      expect(Number(field.getAttribute('maxlength')), path).toBe(planFieldMaxLength(path));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(50);
    // The dialog that names a new plan uses the limit of the plan's name.
    expect(form.querySelector('[data-name-input]')?.getAttribute('maxlength')).toBe(String(planFieldMaxLength('name')));
  });
});
