/**
 * Values whose label says what they are, inside free text: form fields ("Surname: ASHWORTH", "Nom : Bouchard",
 * "Full name (as in NRIC): Rajendran s/o Muthusamy") and the cells of a delimited table pasted into a text
 * (a CSV with `nombre;apellidos;...` or `cognome,nome,...,sede` headers). A bare surname or town in a cell has no
 * sentence around it; the label is the evidence, as a column name is for structured data (field.ts).
 */
import type { Candidate } from './candidate.js';
import { isEntityField, labelledValue } from './field.js';

/** Longest label looked at before a colon ("Full name (as in NRIC)"). */
const MAX_LABEL = 40;
/** Longest value after it. */
const MAX_VALUE = 80;

/** The label as a field name: lower case, "(s)" and other bracketed notes dropped, spaces and hyphens as `_`. */
function labelKey(raw: string): string {
  return raw.toLowerCase().replace(/\s*\([^)]*\)\s*/g, ' ').trim().replace(/[\s,\-]+/g, '_');
}

/**
 * Field names that label a value in a table but not after a colon in text: role nouns are speakers in transcripts
 * ("Client: no thats all, cheers"), and a form's coarse place fields ("State: NY") say little on their own.
 */
const NOT_FORM_LABELS = new Set(['customer', 'client', 'patient', 'author', 'person', 'state', 'country', 'province', 'county']);
/** Never a place column worth labelling: sales regions ("EMEA", "APAC"). */
const NOT_LABELS = new Set(['region']);

/** Raw label -> field name, or '' for none: a text repeats its labels, and a dataset its forms. */
const keyCache = new Map<string, string>();

function entityLabel(raw: string, form: boolean): string | undefined {
  let key = keyCache.get(raw);
  if (key === undefined) {
    key = labelKey(raw);
    if (NOT_LABELS.has(key) || !isEntityField(key)) key = '';
    if (keyCache.size >= 10000) keyCache.clear();
    keyCache.set(raw, key);
  }
  return key === '' || (form && NOT_FORM_LABELS.has(key)) ? undefined : key;
}

/**
 * A value after a form label starts with a capital or a digit, or with a surname particle before a capital
 * ("Achternaam: de Jong"): "name: invoice-api" in YAML is no form.
 */
function formValueStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c))) return true;
  // (a letter of a script without case: Han, kana, Hangul, Hebrew, Arabic, Thai)
  if (c >= 0x590 && CASELESS_LETTER.test(String.fromCharCode(c))) return true;
  return PARTICLE_START.test(text.slice(at, at + 12));
}

const CASELESS_LETTER = /^(?=\p{L})[^\p{Lu}\p{Ll}\p{Lt}]$/u;

// (or a street's abbreviation, written in lower case: "Adres: ul. Długa 18/4", "Адрес: ул. Граф Игнатиев 21")
const PARTICLE_START = /^(?:(?:de|van|von|der|den|ter|ten|da|di|du|del|della|le|la|dos|das)\s\p{Lu}|(?:ul|al|os|pl|str|ул|бул|вул|пр|пл)\.\s?\p{Lu})/u;

/** Appends candidates for form fields and table cells of `text`. */
export function findLabelledFields(text: string, out: Candidate[]): void {
  if (text.indexOf(':') >= 0) formFields(text, out, 58);
  // (Chinese, Japanese and Korean forms: a full-width colon, no space after it: "姓名：陈思远")
  if (text.indexOf('：') >= 0) formFields(text, out, 0xff1a);
  if (text.indexOf('\n') >= 0 && mayHoldTable(text)) tableCells(text, out);
}

