/**
 * Speakers of transcripts and chat exports: "Nacho: Hola!", "PETERSEN: Tak.", "Camille : Aujourd'hui...",
 * "[00:14:25] DR. YEMI ADESANYA: Ibadan", and Slack's "Sam  3:12 PM" header lines. A label opening a line
 * is a speaker when the text is a dialogue: the same label speaks twice or more, or the label is a name the
 * lists know. Role labels (Agent, PRESENTER, Interviewer) and form labels (Date, Adresse) are left alone.
 */
import type { Candidate } from './candidate.js';
import { K, dictBits, type Lexicon } from './lexicon.js';

/** Longest label looked at. */
const MAX_LABEL = 40;
/** A line's speaker label: optional "[00:14:25] " or "> ", the label, then ":" (French " :") and a space. */
const LABEL_LINE = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s?|>\s?)?([\p{L}][\p{L}\p{M}.'’"\- ]{0,38}?)\s?:[ \t]/u;
/** Slack export header: the display name, one or two spaces, a time, nothing after. */
const SLACK_LINE = /^([\p{Lu}][\p{L}\p{M}.'’\- ]{0,30}?) {1,2}\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s*$/u;
const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;

interface Label {
  start: number;
  end: number;
  text: string;
  /** What follows the label opens with a digit ("Nascimento: 17/05/1993"). */
  digit: boolean;
}

/** Appends PERSON candidates for the speakers of `text`. */
export function findSpeakers(text: string, lex: Lexicon, out: Candidate[]): void {
  if (text.indexOf('\n') < 0 || text.indexOf(':') < 0) return;
  const labels: Label[] = [];
  const seen = new Map<string, number>();
  let colon = text.indexOf(':');
  // lines with text, and label lines whose words read as chat (lower case first, or a question)
  let lines = 0;
  let chatty = 0;
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    if (le > ls && text.charCodeAt(ls) > 32) lines++;
    const c = text.charCodeAt(ls);
    // (a label starts with a capital, "[" or ">": most lines are skipped on their first character)
    // (and a colon within a label's length: most lines of prose are skipped without the regex)
    if (colon >= 0 && colon < ls) colon = text.indexOf(':', ls); // (each colon found once: linear in the text)
    if ((c === 91 || c === 62 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) && ((colon >= 0 && colon < le && colon - ls <= MAX_LABEL + 15) || le - ls <= MAX_LABEL + 12)) {
      const line = text.slice(ls, Math.min(le, ls + MAX_LABEL + 16));
      const m = LABEL_LINE.exec(line) ?? (le - ls <= MAX_LABEL + 12 ? SLACK_LINE.exec(text.slice(ls, le)) : null);
      if (m) {
        const raw = m[1]!.trimEnd();
        const start = ls + m.index + m[0].indexOf(m[1]!);
        const said = ls + m.index + m[0].length;
        const d = text.charCodeAt(said);
        labels.push({ start, end: start + raw.length, text: raw, digit: d >= 48 && d <= 57 });
        seen.set(raw, (seen.get(raw) ?? 0) + 1);
        const first = text.charAt(said);
        if ((first !== first.toUpperCase() && first === first.toLowerCase()) || hasQuestion(text, said, le)) chatty++;
      }
    }
    ls = le + 1;
  }
  if (labels.length < 2) return;
  // A dialogue: a name speaks twice or more. Then a one-word label no list knows, seen once, speaks too when the
  // text names it ("Lowanna: Jedda can u send ur TFN?\nJedda: 224 819 813\nLowanna: ta."); a form's repeated labels
  // are words.
  // (each repeated label read once, for this and for its lines below)
  const repeatedNames = new Map<string, [number, number] | undefined>();
  // A chat export: every line (but a header) is a few people's turns, most of them chat ("Otso: oot sä jo
  // Kampissa?\nVeera: joo, Fazerin kahvilassa"), not a form's values ("Navn: Villads Thygesen\nCPR: 140206-4451").
  // Two turns must both read as chat; from three on, someone speaks again (a form's labels are all different).
  const chat = labels.length >= lines - 1 && seen.size <= 4 && (labels.length === 2 ? chatty === 2 && seen.size === 2 : labels.length > 2 && seen.size < labels.length && chatty * 2 >= labels.length);
  let dialogue = chat;
  for (const [label, n] of seen) {
    if (n < 2) continue;
    const name = speakerName(label, lex, true, false);
    repeatedNames.set(label, name);
    if (name) dialogue = true;
  }
  for (const l of labels) {
    // (a label seen once must also be named in the text: "Anuncio: bici" is a listing's field)
    const once = !repeatedNames.has(l.text);
    // ("CPF: 808.223.779-18\nNascimento: 17/05/1993": a form's label, once, before a number)
    if (once && l.digit && !chat) continue;
    const name = once ? speakerName(l.text, lex, false, dialogue && l.text.indexOf(' ') < 0 && ((chat && amongTurns(text, l)) || namedElsewhere(text, l))) : repeatedNames.get(l.text);
    if (name) out.push({ entity: 'PERSON', start: l.start + name[0], end: l.start + name[1], score: 0.7, recognizer: 'ner-speaker', judge: false });
  }
}

/** A question mark in text[from, to): the rest of one line, so every line is read once. */
function hasQuestion(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 63) return true;
  return false;
}

/** The label's line touches another line, not a blank one: "Anuncio: bici" over a blank line heads the chat. */
function amongTurns(text: string, l: Label): boolean {
  const le = text.indexOf('\n', l.end);
  if (le >= 0 && le + 1 < text.length) return text.charCodeAt(le + 1) !== 10 && text.charCodeAt(le + 1) !== 13;
  const ls = text.lastIndexOf('\n', l.start);
  return ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13;
}

/** The label's word appears in the text outside the label, as a whole word. */
function namedElsewhere(text: string, l: Label): boolean {
  for (let at = text.indexOf(l.text); at >= 0; at = text.indexOf(l.text, at + 1)) {
    if (at === l.start) continue;
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = text.charCodeAt(at + l.text.length);
    if (!isLetter(before) && !isLetter(after)) return true;
  }
  return false;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 160);
}

/**
 * Role labels of dialogues in other languages (marketplace chats, interviews, forms), which the English role
 * list of the lexicon lacks: "Comprador:", "Pembeli:", "PERIODISTA:", "Gast:".
 */
const SPEAKER_ROLES = new Set([
  'comprador', 'compradora', 'vendedor', 'vendedora', 'pembeli', 'penjual', 'mnunuzi', 'muuzaji', 'periodista', 'entrevistador',
  'entrevistadora', 'presentador', 'presentadora', 'locutor', 'locutora', 'journaliste', 'animateur', 'animatrice', 'käufer',
  'käuferin', 'verkäufer', 'verkäuferin', 'gast', 'kunde', 'kundin', 'moderator', 'moderatorin', 'reporter', 'reporterin',
  'giornalista', 'intervistatore', 'intervistatrice', 'acquirente', 'venditore', 'cliente', 'koper', 'verkoper', 'klant',
  'kupujący', 'sprzedający', 'klient', 'alıcı', 'satıcı', 'müşteri', 'schüler', 'schülerin', 'paciente', 'pasien', 'patiente',
  'jornalista', 'apresentador', 'apresentadora', 'entrevistado', 'entrevistada', 'atendente', 'suporte', 'soporte', 'agente',
  'operador', 'operadora', 'anchor', 'host', 'caller', 'guest', 'interviewer', 'interviewee', 'presenter', 'narrator',
  'speaker', 'moderador', 'moderadora', 'intervistato', 'vært', 'gæst', 'värd', 'gäst', 'toimittaja', 'haastattelija',
  // customer-service chats: customers, agents, operators and desks ("Operatore:", "Utente:", "Asiakaspalvelu:", "Ügyfél:",
  // "Zákazník:", "Temsilci:", "Πελάτης:", "Pelanggan:", "Khách:", "Mteja:", "Wakala:")
  'operatore', 'operatrice', 'utente', 'assistente', 'asistente', 'asistent', 'asystent', 'asystentka', 'konsultant',
  'konsultantka', 'doradca', 'kund', 'kunden', 'handläggare', 'kundtjänst', 'kundeservice', 'kundservice', 'kundenservice',
  'kundendienst', 'asiakas', 'asiakaspalvelu', 'zákazník', 'zákaznice', 'operátor', 'operátorka', 'temsilci', 'danışman',
  'ügyfél', 'ügyintéző', 'ügyfélszolgálat', 'vásárló', 'eladó', 'πελάτης', 'πελάτισσα', 'υπάλληλος', 'εκπρόσωπος',
  'pelanggan', 'petugas', 'ejen', 'khách', 'mteja', 'wakala', 'mhudumu', 'medewerker', 'mitarbeiter', 'mitarbeiterin',
  'berater', 'beraterin', 'sachbearbeiter', 'sachbearbeiterin', 'conseiller', 'conseillère', 'usuario', 'usuária',
  'usuário', 'utilizador', 'ahente', 'kustomer', 'klientka', 'agent', 'operator', 'support', 'bot',
  // staff and customers of Nordic, Polish, Greek (in Latin letters) and Indonesian chats
  'medarbejder', 'veileder', 'rådgiver', 'rådgivare', 'saksbehandler', 'sagsbehandler', 'kunde', 'kundeservice', 'sprzedająca',
  'sprzedawca', 'kupująca', 'pelatis', 'ypallilos', 'cs', 'admin', 'user', 'assistant', 'system',
]);

/** Role labels of two words or more ("Nhân viên:", "Customer Service:"), compared whole and in lower case. */
const SPEAKER_ROLE_PHRASES = new Set(['nhân viên', 'khách hàng', 'customer service', 'customer support', 'servicio al cliente',
  'atención al cliente', 'service client', 'servizio clienti', 'müşteri temsilcisi', 'obsługa klienta', 'live agent']);

/**
 * The name inside a label, as [start, end) offsets into it, or undefined. A title or role before it is dropped
 * ("DR. YEMI ADESANYA"); a label of common words is a form field or a role ("Data de nascimento", "Comprador").
 * `repeated`: the label speaks more than once; a label seen once must be made of names the lists know, or be one
 * word in a `dialogue`.
 */
function speakerName(label: string, lex: Lexicon, repeated: boolean, dialogue: boolean): [number, number] | undefined {
  // a label in lower case ("mags: lol no") speaks only when it repeats, as one word
  const lower = label.charCodeAt(0) >= 97 && label.charCodeAt(0) <= 122;
  if (lower && (!repeated || label.indexOf(' ') >= 0) && !dialogue) return undefined;
  if (label.length <= 24 && label.indexOf(' ') > 0 && SPEAKER_ROLE_PHRASES.has(label.toLowerCase())) return undefined;
  let start = -1;
  let end = -1;
  let allKnown = true;
  let words = 0;
  WORD.lastIndex = 0;
  for (let m; (m = WORD.exec(label)); ) {
    const low = m[0].toLowerCase();
    if (SPEAKER_ROLES.has(low)) return undefined;
    const b = dictBits(lex, low);
    // (a name only the big list holds is no known name here: "Nama:", "Jina:" are "Name:" in Indonesian and Swahili)
    const namey = (b & (K.FIRST | K.LAST | K.NAME_REAL)) !== 0 && !(b & K.NAME_WEAK);
    if (start < 0 && b & (K.HONORIFIC | K.ROLE)) continue;
    if (!namey && b & (K.DICT | K.STOP | K.ROLE | K.HONORIFIC | K.GREETING | K.PLACE | K.ORG | K.ORG_SUFFIX)) return undefined;
    if (m[0].length < 2) return undefined;
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
    if (!namey || b & (K.DICT | K.STOP)) allKnown = false;
    words++;
  }
  // an initial closing the name ("Kevin O.")
  if (end > 0 && label.charCodeAt(end) === 46) end++;
  if (start < 0 || words > 4) return undefined;
  const name = label.slice(start, end);
  // ALL-CAPS codes of four letters or fewer ("IVA", "PV", "SZ") speak only as known names that repeat
  if (name.length <= 4 && name === name.toUpperCase() && !(repeated && allKnown)) return undefined;
  // (a label in lower case must be a name the lists know: "veileder:", "pelatis:" are roles)
  if (lower) return allKnown && (repeated || dialogue) ? [start, end] : undefined;
  return repeated || allKnown || (dialogue && words === 1 && name.length >= 3) ? [start, end] : undefined;
}
