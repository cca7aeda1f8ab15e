import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  blocksToText,
  joinInline,
  parseTemplate,
  referencedFields,
  renderTemplate,
  unfilledMarks,
  type TemplateNode,
} from '../../../../src/domain/templates/template-language';

const parsed = (source: string): TemplateNode[] => {
  const result = parseTemplate(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.nodes;
};

describe('parseTemplate: the errors an author can make', () => {
  it.each([
    ['{{#jika korban}}ada korban', 1, 1, '{{#jika korban}} tidak ditutup'],
    ['baris satu\n  {{/jika}}', 2, 3, '{{/jika}} tanpa {{#jika'],
    ['{{#selain}}', 1, 1, '{{#selain}} tanpa {{#jika'],
    ['{{#jika a}}x{{#selain}}y{{#selain}}z{{/jika}}', 1, 25, '{{#selain}} kedua'],
    ['Yth. {{Nama Redaksi}}', 1, 6, 'Penanda tidak dikenali'],
    ['{{#jika tingkat == 3}}x{{/jika}}', 1, 1, 'Syarat tidak dikenali'],
    ['{{#jikakorban}}x{{/jika}}', 1, 1, 'Syarat tidak dikenali'],
    ['harga {{ 5 }}', 1, 7, 'Penanda tidak dikenali'],
    ['kurung {{ yang lupa ditutup', 1, 8, 'Kurung kurawal ganda'],
    ['a\nb\nc }} d', 3, 3, 'Kurung kurawal ganda'],
  ])('%j → line %i, column %i: %s', (source, line, column, message) => {
    const result = parseTemplate(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ line, column });
    expect(result.errors[0]!.message).toContain(message);
  });

  it('reports every error, in the order they stand', () => {
    const result = parseTemplate('{{X}}\n{{#jika a}}\n{{/jika}}{{/jika}}\n{{#jika b}}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([1, 3, 4]);
  });

  it('accepts nested conditions with alternatives and lists every referenced field with its first place', () => {
    const nodes = parsed('Yth. {{redaksi}}\n{{#jika tingkat = "3"}}{{#jika korban}}{{korban}}{{#selain}}nihil{{/jika}}{{/jika}}');
    expect([...referencedFields(nodes)]).toEqual([
      ['redaksi', { line: 1, column: 6 }],
      ['tingkat', { line: 2, column: 1 }],
      ['korban', { line: 2, column: 24 }],
    ]);
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '#', '/', 'jika', 'selain', 'a', ' ', '\n', '"', '=') }), (source) => {
        const result = parseTemplate(source);
        if (result.ok) renderTemplate(result.nodes, {});
      }),
    );
  });
});

