/**
 * <mentoring-package>: the unit's side of regional mentoring. Reads the unit's own work from this browser's documents,
 * lets the unit choose what to send, shows the package before it is written, and keeps the mentor's feedback.
 */
import '@/components/shared/storage-notices'; // fills this exercise's <storage-notices>
import { persistentDocument } from '@/state/persistent-document';
import { profileDocument } from '@/state/documents/profile';
import { selfAssessmentDocument } from '@/state/documents/self-assessment';
import { riskMapDocument } from '@/state/documents/risk-map';
import { communicationPlansDocument } from '@/state/documents/communication-plans';
import { pressReleaseDocument } from '@/state/documents/press-release';
import { receivedFeedbackDocument } from '@/state/documents/mentoring';
import { planTitle } from '@/domain/plan/plans';
import { topRisks } from '@/domain/assessment/risk-map';
import { latestAssessment, noCompletedAssessmentReason } from '@/domain/mentoring/latest-assessment';
import type { PackageChoice, PackageSources } from '@/domain/mentoring/package';
import type { Deliverable, PackagePayload } from '@/schemas/mentoring';
import type { Profile } from '@/schemas/profile';
import { DELIVERABLES } from '@/schemas/mentoring';
import { MAX_RELEASE_LINES, releaseFitsPackage } from '@/domain/mentoring/release-lines';
import { h } from '@/components/shared/dom';
import { downloadText, formatDateTime } from '@/components/shared/download';
import { SiteElement, defineElement, readPageData } from '@/components/shared/site-element';

type Tools = typeof import('./package-tools');
let tools: Promise<Tools> | undefined;
const loadTools = (): Promise<Tools> => (tools ??= import('./package-tools'));

class MentoringPackageElement extends SiteElement {
  #profile = persistentDocument(profileDocument);
  #assessment = persistentDocument(selfAssessmentDocument);
  #riskMap = persistentDocument(riskMapDocument);
  #plans = persistentDocument(communicationPlansDocument);
  #releases = persistentDocument(pressReleaseDocument);
  #feedback = persistentDocument(receivedFeedbackDocument);
  /** This browser's key (signs packages) and the mentor's key pinned on the first signed feedback, loaded after the page starts. */
  #signing = import('./signing-parts').then((parts) => ({ parts, ...parts.signingDocuments() }));
  /** Opened when "Angka pemantauan" is first ticked (package-monitoring.ts). */
  #monitoring: ReturnType<typeof import('./package-monitoring').openMonitoringDocuments> | undefined;
  #crisisTypes: { id: string; name: string }[] = [];
  #form!: HTMLFormElement;
  /** The package as last previewed: what "Unduh paket" writes. */
  #payload: PackagePayload | undefined;

