import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzePressRelease, emptyParts, joinRelease, splitRelease, PART_KEYS } from '@/domain/press-release';
import { CLEAN } from './fixtures';

describe('splitRelease', () => {
  it('finds every part of a release in the usual order', () => {
    expect(splitRelease(joinRelease(CLEAN))).toEqual({ ...CLEAN, body: CLEAN.body.replace(/\n/g, '\n\n') });
  });

  it('reads a dateline on its own line, bold headings and a "###" end mark', () => {
    const parts = splitRelease(
      '**Judul Berita**\n\nSungai Harapan, 12 Maret 2026\n\nTeras berita.\n\nTubuh.\n\nTentang Lapas\nProfil.\n\nNarahubung: Dimas, 0812\n\n###',
    );
    expect(parts).toMatchObject({
      headline: 'Judul Berita',
      dateline: 'Sungai Harapan, 12 Maret 2026',
      lead: 'Teras berita.',
      body: 'Tubuh.',
      boilerplate: 'Tentang Lapas\nProfil.',
      contact: 'Narahubung: Dimas, 0812\n###',
    });
  });

  it('keeps a dateline in the wrong form as the dateline, so the checker can say why', () => {
    const parts = splitRelease('Judul\n\nSungai Harapan, 12-03-2026 – Kebakaran terjadi.');
    expect(parts.dateline).toBe('Sungai Harapan, 12-03-2026');
    expect(parts.lead).toBe('Kebakaran terjadi.');
    expect(analyzePressRelease({ parts }).map((f) => f.ruleId)).toContain('dateline-format');
  });

  it('a profile without a "Tentang" heading is recognised by its sentence', () => {
    const parts = splitRelease(
      'Judul\n\nSungai Harapan, 12 Maret 2026 – Teras.\n\nTubuh.\n\nLapas Kelas IIA Sungai Harapan adalah unit pelaksana teknis Ditjenpas.',
    );
    expect(parts.boilerplate).toMatch(/^Lapas Kelas IIA/);
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    expect(splitRelease('Judul\n\nSungai Harapan, 12 Maret 2026 – Kebakaran terjadi di dapur\npada Kamis pagi.').lead).toBe(
      'Kebakaran terjadi di dapur pada Kamis pagi.',
    );
  });

  it('an empty text gives empty parts', () => {
    expect(splitRelease('  \n\n ')).toEqual(emptyParts());
  });

  it('loses no words, whatever the text (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const text = lines.join('\n\n');
        const words = (s: string) => s.split(/\s+/).filter(Boolean).sort();
        const parts = splitRelease(text);
        expect(
          words(
            PART_KEYS.map((k) => parts[k])
              .join(' ')
              .replace(/[–]/g, ' '),
          ),
        ).toEqual(words(text));
      }),
    );
  });
});

describe('joinRelease', () => {
  it('puts the dateline before the lead with a dash, once', () => {
    expect(joinRelease({ ...emptyParts(), dateline: 'Sungai Harapan, 12 Maret 2026 –', lead: 'Teras.' })).toBe(
      'Sungai Harapan, 12 Maret 2026 – Teras.',
    );
  });
  it('leaves out empty parts', () => {
    expect(joinRelease({ ...emptyParts(), headline: 'Judul', contact: '###' })).toBe('Judul\n\n###');
  });
});

describe('analyzePressRelease on a whole text', () => {
  it('gives the same findings as the parts it splits into', () => {
    const text = joinRelease(CLEAN);
    expect(analyzePressRelease({ text })).toEqual(analyzePressRelease({ parts: splitRelease(text) }));
    expect(analyzePressRelease({ text })).toEqual([]);
  });
  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(Array.isArray(analyzePressRelease({ text }))).toBe(true);
      }),
    );
  });
});
