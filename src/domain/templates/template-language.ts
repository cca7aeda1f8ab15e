/**
 * The language of fill-in documents (src/content/templates): text with placeholders and simple conditions, nothing
 * else, so a template is data an author can edit, never code.
 *
 *   {{nama_unit}}                         the value of a field
 *   {{#jika korban}} … {{/jika}}          shown when the field has a value (a list: when it has an item)
 *   {{#jika tingkat = "3"}} … {{/jika}}   shown when a choice field has that value
 *   {{#jika …}} … {{#selain}} … {{/jika}} with an alternative
 *
 * Lines that start with "- " are list items; a blank line starts a new paragraph. A list field standing alone on a
 * line becomes one list item per entry. Errors carry the line and column in the template text, so the build can name
 * the file and the line.
 */

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'field'; field: string; line: number; column: number }
  | {
      kind: 'if';
      field: string;
      /** Compare with this value; without it, the test is "has a value". */
      equals?: string;
      then: TemplateNode[];
      otherwise: TemplateNode[];
      line: number;
      column: number;
    };

export interface TemplateError {
  line: number;
  column: number;
  message: string;
}

export type ParseResult = { ok: true; nodes: TemplateNode[] } | { ok: false; errors: TemplateError[] };

const TAG = /\{\{([^{}]*)\}\}/g;
const FIELD_ID = /^[a-z][a-z0-9_]*$/;
const IF_TAG = /^#jika\s+([a-z][a-z0-9_]*)(?:\s*=\s*"([^"]*)")?\s*$/;

function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses a template's text into nodes, or lists every error found (unknown tag, unclosed or stray condition). */
export function parseTemplate(source: string): ParseResult {
  const errors: TemplateError[] = [];
  const root: TemplateNode[] = [];
  // The open conditions, innermost last; each knows which branch is being filled.
  const open: { node: Extract<TemplateNode, { kind: 'if' }>; inElse: boolean }[] = [];
  const target = () => {
    const top = open.at(-1);
    return top ? (top.inElse ? top.node.otherwise : top.node.then) : root;
  };
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const offset = match.index;
    if (offset > last) target().push({ kind: 'text', text: source.slice(last, offset) });
    last = offset + match[0].length;
    const tag = match[1]!.trim();
    const at = position(source, offset);
    if (FIELD_ID.test(tag)) {
      target().push({ kind: 'field', field: tag, ...at });
    } else if (tag.startsWith('#jika')) {
      const parts = IF_TAG.exec(tag);
      if (!parts) {
        errors.push({
          ...at,
          message: `Syarat tidak dikenali: "{{${tag}}}". Bentuknya {{#jika nama_isian}} atau {{#jika nama_isian = "nilai"}}.`,
        });
        continue;
      }
      const node: Extract<TemplateNode, { kind: 'if' }> = { kind: 'if', field: parts[1]!, then: [], otherwise: [], ...at };
      if (parts[2] !== undefined) node.equals = parts[2];
      target().push(node);
      open.push({ node, inElse: false });
    } else if (tag === '#selain') {
      const top = open.at(-1);
      if (!top) errors.push({ ...at, message: '{{#selain}} tanpa {{#jika …}} sebelumnya.' });
      else if (top.inElse) errors.push({ ...at, message: '{{#selain}} kedua untuk syarat yang sama.' });
      else top.inElse = true;
    } else if (tag === '/jika') {
      if (!open.pop()) errors.push({ ...at, message: '{{/jika}} tanpa {{#jika …}} yang dibuka.' });
    } else {
      errors.push({ ...at, message: `Penanda tidak dikenali: "{{${tag}}}". Nama isian memakai huruf kecil, angka dan garis bawah.` });
    }
  }
  if (last < source.length) target().push({ kind: 'text', text: source.slice(last) });
  // Text that looks like a tag but is not one: a stray brace pair would otherwise print as it is.
  for (const stray of source.replace(TAG, (m) => ' '.repeat(m.length)).matchAll(/\{\{|\}\}/g)) {
    errors.push({ ...position(source, stray.index), message: 'Kurung kurawal ganda yang tidak membentuk penanda.' });
  }
  for (const { node } of open) {
    errors.push({ line: node.line, column: node.column, message: `{{#jika ${node.field}}} tidak ditutup dengan {{/jika}}.` });
  }
  return errors.length ? { ok: false, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) } : { ok: true, nodes: root };
}