  protected start(signal: AbortSignal): void {
    this.#crisisTypes = readPageData<{ id: string; name: string }[]>(this, 'crisis-types', 'id', 'name');
    this.#form = this.querySelector<HTMLFormElement>('[data-package]')!;
    this.#fillUnit(this.#profile.$data.get());
    this.#form.addEventListener('submit', (event) => event.preventDefault(), { signal });
    this.#form.addEventListener('input', () => void this.showPreview(), { signal });
    this.#form.addEventListener('change', () => void this.showPreview(), { signal });
    this.querySelector('[data-action="download"]')?.addEventListener('click', () => void this.downloadPackage(), { signal });
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print(), { signal });
    const feedbackInput = this.querySelector<HTMLInputElement>('[data-feedback-file]')!;
    feedbackInput.addEventListener('change', () => void this.importFeedback(feedbackInput), { signal });
    for (const doc of [this.#assessment, this.#riskMap, this.#plans, this.#releases])
      this.watchChanges<unknown>(doc.$data, () => this.#renderChoices());
    const monitoringBox = this.#form.elements.namedItem('monitoring') as HTMLInputElement;
    monitoringBox.addEventListener('change', () => void this.#openMonitoring(monitoringBox));
    this.watchChanges(this.#feedback.$data, () => void this.renderFeedback());
    void this.#signing.then(({ parts, ownKey }) => this.watch(ownKey.$data, (own) => void parts.showOwnKey(this, own)));
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button'))
      control.disabled = false;
    this.#renderChoices(); // after enabling: it disables what there is nothing for
    void this.renderFeedback();
  }

  /** The unit's name and type from the profile, or from the newest plan, unless the user already typed one. */
  #fillUnit(profile: Profile): void {
    const name = this.#form.elements.namedItem('unitName') as HTMLInputElement;
    const type = this.#form.elements.namedItem('unitType') as HTMLSelectElement;
    (this.#form.elements.namedItem('unitRegion') as HTMLInputElement).value ||= profile.region ?? '';
    const plan = this.#plans.$data.get().plans.at(-1);
    if (!name.value) name.value = profile.unitName || plan?.identity.unitName || '';
    if (!type.value) type.value = profile.unitType || plan?.identity.unitType || '';
  }

  #sources(): PackageSources {
    return {
      selfAssessment: this.#assessment.$data.get(),
      riskMap: this.#riskMap.$data.get(),
      crisisTypes: this.#crisisTypes,
      plans: this.#plans.$data.get().plans,
      attempts: this.#releases.$data.get().attempts,
      ...(this.#monitoring
        ? { issueRegister: this.#monitoring.issues.$data.get(), narrativeRecord: this.#monitoring.narrative.$data.get() }
        : {}),
      // Names this browser knows, searched for in the plan and the releases when personal data is left out.
      personNames: [
        this.#profile.$data.get().personName,
        ...Object.values(this.#assessment.$data.get().history)
          .flat()
          .map((e) => e.respondent.personName),
      ],
    };
  }

  #choice(): PackageChoice {
    const data = new FormData(this.#form);
    return {
      unit: {
        name: String(data.get('unitName') ?? ''),
        type: String(data.get('unitType') ?? '') as PackageChoice['unit']['type'],
        region: String(data.get('unitRegion') ?? ''),
      },
      assessment: data.has('assessment'),
      risks: data.has('risks'),
      planId: String(data.get('planId') ?? ''),
      removePersonalData: data.has('removePersonalData'),
      releaseIds: data.getAll('releaseId').map(String),
      monitoring: data.has('monitoring'),
    };
  }

  async #openMonitoring(box: HTMLInputElement): Promise<void> {
    if (this.#monitoring || !box.checked) return;
    const { openMonitoringDocuments } = await import('./package-monitoring');
    this.#monitoring ??= openMonitoringDocuments();
    for (const doc of [this.#monitoring.issues, this.#monitoring.narrative]) doc.$data.listen(() => this.#renderChoices());
    this.#renderChoices();
    void this.showPreview();
  }

  /** The choices that depend on stored work: which assessment, how many risks, the plans, the releases. Keeps what was ticked. */
  #renderChoices(): void {
    const sources = this.#sources();
    const latest = latestAssessment(sources.selfAssessment);
    const assessment = this.#form.elements.namedItem('assessment') as HTMLInputElement;
    assessment.disabled = !latest;
    if (!latest) assessment.checked = false;
    this.querySelector('[data-about="assessment"]')!.textContent = latest
      ? `Selesai ${formatDateTime(latest.entry.completedAt)}, skor keseluruhan ${latest.entry.overall}.`
      : noCompletedAssessmentReason(sources.selfAssessment);
    const rated = topRisks(sources.riskMap, sources.crisisTypes, sources.crisisTypes.length);
    const risks = this.#form.elements.namedItem('risks') as HTMLInputElement;
    risks.disabled = rated.length === 0;
    if (rated.length === 0) risks.checked = false;
    this.querySelector('[data-about="risks"]')!.textContent =
      rated.length === 0
        ? 'Belum ada jenis krisis yang dinilai.'
        : `${rated.length} jenis krisis dinilai; tertinggi: ${rated[0]!.name} (${rated[0]!.score}).`;

    // Only numbers travel; the entries stay in this browser. Counted once the unit has ticked the box.
    if (this.#monitoring) {
      const monitoring = this.#form.elements.namedItem('monitoring') as HTMLInputElement;
      const issueCount = sources.issueRegister?.entries.length ?? 0;
      const publicationCount = sources.narrativeRecord?.entries.length ?? 0;
      if (issueCount + publicationCount === 0) monitoring.checked = false;
      this.querySelector('[data-about="monitoring"]')!.textContent =
        issueCount + publicationCount === 0
          ? 'Register isu dan catatan narasi masih kosong; tidak ada angka untuk dikirim.'
          : `${issueCount} isu dan ${publicationCount} publikasi tercatat; yang dikirim hanya jumlahnya.`;
    }

    const chosenPlan = this.#choice().planId;
    this.querySelector('[data-plan-list]')!.replaceChildren(
      ...sources.plans.map((plan) =>
        h(
          'label',
          { class: 'mp-choice' },
          h('input', { type: 'radio', name: 'planId', value: plan.id, checked: plan.id === chosenPlan }),
          ' ',
          h('span', {}, planTitle(plan), h('span', { class: 'mp-hint' }, `Terakhir diubah ${formatDateTime(plan.updatedAt)}`)),
        ),
      ),
    );
    if (!sources.plans.some((p) => p.id === chosenPlan))
      this.#form.querySelector<HTMLInputElement>('input[name="planId"][value=""]')!.checked = true;

    const ticked = new Set(this.#choice().releaseIds);
    const attempts = [...sources.attempts].reverse();
    const list = this.querySelector('[data-release-list]')!;
    if (attempts.length > 0) {
      list.replaceChildren(
        ...attempts.map((a) =>
          h(
            'label',
            { class: 'mp-choice' },
            h('input', {
              type: 'checkbox',
              name: 'releaseId',
              value: a.id,
              checked: ticked.has(a.id) && releaseFitsPackage(a),
              disabled: !releaseFitsPackage(a),
            }),
            ' ',
            h(
              'span',
              {},
              a.drillTitle,
              h(
                'span',
                { class: 'mp-hint' },
                `Diserahkan ${formatDateTime(a.submittedAt)}, skor ${a.points}/${a.max}`,
                releaseFitsPackage(a) ? '' : `; terlalu panjang untuk paket (lebih dari ${MAX_RELEASE_LINES} baris dalam satu bagian)`,
              ),
            ),
          ),
        ),
      );
    }
    void this.showPreview();
  }

  /** Builds the package from the current choices and shows it, line by line, before anything is written. */
  async showPreview(): Promise<void> {
    const choice = this.#choice();
    if (!choice.assessment && !choice.risks && !choice.monitoring && !choice.planId && choice.releaseIds.length === 0) {
      // Nothing chosen yet: no package to build, so the builder is not loaded.
      this.#payload = undefined;
      this.querySelector<HTMLElement>('[data-personal]')!.hidden = true;
      this.querySelector('[data-preview]')!.replaceChildren(h('li', {}, 'Belum ada yang dipilih.'));
      for (const action of ['download', 'print']) this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.disabled = true;
      return;
    }
    const { buildPackagePayload, describePackage, isPackageEmpty, countPersonalData } = await loadTools();
    const sources = this.#sources();
    const plan = sources.plans.find((p) => p.id === choice.planId);
    const personal = plan ? countPersonalData(plan) : 0;
    const releases = choice.releaseIds.length;
    // Releases carry a contact (narahubung) and quotes with names: the choice matters for them too.
    this.querySelector<HTMLElement>('[data-personal]')!.hidden = personal === 0 && releases === 0;
    this.querySelector('[data-personal-count]')!.textContent = [
      personal > 0 ? `Rencana yang dipilih memuat ${personal} nama atau nomor telepon petugas.` : '',
      releases > 0 ? `Siaran pers memuat narahubung dan dapat memuat nama dalam kutipan.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const now = new Date();
    const payload = buildPackagePayload(sources, choice, { id: `paket-${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`, now });
    const lines = describePackage(payload);
    this.querySelector('[data-preview-unit]')!.textContent = [
      payload.unit.name || '(nama unit belum diisi)',
      payload.unit.type,
      payload.unit.region,
    ]
      .filter(Boolean)
      .join(' · ');
    this.querySelector('[data-preview-date]')!.textContent = formatDateTime(payload.createdAt);
    this.querySelector('[data-preview]')!.replaceChildren(
      ...(lines.length > 0 ? lines : ['Belum ada yang dipilih.']).map((line) => h('li', {}, line)),
    );
    for (const part of this.querySelectorAll<HTMLElement>('[data-checksum-part]')) part.hidden = true;
    const ready = !isPackageEmpty(payload) && payload.unit.name !== '';
    this.#payload = ready ? payload : undefined;
    this.querySelector<HTMLButtonElement>('[data-action="download"]')!.disabled = !ready;
    this.querySelector<HTMLButtonElement>('[data-action="print"]')!.disabled = !ready;
  }

  async downloadPackage(): Promise<void> {
    const status = this.querySelector('[data-package-status]')!;
    if (!this.#payload) {
      status.textContent = 'Isi nama unit dan pilih minimal satu bagian untuk dikirim.';
      return;
    }
    const { buildPackageFile, packageFileName, recordSentPackage, MAX_SEALED_BYTES } = await loadTools();
    const { parts, ownKey } = await this.#signing;
    const key = await parts.signingKey(ownKey);
    const file = await buildPackageFile(this.#payload, key);
    const text = JSON.stringify(file, null, 2);
    if (new TextEncoder().encode(text).length > MAX_SEALED_BYTES) {
      status.textContent = `Paket ini lebih besar dari ${MAX_SEALED_BYTES / 1024 / 1024} MB, batas yang dapat dibaca pendamping. Kirim lebih sedikit siaran pers, lalu unduh lagi.`;
      return;
    }
    downloadText(packageFileName(this.#payload), text);
    // Remembered, so a feedback file can be checked against the packages this unit really sent.
    const sent = this.#payload;
    this.#feedback.update((received) => recordSentPackage(received, sent));
    // On the printed summary too, so the mentor can compare it with the file received.
    this.querySelector('[data-preview-checksum]')!.textContent = file.checksum.value;
    for (const part of this.querySelectorAll<HTMLElement>('[data-checksum-part]')) part.hidden = false;
    status.textContent = `Paket “${packageFileName(this.#payload)}” diunduh, ${parts.signedPhrase(key)}. Kirimkan berkas itu kepada pendamping Anda (misalnya lewat surel atau aplikasi pesan).`;
  }

  async importFeedback(input: HTMLInputElement): Promise<void> {
    const status = this.querySelector('[data-feedback-status]')!;
    const { readTextFiles, MAX_SEALED_BYTES } = await import('./feedback-file');
    const [file] = await readTextFiles(input.files ?? [], MAX_SEALED_BYTES);
    input.value = '';
    if (!file) return;
    if (file.tooLarge !== undefined) {
      status.textContent = `“${file.name}” tidak dibaca: berkas terlalu besar (${Math.round(file.tooLarge / 1024)} KB) untuk sebuah umpan balik pendamping.`;
      return;
    }
    const { openSealedFile, feedbackKind, addReceivedFeedback, checkFeedback } = await loadTools();
    const opened = await openSealedFile(file.text, feedbackKind);
    if (!opened.ok) {
      status.textContent = `“${file.name}” tidak dibaca: ${opened.reason}`;
      return;
    }
    const now = new Date();
    const ownNames = [this.#profile.$data.get().unitName, (this.#form.elements.namedItem('unitName') as HTMLInputElement).value];
    const check = checkFeedback(opened.payload, this.#feedback.$data.get(), ownNames, now);
    if (!check.ok) {
      status.textContent = `“${file.name}” tidak disimpan: ${check.reason}`;
      return;
    }
    const { parts, pins } = await this.#signing;
    const declined = parts.acceptFeedbackSigner(pins, opened.signer, now, (text) => window.confirm(text));
    if (declined) {
      status.textContent = `“${file.name}” tidak disimpan. ${declined}`;
      return;
    }
    this.#feedback.update((received) => addReceivedFeedback(received, opened.payload, now.toISOString(), opened.signer?.fingerprint ?? ''));
    if (this.#feedback.$status.get().state === 'not-saved') {
      status.textContent = `Umpan balik dibaca dan ditampilkan, tetapi tidak tersimpan: penyimpanan peramban penuh.`;
      return;
    }
    status.textContent = `Umpan balik untuk ${opened.payload.unit.name} dibaca dan disimpan di peramban ini.${check.warning ? ` Perhatian: ${check.warning}` : ''}`;
  }

  /** The newest feedback: per deliverable, what the mentor read and your work now on one side, the verdict and comment on the other. */
  async renderFeedback(): Promise<void> {
    const target = this.querySelector('[data-feedback]')!;
    const [latest, ...older] = this.#feedback.$data.get().items;
    // Nothing to show on paper until a mentor has answered.
    this.querySelector('.mp-feedback')?.classList.toggle('sk-no-print', !latest);
    if (!latest) {
      target.replaceChildren(
        h('p', {}, 'Belum ada umpan balik. Setelah pendamping mengirim berkas umpan balik, pilih berkas itu di atas.'),
      );
      return;
    }
    const { DELIVERABLE_LABELS, STATUS_LABELS } = await loadTools();
    const { payload } = latest;
    const yourWork = await this.#yourWorkNow();
    target.replaceChildren(
      h(
        'p',
        {},
        `Dari ${payload.mentor || 'pendamping'}, ditulis ${formatDateTime(payload.writtenAt)}, untuk paket ${payload.unit.name} yang dibuat ${formatDateTime(payload.packageCreatedAt)}. `,
        h(
          'span',
          { 'data-feedback-signer': '' },
          latest.signedBy ? `Ditandatangani pendamping dengan kunci ${latest.signedBy}.` : 'Tanpa tanda tangan.',
        ),
        older.length > 0 ? ` ${older.length} umpan balik sebelumnya juga tersimpan.` : '',
      ),
      ...DELIVERABLES.map((d) => {
        const review = payload.reviews[d];
        return h(
          'article',
          { class: 'mp-review', 'data-deliverable': d },
          h('h3', {}, DELIVERABLE_LABELS[d]),
          h('span', { class: 'mp-status', 'data-status': review.status }, STATUS_LABELS[review.status]),
          h(
            'div',
            { class: 'mp-side' },
            h(
              'div',
              {},
              h('h4', {}, 'Pekerjaan Anda'),
              h('p', {}, `Yang ditinjau: ${payload.reviewed[d]}.`),
              h('p', {}, `Sekarang: ${yourWork[d]}.`),
            ),
            h(
              'div',
              {},
              h('h4', {}, 'Komentar pendamping'),
              h('p', { 'data-comment': '' }, review.comment.trim() || 'Tidak ada komentar.'),
            ),
          ),
        );
      }),
    );
  }

  /** One line per deliverable about the unit's own work as it is in this browser today. */
  async #yourWorkNow(): Promise<Record<Deliverable, string>> {
    const { planCompleteness, overallPercent } = await loadTools();
    const latest = latestAssessment(this.#assessment.$data.get());
    const plans = this.#plans.$data.get().plans;
    const attempts = this.#releases.$data.get().attempts;
    const best = Math.max(0, ...attempts.map((a) => (a.max === 0 ? 0 : Math.round((a.points / a.max) * 100))));
    return {
      asesmen: latest
        ? `self-asesmen terakhir ${formatDateTime(latest.entry.completedAt)}, skor ${latest.entry.overall}`
        : noCompletedAssessmentReason(this.#assessment.$data.get()),
      rencana:
        plans.length === 0 ? 'belum ada rencana' : plans.map((p) => `“${planTitle(p)}” ${overallPercent(planCompleteness(p))}%`).join(', '),
      'siaran-pers':
        attempts.length === 0
          ? 'belum ada siaran pers yang diserahkan'
          : `${attempts.length} siaran pers diserahkan, skor terbaik ${best}%`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentoring-package': MentoringPackageElement;
  }
}

defineElement('mentoring-package', MentoringPackageElement);
