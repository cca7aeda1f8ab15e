import { persistentDocument } from '@/state/persistent-document';
import { riskMapDocument } from '@/state/documents/risk-map';
import { riskBand, topRisks } from '@/domain/assessment/risk-map';
import { planCoversRisk, type OfferedRisk } from '@/domain/plan/risk-scenarios';
import type { CommunicationPlan } from '@/schemas/communication-plan';
import type { RiskMap } from '@/schemas/risk-map';
import { h } from '@/components/shared/dom';
import { setText } from '@/components/shared/set-text';
import { sitePath } from '@/components/shared/site-path';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';

/**
 * <risk-scenario-offer>: lists the top risks of the stored crisis-risk map, marks those the open plan already has,
 * and sends the ones the user ticks to <plan-builder> as a bubbling "take-risks" event (detail: the chosen risks).
 * plan-builder.ts loads this module when the scenarios section is first opened, then calls showPlan.
 */
export class RiskScenarioOfferElement extends SiteElement {
  #riskMap = persistentDocument(riskMapDocument);
  #types: Array<{ id: string; name: string }> = [];
  #plan: CommunicationPlan | null = null;
  /** What the list shows now: it is rebuilt only when this changes, so ticks survive typing elsewhere. */
  #shown = '';

  protected start(signal: AbortSignal): void {
    this.#types = readPageData<{ id: string; name: string }[]>(this, 'crisis-types', 'id', 'name');
    this.find('[data-take-risks]').addEventListener('click', () => this.takeChosenRisks(), { signal });
    this.addEventListener('change', () => this.#updateButton(), { signal });
    this.watch(this.#riskMap.$data, (map) => this.#render(map));
  }

  /** Called by <plan-builder> whenever the open plan changes. */
  showPlan(plan: CommunicationPlan): void {
    this.#plan = plan;
    this.#render(this.#riskMap.$data.get());
  }

  /** Says, in the offer's live region, what taking the risks did. */
  announce(text: string): void {
    setText(this.querySelector('[data-offer-status]'), text);
  }

  takeChosenRisks(): void {
    const chosen = [...this.querySelectorAll<HTMLInputElement>('[data-offer-list] input:checked:not(:disabled)')].map(
      (box): OfferedRisk => ({ typeId: box.value, name: box.dataset.name ?? '' }),
    );
    if (chosen.length > 0) this.dispatchEvent(new CustomEvent<OfferedRisk[]>('take-risks', { bubbles: true, detail: chosen }));
  }

  #render(map: RiskMap): void {
    if (!this.#plan) return;
    const top = topRisks(map, this.#types, Number(this.dataset.count ?? 5)).map((risk) => ({
      ...risk,
      covered: planCoversRisk(this.#plan!, risk),
    }));
    const shown = JSON.stringify(top);
    if (shown === this.#shown) return;
    this.#shown = shown;

    const text = this.find('[data-offer-text]');
    const choices = this.find<HTMLElement>('[data-offer-choices]');
    const button = this.find<HTMLButtonElement>('[data-take-risks]');
    const mapLink = () => h('a', { href: sitePath('/latihan/peta-risiko/') }, 'peta risiko krisis');
    choices.hidden = button.hidden = top.length === 0;
    if (top.length === 0) {
      text.replaceChildren(
        'Peta risiko Anda masih kosong: belum ada jenis krisis yang dinilai kemungkinan dan dampaknya. Isi ',
        mapLink(),
        ' terlebih dahulu; risiko teratasnya akan ditawarkan di sini sebagai skenario.',
      );
      return;
    }
    const open = top.filter((risk) => !risk.covered).length;
    if (open === 0) text.replaceChildren('Semua risiko teratas pada ', mapLink(), ' Anda sudah ada sebagai skenario di rencana ini.');
    else
      text.replaceChildren(
        'Centang risiko teratas dari ',
        mapLink(),
        ' Anda yang akan dijadikan skenario. Jenis krisis yang sudah ada di rencana tidak ditambahkan lagi.',
      );
    this.find('[data-offer-list]').replaceChildren(
      ...top.map((risk) =>
        h(
          'li',
          {},
          h(
            'label',
            {},
            // Nothing is ticked for the user: "Centang" asks them to choose, and a full list made tapping a choice untick it.
            h('input', { type: 'checkbox', value: risk.typeId, 'data-name': risk.name, disabled: risk.covered }),
            `${risk.name}: skor ${risk.score} (${riskBand(risk.score).name.toLowerCase()})${risk.covered ? ', sudah ada di rencana' : ''}`,
          ),
        ),
      ),
    );
    this.#updateButton();
  }

  #updateButton(): void {
    const button = this.find<HTMLButtonElement>('[data-take-risks]');
    button.disabled = !this.querySelector('[data-offer-list] input:checked:not(:disabled)');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'risk-scenario-offer': RiskScenarioOfferElement;
  }
}

defineElement('risk-scenario-offer', RiskScenarioOfferElement);