/** `"key": "value"` of JSON inside a text, the key a field name ({@link entityLabel}), the value on one line. */
function quotedField(text: string, colon: number, out: Candidate[]): void {
  // (the opening quote searched within a label's length: no scan back through the text per colon)
  let ks = colon - 2;
  const min = Math.max(0, colon - 2 - MAX_LABEL);
  while (ks >= min && text.charCodeAt(ks) !== 34) ks--;
  if (ks < min || colon - 1 - ks - 1 < 1) return;
  // (a JSON key is a field name, as in structured data: "country": "NG", "customer": "…" are values, not speakers or prose)
  const key = entityLabel(text.slice(ks + 1, colon - 1), false);
  if (!key) return;
  let vs = colon + 1;
  while (vs < text.length && text.charCodeAt(vs) === 32) vs++;
  if (text.charCodeAt(vs) !== 34) return;
  vs++;
  let ve = vs;
  const max = Math.min(text.length, vs + MAX_VALUE + 1);
  while (ve < max && text.charCodeAt(ve) !== 34 && text.charCodeAt(ve) !== 10) ve++;
  if (ve === vs || ve >= max || text.charCodeAt(ve) !== 34 || text.charCodeAt(ve - 1) === 92) return;
  if (!formValueStart(text, vs)) return;
  const cand = labelledValue(text, vs, ve, key);
  if (cand) out.push(cand);
}

/** A table needs two lines of two delimiters or more: most texts fail this with a few native searches. */
function mayHoldTable(text: string): boolean {
  if (text.indexOf(';') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('|') >= 0) return true;
  let at = -1;
  for (let k = 0; k < 4; k++) {
    at = text.indexOf(',', at + 1);
    if (at < 0) return false;
  }
  return true;
}

/**
 * "Label: value" where the label opens its line (or follows a gap of two spaces, a tab or a bar, as in
 * "Surname: ASHWORTH        Forename(s): Thomas James"). The value ends at the line end, such a gap, a bar or a semicolon.
 */
function formFields(text: string, out: Candidate[], colonCode: number): void {
  const colonChar = String.fromCharCode(colonCode);
  for (let colon = text.indexOf(colonChar); colon >= 0; colon = text.indexOf(colonChar, colon + 1)) {
    // JSON pasted into a text: {"name": "Evander Holloway", ...}
    if (colon > 1 && text.charCodeAt(colon - 1) === 34 && colonCode === 58) {
      quotedField(text, colon, out);
      continue;
    }
    // "12:30", "https://": a label ends in a letter or a closing bracket, then ": " or " : "
    const after = text.charCodeAt(colon + 1);
    if (colonCode === 58 && after !== 32 && after !== 9) continue;
    let e = colon;
    while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
    let s = e;
    const min = Math.max(0, e - MAX_LABEL);
    while (s > min) {
      const c = text.charCodeAt(s - 1);
      if (fieldBreak(c) || (c === 32 && s - 2 >= 0 && text.charCodeAt(s - 2) === 32)) break;
      s--;
    }
    const open = s === 0 || fieldBreak(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 32;
    if (!open || s === e) continue;
    // (a label starts with a letter: "> Name:" in a quoted mail has its marker before the gap check)
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 62 || text.charCodeAt(s) === 42 || text.charCodeAt(s) === 45)) s++;
    if (s === e) continue;
    const key = entityLabel(text.slice(s, e), true);
    if (!key) continue;
    let vs = colon + 1;
    while (vs < text.length && (text.charCodeAt(vs) === 32 || text.charCodeAt(vs) === 9)) vs++;
    let ve = vs;
    const max = Math.min(text.length, vs + MAX_VALUE);
    while (ve < max) {
      const c = text.charCodeAt(ve);
      if (fieldBreak(c) || c === 13 || c === 59 || (c === 32 && text.charCodeAt(ve + 1) === 32)) break;
      ve++;
    }
    if (ve === max && ve < text.length && text.charCodeAt(ve) !== 10) continue; // longer than a value: prose
    if (!formValueStart(text, vs)) continue;
    const cand = labelledValue(text, vs, ve, key);
    if (cand) out.push(cand);
  }
}

/** What separates the fields of a form on a line: a newline, a bar, a tab or an ideographic space ("氏名：高畑 慎之介　個人番号：…"). */
function fieldBreak(c: number): boolean {
  return c === 10 || c === 124 || c === 9 || c === 0x3000;
}

const DELIMITERS = [44, 59, 9, 124]; // , ; tab |
const PRODUCT_COLUMNS = /(?:^|[^a-z])(?:price|qty|quantity|sku|barcode|ean|gtin|stock|unit_?price|cost)(?:[^a-z]|$)/i;

