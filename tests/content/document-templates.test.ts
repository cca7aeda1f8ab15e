import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { documentTemplateSchema, type DocumentTemplate } from '@/schemas/document-template';
import { composeDocument, documentToText, parsedOrThrow, type TemplateForBrowser } from '@/domain/templates/filled-documents';
import { checkTemplateText, templatesLoader } from '@/integrations/templates-loader';
import { describeIssues } from '@/domain/storage/describe-issues';
import { analyzePressRelease } from '@/domain/press-release/analyze';
import { readDocs } from './docs';

const folder = new URL('../../src/content/templates/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const docs = readDocs();

/** Heading anchors of a page as Starlight writes them (github-slugger: lower case, punctuation dropped, spaces → "-"). */
const anchors = (route: string) =>
  new Set(
    [...(docs.find((d) => d.route === route)?.body ?? '').matchAll(/^#{2,4} (.+)$/gm)].map((m) =>
      m[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-'),
    ),
  );

const forBrowser = (id: string, t: DocumentTemplate): TemplateForBrowser => ({
  id,
  title: t.title,
  layout: t.layout,
  ...(t.releaseKind ? { releaseKind: t.releaseKind } : {}),
  unitDetails: t.unitDetails,
  fields: t.fields.map(({ id: f, label, type, required }) => ({ id: f, label, type, required })),
  ...(t.signature ? { signature: t.signature } : {}),
  body: parsedOrThrow(t.body, id),
  signatureRole: parsedOrThrow(t.signature?.role ?? '', id),
});

const unit = {
  nama_unit: 'Rutan Kelas IIB Contoh',
  alamat_unit: 'Jalan Contoh 1',
  telepon_unit: '(0000) 1',
  surel_unit: 'humas@contoh.example',
  kota_unit: 'Kota Contoh',
  nama_kepala: 'Nama Kepala',
  nama_juru_bicara: 'Nama Jubir',
  jabatan_juru_bicara: 'Jabatan Jubir',
  nama_humas: 'Nama Humas',
  telepon_humas: '0800',
  zona_waktu: 'WITA',
};

it('the library has at least the fifteen documents the programme needs', () => {
  expect(files.length).toBeGreaterThanOrEqual(15);
  for (const needed of [
    'hak-jawab',
    'hak-koreksi',
    'pengaduan-dewan-pers',
    'keputusan-tim-komunikasi-krisis',
    'laporan-singkat-kanwil',
    'naskah-penerima-telepon',
    'naskah-petugas-pintu-utama',
    'medsos-klarifikasi-hoaks',
    'medsos-balasan-keluhan',
    'medsos-pindah-saluran',
    'pemberitahuan-kebocoran-data-subjek',
    'pemberitahuan-kebocoran-data-lembaga',
    'pemberitahuan-instansi-penahan',
    'pernyataan-belasungkawa',
    'siaran-pers-pemutakhiran',
    'siaran-pers-penutup',
    'undangan-jumpa-pers',
  ]) {
    expect(files).toContain(`${needed}.yaml`);
  }
});

it('has one holding statement per level of the one crisis-level model, named as the model names it', () => {
  const model = parse(readFileSync(new URL('../../src/content/crisis-levels/tingkat-krisis.yaml', import.meta.url), 'utf8')) as Array<{
    level: number;
    name: string;
  }>;
  const statements = files.map((name) => parse(readFileSync(new URL(name, folder), 'utf8'))).filter((t) => typeof t.level === 'number');
  expect(statements.map((t) => t.level).sort()).toEqual(model.map((l) => l.level).sort());
  for (const level of model)
    expect(statements.find((t) => t.level === level.level)!.title).toContain(`tingkat ${level.level} ${level.name}`);
});

it('says who approves and who speaks as the crisis-level model does', () => {
  const templates = files.map((name) => parse(readFileSync(new URL(name, folder), 'utf8')) as DocumentTemplate);
  const statements = templates.filter((t) => typeof t.level === 'number');
  for (const statement of statements) {
    // The model: approved by the Kepala UPT (no "pejabat yang ditunjuk"); read or sent by the humas coordinator or the
    // spokesperson from level 2; at level 4 the Kepala UPT answers the media afterwards.
    expect(statement.signedBy, statement.title).toMatch(/^Disetujui Kepala UPT\b/);
    expect(statement.signedBy, statement.title).not.toMatch(/pejabat yang ditunjuk/);
    if (statement.level! >= 2) expect(statement.signedBy, statement.title).toMatch(/koordinator humas atau juru bicara/i);
  }
  const level4 = statements.find((t) => t.level === 4)!;
  expect(level4.signedBy).toMatch(/Sesudahnya Kepala UPT sendiri yang menjawab media/);
  expect(level4.body).toMatch(/Informasi berikutnya disampaikan \{\{pembaruan\}\} oleh \{\{nama_kepala\}\}/);
  // Releases that quote "the spokesperson" tell the writer that at level 4 the quote is the Kepala UPT's.
  for (const release of templates.filter((t) => t.body.includes('kata {{nama_juru_bicara}}'))) {
    const quote = release.fields.find((f) => f.id === 'kutipan')!;
    expect(quote.hint, release.title).toMatch(/Pada tingkat 4, kutipan ini dari Kepala UPT/);
  }
});

describe.each(files)('template %s', (name) => {
  const source = readFileSync(new URL(name, folder), 'utf8');
  const raw = parse(source);
  const parsed = z.safeParse(documentTemplateSchema, raw);
  const id = name.replace(/\.yaml$/, '');

  it('satisfies the schema, and its text uses exactly its fields', () => {
    expect(parsed.success, parsed.success ? '' : describeIssues(parsed.error.issues)).toBe(true);
    expect(checkTemplateText(raw.body, raw.fields, raw.unitDetails, raw.signature?.role ?? '')).toEqual([]);
  });

  it('renders with its example values and full unit details without an unfilled placeholder', () => {
    const t = parsed.success ? parsed.data : (raw as DocumentTemplate);
    const values = Object.fromEntries(t.fields.map((f) => [f.id, f.example]));
    const composed = composeDocument(forBrowser(id, t), values, unit);
    const text = documentToText(composed);
    expect(composed.missing).toEqual([]);
    expect(text).not.toMatch(/\[[^\]]+\]|\{\{|\}\}/);
    expect(text).not.toMatch(/[«»]/);
  });

  it("writes a time in the unit's own time zone, never a fixed WIB", () => {
    const body = String(raw.body);
    expect(body).not.toMatch(/\}\}\s*(WIB|WITA|WIT)\b/);
    if (/\{\{zona_waktu\}\}/.test(body)) {
      const t = parsed.success ? parsed.data : (raw as DocumentTemplate);
      const values = Object.fromEntries(t.fields.map((f) => [f.id, f.example]));
      expect(documentToText(composeDocument(forBrowser(id, t), values, unit))).toMatch(/\d WITA\b/);
      const { zona_waktu: _unset, ...withoutZone } = unit;
      expect(composeDocument(forBrowser(id, t), values, withoutZone).missing).toContain('Zona waktu unit');
    }
  });

  it('links to a module section that exists', () => {
    const [route, anchor] = raw.teaches.href.split('#');
    expect(
      docs.some((d) => d.route === route),
      route,
    ).toBe(true);
    if (anchor) expect([...anchors(route)], raw.teaches.href).toContain(anchor);
  });

  it('says it is a training model and never claims to be the official format', () => {
    expect(raw.officialFormat).toMatch(/model latihan/i);
    expect(source).not.toMatch(/format resmi (yang )?(wajib|berlaku untuk semua)/i);
  });

  if (raw.releaseKind) {
    it('its example, as a statement, raises no must-fix finding in the press-release checker', () => {
      const t = raw as DocumentTemplate;
      const values = Object.fromEntries(t.fields.map((f) => [f.id, f.example]));
      const text = documentToText({ ...composeDocument(forBrowser(id, t), values, unit), letterhead: [] });
      const errors = analyzePressRelease({ text }, { kind: t.releaseKind! }).filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.message)).toEqual([]);
    });
  }
});

