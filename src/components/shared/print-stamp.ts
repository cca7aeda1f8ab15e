/**
 * What every printed sheet carries in its bottom margin (the @page margin boxes of src/styles/print.css): the unit the
 * printout belongs to and the date it was printed. An exercise calls setPrintUnit whenever its unit name changes.
 */
let unit = '';
let longDate: Intl.DateTimeFormat | undefined;

/** A CSS string: quotes and backslashes escaped, line breaks and other control characters dropped. */
const cssString = (text: string) => `"${text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/["\\]/g, '\\$&')}"`;

function stamp(): void {
  longDate ??= new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' });
  const text = [unit || 'Unit belum diisi', `dicetak ${longDate.format(new Date())}`].join(' · ');
  document.documentElement.style.setProperty('--sk-print-stamp', cssString(text));
}

export function setPrintUnit(name: string): void {
  unit = name.trim().slice(0, 120);
  stamp();
}

// The date is the day of printing, not the day the page was opened.
addEventListener('beforeprint', stamp);
