import { describe, expect, it } from 'vitest';
import { overallPercent, planCompleteness, sectionPercent } from '@/domain/plan/completeness';
import { addRow, removeRow, setPlanField, withList } from '@/domain/plan/plans';
import { PLAN_SECTIONS } from '@/domain/plan/sections';
import type { PlanFieldPath } from '@/domain/plan/field-paths';
import { completePlan, newPlan } from './fixtures';

const section = (plan: ReturnType<typeof newPlan>, id: string) => planCompleteness(plan).find((s) => s.id === id)!;

describe('planCompleteness', () => {
  it('has the ten sections in order, numbered 1 to 10', () => {
    expect(planCompleteness(newPlan()).map((s) => [s.number, s.id])).toEqual(PLAN_SECTIONS.map((s, i) => [i + 1, s.id]));
  });

  it('calls a carefully filled plan complete in every section', () => {
    const sections = planCompleteness(completePlan());
    for (const s of sections) expect(s.missing, s.id).toEqual([]);
    expect(overallPercent(sections)).toBe(100);
    expect(sections.every((s) => sectionPercent(s) === 100)).toBe(true);
  });

  it('says, for a new plan, what each section still lacks', () => {
    const sections = planCompleteness(newPlan());
    for (const s of sections) expect(s.missing.length, s.id).toBeGreaterThan(0);
    expect(overallPercent(sections)).toBeLessThan(50);
    expect(section(newPlan(), 'identitas').missing).toEqual([
      'Identitas: nama unit, jenis unit, penanggung jawab dokumen, jabatannya, tanggal tinjauan berikutnya belum diisi.',
    ]);
    expect(section(newPlan(), 'tim').missing[1]).toBe(
      'Juru bicara: nama petugas, jabatan, nomor telepon yang benar, nama cadangan, telepon cadangan yang benar belum diisi.',
    );
  });

  it.each<[string, PlanFieldPath, string, string]>([
    ['identitas', 'identity.unitName', '', 'Identitas: nama unit belum diisi.'],
    ['identitas', 'identity.reviewDate', '2027-02-30', 'Identitas: tanggal tinjauan berikutnya belum diisi.'],
    ['tim', 'team.1.phone', 'kantor', 'Juru bicara: nomor telepon yang benar belum diisi.'],
    ['tim', 'team.4.deputyName', '', 'Petugas dokumentasi: nama cadangan belum diisi.'],
    ['persetujuan', 'approval.2.minutes', 'segera', 'Langkah 3 (Humas Kanwil Ditjenpas): batas waktu dalam menit belum diisi.'],
    ['kontak', 'contacts.3.phone', '', 'Kepolisian: belum ada kontak dengan nama instansi dan nomor telepon yang benar.'],
    ['pemangku', 'stakeholders.0.owner', '', 'Keluarga narapidana dan tahanan: penanggung jawab belum diisi.'],
    ['skenario', 'scenarios.0.holdingStatement', '', 'Skenario 1 (Kebakaran dapur): pernyataan awal belum diisi.'],
    ['skenario', 'scenarios.0.messages.2.facts.0', '', 'Skenario 1 (Kebakaran dapur): fakta pendukung pesan 3 belum diisi.'],
    ['kanal', 'channels.1.posters', '', 'Instagram: siapa yang boleh mengunggah belum diisi.'],
    ['pemantauan', 'monitoring.routine', '', 'Rutinitas pemantauan belum diisi.'],
    ['pemantauan', 'monitoring.levels.2.reportTo', '', 'Tingkat 3: Siaga: siapa yang diberi tahu belum diisi.'],
    ['jam-pertama', 'firstHour.0.owner', '', 'Langkah 1 (Menit 0–10): pelaksana belum diisi.'],
    ['evaluasi', 'evaluation.exerciseSchedule', '', 'Evaluasi: jadwal latihan belum diisi.'],
  ])('section %s: clearing %s says exactly what is missing', (id, path, value, missing) => {
    const result = section(setPlanField(completePlan(), path, value), id);
    expect(result.missing).toEqual([missing]);
    expect(result.done).toBe(result.total - 1);
  });

  it('requires a step at the regional office and at the directorate general', () => {
    const plan = withList(
      completePlan(),
      'approval',
      completePlan().approval.filter((s) => s.level === 'upt'),
    );
    expect(section(plan, 'persetujuan').missing).toEqual([
      'Belum ada langkah di Kanwil Ditjenpas.',
      'Belum ada langkah di Direktorat Jenderal Pemasyarakatan.',
    ]);
  });

  it('requires at least three audiences, two escalation levels, three first-hour steps and one scenario', () => {
    let plan = completePlan();
    plan = removeRow(removeRow(removeRow(plan, 'stakeholders', 0), 'stakeholders', 0), 'stakeholders', 0);
    // The model has four levels: three removed leave one.
    plan = removeRow(removeRow(removeRow(plan, 'monitoring.levels', 0), 'monitoring.levels', 0), 'monitoring.levels', 0);
    plan = withList(plan, 'firstHour', plan.firstHour.slice(0, 2));
    plan = withList(plan, 'scenarios', []);
    expect(section(plan, 'pemangku').missing).toEqual(['Tuliskan minimal 3 kelompok khalayak (baru 2).']);
    expect(section(plan, 'pemantauan').missing).toEqual(['Tuliskan minimal 2 tingkat eskalasi.']);
    expect(section(plan, 'jam-pertama').missing).toEqual(['Tuliskan minimal 3 langkah jam pertama.']);
    expect(section(plan, 'skenario').missing).toEqual(['Belum ada skenario risiko.']);
  });

  it('never reports more done than total, and 100% only when nothing is missing', () => {
    for (const plan of [newPlan(), completePlan(), setPlanField(completePlan(), 'team.0.name', '')]) {
      const sections = planCompleteness(plan);
      for (const s of sections) {
        expect(s.done).toBeLessThanOrEqual(s.total);
        expect(sectionPercent(s) === 100).toBe(s.missing.length === 0);
      }
    }
  });

  describe('counts only the unit’s own words (issue 21)', () => {
    const percent = (plan: ReturnType<typeof newPlan>) => overallPercent(planCompleteness(plan));

    it('puts a new plan at 0 %: what it carries from the model and the template is not the unit’s work', () => {
      const sections = planCompleteness(newPlan());
      expect(overallPercent(sections)).toBe(0);
      for (const s of sections) expect(s.done, s.id).toBe(0);
    });

    it('rises with each field the unit fills', () => {
      const named = setPlanField(newPlan(), 'identity.unitName', 'Lapas Kelas IIA Telaga Bening (fiktif)');
      expect(percent(named)).toBeGreaterThan(0);
      const more = setPlanField(setPlanField(named, 'team.0.name', 'Rina Lestari'), 'evaluation.lead', 'Koordinator humas');
      expect(percent(more)).toBeGreaterThan(percent(named));
    });

    it('keeps the percentage when an empty scenario (or any empty row) is added, and counts it once it is started', () => {
      const half = setPlanField(setPlanField(completePlan(), 'team.0.name', ''), 'monitoring.routine', '');
      const before = planCompleteness(half);
      for (const list of ['scenarios', 'team', 'approval', 'firstHour', 'monitoring.levels', 'stakeholders', 'channels'] as const) {
        const added = addRow(half, list, 'rk-baru');
        expect(planCompleteness(added), list).toEqual(before);
      }
      const withScenario = addRow(half, 'scenarios', 'rk-baru');
      const started = setPlanField(withScenario, 'scenarios.1.holdingStatement', 'Kami sedang memeriksa kejadian ini.');
      const section = planCompleteness(started).find((s) => s.id === 'skenario')!;
      expect(section.missing).toEqual([
        'Skenario 2: jenis krisis, pesan kunci 1, fakta pendukung pesan 1, pesan kunci 2, fakta pendukung pesan 2, pesan kunci 3, fakta pendukung pesan 3 belum diisi.',
      ]);
    });

    it('counts the model’s text (levels, chain, first-hour steps) only against the plan, once the unit empties it', () => {
      const plan = newPlan();
      const emptied = setPlanField(plan, 'firstHour.0.action', '');
      const section = planCompleteness(emptied).find((s) => s.id === 'jam-pertama')!;
      expect(section.done).toBe(0);
      expect(section.missing[0]).toBe('Langkah 1 (Menit 0–10): pelaksana, tindakan belum diisi.');
      expect(section.total).toBe(planCompleteness(plan).find((s) => s.id === 'jam-pertama')!.total + 1);
    });
  });
});
