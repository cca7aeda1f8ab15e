/**
 * <crisis-room>: an incident happening now. Every action appends an entry to the open incident's hash-chained log
 * (src/domain/incident/chain.ts); what the room shows is read back from that log (state.ts). The log is verified on
 * load, after another tab or an import changes it, and before printing. Heavy parts load on use: the press-release
 * checker on the first keystroke in the draft, the report view and .docx on "Cetak"/"Ekspor", sealed files on export/open.
 */
import '@/components/shared/storage-notices';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';
import { persistentDocument } from '@/state/persistent-document';
import { incidentsDocument } from '@/state/documents/incidents';
import { profileDocument } from '@/state/documents/profile';
import type { Incident, IncidentEntry, IncidentPerson, Incidents, PersonParty } from '@/schemas/incident';
import type { Escalation } from '@/schemas/escalation';
import { appendEntries, describeChain, verifyChain, type ChainCheck, type EntryDraft } from '@/domain/incident/chain';
import {
  DATA_LEAK_CHECKLIST,
  DATA_LEAK_TYPE,
  FACT_STATUS_LABELS,
  FACT_STATUSES,
  formatElapsed,
  incidentDeadlines,
  readIncident,
  type IncidentView,
} from '@/domain/incident/state';
import { preparedMessage } from '@/domain/incident/message';
import { findLevel, levelLabel, type CrisisLevelEntry } from '@/domain/crisis-model/levels';
import type { TemplateForBrowser } from '@/domain/templates/filled-documents';
import { formatDateTime } from '@/components/shared/download';
import { copyText } from '@/components/shared/clipboard';
import { h } from '@/components/shared/dom';
import { setText } from '@/components/shared/set-text';
import { setPrintUnit } from '@/components/shared/print-stamp';

export interface RoomBuildData {
  levels: CrisisLevelEntry[];
  templates: TemplateForBrowser[];
  /** byLevel: an item's words at each level, where they name the level's times. */
  checklists: Array<{ id: string; title: string; items: Array<{ id: string; text: string; byLevel?: Record<number, string> }> }>;
  crisisTypes: Array<{ id: string; name: string }>;
}

const PARTY_LABELS: Record<PersonParty, string> = {
  'kepala-upt': 'Kepala UPT',
  kanwil: 'Kanwil Ditjenpas',
  ditjenpas: 'Ditjenpas',
  tim: 'Tim unit',
  mitra: 'Mitra',
};
const STATE_LABELS = { berjalan: 'berjalan', lewat: 'LEWAT', tepat: 'terpenuhi tepat waktu', terlambat: 'terpenuhi terlambat' } as const;
const time = (iso: string) => formatDateTime(iso);
/** "2026-03-12T09:40" for a datetime-local field, in local time. */
const localInput = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** The level's order: the parties it reports to first (in its order), then the team, then partners. */
function orderPeople(people: readonly IncidentPerson[], level: CrisisLevelEntry | undefined): IncidentPerson[] {
  const order: PersonParty[] = [...(level?.reports.map((r) => r.party) ?? ['kepala-upt', 'kanwil', 'ditjenpas']), 'tim', 'mitra'];
  const rank = (p: IncidentPerson) => order.indexOf(p.party) + 1 || 99;
  return [...people].sort((a, b) => rank(a) - rank(b));
}

class CrisisRoomElement extends SiteElement {
  #store = persistentDocument(incidentsDocument);
  #profile = persistentDocument(profileDocument);
  #build!: RoomBuildData;
  /** The verdict for each log array seen: a log that arrives from storage, another tab or a file is a new array, checked again. */
  #chain = new WeakMap<readonly IncidentEntry[], ChainCheck>();
  #writes: Promise<void> = Promise.resolve();
  #escalation: Escalation | undefined;
  #starting = false;
  #shown: unknown[] = [];
  #checker: Promise<typeof import('./room-draft')> | undefined;

