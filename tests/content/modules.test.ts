import { describe, expect, it } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { parseQuiz, proseOf, readDocs } from './docs';

const docs = readDocs();
const modules = docs.filter((doc) => doc.file.startsWith('modul/'));
const routes = new Set(docs.map((doc) => doc.route));
// Pages made by src/pages (not MDX): "rekap.astro" → /…/rekap/, "[scenario]/index.astro" → a pattern.
const pageRoutes = (() => {
  const root = new URL('../../src/pages/', import.meta.url);
  if (!existsSync(root)) return [] as RegExp[];
  const found: RegExp[] = [];
  const walk = (dir: URL, prefix: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) walk(new URL(`${name.name}/`, dir), `${prefix}${name.name}/`);
      else if (name.name.endsWith('.astro')) {
        const path = `/${prefix}${name.name.replace(/\.astro$/, '').replace(/^index$/, '')}/`.replace(/\/+/g, '/');
        found.push(new RegExp(`^${path.replace(/\[[^\]]+\]/g, '[^/]+')}$`));
      }
    }
  };
  walk(root, '');
  return found;
})();
const routeExists = (path: string) => routes.has(path) || pageRoutes.some((pattern) => pattern.test(path));
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('training modules', () => {
  it('cover the eleven topics of the curriculum', () => {
    expect(modules.map((m) => m.file).sort()).toEqual(
      [
        'grand-strategi',
        'hukum-etika',
        'jam-pertama',
        'juru-bicara',
        'media-sosial-hoaks',
        'memahami-krisis',
        'panduan-fasilitator',
        'pascakrisis',
        'pencegahan-isu',
        'peran-dan-persetujuan',
        'siaran-pers',
      ].map((name) => `modul/${name}.mdx`),
    );
  });

  it('have real substance: 1,200 to 2,500 words each and 15,000 or more in all', () => {
    const counts = modules.map((m) => [m.file, wordCount(proseOf(m.body))] as const);
    for (const [file, count] of counts) {
      expect.soft(count, file).toBeGreaterThanOrEqual(1200);
      expect.soft(count, file).toBeLessThanOrEqual(2500);
    }
    expect(counts.reduce((sum, [, n]) => sum + n, 0)).toBeGreaterThanOrEqual(15000);
  });

  for (const module of modules) {
    describe(module.file, () => {
      it('has a title, a description and a sidebar order', () => {
        expect(module.frontmatter).toMatch(/^title: .{5,}/m);
        expect(module.frontmatter).toMatch(/^description: .{20,}/m);
        expect(module.frontmatter).toMatch(/^\s+order: \d+/m);
      });

      it('starts with learning objectives and has the mandatory sections, the knowledge check last', () => {
        const headings = [...module.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
        expect(headings[0]).toBe('Tujuan pembelajaran');
        expect(headings).toContain('Kesalahan yang sering terjadi');
        expect(headings).toContain('Yang dilakukan Senin pagi');
        expect(headings.at(-1)).toBe('Uji pemahaman');
        expect(module.body).not.toMatch(/^# /m);
      });

      it('has a knowledge check whose questions have exactly the intended correct options and an explanation for each', () => {
        const quiz = parseQuiz(module.body);
        expect(quiz, 'no <Quiz>').not.toBeNull();
        expect(quiz!.id).toBe(module.file.replace(/^modul\/|\.mdx$/g, ''));
        expect(quiz!.questions.length).toBeGreaterThanOrEqual(4);
        expect(quiz!.questions.some((q) => q.multiple)).toBe(true);
        for (const question of quiz!.questions) {
          const correct = question.options.filter((o) => o.correct).length;
          expect(question.prompt.length, 'prompt').toBeGreaterThan(10);
          expect(question.options.length, question.prompt).toBeGreaterThanOrEqual(3);
          if (question.multiple) {
            expect(correct, question.prompt).toBeGreaterThanOrEqual(2);
            expect(correct, question.prompt).toBeLessThan(question.options.length);
          } else {
            expect(correct, question.prompt).toBe(1);
          }
          for (const option of question.options) {
            expect(option.feedback?.trim().length ?? 0, `${question.prompt} → ${option.text}`).toBeGreaterThan(15);
            expect(option.text.length).toBeGreaterThan(0);
          }
        }
        // Stored answers are keyed by the question text: two identical prompts would share answers.
        const prompts = quiz!.questions.map((q) => q.prompt);
        expect(new Set(prompts).size).toBe(prompts.length);
      });
    });
  }
});

describe('all pages', () => {
  it('write SVG attributes in their HTML spelling (Astro renders MDX attributes as written, so fillOpacity would be ignored)', () => {
    const camel = docs.flatMap((doc) =>
      [...doc.body.matchAll(/<svg[\s\S]*?<\/svg>/g)].flatMap((svg) =>
        [...svg[0].matchAll(/\s([a-z]+[A-Z][a-zA-Z]*)=/g)].map((m) => `${doc.file}: ${m[1]}`),
      ),
    );
    expect(camel.filter((a) => !a.endsWith('viewBox'))).toEqual([]);
  });

  it('link only to pages that exist', () => {
    const broken: string[] = [];
    for (const doc of docs) {
      const links = [...doc.source.matchAll(/\]\((\/[^)\s#]*)(#[^)\s]*)?\)|href="(\/[^"#]*)(#[^"]*)?"|link: (\/\S*)/g)].map(
        (m) => m[1] ?? m[3] ?? m[5],
      );
      for (const link of links) {
        if (!link) continue;
        const path = link.endsWith('/') ? link : `${link}/`;
        if (!routeExists(path) && !existsSync(new URL(`../../public${link}`, import.meta.url))) broken.push(`${doc.file} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('say, on the home page and the references, that this is training material and not an official regulation', () => {
    for (const route of ['/', '/rujukan/referensi/']) {
      const doc = docs.find((d) => d.route === route)!;
      expect(doc.body, route).toMatch(/(materi|bahan) pelatihan/i);
      expect(doc.body, route).toMatch(/bukan (pedoman|peraturan) resmi|tidak menggantikan pedoman/i);
      expect(doc.body, route).toMatch(/Kantor Wilayah/);
    }
  });

  it('explain in the glossary every acronym the modules use', () => {
    const glossary = docs.find((d) => d.route === '/rujukan/glosarium/')!.body;
    const defined = new Set([...glossary.matchAll(/\*\*([^*]+)\*\*/g)].flatMap((m) => m[1]!.split(/[\s/(),]+/)));
    const missing = new Set<string>();
    for (const module of [...modules, ...docs.filter((d) => d.file.startsWith('rujukan/'))]) {
      // Quoted material (“…”, "…") is an example of someone else's words (a shouted headline, a chat group's name);
      // initials with an age, "AS (34)", are fictional people, not acronyms.
      // A run of three or more words in capitals is a shouted line (a bad headline shown as an example).
      const prose = proseOf(module.body)
        .replace(/“[^”]*”|"[^"\n]*"|“[^”\n]*”/g, ' ')
        .replace(/\p{Lu}{2,}(?:\s+\p{Lu}{2,}){2,}/gu, ' ');
      const initials = new Set([...prose.matchAll(/\b(\p{Lu}{2,3}) \(\d{1,2}\)/gu)].map((m) => m[1]));
      // Two or more capitals (UPT, WBP, 5W1H, PAN-RB); unit classes such as "IIA" are numerals, not acronyms.
      for (const match of prose.matchAll(
        /(?<![\p{L}\p{N}-])[\p{N}]*\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*(?:-\p{Lu}{2,})*(?![\p{L}\p{N}-])/gu,
      )) {
        const word = match[0];
        if (/^[IVX]+[AB]?$/.test(word) || initials.has(word)) continue;
        // A capitalised ordinary word ("LATIHAN", "DI") also appears in lower case on the page; an acronym does not.
        if (new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(prose)) continue;
        if (!defined.has(word)) missing.add(`${word} (${module.file})`);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });
});

it('every MDX page under src/content/docs is a known kind of page', () => {
  const top = readdirSync(new URL('../../src/content/docs/', import.meta.url));
  for (const name of top)
    expect([
      '404.md',
      'index.mdx',
      'data-saya.mdx',
      'privasi-data.mdx',
      'kemajuan.mdx',
      'ruang-krisis.mdx',
      'mulai',
      'modul',
      'rujukan',
      'latihan',
      'daftar-periksa',
      'pendampingan',
      'pemantauan',
    ]).toContain(name);
});
