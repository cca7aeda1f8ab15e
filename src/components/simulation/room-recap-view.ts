/**
 * Draws the recap of a facilitated session (domain/simulation/room-recap): the room's path against the recommended
 * one and the show-of-hands tally per decision, options lettered in the order the room saw them. With
 * `showRecommended` false (the projector before the reveal) nothing says which option or path is recommended.
 */
import type { Scenario } from '@/schemas/scenario';
import type { SimulationRun } from '@/schemas/simulation-run';
import { roomRecap } from '@/domain/simulation/room-recap';
import { optionLetter, shuffledOrder } from '@/domain/simulation/option-order';
import { h } from '@/components/shared/dom';

export function renderRoomRecap(
  container: HTMLElement,
  scenario: Scenario,
  run: SimulationRun,
  seed: string,
  showRecommended: boolean,
): void {
  const recap = roomRecap(scenario, run);
  const decisions = recap.decisions.map((decision) => {
    const options = shuffledOrder(decision.options, seed, decision.stepId);
    const votes = h(
      'ul',
      { class: 'sk-recap__votes' },
      ...options.map((option, index) => {
        const share = decision.total === 0 ? 0 : Math.round((option.count / decision.total) * 100);
        const marks = [option.id === decision.chosenId ? 'pilihan ruangan' : '', showRecommended && option.recommended ? 'dianjurkan' : '']
          .filter(Boolean)
          .join(', ');
        return h(
          'li',
          { 'data-option': option.id },
          h(
            'span',
            { class: 'sk-recap__count' },
            h('strong', {}, `${optionLetter(index)}: ${option.count} suara`),
            decision.total > 0 ? ` (${share} %)` : '',
            marks ? ` · ${marks}` : '',
          ),
          h('span', { class: 'sk-recap__bar', style: `inline-size: ${Math.max(share, 1)}%` }),
          h('span', { class: 'sk-recap__label' }, option.label),
        );
      }),
    );
    return h(
      'section',
      { class: 'sk-recap__decision', 'data-recap-step': decision.stepId },
      h('h6', {}, `${decision.title} (${decision.total} orang)`),
      votes,
    );
  });
  const path = (steps: { title: string }[]) => h('ol', {}, ...steps.map((step) => h('li', {}, step.title)));
  const paths = showRecommended
    ? h(
        'div',
        { class: 'sk-recap__paths' },
        h('div', {}, h('h5', {}, 'Jalur ruangan'), path(recap.roomPath)),
        h('div', {}, h('h5', {}, 'Jalur yang dianjurkan'), path(recap.recommendedPath)),
      )
    : h('div', { class: 'sk-recap__paths' }, h('div', {}, h('h5', {}, 'Jalur ruangan'), path(recap.roomPath)));
  const note = showRecommended
    ? h('p', {}, `Ruangan memilih opsi yang dianjurkan pada ${recap.followed} dari ${recap.decisions.length} keputusan.`)
    : h('p', {}, 'Opsi dan jalur yang dianjurkan ditampilkan setelah diskusi, ketika pelatih membukanya.');
  container.replaceChildren(h('h4', {}, 'Rekap sesi'), paths, note, h('h5', {}, 'Suara ruangan per keputusan'), ...decisions);
}