  protected start(signal: AbortSignal): void {
    this.#build = readPageData<RoomBuildData>(this, 'room', 'levels', 'templates', 'checklists', 'crisisTypes');
    void this.#readEscalation();
    this.on(this, 'submit', (event) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      void this.#submit(form.dataset.form ?? '', new FormData(form), form);
    });
    this.on(this, 'click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action]');
      if (button) void this.#act(button.dataset.action ?? '', button);
    });
    this.on(this.find('[data-pick]'), 'change', (event) =>
      this.#store.update((d) => ({ ...d, openId: (event.target as HTMLSelectElement).value })),
    );
    const draft = this.find<HTMLTextAreaElement>('[data-draft]');
    this.on(draft, 'input', () => {
      this.#updateOpen((incident) => ({ ...incident, draft: draft.value }));
      this.#check(draft.value);
    });
    this.on(this.find('[data-form="triage"]'), 'change', () => void this.#showTriage());
    this.on(this.find('[data-open-file]'), 'change', (event) => void this.#openFile(event.target as HTMLInputElement));
    this.watch(this.#store.$data, (data) => {
      // The draft is stored on each keystroke: redraw only when something the room shows changed (the logs, the people),
      // so typing never rebuilds the room under the user's fingers.
      const shown = [data.openId, ...data.incidents.flatMap((i) => [i.id, i.log, i.people, i.readOnly])];
      if (shown.length === this.#shown.length && shown.every((value, index) => value === this.#shown[index])) return;
      this.#shown = shown;
      this.#render(data);
    });
    this.find<HTMLFieldSetElement>('[data-start-fields]').disabled = false; // the form now has a script to take it
    const timer = setInterval(() => {
      const incident = this.#open();
      if (incident && !this.find('[data-room]').hidden) this.#renderClock(readIncident(incident));
    }, 15_000);
    signal.addEventListener('abort', () => clearInterval(timer));
  }

  // ---- data ----

  #open(data = this.#store.$data.get()): Incident | undefined {
    return data.incidents.find((incident) => incident.id === data.openId);
  }

  #updateOpen(change: (incident: Incident) => Incident): void {
    this.#store.update((data) => ({
      ...data,
      incidents: data.incidents.map((i) => (i.id === data.openId && !i.readOnly ? change(i) : i)),
    }));
  }

  /** Appends to the open incident's log, one write at a time (hashing is asynchronous). */
  #append(drafts: Array<Omit<EntryDraft, 'at'>>): Promise<void> {
    this.#writes = this.#writes.then(async () => {
      const incident = this.#open();
      if (!incident || incident.readOnly) return;
      const at = new Date().toISOString();
      const log = await appendEntries(
        incident.log,
        drafts.map((d) => ({ ...d, at })),
      );
      // Verified before this write and extended by our own entries: still whole if it was whole.
      const known = this.#chain.get(incident.log);
      if (known) this.#chain.set(log, known.intact ? { intact: true, count: log.length } : known);
      this.#updateOpen((current) => (current.log.length === incident.log.length ? { ...current, log } : current));
    });
    return this.#writes;
  }

  #message(text: string): void {
    setText(this.find('[data-message]'), text);
  }

  // ---- start ----

  async #readEscalation(): Promise<void> {
    if (!new URLSearchParams(location.search).has('eskalasi')) return;
    const { takeEscalation } = await import('@/components/shared/escalation');
    const handOver = takeEscalation();
    if (handOver === 'unreadable')
      this.#message('Data eskalasi dari pemantauan isu tidak dapat dibaca. Isi kejadian di bawah secara manual.');
    else if (handOver) this.#escalation = handOver;
    if (this.#escalation) {
      this.#starting = true;
      this.#render(this.#store.$data.get());
      this.#prefillStart();
    }
  }

  #prefillStart(): void {
    const form = this.find<HTMLFormElement>('[data-form="start"]');
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    if (!field('reportedAt').value) field('reportedAt').value = localInput(new Date());
    if (!field('unit').value) field('unit').value = this.#profile.$data.get().unitName;
    if (!field('unit').value) void import('./room-plan').then(({ planUnitName }) => (field('unit').value ||= planUnitName()));
    const escalation = this.#escalation;
    if (escalation && !field('what').value) {
      field('what').value = escalation.summary;
      field('reportedAt').value = localInput(new Date(escalation.seenAt));
      field('reportedBy').value = escalation.where;
      field('crisisTypeId').value = escalation.crisisTypeId;
      this.#message(form.dataset.escalated ?? ''); // the words are in the markup (cheaper than in the script)
    }
  }

  async #startIncident(values: FormData): Promise<void> {
    const text = (name: string) => String(values.get(name) ?? '').trim();
    const now = new Date();
    const id = `k${now.getTime().toString(36)}`;
    const drill = values.get('drill') === 'on';
    const typeName = this.#build.crisisTypes.find((t) => t.id === text('crisisTypeId'))?.name ?? '';
    const [{ planPeople }, { startEntries }] = await Promise.all([import('./room-plan'), import('./room-forms')]);
    const incident: Incident = { id, drill, createdAt: now.toISOString(), people: planPeople(), draft: '', log: [] };
    this.#store.update((data) => ({ incidents: [...data.incidents, incident].slice(-50), openId: id }));
    const escalation = this.#escalation;
    this.#escalation = undefined;
    this.#starting = false;
    await this.#append(startEntries(text, drill, typeName, escalation, now));
    this.find<HTMLFormElement>('[data-form="start"]').reset();
    this.#message(`${drill ? 'Latihan' : 'Kejadian'} ${this.dataset.started}`);
    this.find('#rk-what').focus();
  }

  // ---- actions ----

  async #submit(kind: string, values: FormData, form: HTMLFormElement): Promise<void> {
    const text = (name: string) => String(values.get(name) ?? '').trim();
    if (kind === 'start') return this.#startIncident(values);
    const incident = this.#open();
    if (!incident) return;
    const forms = await import('./room-forms');
    const view = this.#view();
    if (kind === 'triage') {
      const result = await this.#triageResult();
      if (!result) return;
      await this.#append([forms.levelEntry(this.#build.levels, view.level, result.level, `Hasil triase: ${result.reasons.join(' ')}`)]);
      (form.closest('details') as HTMLDetailsElement).open = false;
      this.#message('Tercatat di kronologi.');
      return;
    }
    if (kind === 'note') await this.#append([{ kind: 'catatan', text: text('note') }]);
    else {
      const written = forms.formEntries(kind, text, {
        incident,
        view,
        levels: this.#build.levels,
        crisisTypes: this.#build.crisisTypes,
        ref: Number(form.dataset.ref),
      });
      if ('problem' in written) {
        this.#message(written.problem);
        return;
      }
      const { person } = written;
      if (person) this.#updateOpen((open) => ({ ...open, people: [...open.people, person] }));
      await this.#append(written.drafts);
    }
    // Emptied only when it still holds what was sent: what the user typed meanwhile (the next note) is kept.
    if (JSON.stringify([...new FormData(form)]) === JSON.stringify([...values])) form.reset();
    this.#message(
      kind === 'close'
        ? 'Kejadian ditutup. Cetak laporan kejadian, lalu lanjutkan ke evaluasi pascakrisis di bawah.'
        : 'Tercatat di kronologi.',
    );
  }

  async #act(action: string, button: HTMLElement): Promise<void> {
    const incident = this.#open();
    switch (action) {
      case 'dismiss-message':
        return this.#message('');
      case 'new':
        this.#starting = true;
        this.#render(this.#store.$data.get());
        this.find<HTMLElement>('[data-form="start"] textarea').focus();
        return;
      case 'cancel-new':
        this.#starting = false;
        this.#render(this.#store.$data.get());
        return;
      case 'copy-message':
      case 'share-message': {
        const text = this.find<HTMLTextAreaElement>('[data-prepared]').value;
        if (action === 'share-message' && navigator.share) {
          await navigator.share({ text }).catch(() => undefined);
          return;
        }
        this.#message(((await copyText(text)) ? this.dataset.copied : this.dataset.notCopied) ?? '');
        return;
      }
      case 'draft-template':
        return this.#draftFromTemplate();
      case 'copy-statement': {
        const statement = this.#view().statements.find((s) => s.seq === Number(button.dataset.ref));
        if (statement)
          this.#message((await copyText(statement.body)) ? 'Teks pernyataan disalin.' : 'Peramban tidak mengizinkan penyalinan.');
        return;
      }
      case 'save-people': {
        if (!incident) return;
        const { savePeople } = await import('./room-plan');
        this.#message(
          savePeople(
            incident.people.filter((person) => person.typed),
            this.#view().unit,
            readPageData(this, 'plan-template', 'roles', 'contacts'),
          ),
        );
        return;
      }
      case 'print':
      case 'docx':
        if (!incident) return;
        return (await import('./incident-report-view')).showReport(
          this,
          incident,
          this.#build.levels,
          await this.#verify(incident),
          action,
          this.#build.crisisTypes,
        );
      case 'export':
        if (!incident) return;
        return (await import('./incident-file')).exportIncident(incident);
      default: {
        // Ticks, "sudah dihubungi", a fact's status, a statement version: their entries load with the forms' (room-forms.ts).
        if (!incident || !button.dataset.action) return;
        const draft = this.find<HTMLTextAreaElement>('[data-draft]').value.trim();
        const written = (await import('./room-forms')).actionEntries(action, button, incident, this.#view(), draft);
        if ('problem' in written) {
          this.#message(written.problem);
          return;
        }
        await this.#append(written.drafts);
        if (written.done) this.#message(written.done);
      }
    }
  }

  async #openFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await (await import('./incident-file')).openIncidentFile(file);
    if (!result.ok) {
      this.#message(result.reason);
      return;
    }
    const copy: Incident = { ...result.incident, readOnly: true };
    this.#store.update((data) => {
      const own = data.incidents.find((i) => i.id === copy.id && !i.readOnly);
      if (own) copy.id = `${copy.id}-salinan`;
      return { incidents: [...data.incidents.filter((i) => i.id !== copy.id), copy].slice(-50), openId: copy.id };
    });
    this.#message('Berkas kejadian dibuka sebagai salinan baca saja.');
  }

  async #draftFromTemplate(): Promise<void> {
    const drafted = await (await import('./room-draft')).templateDraft(this.#build.templates, this.#view(), new Date());
    if (!drafted) return;
    const draft = this.find<HTMLTextAreaElement>('[data-draft]');
    draft.value = drafted.text;
    this.#updateOpen((incident) => ({ ...incident, draft: draft.value }));
    this.#check(draft.value);
    this.#message(drafted.message);
    draft.focus();
  }

  #check(text: string): void {
    this.#checker ??= import('./room-draft');
    void this.#checker.then(({ showCheck }) =>
      showCheck(text, this.#view(), this.find('[data-check-summary]'), this.find('[data-findings]')),
    );
  }

  // ---- triage ----

  /** The level the triage questions give, once all are answered (the triage's rules load on the first answer). */
  async #triageResult(): Promise<{ level: number; reasons: string[] } | undefined> {
    const { isTriageComplete, triageLevel } = await import('@/domain/assessment/triage');
    const answers: Record<string, unknown> = {};
    for (const [name, value] of new FormData(this.find<HTMLFormElement>('[data-form="triage"]')))
      answers[name] = value === 'true' ? true : value === 'false' ? false : value;
    return isTriageComplete(answers) ? triageLevel(answers) : undefined;
  }

  async #showTriage(): Promise<void> {
    const result = await this.#triageResult();
    setText(
      this.find('[data-triage-result]'),
      result ? `Hasil: ${levelLabel(findLevel(this.#build.levels, result.level))}.` : 'Jawab semua pertanyaan untuk melihat tingkatnya.',
    );
  }

  // ---- view ----

  #view(): IncidentView {
    return readIncident(this.#open() ?? { log: [] });
  }

  async #verify(incident: Incident): Promise<ChainCheck> {
    const check = this.#chain.get(incident.log) ?? (await verifyChain(incident.log));
    this.#chain.set(incident.log, check);
    if (this.#open()?.log === incident.log) this.#renderIntegrity(check);
    return check;
  }

  #renderIntegrity(check: ChainCheck): void {
    const line = this.find('[data-integrity]');
    line.dataset.intact = String(check.intact);
    setText(line, describeChain(check, 'short'));
  }

  #render(data: Incidents): void {
    const incident = this.#open(data);
    const pick = this.find<HTMLSelectElement>('[data-pick]');
    const options = data.incidents.map((i) => {
      const what = readIncident(i).what || 'Kejadian';
      return h(
        'option',
        { value: i.id, selected: i.id === data.openId },
        `${i.drill ? 'LATIHAN · ' : ''}${i.readOnly ? 'Salinan · ' : ''}${what.slice(0, 60)} · ${time(i.createdAt)}`,
      );
    });
    if (pick.options.length !== options.length || [...pick.options].some((o, index) => o.textContent !== options[index]!.textContent))
      pick.replaceChildren(...options);
    pick.value = data.openId;
    this.find('[data-bar]').hidden = data.incidents.length === 0;
    const starting = this.#starting || !incident;
    const startForm = this.find('[data-form="start"]');
    const wasHidden = startForm.hidden;
    startForm.hidden = !starting;
    this.find('[data-action="cancel-new"]').hidden = !incident;
    if (starting && wasHidden) this.#prefillStart();
    if (starting && !wasHidden && !this.find<HTMLInputElement>('[name="reportedAt"]').value) this.#prefillStart();
    const room = this.find('[data-room]');
    room.hidden = starting || !incident;
    if (!incident || starting) return;

    const known = this.#chain.get(incident.log);
    if (known) this.#renderIntegrity(known);
    else {
      setText(this.find('[data-integrity]'), 'Memeriksa keutuhan kronologi…');
      void this.#verify(incident);
    }
    const view = readIncident(incident);
    const levels = this.#build.levels;
    const level = view.level === undefined ? undefined : findLevel(levels, view.level);
    this.toggleAttribute('data-drill', incident.drill);
    this.find('[data-drill-banner]').hidden = !incident.drill;
    this.find('[data-readonly]').hidden = !incident.readOnly;
    for (const part of this.querySelectorAll<HTMLElement>('[data-write]'))
      part.hidden = Boolean(incident.readOnly) || (Boolean(view.closed) && part.dataset.form !== 'note');
    this.find('[data-form="close"]').hidden = Boolean(view.closed || incident.readOnly);
    setPrintUnit(`${incident.drill ? 'LATIHAN · ' : ''}${view.unit}`);
    setText(this.find('[data-what]'), `${incident.drill ? 'LATIHAN: ' : ''}${view.what || 'Kejadian'}`);
    setText(
      this.find('[data-meta]'),
      `${[view.unit, this.#build.crisisTypes.find((t) => t.id === view.crisisTypeId)?.name].map((part) => (part ? `${part} · ` : '')).join('')}pertama diketahui ${time(view.reportedAt)}${view.reportedBy ? `, dilaporkan oleh ${view.reportedBy}` : ''}${view.closed ? ` · ditutup ${time(view.closed.at)}` : ''}`,
    );
    this.find('[data-data-leak]').hidden = view.crisisTypeId !== DATA_LEAK_TYPE;
    setText(
      this.find('[data-level-badge]'),
      // A real incident's level is humas's estimate: "model latihan" beside it would read as "a drill" to a superior.
      level
        ? `${levelLabel(level)} (${incident.drill ? 'model latihan' : 'perkiraan humas'})`
        : 'Tingkat belum ditetapkan: jawab triase di bawah.',
    );
    this.#renderClock(view);

    // Facts by status, each with its times and a way to change its status.
    this.find('[data-facts]').replaceChildren(
      ...FACT_STATUSES.map((status) => {
        const facts = view.facts.filter((f) => f.status === status);
        return h(
          'div',
          {},
          h('h3', {}, `${FACT_STATUS_LABELS[status]} (${facts.length})`),
          facts.length
            ? h(
                'ul',
                { class: 'rk-facts' },
                ...facts.map((fact) =>
                  h(
                    'li',
                    {},
                    `${fact.text} `,
                    h(
                      'span',
                      { class: 'rk-hint' },
                      `(#${fact.seq}, dicatat ${time(fact.addedAt)}${fact.statusAt !== fact.addedAt ? `, status sejak ${time(fact.statusAt)}` : ''}${fact.source === 'kabar' ? ', dari kabar beredar' : ''})`,
                    ),
                    incident.readOnly || view.closed
                      ? ''
                      : h(
                          'div',
                          { class: 'rk-row' },
                          ...FACT_STATUSES.filter((s) => s !== status).map((s) =>
                            h(
                              'button',
                              { type: 'button', class: 'sk-button', 'data-action': 'fact-status', 'data-ref': fact.seq, 'data-status': s },
                              `Jadikan: ${FACT_STATUS_LABELS[s].toLowerCase()}`,
                            ),
                          ),
                        ),
                  ),
                ),
              )
            : h('p', { class: 'rk-hint' }, 'Belum ada.'),
        );
      }),
    );

    // People to tell, in the level's order.
    const peopleSource = this.find('[data-people-source]');
    setText(
      peopleSource,
      incident.people.length
        ? `Urutan mengikuti ${level ? levelLabel(level) : 'tingkat'}: pihak yang dilapori dulu, lalu tim dan mitra.`
        : (peopleSource.dataset.noPlan ?? ''),
    );
    const message = preparedMessage(view, levels, incident.drill, time);
    const prepared = this.find<HTMLTextAreaElement>('[data-prepared]');
    if (prepared.value !== message) prepared.value = message;
    this.find('[data-save-people]').hidden = Boolean(incident.readOnly) || !incident.people.some((person) => person.typed);
    this.find('[data-people]').replaceChildren(
      ...orderPeople(incident.people, level).map((person) => {
        const done = view.notified.find((n) => n.personId === person.id);
        return h(
          'li',
          {},
          h('strong', {}, person.name),
          ` — ${[...new Set([person.role, PARTY_LABELS[person.party]].filter(Boolean))].join(', ')}`,
          person.phone ? h('div', {}, h('a', { href: `tel:${person.phone.replace(/[^+\d]/g, '')}` }, `Telepon ${person.phone}`)) : '',
          h(
            'div',
            { class: 'rk-row' },
            h('button', { type: 'button', class: 'sk-button', 'data-action': 'copy-message' }, 'Salin laporan internal'),
            'share' in navigator
              ? h('button', { type: 'button', class: 'sk-button', 'data-action': 'share-message' }, 'Bagikan laporan internal')
              : '',
            done
              ? h('span', { class: 'rk-state' }, `Sudah dihubungi ${time(done.at)}`)
              : incident.readOnly
                ? ''
                : h(
                    'button',
                    { type: 'button', class: 'sk-button', 'data-variant': 'primary', 'data-action': 'notified', 'data-person': person.id },
                    'Sudah dihubungi',
                  ),
          ),
        );
      }),
    );

    // Statements: every version, its approval and issue.
    const draft = this.find<HTMLTextAreaElement>('[data-draft]');
    if (draft !== document.activeElement && draft.value !== incident.draft) draft.value = incident.draft;
    draft.readOnly = Boolean(incident.readOnly);
    this.find('[data-statements]').replaceChildren(
      ...view.statements.map((s) =>
        h(
          'li',
          {},
          h('strong', {}, `Versi ${s.version}`),
          ` (#${s.seq}, ${time(s.at)}) — `,
          s.issued ? `diterbitkan ${time(s.issued.at)}` : s.approval ? 'disetujui, belum diterbitkan' : 'menunggu persetujuan',
          h('div', { class: 'rk-statement' }, s.body),
          s.approval ? h('p', {}, `Disetujui oleh ${s.approval.by} pada ${time(s.approval.on)} melalui ${s.approval.via}.`) : '',
          h(
            'div',
            { class: 'rk-row' },
            h('button', { type: 'button', class: 'sk-button', 'data-action': 'copy-statement', 'data-ref': s.seq }, 'Salin teks'),
          ),
          incident.readOnly || view.closed ? '' : !s.approval ? this.#approvalForm(s.seq) : !s.issued ? this.#issueForm(s.seq, level) : '',
        ),
      ),
    );

    // Media questions and their answers.
    this.find('[data-media]').replaceChildren(
      ...view.media.map((q) =>
        h(
          'li',
          {},
          h('strong', {}, [q.journalist, q.medium].filter(Boolean).join(', ') || 'Wartawan'),
          ` (#${q.seq}, ${time(q.at)}): “${q.question}”`,
          q.promise || q.dueAt ? h('div', {}, `Dijanjikan: ${q.promise || 'jawaban'}${q.dueAt ? ` sebelum ${time(q.dueAt)}` : ''}`) : '',
          q.answer
            ? h('div', {}, `Dijawab ${time(q.answer.at)}: ${q.answer.text}`)
            : incident.readOnly || view.closed
              ? ''
              : h(
                  'form',
                  { 'data-form': 'answer', 'data-ref': q.seq, class: 'rk-inline' },
                  h('label', {}, 'Jawaban yang diberikan', h('input', { name: 'answer', required: true, maxlength: 1000 })),
                  h('button', { class: 'sk-button' }, 'Catat jawaban'),
                ),
        ),
      ),
    );

    this.#renderChecklists(view, incident);

    // The chronology, newest first, with corrections marked.
    this.find('[data-log]').replaceChildren(
      ...[...incident.log].reverse().map((entry) =>
        h(
          'li',
          { value: entry.seq },
          h('span', { class: 'rk-hint' }, `#${entry.seq} · ${time(entry.at)} · `),
          entry.text,
          view.corrections.has(entry.seq)
            ? h(
                'em',
                {},
                ` (dikoreksi di #${view.corrections
                  .get(entry.seq)!
                  .map((c) => c.seq)
                  .join(', #')})`,
              )
            : '',
        ),
      ),
    );
    this.find('[data-evaluation]').hidden = !view.closed;
    const evaluation = this.find<HTMLAnchorElement>('[data-evaluation-link]');
    evaluation.search = `?kejadian=${encodeURIComponent(incident.id)}`;
  }

  /** The clock and the deadlines: redrawn every 15 seconds on their own, so a form being filled in is never redrawn. */
  #renderClock(view: IncidentView): void {
    const now = new Date();
    setText(
      this.find('[data-elapsed]'),
      view.closed
        ? `Berlangsung ${formatElapsed(new Date(view.reportedAt), new Date(view.closed.at))} sampai ditutup.`
        : `${formatElapsed(new Date(view.reportedAt), now)} sejak unit pertama kali tahu.`,
    );

    // A closed incident's deadlines stand as they were when it closed.
    const asOf = view.closed ? new Date(view.closed.at) : now;
    const deadlines = incidentDeadlines(view, this.#build.levels, asOf);
    const list = this.find('[data-deadlines]');
    // Without a level only the deadlines that do not depend on it show (a data leak's), with the reminder to report now.
    const note = view.level === undefined ? list.dataset.whenUnset : deadlines.length ? undefined : list.dataset.whenNone;
    list.replaceChildren(
      ...deadlines.map((d) =>
        h(
          'li',
          { 'data-state': d.state },
          h('strong', {}, d.label),
          ` — ${d.by}. Jatuh ${time(d.due)}: `,
          h(
            'span',
            { class: 'rk-state' },
            d.state === 'lewat'
              ? `LEWAT ${formatElapsed(new Date(d.due), asOf)}`
              : d.state === 'berjalan'
                ? view.closed
                  ? 'belum jatuh tempo saat ditutup'
                  : `sisa ${formatElapsed(now, new Date(d.due))}`
                : `${STATE_LABELS[d.state]} (${time(d.doneAt!)})`,
          ),
        ),
      ),
      // The two texts live in the markup (CrisisRoom.astro): words cost less there than in the page's script.
      ...(note ? [h('li', {}, note)] : []),
    );
  }

  #approvalForm(ref: number): HTMLFormElement {
    return h(
      'form',
      { 'data-form': 'approve', 'data-ref': ref, class: 'rk-inline' },
      h('label', {}, 'Disetujui oleh', h('input', { name: 'by', required: true, maxlength: 160, placeholder: 'mis. Kepala UPT' })),
      h('label', {}, 'Pada', h('input', { name: 'on', type: 'datetime-local', required: true, value: localInput(new Date()) })),
      h('label', {}, 'Melalui', h('input', { name: 'via', required: true, maxlength: 160, placeholder: 'mis. telepon, pesan tertulis' })),
      h('button', { class: 'sk-button' }, 'Catat persetujuan'),
    );
  }

  #issueForm(ref: number, level: CrisisLevelEntry | undefined): HTMLFormElement {
    const next = level?.nextUpdateWithinMinutes ? localInput(new Date(Date.now() + level.nextUpdateWithinMinutes * 60_000)) : '';
    return h(
      'form',
      { 'data-form': 'issue', 'data-ref': ref, class: 'rk-inline' },
      h('label', {}, 'Kabar berikutnya dijanjikan pada', h('input', { name: 'nextUpdate', type: 'datetime-local', value: next })),
      h('button', { class: 'sk-button', 'data-variant': 'primary' }, 'Tandai diterbitkan'),
    );
  }

  #renderChecklists(view: IncidentView, incident: Incident): void {
    const ids = view.closed
      ? ['evaluasi-pascakrisis']
      : view.level === undefined
        ? ['jam-pertama']
        : view.level === 1
          ? ['pemantauan-harian']
          : view.level === 2
            ? ['jam-pertama']
            : ['jam-pertama', '24-jam-pertama'];
    // A data leak adds the legal notice's item (its deadline is on the clock), open beside the level's first list.
    if (view.crisisTypeId === DATA_LEAK_TYPE && !view.closed) ids.push(DATA_LEAK_CHECKLIST);
    const key = `${ids.join()}|${view.level}|${incident.id}|${[...view.ticks.entries()].map(([k, v]) => `${k}${v.done}`).join()}|${incident.readOnly}`;
    const box = this.find('[data-checklists]');
    if (box.dataset.key === key) return;
    box.dataset.key = key;
    box.replaceChildren(
      ...this.#build.checklists
        .filter((c) => ids.includes(c.id))
        .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
        .map((checklist, index) =>
          h(
            'details',
            { open: index === 0 || checklist.id === DATA_LEAK_CHECKLIST },
            h(
              'summary',
              {},
              `${checklist.title} (${checklist.items.filter((i) => view.ticks.get(`${checklist.id}/${i.id}`)?.done).length} dari ${checklist.items.length})`,
            ),
            h(
              'ul',
              { class: 'rk-facts' },
              ...checklist.items.map((item) => {
                const tick = view.ticks.get(`${checklist.id}/${item.id}`);
                return h(
                  'li',
                  {},
                  h(
                    'label',
                    { class: 'rk-drill-toggle' },
                    h('input', {
                      type: 'checkbox',
                      checked: Boolean(tick?.done),
                      disabled: Boolean(incident.readOnly),
                      'data-action': 'tick',
                      'data-item': `${checklist.id}/${item.id}`,
                    }),
                    h(
                      'span',
                      {},
                      item.byLevel?.[view.level ?? 3] ?? item.text,
                      tick?.done ? h('span', { class: 'rk-hint' }, ` (dicentang ${time(tick.at)})`) : '',
                    ),
                  ),
                );
              }),
            ),
          ),
        ),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crisis-room': CrisisRoomElement;
  }
}

defineElement('crisis-room', CrisisRoomElement, { nextTask: true });