/**
 * Cells of delimited tables: a block of two or more lines with the same number (two or more) of one delimiter;
 * its first line is the header. A quoted cell may hold the delimiter; a line whose quotes do not close is left alone.
 */
function tableCells(text: string, out: Candidate[]): void {
  // Line starts and, per delimiter, each line's count: one pass over the text.
  const starts: number[] = [0];
  const counts: number[][] = [[], [], [], []];
  let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
  // Delimiters inside a quoted cell ("7 rue Paradis, 13006 Marseille") are part of its value.
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      counts[0]!.push(quoted ? -1 : c0); counts[1]!.push(quoted ? -1 : c1); counts[2]!.push(quoted ? -1 : c2); counts[3]!.push(quoted ? -1 : c3);
      c0 = c1 = c2 = c3 = 0;
      quoted = false;
      if (i < text.length) starts.push(i + 1);
    } else if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) c0++;
    else if (c === 59) c1++;
    else if (c === 9) c2++;
    else if (c === 124) c3++;
  }
  const lines = starts.length;
  if (lines < 2) return;
  const lineEnd = (k: number): number => (k + 1 < lines ? starts[k + 1]! - 1 : text.length);
  for (let d = 0; d < 4; d++) {
    const cnt = counts[d]!;
    for (let top = 0; top < lines - 1; ) {
      const n = cnt[top]!;
      let bottom = top;
      while (n >= 2 && bottom + 1 < lines && cnt[bottom + 1] === n) bottom++;
      if (bottom === top) { top++; continue; }
      tableBlock(text, DELIMITERS[d]!, starts[top]!, lineEnd(top), top, bottom, starts, lineEnd, out);
      top = bottom + 1;
    }
  }
}

function tableBlock(text: string, d: number, hs: number, he: number, top: number, bottom: number, starts: number[], lineEnd: (k: number) => number, out: Candidate[]): void {
  // Header cells: which columns hold names, places, organisations or postcodes.
  const keys: Array<string | undefined> = [];
  let any = false;
  for (let a = hs; ; ) {
    const b = cellEnd(text, a, he, d);
    let cell = text.slice(a, b).trim();
    if (cell.startsWith('#') || cell.startsWith('*')) cell = cell.replace(/^[#*\s]+/, '');
    // (a quoted header: "Surname","Forename")
    if (cell.length >= 2 && cell.charCodeAt(0) === 34 && cell.charCodeAt(cell.length - 1) === 34) cell = cell.slice(1, -1).trim();
    const key = cell.length > 0 && cell.length <= MAX_LABEL ? entityLabel(cell, false) : undefined;
    keys.push(key);
    if (key) any = true;
    if (b === he) break;
    a = b + 1;
  }
  if (!any) return;
  // A bare "name" beside price or stock columns names products ("sku,name,price,qty"), not people.
  if (PRODUCT_COLUMNS.test(text.slice(hs, he))) {
    for (let i = 0; i < keys.length; i++) if (keys[i] === 'name') keys[i] = undefined;
  }
  for (let k = top + 1; k <= bottom; k++) {
    const le = lineEnd(k);
    let col = 0;
    for (let a = starts[k]!; ; col++) {
      const b = cellEnd(text, a, le, d);
      const key = keys[col];
      if (key) {
        let s = a;
        let e = b;
        if (e > s && text.charCodeAt(e - 1) === 13) e--;
        // A quoted cell's value is inside its quotes ("Tremblay, Marie-Ève").
        if (e - s >= 2 && text.charCodeAt(s) === 34 && text.charCodeAt(e - 1) === 34) { s++; e--; }
        const cand = labelledValue(text, s, e, key);
        if (cand) out.push(cand);
      }
      if (b === le) break;
      a = b + 1;
    }
  }
}

/** End of the cell starting at `a` (its delimiter, or `limit`): delimiters inside double quotes do not count. */
function cellEnd(text: string, a: number, limit: number, d: number): number {
  let quoted = false;
  for (let i = a; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === d && !quoted) return i;
  }
  return limit;
}
