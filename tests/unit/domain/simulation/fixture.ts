import type { Scenario } from '@/schemas/scenario';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { scenarioSchema } from '@/schemas/scenario';

/** A small story: a decision that branches, a writing task, two ends. */
export function smallScenario(): Scenario {
  return {
    title: 'Uji',
    summary: 'Skenario uji (fiktif).',
    crisisType: 'kebakaran',
    unit: { name: 'Rutan Kelas IIB Rantau Sejuk', kind: 'Rutan' },
    role: 'Koordinator Humas',
    startTime: '23.50',
    briefing: 'Uji.',
    lessons: [
      { text: 'a', module: 'jam-pertama' },
      { text: 'b', module: 'siaran-pers' },
    ],
    steps: [
      {
        id: 'awal',
        title: 'Awal',
        at: 0,
        injects: [
          { id: 'i1', channel: 'pesan', from: 'A', text: 'Asap.' },
          { id: 'i2', after: 5, channel: 'media-sosial', from: '@b', text: 'Video.', shares: { start: 10, perMinute: 3 } },
        ],
        task: {
          kind: 'keputusan',
          prompt: 'Apa?',
          dueWithin: 10,
          next: 'tulis',
          options: [
            { id: 'baik', label: 'Baik', consequence: 'c', feedback: 'f', recommended: true, scores: { akurasi: 3, empati: 2 } },
            { id: 'buruk', label: 'Buruk', consequence: 'c', feedback: 'f', scores: { kecepatan: 1 }, next: 'akhir-buruk' },
          ],
        },
      },
      {
        id: 'tulis',
        title: 'Tulis',
        at: 20,
        injects: [{ id: 'i3', channel: 'telepon', from: 'Wartawan', text: 'Halo?' }],
        task: {
          kind: 'tulisan',
          genre: 'pernyataan-awal',
          prompt: 'Tulis.',
          dueWithin: 15,
          minWords: 5,
          maxWords: 50,
          model: 'Model.',
          next: 'akhir-baik',
          rubric: [
            { id: 'peduli', label: 'Peduli', dimension: 'empati', points: 2, expect: 'ada', keywords: ['prihatin'] },
            { id: 'spekulasi', label: 'Tanpa spekulasi', dimension: 'akurasi', points: 2, expect: 'tidak-ada', keywords: ['diduga'] },
          ],
        },
      },
      {
        id: 'akhir-baik',
        title: 'Baik',
        at: 40,
        injects: [{ id: 'i4', after: 9, channel: 'berita', from: 'Koran', title: 'Judul', text: 'Isi.' }],
        task: { kind: 'akhir', title: 'Baik', outcome: 'o', tone: 'baik' },
      },
      { id: 'akhir-buruk', title: 'Buruk', at: 5, injects: [], task: { kind: 'akhir', title: 'Buruk', outcome: 'o', tone: 'buruk' } },
    ],
  };
}

/** Every scenario shipped in src/content/scenarios, parsed by the real schema. */
export function shippedScenarios(): [string, Scenario][] {
  const folder = new URL('../../../../src/content/scenarios/', import.meta.url);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [name.replace(/\.yaml$/, ''), z.parse(scenarioSchema, parse(readFileSync(new URL(name, folder), 'utf8')))]);
}
