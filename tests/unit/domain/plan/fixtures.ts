// A template read from the real YAML file, and a plan filled in completely, for the plan tests.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { planTemplateSchema, type CommunicationPlan, type PlanTemplate } from '@/schemas/communication-plan';
import { createPlan } from '@/domain/plan/plans';
import { planTemplateWithLevels } from '@/domain/plan/template-levels';
import { loadCrisisLevels } from '../../../content/fixtures/crisis-model';

export const templateFile = new URL('../../../../src/content/plan-templates/standar.yaml', import.meta.url);

let template: PlanTemplate | undefined;

/** The template with the model's levels, read once (property tests build a hundred plans). */
export function loadTemplate(): PlanTemplate {
  template ??= planTemplateWithLevels(z.parse(planTemplateSchema, parse(readFileSync(templateFile, 'utf8'))), loadCrisisLevels());
  return structuredClone(template);
}

export const NOW = new Date('2026-11-29T03:00:00.000Z');
export const TODAY = '2026-11-29';

export function newPlan(): CommunicationPlan {
  return createPlan(loadTemplate(), 'rk-uji', NOW, 'Rencana 2026');
}

/** Every section filled as a careful humas team would (fictional unit and people). */
export function completePlan(): CommunicationPlan {
  const plan = newPlan();
  // The unit writes its own audiences, channels and organisations; here, the template's examples, typed out.
  const examples = loadTemplate();
  return {
    ...plan,
    identity: {
      unitName: 'Lapas Kelas IIA Telaga Bening',
      unitType: 'Lapas',
      address: 'Jalan Contoh No. 1, Telaga Bening (fiktif)',
      owner: 'Rina Lestari',
      ownerPosition: 'Koordinator Humas',
      version: '1.2',
      issuedDate: '2026-11-01',
      reviewDate: '2027-05-01',
    },
    team: plan.team.map((m, i) => ({
      ...m,
      name: `Petugas ${i + 1}`,
      position: `Jabatan ${i + 1}`,
      phone: `0812-3456-70${String(i).padStart(2, '0')}`,
      deputyName: `Cadangan ${i + 1}`,
      deputyPhone: `(0511) 335 01${i}`,
    })),
    approval: plan.approval.map((s, i) => ({ ...s, minutes: String(15 + i * 5) })),
    contacts: plan.contacts.map((c, i) => ({
      ...c,
      organisation: examples.contacts[i]!.organisation,
      person: `Narahubung ${i + 1}`,
      phone: `+62 811 500 60${i}`,
      note: '',
    })),
    stakeholders: examples.stakeholders.map((s) => ({ ...s, owner: 'Koordinator humas' })),
    scenarios: [
      {
        id: 'rk-uji-skenario-1',
        typeName: 'Kebakaran dapur',
        holdingStatement:
          'Pagi ini terjadi kebakaran di dapur. Api sudah dipadamkan. Kami memeriksa keselamatan semua orang dan menyampaikan keterangan berikutnya pukul 12.00.',
        messages: [
          { text: 'Api sudah padam dan semua aman.', facts: ['Api padam pukul 07.40.', 'Petugas damkar memeriksa lokasi.', ''] },
          { text: 'Kami mendata dan merawat yang terdampak.', facts: ['Tim kesehatan berjaga.', '', ''] },
          { text: 'Keluarga mendapat informasi di layanan pengunjung.', facts: ['Layanan buka sampai pukul 16.00.', '', ''] },
        ],
      },
    ],
    channels: examples.channels.map((c) => ({
      channel: c.channel,
      account: `@contoh_${c.channel.replace(/\W+/g, '').toLowerCase()}`,
      posters: 'Koordinator humas',
      note: 'Setelah disetujui Kepala UPT',
    })),
    monitoring: {
      routine: 'Setiap pukul 08.00 dan 15.00; setiap jam saat krisis.',
      tools: 'Media daring lokal, Instagram, Facebook, X, grup percakapan warga',
      levels: plan.monitoring.levels.map((l) => ({ ...l, response: 'Tim siaga', reportTo: 'Kepala UPT dalam 15 menit' })),
    },
    firstHour: plan.firstHour.map((s) => ({ ...s, owner: 'Koordinator humas' })),
    evaluation: {
      lead: 'Koordinator humas',
      timing: 'Dalam 7 hari setelah krisis selesai',
      method: 'Tinjauan pascatindakan dengan tiga perbaikan, penanggung jawab, dan tenggat.',
      reviewSchedule: 'Setiap enam bulan dan setelah setiap krisis',
      exerciseSchedule: 'Simulasi meja sekali setahun',
    },
  };
}
