/**
 * Build time only: loads the fill-in documents of src/content/templates/ and fails the build, naming the file, line
 * and column, when a template's text has a syntax error, names a field it does not define, compares a choice with
 * a value it cannot have, or defines a field it never uses. The schema (src/schemas/document-template.ts) checks
 * the rest.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { isScalar, LineCounter, parseDocument, type Scalar } from 'yaml';

import { parseTemplate, referencedFields, type TemplateError, type TemplateNode } from '../domain/templates/template-language';

export interface TemplateSourceProblem {
  line: number;
  column: number;
  message: string;
}

interface FieldLike {
  id: string;
  type?: string;
  options?: string[];
}

/** Checks one template's text against its fields; positions are inside `source` (1-based). Pure, for unit tests. */
export function checkTemplateText(
  source: string,
  fields: readonly FieldLike[],
  unitDetails: readonly string[],
  alsoUses = '',
): TemplateError[] {
  const parsed = parseTemplate(source);
  if (!parsed.ok) return parsed.errors;
  const byId = new Map(fields.map((field) => [field.id, field]));
  const known = new Set([...byId.keys(), ...unitDetails]);
  const problems: TemplateError[] = [];
  for (const [field, at] of referencedFields(parsed.nodes)) {
    if (!known.has(field)) problems.push({ ...at, message: `{{${field}}} tidak ada di fields maupun unitDetails templat ini.` });
  }
  const walk = (nodes: readonly TemplateNode[]) => {
    for (const node of nodes) {
      if (node.kind !== 'if') continue;
      if (node.equals !== undefined) {
        const field = byId.get(node.field);
        if (field && (field.type !== 'pilihan' || !field.options?.includes(node.equals))) {
          problems.push({ line: node.line, column: node.column, message: `"${node.equals}" bukan pilihan isian "${node.field}".` });
        }
      }
      walk(node.then);
      walk(node.otherwise);
    }
  };
  walk(parsed.nodes);
  const used = new Set(referencedFields(parsed.nodes).keys());
  const alsoParsed = parseTemplate(alsoUses);
  if (alsoParsed.ok) for (const field of referencedFields(alsoParsed.nodes).keys()) used.add(field);
  for (const field of fields) {
    if (!used.has(field.id))
      problems.push({ line: 1, column: 1, message: `Isian "${field.id}" didefinisikan tetapi tidak dipakai di teks.` });
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Where the text of a block scalar starts in the file: the line after its "|" and its indentation. */
function blockStart(node: Scalar, text: string, counter: LineCounter): { line: number; indent: number } | null {
  if (node.type !== 'BLOCK_LITERAL' || !node.range) return null;
  const header = counter.linePos(node.range[0]);
  const firstLine = text.split('\n')[header.line] ?? '';
  return { line: header.line + 1, indent: firstLine.length - firstLine.trimStart().length };
}

export function templatesLoader(folder = './src/content/templates/'): Loader {
  return {
    name: 'siaga-krisis-templates',
    async load({ store, parseData, config }) {
      const root = new URL(folder, config.root);
      const files = (await readdir(root)).filter((name) => name.endsWith('.yaml')).sort();
      const failures: string[] = [];
      store.clear();
      for (const name of files) {
        const relative = `${folder.replace(/^\.\//, '')}${name}`;
        const text = await readFile(new URL(name, root), 'utf8');
        const counter = new LineCounter();
        const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
        if (document.errors.length) {
          for (const error of document.errors) {
            const at = error.linePos?.[0];
            failures.push(`${relative}:${at?.line ?? 1}:${at?.col ?? 1} — YAML: ${error.message}`);
          }
          continue;
        }
        const data = document.toJS() as Record<string, unknown>;
        const bodyNode = document.get('body', true);
        const start = isScalar(bodyNode) ? blockStart(bodyNode, text, counter) : null;
        if (!start || typeof data.body !== 'string') {
          failures.push(`${relative} — "body" harus ditulis sebagai blok teks "body: |".`);
          continue;
        }
        const fields = Array.isArray(data.fields) ? (data.fields as FieldLike[]) : [];
        const unitDetails = Array.isArray(data.unitDetails) ? (data.unitDetails as string[]) : [];
        const signatureRole = (data.signature as { role?: string } | undefined)?.role ?? '';
        for (const problem of checkTemplateText(data.body, fields, unitDetails, signatureRole)) {
          failures.push(`${relative}:${start.line + problem.line - 1}:${start.indent + problem.column} — ${problem.message}`);
        }
        for (const problem of checkTemplateText(signatureRole, [], [...unitDetails, ...fields.map((f) => f.id)])) {
          failures.push(`${relative} (signature.role) — ${problem.message}`);
        }
        const id = name.replace(/\.yaml$/, '');
        const parsed = await parseData({ id, data, filePath: fileURLToPath(new URL(name, root)) });
        store.set({ id, data: parsed, filePath: relative });
      }
      if (failures.length) throw new Error(`Templat dokumen tidak valid:\n  ${failures.join('\n  ')}`);
    },
  };
}