describe('the loader fails the build with the file, line and column', () => {
  const run = async (yamlText: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'templat-'));
    writeFileSync(join(dir, 'contoh.yaml'), yamlText);
    const stored: unknown[] = [];
    const loader = templatesLoader('./');
    await loader.load({
      store: { clear: () => undefined, set: (entry: unknown) => stored.push(entry) },
      parseData: async ({ data }: { data: unknown }) => data,
      config: { root: pathToFileURL(`${dir}/`) },
    } as never);
    return stored;
  };
  const header = 'title: Contoh\nfields:\n  - { id: nama, label: Nama, type: teks, example: x }\nunitDetails: [nama_unit]\nbody: |\n';

  it('loads a correct template', async () => {
    expect(await run(`${header}  Yth. {{nama}} dari {{nama_unit}}\n`)).toHaveLength(1);
  });
  it.each([
    ['  baris satu\n  {{#jika nama}}terbuka\n', 'contoh.yaml:7:3 — {{#jika nama}} tidak ditutup'],
    ['  baris satu\n  Halo {{nma}}\n  {{nama}}\n', 'contoh.yaml:7:8 — {{nma}} tidak ada di fields'],
    ['  {{nama_unit}} saja\n', 'Isian "nama" didefinisikan tetapi tidak dipakai'],
  ])('%j', async (body, message) => {
    await expect(run(`${header}${body}`)).rejects.toThrow(message);
  });
  it('refuses a body that is not a block', async () => {
    await expect(run(header.replace('body: |\n', 'body: "{{nama}}"\n'))).rejects.toThrow('"body" harus ditulis sebagai blok');
  });
});