describe('renderTemplate', () => {
  it('fills placeholders and cuts paragraphs at blank lines, keeping single line breaks', () => {
    const blocks = renderTemplate(parsed('Kepada Yth.\n{{redaksi}}\n\nDengan hormat,'), { redaksi: 'Pemimpin Redaksi Warta Fiktif' });
    expect(blocks).toEqual([
      { kind: 'paragraph', lines: ['Kepada Yth.', 'Pemimpin Redaksi Warta Fiktif'] },
      { kind: 'paragraph', lines: ['Dengan hormat,'] },
    ]);
  });

  it('marks an empty field with its label, never silently', () => {
    const blocks = renderTemplate(parsed('Tanggal: {{tanggal}}'), { tanggal: '  ' }, { tanggal: 'Tanggal kejadian' });
    expect(blocksToText(blocks)).toBe('Tanggal: [Tanggal kejadian]');
    expect(unfilledMarks(blocks, { tanggal: 'Tanggal kejadian' })).toEqual(['Tanggal kejadian']);
  });

  it('shows a condition on a value, and the alternative otherwise', () => {
    const nodes = parsed('{{#jika tingkat = "3"}}Kanwil sudah diberi tahu.{{#selain}}Dipantau.{{/jika}}');
    expect(blocksToText(renderTemplate(nodes, { tingkat: '3' }))).toBe('Kanwil sudah diberi tahu.');
    expect(blocksToText(renderTemplate(nodes, { tingkat: '2' }))).toBe('Dipantau.');
    expect(blocksToText(renderTemplate(nodes, {}))).toBe('Dipantau.');
  });

  it('treats a list with only blank entries as empty', () => {
    const nodes = parsed('{{#jika langkah}}Ada langkah.{{#selain}}Belum ada.{{/jika}}');
    expect(blocksToText(renderTemplate(nodes, { langkah: [' ', ''] }))).toBe('Belum ada.');
    expect(blocksToText(renderTemplate(nodes, { langkah: ['Evakuasi'] }))).toBe('Ada langkah.');
  });

  it('expands a list field alone on a line into list items, and joins it inside a sentence', () => {
    const nodes = parsed('Langkah yang sudah diambil:\n{{langkah}}\n\nKami berkoordinasi dengan {{mitra}}.');
    const blocks = renderTemplate(nodes, {
      langkah: ['Evakuasi blok C', 'Pemadaman'],
      mitra: ['kepolisian', 'dinas pemadam kebakaran', 'rumah sakit'],
    });
    expect(blocks).toEqual([
      { kind: 'paragraph', lines: ['Langkah yang sudah diambil:'] },
      { kind: 'list', items: ['Evakuasi blok C', 'Pemadaman'] },
      { kind: 'paragraph', lines: ['Kami berkoordinasi dengan kepolisian, dinas pemadam kebakaran, dan rumah sakit.'] },
    ]);
  });

  it('reads lines that start with "- " as list items', () => {
    expect(renderTemplate(parsed('Bawa:\n- kartu pers\n- surat tugas\nTerima kasih.'), {})).toEqual([
      { kind: 'paragraph', lines: ['Bawa:'] },
      { kind: 'list', items: ['kartu pers', 'surat tugas'] },
      { kind: 'paragraph', lines: ['Terima kasih.'] },
    ]);
  });

  it('puts a value in as text: braces or markup a user types are not read as template syntax', () => {
    const nodes = parsed('Isi: {{catatan}}');
    expect(blocksToText(renderTemplate(nodes, { catatan: '{{#jika x}}<b>tebal</b>' }))).toBe('Isi: {{#jika x}}<b>tebal</b>');
  });
});

describe('joinInline', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a dan b'],
    [['a', ' ', 'b', 'c'], 'a, b, dan c'],
  ])('%j → %j', (items, expected) => expect(joinInline(items)).toBe(expected));
});

describe('lists next to other text', () => {
  it('joins a list inline when other text shares its line, before or after', () => {
    const nodes = parsed('{{mitra}} sudah dihubungi.\nDihubungi: {{mitra}}');
    expect(blocksToText(renderTemplate(nodes, { mitra: ['polisi', 'rumah sakit'] }))).toBe(
      'polisi dan rumah sakit sudah dihubungi.\nDihubungi: polisi dan rumah sakit',
    );
  });

  it('keeps a list value with newlines or braces as text', () => {
    const nodes = parsed('{{daftar}}');
    expect(renderTemplate(nodes, { daftar: ['a "b" {{c}}', 'baris\\u0000'] })).toEqual([
      { kind: 'list', items: ['a "b" {{c}}', 'baris\\u0000'] },
    ]);
  });
});

it('a NUL character typed into a value cannot forge a list marker', () => {
  const nodes = parsed('Isi: {{a}}');
  expect(blocksToText(renderTemplate(nodes, { a: '\u0000list:["x"]\u0000' }))).toBe('Isi: list:["x"]');
});

it('a value that ends its sentence does not print a second full stop, an ellipsis stays', () => {
  const nodes = parsed('Keadaan: {{a}}. Lalu {{b}}.');
  expect(blocksToText(renderTemplate(nodes, { a: 'stabil.', b: 'menunggu...' }))).toBe('Keadaan: stabil. Lalu menunggu...');
});