/** Every field a template refers to, with where it first appears. */
export function referencedFields(nodes: readonly TemplateNode[]): Map<string, { line: number; column: number }> {
  const found = new Map<string, { line: number; column: number }>();
  const walk = (list: readonly TemplateNode[]) => {
    for (const node of list) {
      if (node.kind === 'text') continue;
      if (!found.has(node.field)) found.set(node.field, { line: node.line, column: node.column });
      if (node.kind === 'if') {
        walk(node.then);
        walk(node.otherwise);
      }
    }
  };
  walk(nodes);
  return found;
}

/** What a field holds when the document is filled in: text, or a list of entries. */
export type FieldValue = string | readonly string[];
export type FieldValues = Readonly<Record<string, FieldValue | undefined>>;

/** A rendered document: paragraphs and lists, in order, as plain text (the views add no markup of their own). */
export type DocumentBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] };

const hasValue = (value: FieldValue | undefined) =>
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.some((item) => item.trim() !== '');

/** A list inside a sentence: "a, b, dan c" (the serial comma of EYD V). */
export function joinInline(items: readonly string[]): string {
  const clean = items.map((item) => item.trim()).filter(Boolean);
  if (clean.length <= 2) return clean.join(' dan ');
  return `${clean.slice(0, -1).join(', ')}, dan ${clean.at(-1)}`;
}

/** Marks the places where a field had no value, so a preview and a test can see what is still to fill in. */
export const EMPTY_MARK = (label: string) => `[${label}]`;

/**
 * Fills a parsed template with values and cuts it into blocks. A field without a value shows as "[label]" (the
 * document is never silently incomplete); `labels` gives the label for each field id.
 */
export function renderTemplate(
  nodes: readonly TemplateNode[],
  values: FieldValues,
  labels: Readonly<Record<string, string>> = {},
): DocumentBlock[] {
  // A list field alone on a line expands into list items: mark it here and cut lines below.
  const LIST_START = '\u0000list:';
  const LIST_END = '\u0000';
  const LIST_MARK = /\u0000list:(.*?)\u0000/g;
  let text = '';
  const emit = (list: readonly TemplateNode[]) => {
    for (const node of list) {
      if (node.kind === 'text') text += node.text;
      else if (node.kind === 'field') {
        const value = values[node.field];
        if (value === undefined || !hasValue(value)) text += EMPTY_MARK(labels[node.field] ?? node.field);
        else if (typeof value === 'string') text += value.trim().replace(/\u0000/g, '');
        else {
          const items = value.map((item) => item.trim().replace(/\u0000/g, '')).filter(Boolean);
          text += `${LIST_START}${JSON.stringify(items)}${LIST_END}`;
        }
      } else {
        const value = values[node.field];
        const holds = node.equals === undefined ? hasValue(value) : typeof value === 'string' && value === node.equals;
        emit(holds ? node.then : node.otherwise);
      }
    }
  };
  emit(nodes);

  // A value typed as a sentence ("…stabil.") before the template's own full stop would print "stabil..".
  text = text.replace(/([!?]|\.{1,3})\.(?!\.)/g, '$1');

  const blocks: DocumentBlock[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', lines: paragraph });
    if (items.length) blocks.push({ kind: 'list', items });
    paragraph = [];
    items = [];
  };
  for (const raw of text.split('\n')) {
    const marks = [...raw.matchAll(LIST_MARK)];
    const alone = marks.length === 1 && raw.replace(LIST_MARK, '').trim() === '';
    // A list field alone on its line: one list item per entry; inside a sentence: "a, b, dan c".
    const line = alone ? raw.trim() : raw.replace(LIST_MARK, (_, json: string) => joinInline(JSON.parse(json) as string[])).trimEnd();
    if (alone) {
      if (paragraph.length) flush();
      items.push(...(JSON.parse(marks[0]![1]!) as string[]));
    } else if (/^\s*- /.test(line)) {
      if (paragraph.length) flush();
      items.push(line.replace(/^\s*- /, '').trim());
    } else if (line.trim() === '') {
      flush();
    } else {
      if (items.length) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** The document as plain text, for copying into a chat or an e-mail. */
export function blocksToText(blocks: readonly DocumentBlock[]): string {
  return blocks
    .map((block) => (block.kind === 'paragraph' ? block.lines.join('\n') : block.items.map((item) => `- ${item}`).join('\n')))
    .join('\n\n');
}

/** The "[label]" marks left in a rendered document: what is still to be filled in. */
export function unfilledMarks(blocks: readonly DocumentBlock[], labels: Readonly<Record<string, string>>): string[] {
  const text = blocksToText(blocks);
  return Object.values(labels).filter((label) => text.includes(EMPTY_MARK(label)));
}
