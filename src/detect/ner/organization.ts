/**
 * ORGANIZATION: capitalised names ending in a legal form or head noun
 * ("Acme Corp", "Hintz GmbH", "Rocha Group", "Bosch S.A."), "X of Y" heads
 * ("Bank of Ireland", "University of Leeds"), firm-name shapes
 * ("Schmidt, Weber and Koch", "Baker & McKenzie") and well-known names.
 */
import { K, T, dictBits, type Lexicon } from './lexicon.js';
import { FIRM_FOREIGN_AND, JOB_NOUNS, NATIONALITIES, ORG_HEADS_FIRST, TRADE_HEADS } from './words.js';
import { Gap, Shape, codeAt, multiPhraseAt, tokAt, wordSet, type Token } from './tokens.js';
import type { Candidate } from './candidate.js';

/** Dotted legal forms the tokenizer splits into letters; matched right after a name. */
const DOTTED_SUFFIX = /^,?\s(?:&\sCo\.(?:\s?KG(?:aA)?|\sOHG)?|S\.A\.S\.|S\.A\.|S\.p\.A\.|S\.r\.l\.|s\.r\.l\.|s\.p\.a\.|S\.A\.U\.|S\.L\.U\.|Ltda\.|S\.L\.|N\.V\.|B\.V\.|e\.V\.|L\.L\.C\.|P\.L\.C\.|Co\.(?:,?\s(?:Ltd|KG|Inc)\.?)?|Inc\.|Ltd\.|Corp\.|S\.à\s?r\.l\.|A\/S|Sp\.\sz\so\.o\.|sp\.\sz\so\.o\.)/u;
const DOTTED_STICKY = new RegExp(DOTTED_SUFFIX.source.slice(1), 'uy');
/** The same, any case: in lower-case or ALL-CAPS text ("s.a.", "S.R.L."). */
const DOTTED_STICKY_ANY_CASE = new RegExp(DOTTED_SUFFIX.source.slice(1), 'uyi');

/** Head nouns that close organisation names but are no legal form ("Rocha Group", "Bank"): weaker evidence. */
const HEAD_NOUNS = /^(?:bank|university|college|hospital|clinic|institute|foundation|group|trust|fund|council|society|association|agency|ministry|media|capital|software|systems|solutions|partners|associates|brothers|sons|hospitals|clinics|institutet|universitet|universiteit|hogeschool|högskola|klinik|center|centre|analytics|robotics|diagnostics|therapeutics|biosciences|biotech|pharmacy|dental|pediatrics|paediatrics|veterinary|healthcare|health|practice|surgery|office|service|bakehouse|bakery|brewing|brewery|ceramics|outfitters|roastery|mortgage|mutual|collective|landsbank|sparekasse|sparebank|universitetshospital|supply|medicine|care|design|power)$/;

/**
 * Heads that are also everyday words ("Mental Health", "Best Practice", "Head Office", "Customer Service"):
 * they close a name only after a word that is no plain dictionary word ("Tembo Health", "Hyde Park Surgery"),
 * "office" and "service" only after two name words ("Australian Taxation Office", "Nigeria Immigration Service").
 */
const WEAK_HEADS = /^(?:health|practice|surgery|office|service|water|exchange|finance|schools|supply|medicine|care|design|power)$/;
/** Trades and services closing a name (words.ts TRADE_HEADS): weak heads too, and never in lower-case text. */
const TRADES = wordSet(TRADE_HEADS);
function weakHead(t: Token): boolean {
  return WEAK_HEADS.test(t.low) || t.isIn(TRADES);
}

/** Compound heads of German and Dutch practices, pharmacies, firms of lawyers ("Zahnarztpraxis am Markt", "Huisartsenpraktijk De Linde"). */
const COMPOUND_HEAD = /(?:praxis|praktijk|apotheke|kanzlei|klinik|rösterei|bäckerei|brauerei|konditorei|metzgerei)$/;
/** Lower-case words inside such names: "am Markt", "an der Alster", "De Linde". */
const COMPOUND_PARTICLES = new Set(['am', 'an', 'im', 'zum', 'zur', 'der', 'den', 'de', 'het', 'van', 'aan']);

/** Kinds of organisation written before a name in running text ("insurer Cover-More", "Seguradora Porto Seguro"). */
const CUE_NOUNS = wordSet(['insurer', 'seguradora', 'aseguradora', 'aseguradoras', 'assureur', 'versicherer', 'verzekeraar', 'assicuratore', 'agence', 'employer', 'carrier', 'lender', 'courier']);

/** Token p is one of {@link CUE_NOUNS} (length first: most words are not looked at). */
function cueNounBefore(p: Token): boolean {
  const n = p.end - p.start;
  return n >= 6 && n <= 12 && (p.shape === Shape.Lower || p.shape === Shape.Cap) && p.isIn(CUE_NOUNS);
}

/** Labels of a field holding an organisation ("Employer: IIT Bombay", "Arbeitgeber: ..."). */
const ORG_LABELS = new Set(['employer', 'company', 'organisation', 'organization', 'firm', 'firma', 'empresa', 'arbeitgeber', 'werkgever', 'entreprise', 'employeur', 'azienda', 'bedrijf', 'unternehmen', 'insurer', 'lender', 'vendor', 'supplier', 'merchant', 'school', 'university', 'college', 'institution', 'agency', 'club',
  // insurers, banks and hotels in forms and letters ("Verzekeraar: ...", "Assureur : ...", "Hotel: The ...")
  'insurance', 'carrier', 'verzekeraar', 'assureur', 'versicherer', 'versicherung', 'seguradora', 'aseguradora', 'aseguradoras', 'assicurazione', 'bank', 'hotel', 'alojamiento',
  // airlines, couriers, providers, issuers, hospitals and employers of more languages ("Airline: Aegean", "Pracodawca: ...")
  'airline', 'courier', 'provider', 'issuer', 'manufacturer', 'retailer', 'hospital', 'clinic', 'klinik', 'clinique', 'hôpital', 'ospedale',
  'banco', 'banque', 'krankenkasse', 'mutuelle', 'empleador', 'empregador', 'pracodawca', 'işveren', 'angajator', 'munkáltató', 'zaměstnavatel',
  'arbetsgivare', 'arbejdsgiver', 'arbeidsgiver', 'työnantaja', 'perusahaan', 'società', 'sociedad', 'compañía', 'companhia']);

/** Messaging and social platforms: used as a channel ("[WhatsApp] Caio:", "via LinkedIn", "whatsapp Pieter") more than as a company. */
const CHANNELS = new Set(['whatsapp', 'linkedin', 'telegram', 'signal', 'instagram', 'facebook', 'twitter', 'tiktok', 'snapchat', 'wechat', 'skype', 'zoom', 'slack', 'teams', 'messenger', 'github', 'gitlab', 'youtube']);

/** Words of a trade that also make job titles ("Senior Financial Analyst", "Lead Software Engineer"). */
const TRADE_WORDS = /^(?:analytics|robotics|financial|capital|media|software|systems|technology|technologies|solutions|services|consulting|energy|retail|electric|insurance|investment|investments|trading|construction|logistics|communications|telecom|networks|laboratories|labs)$/;
const JOBS = new Set(JOB_NOUNS);
const HEADS_FIRST = wordSet(ORG_HEADS_FIRST);
const NATIONAL = new Set(NATIONALITIES);

/**
 * Words that may follow a head-first institution word although they are English words: "Câmara Municipal de Braga",
 * "Hospital General de Zona", "Banco Central do Brasil", "Policía Federal", "Tribunal Regional".
 */
const HEAD_SECOND = /^(?:municipal|federal|national|general|central|regional|provincial|civil|popular|local|supreme|superior|metropolitan|district|state)$/;

/** What comes before "Court" in the name of a court acting as an institution ("United States District Court", "Westminster Magistrates' Court"). */
const COURT_KINDS = /^(?:district|supreme|high|crown|county|magistrates|magistrates'|magistrate|family|appeals|federal|circuit|superior|municipal|bankruptcy|tax|employment|coroner's|coroners|sheriff|justice|probate|juvenile|criminal|civil|claims|constitutional|labour|labor|appellate)$/;

/**
 * What comes before "Police" in the name of a police force although it is an English word ("Metropolitan Police",
 * "Transport Police"); any other name before it must be no plain word ("Kent Police", "Lagos State Police").
 */
const POLICE_KINDS = /^(?:metropolitan|state|federal|national|transport|military|border|city|county|royal|provincial|municipal|capitol|university|railway|river|port|valley)$/;
/** What continues a police force's name: "Kilimani Police Station", "Nigeria Police Force", "Kenya Police Service". */
const POLICE_TAILS = /^(?:station|force|service|department|headquarters|command|division|post|precinct|constabulary)$/;

/** What comes before "Center" / "Centre" in the name of a hospital or institute ("Cedars-Sinai Medical Center"). */
const CENTER_KINDS = /^(?:medical|health|cancer|research|trauma|heart|eye|children's|rehabilitation|diagnostic|dental|space|science|sciences|conference|community)$/;

function capTok(t: Token | undefined, mode: 'cased' | 'lower' | 'upper'): t is Token {
  if (!t || t.embedded) return false;
  if (t.shape === Shape.Cap || t.shape === Shape.Upper || t.shape === Shape.Mixed) return true;
  // Lower-case text: any word that is not a stop word may be part of a name.
  return mode === 'lower' && !(t.bits & K.STOP);
}

/** Joiner between two name words of a firm: "&", "and", "und", "-", "of". */
function joinerBetween(text: string, a: Token, b: Token): boolean {
  return gapIs(text, a.end, b.start, ' ') || gapIs(text, a.end, b.start, "'s ") || gapIs(text, a.end, b.start, '’s ') || gapIs(text, a.end, b.start, "'S ") || gapIs(text, a.end, b.start, '’S ') || gapIs(text, a.end, b.start, ' & ') ||
    gapIs(text, a.end, b.start, '&') || gapIs(text, a.end, b.start, ' - ') || gapIs(text, a.end, b.start, '-') || gapIs(text, a.end, b.start, ', ') || gapIs(text, a.end, b.start, ' – ') ||
    gapIs(text, a.end, b.start, "' ") || gapIs(text, a.end, b.start, '’ '); // "St Thomas' Hospital"
}

/** `text.slice(from, to) === s`, without the slice (this runs for many capitalised words). */
function gapIs(text: string, from: number, to: number, s: string): boolean {
  return to - from === s.length && text.startsWith(s, from);
}

/**
 * {@link DOTTED_SUFFIX} at a position (sticky), without slicing the text. Its longest
 * alternative is under 24 units, so this equals matching `text.slice(at, at + 24)`.
 */
function dottedAt(text: string, at: number, anyCase = false): RegExpExecArray | null {
  // Every alternative has a '.' or '/' among its first characters: most words fail this scan.
  let mark = false;
  for (let i = at + 2, end = Math.min(text.length, at + 7); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 47) { mark = true; break; }
  }
  if (!mark) return null;
  const re = anyCase ? DOTTED_STICKY_ANY_CASE : DOTTED_STICKY;
  re.lastIndex = at;
  return re.exec(text);
}

/** Words after a sender's name in a notification's label ("Chase Alert:", "UPS Update:", "DHL Paket:"). */
const NOTICE_WORDS = new Set(['alert', 'alerts', 'update', 'updates', 'info', 'notification', 'notice', 'paket', 'colis', 'sms', 'otp', 'security', 'delivery', 'kurier']);

/**
 * The sender of a text message or app notification: "Chase Alert: A $1,249.99 transaction", "ING: Er is € 75,00
 * afgeschreven", "UPS Update: Package 1Z...". A well-known organisation opens the text before ": " (with a notice
 * word after it), and the message carries a number (amount, code, parcel) within its first 200 characters: the
 * organisation even where its name is a common word or a first name at a sentence start. Unknown words there are
 * as often field labels of some language ("Betreff:", "Asunto:", "Foutmelding:"), so they do not count.
 * Returns the tokens used.
 */
function notificationSender(text: string, toks: Token[], lex: Lexicon, out: Candidate[]): number {
  if (toks.length < 3 || toks[0]!.start !== 0 || toks[0]!.shape === Shape.Lower || toks[0]!.embedded) return 0;
  let colon = -1;
  for (let k = 0; k < 3 && k < toks.length; k++) {
    const t = toks[k]!;
    if (k > 0 && (t.gap !== Gap.Space || t.shape === Shape.Lower)) return 0;
    if (text.charCodeAt(t.end) === 58 && text.charCodeAt(t.end + 1) === 32) { colon = k; break; }
  }
  if (colon < 0) return 0;
  let last = colon;
  while (last > 0 && NOTICE_WORDS.has(toks[last]!.low)) last--;
  const b = toks[0]!.bits;
  // ("Chase: see you at 5?" is a chat speaker: a first name needs its notice word, "Chase Alert:")
  const known = last === 0 ? (b & K.ORG) !== 0 && !(colon === 0 && b & K.FIRST) : b & K.MULTI && multiPhraseAt(toks, 0, lex, 'ORG') === last + 1;
  if (!known) return 0;
  const msgEnd = Math.min(text.length, toks[colon]!.end + 200);
  let digit = false;
  for (let i = toks[colon]!.end; i < msgEnd && !digit; i++) { const c = text.charCodeAt(i); digit = c >= 48 && c <= 57; }
  if (!digit) return 0;
  out.push({ entity: 'ORGANIZATION', start: 0, end: toks[last]!.end, score: 0.75, recognizer: 'org-sender', judge: false });
  return colon + 1;
}

/**
 * Where an organisation's name written up to `end` ends: at its first comma ("Sonoran Valley Medical Center,
 * supervisor Dr. Kwame Ellsworth", "Brutăria Moldovița, Suceava"), unless a legal form follows it ("Acme, Inc.").
 */
export function orgNameEnd(text: string, start: number, end: number, lex: Lexicon): number {
  const comma = text.indexOf(', ', start);
  if (comma < 0 || comma >= end) return end;
  const m = /^[\p{L}.]+/u.exec(text.slice(comma + 2, Math.min(end, comma + 20)));
  return m && dictBits(lex, m[0].replace(/\.$/, '').toLowerCase()) & K.ORG_SUFFIX ? end : comma;
}

/** Appends ORGANIZATION candidates. */
export function findOrganizations(text: string, toks: Token[], mode: 'cased' | 'lower' | 'upper', lex: Lexicon, out: Candidate[]): void {
  const sender = mode === 'lower' ? 0 : notificationSender(text, toks, lex, out);
  // How a name word is written in this text: capitalised, or like every other word.
  const nameShape = mode === 'cased' ? Shape.Cap : mode === 'upper' ? Shape.Upper : Shape.Lower;
  for (let i = sender; i < toks.length; i++) {
    const t = toks[i]!;
    // Every organisation pattern starts at a capitalised word; skipping the others avoids their lookup.
    if (t.embedded || (t.shape === Shape.Lower && mode !== 'lower')) continue;
    const b = t.bits;

    // 1. Legal form / head noun closing a capitalised run: walk left over name words.
    // In lower-case text the legal form itself may be a stop word ("llc", "bank").
    // (In cased text a long ALL-CAPS head is a heading or an acronym, not a name's end.)
    // (in lower-case text "se" and "sa" before another word are words of other languages: "sabe se a", "se fizer", "sa mère")
    if ((b & K.ORG_SUFFIX || centerHead(toks, i, b) || courtOrPoliceHead(toks, i, b, mode) || compoundHead(t, b, mode)) && (capTok(t, mode) || mode === 'lower') && i > 0 && !(t.shape === Shape.Upper && t.low.length > 4 && mode !== 'upper') &&
        // (nor before a capitalised one in a chat written in lower case: Tagalog "padala from Tito Boyet sa Riyadh")
        !(mode === 'lower' && t.end - t.start === 2 && (t.low === 'se' || t.low === 'sa') && i + 1 < toks.length && toks[i + 1]!.gap === Gap.Space && toks[i + 1]!.shape !== Shape.Upper) &&
        // ("used as dictionary keys", "show as Brightline Home": "as" before a word is English; "3 patatas medianas, media
        // cebolla": a legal form that is a common word, before another one, is that word)
        !(mode === 'lower' && t.shape === Shape.Lower && i + 1 < toks.length && toks[i + 1]!.gap === Gap.Space && (t.low === 'as' || (t.dictWord && toks[i + 1]!.shape === Shape.Lower &&
          !(toks[i + 1]!.bits & K.ORG_SUFFIX) && !LINK_WORDS.has(toks[i + 1]!.low)))) &&
        !(t.shape === Shape.Lower && mode !== 'lower' && WEAK_HEADS.test(t.low)) && !((mode === 'lower' || t.shape === Shape.Lower) && t.isIn(TRADES))) {
      // "Ballinasloe, Co. Galway": an Irish county, not a company
      if (t.low === 'co' && codeAt(text, t.end) === 46 && i + 1 < toks.length && toks[i + 1]!.shape === Shape.Cap && codeAt(text, t.end + 1) === 32 && toks[i + 1]!.start === t.end + 2 && !(toks[i + 1]!.bits & K.ORG_SUFFIX)) continue;
      const legal = !HEAD_NOUNS.test(t.low) && !t.isIn(TRADES);
      // A head that comes first in other languages takes the name after it ("Technische Universität München").
      const headFirst = b & K.ORG_HEAD && mode !== 'lower' && t.isIn(HEADS_FIRST) ? headFirstEnd(toks, i, mode) : -1;
      let k = i;
      // A comma joins parts of a firm in a list closed by "and" ("Zieme, Green and Borer LLC") or between
      // surnames ("Hansen Persson, Söderberg AB"), not a person or title before it ("Wanjiru Kamau, Safaricom
      // PLC", "HR Coordinator, Dangote Group").
      let joined = false;
      let place = false;
      while (k - 1 >= 0 && i - (k - 1) <= 5) {
        const p = toks[k - 1]!;
        const cur = toks[k]!;
        const connector = p.low === 'and' || p.low === 'und' || p.low === 'et' || p.low === 'y';
        // (not into an organisation found before: "Charité – Universitätsmedizin Berlin and Karolinska Institutet")
        if (connector && headFirst < 0 && k - 2 >= 0 && capTok(toks[k - 2], mode) && cur.gap === Gap.Space && p.gap === Gap.Space && !orgEndsAt(out, toks[k - 2]!)) { k -= 2; joined = true; continue; }
        // "Lagos University Teaching Hospital", "Nairobi West Hospital": a head noun or compass word inside the name.
        // (and a nationality: "American University of Beirut Medical Center")
        // ("State" and "City" too: "Ohio State University", "Penn State Health", "Auckland City Hospital")
        if (!capTok(p, mode) || (p.bits & K.STOP && !(p.bits & (K.ORG_SUFFIX | K.CITY_PREFIX)) && !(p.shape === Shape.Cap && (NATIONAL.has(p.low) || p.low === 'state' || p.low === 'city'))) || p.bits & (K.GREETING | K.HONORIFIC)) break;
        if (headFirst > 0 && cur.gap === Gap.Comma) break;
        // "La Policía Nacional", "El Hospital Clínic": a sentence's article before a head-first name is not part of it.
        if (headFirst > 0 && k === i && p.end - p.start <= 3 && p.shape === Shape.Cap && p.isIn(HEAD_ARTICLES)) break;
        if (!joinerBetween(text, p, cur) && !saintBefore(text, p, cur)) break;
        if (cur.gap === Gap.Comma && !joined && personOrTitle(toks, k - 1)) break;
        // "Sgt. Wade Burkhalter, Hays County Sheriff’s Office", "Dr Farquhar, Riccarton Medical Practice": a person found before the comma.
        if (cur.gap === Gap.Comma && personEndsAt(out, p)) break;
        // "Counsel: Cody Miller, Miller & Carter LLP": a first name and a surname before the comma are a person.
        if (cur.gap === Gap.Comma && k - 2 >= 0 && p.gap === Gap.Space && (toks[k - 2]!.bits & NAMEY) === K.FIRST && toks[k - 2]!.shape === Shape.Cap) break;
        if (text.charCodeAt(p.end) === 38 || text.charCodeAt(p.end + 1) === 38) joined = true; // "Weber & Söhne"
        // Lower case or ALL CAPS: "study group", "FOOD BANK" are phrases; before a head noun only a name-like word counts.
        // ("NO LEGIT COMPANY DOES THAT": "company" after a common word is a phrase too)
        if (mode !== 'cased' && (!legal || t.low === 'company') && p.dictWord && !(p.bits & (K.LAST | K.FIRST | K.PLACE))) break;
        if (p.bits & K.PLACE) place = true;
        k--;
      }
      if (headFirst > i) {
        out.push({ entity: 'ORGANIZATION', start: toks[k]!.start, end: toks[headFirst]!.end, score: 0.9, recognizer: 'org-head', judge: false });
        i = headFirst;
        continue;
      }
      if (k < i && weakHead(t) && !weakHeadName(toks, k, i)) k = i;
      // a compound head reaches back over a comma or dash to one word only ("Øyvind Brekke, Sentrum Legekontor",
      // "Påmelding – Tromsø Skiklubb"); "Pfeiffer & Kollegen Steuerberatungsgesellschaft" stays whole
      if (k < i && compoundHead(t, b, mode) && /[,–—:\n]/.test(text.slice(toks[k]!.end, t.start))) k = t.gap === Gap.Space ? i - 1 : i;
      // A trade before another capitalised word is inside a title or a product's name ("Ceramic Pour-Over Coffee
      // Dripper"); "VP Engineering" is a job.
      if (k < i && t.isIn(TRADES) && (tradeInTitle(toks, i) || (i - k === 1 && toks[k]!.shape === Shape.Upper && toks[k]!.end - toks[k]!.start <= 2))) k = i;
      // "Metropolitan Police", "Kent Police", but not "Call Police" or "Riot Police": a name or a police kind before it.
      if (k < i && t.low === 'police' && !POLICE_KINDS.test(toks[i - 1]!.low) && !weakHeadName(toks, k, i)) k = i;
      if (k < i) {
        let end = t.end;
        let last = i;
        // "Sony Group Corporation", "Thornbury Capital Partners": more legal forms and heads after the first.
        while (last + 1 < toks.length && toks[last + 1]!.gap === Gap.Space && capTok(toks[last + 1], mode) && toks[last + 1]!.bits & K.ORG_SUFFIX && last - i < 2) last++;
        // "Kilimani Police Station", "Nigeria Police Force": the police force's building or body word belongs to it.
        if (last === i && t.low === 'police' && toks[i + 1]?.gap === Gap.Space && capTok(toks[i + 1], mode) && POLICE_TAILS.test(toks[i + 1]!.low)) last++;
        end = toks[last]!.end;
        const nx = toks[last + 1];
        // "Trinity College Dublin", "University College London": a place right after a head noun belongs to it.
        if (nx && nx.gap === Gap.Space && nx.shape === nameShape && nx.bits & K.PLACE && toks[last]!.bits & K.ORG_HEAD) { end = nx.end; place = true; }
        // "KTH Royal Institute of Technology": a head noun's "of ..." belongs to it.
        else if (toks[last]!.bits & K.ORG_HEAD) { const e = ofTail(toks, last, mode); if (e > last) end = toks[e]!.end; }
        const dotted = dottedAt(text, end, mode !== 'cased');
        if (dotted) end += dotted[0].length;
        else if (codeAt(text, end) === 46 && /^(?:inc|ltd|corp|co)$/.test(toks[last]!.low)) end++;
        // "National Insurance number", "Social Security card": the name of an identifier, not an organisation.
        const nx2 = toks[tokIndexAt(toks, i, end) + 1];
        if (nx2 && nx2.gap === Gap.Space && (nx2.shape === Shape.Lower || mode === 'upper' || (nx2.shape === Shape.Cap && /^(?:number|no|id)$/.test(nx2.low))) && /^(?:number|no|card|id|code|policy|account|premium|premiums|contributions)$/.test(nx2.low) &&
          // (a bank's account or card is still the bank's: "the Capitec Bank account", "your Larkspur Credit Union card")
          !((toks[last]!.low === 'bank' || toks[last]!.isIn(TRADES)) && (nx2.low === 'account' || nx2.low === 'card'))) { i = tokIndexAt(toks, i, end); continue; }
        // "Senior Financial Analyst": a job title, not an organisation.
        if (nx2 && nx2.gap === Gap.Space && nx2.shape !== Shape.Lower && TRADE_WORDS.test(toks[last]!.low) && JOBS.has(nx2.low)) { i = tokIndexAt(toks, i, end); continue; }
        // A place inside the name ("Lagos University Teaching Hospital") must not win over it.
        const score = legal ? 0.9 : place && i - k >= 1 ? 0.9 : 0.8;
        out.push({ entity: 'ORGANIZATION', start: toks[k]!.start, end, score, recognizer: 'org-suffix', judge: false });
        i = Math.max(i, tokIndexAt(toks, i, end));
        continue;
      }
    }

    // 1b. Head-first names of other languages: "Banco Santander", "Universiti Malaya", "Hospital Universitario La Paz".
    if (b & K.ORG_HEAD && mode !== 'lower' && capTok(t, mode) && t.isIn(HEADS_FIRST)) {
      const e = headFirstEnd(toks, i, mode);
      if (e > i) {
        const dotted = dottedAt(text, toks[e]!.end, mode !== 'cased');
        out.push({ entity: 'ORGANIZATION', start: t.start, end: toks[e]!.end + (dotted ? dotted[0].length : 0), score: 0.9, recognizer: 'org-head', judge: false });
        i = e;
        continue;
      }
    }

    // 2. Dotted legal form after a capitalised name: "Bosch S.A.", "Philips N.V.".
    if (capTok(t, mode) && !(b & K.STOP) && !(b & K.DICT && t.sentenceStart) && codeAt(text, t.end) === 32) {
      const dotted = dottedAt(text, t.end, mode !== 'cased');
      if (dotted && !/^,?\s(?:Co\.|Inc\.|Ltd\.|Corp\.)$/.test(dotted[0])) {
        let k = i;
        while (k - 1 >= 0 && i - k < 4 && capTok(toks[k - 1], mode) && toks[k]!.gap === Gap.Space && !(toks[k - 1]!.bits & K.STOP)) k--;
        const end = t.end + dotted[0].length;
        out.push({ entity: 'ORGANIZATION', start: toks[k]!.start, end, score: 0.9, recognizer: 'org-suffix', judge: false });
        i = tokIndexAt(toks, i, end);
        continue;
      }
    }

    // 3. "Bank of Ireland", "University of California, Berkeley".
    if (b & K.ORG_HEAD && (capTok(t, mode) || mode === 'lower')) {
      const of = toks[i + 1];
      let k = i + 2;
      if (of && of.low === 'of' && of.gap === Gap.Space) {
        if (toks[k]?.low === 'the' && toks[k]!.gap === Gap.Space) k++;
        let last = -1;
        while (k < toks.length && k - i < 6 && capTok(toks[k], mode) && toks[k]!.gap === Gap.Space && !(toks[k]!.bits & K.STOP && toks[k]!.low !== 'new')) last = k++;
        if (last > 0) {
          last = atCampus(toks, i, last, mode);
          out.push({ entity: 'ORGANIZATION', start: t.start, end: toks[last]!.end, score: 0.88, recognizer: 'org-head', judge: false });
          i = last;
          continue;
        }
      }
    }

    // 4. Well-known organisations (gazetteer), one or more words.
    if (b & (K.ORG | K.MULTI) && capTok(t, mode)) {
      const len = b & K.MULTI ? multiPhraseAt(toks, i, lex, 'ORG') : 0;
      if (len > 0 || b & K.ORG) {
        let n = Math.max(len, 1);
        const ambiguous = n === 1 && (b & (K.DICT | K.FIRST | K.LAST | K.PLACE)) !== 0;
        // ALL CAPS: "I KNOW WHO YOU ARE" (a stop word); lower case: "const slack = ...", "had to chase it"
        // (a common word or name needs "at" / "from" before it: "an account at chase").
        const skip = n === 1 && ((mode === 'upper' && b & K.STOP) || (mode === 'lower' && ambiguous && !orgCueBefore(toks, i)) ||
          // "Un saludo", "Nato il:": an acronym (UN, NATO) written as a capitalised word at a sentence start is a word
          (t.shape === Shape.Cap && t.end - t.start <= 4 && t.sentenceStart) ||
          // "jai un souci", "nu am decât un măr": a two-letter acronym in lower case is a word of another language
          (t.shape === Shape.Lower && t.end - t.start <= 2) ||
          // "Nato il: 14/02/1963": an acronym written as a capitalised word before a colon's label
          (t.shape === Shape.Cap && t.end - t.start <= 4 && text.charCodeAt(toks[i + 1]?.end ?? 0) === 58 && toks[i + 1]?.shape === Shape.Lower) ||
          // "Medicare card", "NHS No.": the name of an identifier, not the organisation
          idNounAfter(toks, i) ||
          // "Hi Baxter!", "Dear Lloyd,": a greeting names a person
          (i > 0 && t.gap === Gap.Space && toks[i - 1]!.isIn(ADDRESS_GREETINGS)) ||
          (CHANNELS.has(t.low) && channelUse(text, toks, i, mode)) ||
          // "Debit Mastercard", "Paid with Visa 4799...": a card network naming a card, not a company
          (CARD_NETWORKS.has(t.low) && cardUse(text, toks, i)));
        if (!skip && (!ambiguous || (!t.sentenceStart))) {
          // "Sony Group Corporation": legal forms and heads after a known name belong to it.
          while (i + n < toks.length && n < len + 3 && toks[i + n]!.gap === Gap.Space && capTok(toks[i + n], mode) && toks[i + n]!.shape !== Shape.Lower && toks[i + n]!.bits & K.ORG_SUFFIX) n++;
          out.push({ entity: 'ORGANIZATION', start: t.start, end: toks[i + n - 1]!.end, score: ambiguous && n === 1 ? 0.6 : 0.85, recognizer: 'org-gazetteer', judge: false });
          i += n - 1;
          continue;
        }
      }
    }

    // 5. Firm names built from surnames: "Schmidt, Weber and Koch", "Baker & McKenzie", "Peixoto e Barbosa".
    // In lower-case or ALL-CAPS text the shape says nothing, so every part must be a known surname.
    if (surnameLike(t, mode)) {
      const end = firmEnd(text, toks, i, mode);
      if (end > i) {
        let e = toks[end]!.end;
        const dotted = dottedAt(text, e, mode !== 'cased');
        if (dotted) e += dotted[0].length;
        out.push({ entity: 'ORGANIZATION', start: t.start, end: e, score: 0.88, recognizer: 'org-firm', judge: false });
        i = end;
        continue;
      }
    }
    // "Rigshospitalet", "Brøndby Svømmeklub", "Oslo universitetssykehus", "HUS Meilahden sairaala": a Nordic or German
    // compound that ends in an institution word, itself capitalised or in lower case after the name's capitalised words.
    // (also a capitalised one in a text written mostly in lower case)
    if (mode === 'cased' || (mode === 'lower' && t.shape === Shape.Cap)) {
      const e = institutionCompoundEnd(toks, i);
      if (e >= i) {
        let k = i;
        while (k > 0 && i - k < 2 && toks[k]!.gap === Gap.Space && capTok(toks[k - 1], mode) && !(toks[k - 1]!.bits & (K.STOP | K.HONORIFIC | K.GREETING))) k--;
        out.push({ entity: 'ORGANIZATION', start: toks[k]!.start, end: toks[e]!.end, score: 0.85, recognizer: 'org-head', judge: false });
        i = e;
        continue;
      }
    }
    // "Zahnarztpraxis am Markt", "Huisartsenpraktijk De Linde": a compound head, then the name.
    if (b === 0 && t.shape === Shape.Cap && t.end - t.start >= 9 && COMPOUND_HEAD.test(t.low)) {
      const e = compoundHeadEnd(toks, i);
      if (e > i) {
        out.push({ entity: 'ORGANIZATION', start: t.start, end: toks[e]!.end, score: 0.85, recognizer: 'org-head', judge: false });
        i = e;
        continue;
      }
    }
    // "Employer: IIT Bombay": the value of an organisation field (the label starts its line).
    // (or after a bar: "Seattle, WA 98103 | Employer: IIT Bombay")
    // ("Assureur : MAIF"; "Previous employer: ...": one word before the label)
    if (t.gap === Gap.Other && i > 0 && (text.charCodeAt(toks[i - 1]!.end) === 58 || (text.charCodeAt(toks[i - 1]!.end) === 32 && text.charCodeAt(toks[i - 1]!.end + 1) === 58)) &&
      (toks[i - 1]!.sentenceStart || text.charCodeAt(toks[i - 1]!.start - 2) === 124 || (toks[i - 1]!.gap === Gap.Space && toks[i - 2]?.sentenceStart)) && (t.shape === Shape.Cap || t.shape === Shape.Upper)) {
      const e = labelledOrgEnd(text, toks, i);
      if (e >= i) {
        out.push({ entity: 'ORGANIZATION', start: t.start, end: toks[e]!.end, score: 0.85, recognizer: 'org-label', judge: false });
        i = e;
        continue;
      }
    }
    // "> Kestrel Analytics | (11) 95867-2504", "Pharmaprix · 1161 Robson Street": a name alone at the start of a
    // line before a phone number or an address (a signature or a letterhead).
    if (t.sentenceStart && t.shape === Shape.Cap && lineStart(text, t.start)) {
      const e = letterheadEnd(text, toks, i);
      if (e >= i) {
        out.push({ entity: 'ORGANIZATION', start: t.start, end: toks[e]!.end, score: 0.7, recognizer: 'org-label', judge: false });
        i = e;
        continue;
      }
    }
    // "Insurer Cover-More.", "Seguradora Porto Seguro", "Agence Foncia": an organisation's kind written right before
    // its name, without a colon (the label rule above needs one).
    if (t.shape === Shape.Cap && i > 0 && t.gap === Gap.Space && !(b & K.STOP) && cueNounBefore(toks[i - 1]!)) {
      const e = orgWordsEnd(text, toks, i);
      out.push({ entity: 'ORGANIZATION', start: t.start, end: toks[e]!.end, score: 0.8, recognizer: 'org-label', judge: false });
      i = e;
      continue;
    }
    // "works at Halvorsen Kitchens", "your Freshmart order", "Employees of Marlowe Dynamics": capitalised words that
    // the words around them mark as a business (a capitalised word of a text in lower case too: "frank now works at Tallowmere").
    if (mode !== 'upper' && t.shape === Shape.Cap && !(b & (K.STOP | K.HONORIFIC | K.GREETING | K.ROLE))) {
      const e = contextOrgEnd(toks, i);
      if (e >= i) {
        // (above a place cue's 0.75, in the scoring steps of 0.1: "works at X" says what X is; all-place names are no business here, see contextOrgEnd)
        out.push({ entity: 'ORGANIZATION', start: t.start, end: toks[e]!.end, score: 0.85, recognizer: 'org-context', judge: false });
        i = e;
        continue;
      }
    }
    // "the FTC", "at KTH", "by the DVLA", "ANZ customers": an unknown acronym that the context marks as an organisation.
    if (t.shape === Shape.Upper && mode === 'cased' && t.end - t.start >= 2 && t.end - t.start <= 6 && !(b & (K.PLACE | K.COUNTRY | K.STOP | K.HONORIFIC | K.ORG_SUFFIX)) && acronymOrg(text, toks, i)) {
      out.push({ entity: 'ORGANIZATION', start: t.start, end: t.end, score: 0.75, recognizer: 'org-acronym', judge: false });
      continue;
    }
    // (a stop word too: "World Health Organization (WHO)")
    if (t.shape === Shape.Upper && mode === 'cased' && t.end - t.start >= 2 && t.end - t.start <= 6 && bracketedAcronym(text, t, out)) {
      out.push({ entity: 'ORGANIZATION', start: t.start, end: t.end, score: 0.75, recognizer: 'org-acronym', judge: false });
      continue;
    }
    const capital = t.shape === Shape.Cap && t.end - t.start > 1;
    if ((b & K.LAST || (capital && text.startsWith(' & ', t.end))) && (capital || t.shape === nameShape) && !(b & K.STOP)) {
      const u = toks[i + 1];
      // (not two people: "Trevor & Aoife invite you"; not a street corner: "Sunset Blvd & N Vine St")
      if (u && !(u.bits & K.STOP) && (capital ? u.shape === Shape.Cap && u.end - u.start > 1 : u.shape === nameShape && u.bits & K.LAST) && !((t.bits & NAMEY) === K.FIRST || (u.bits & NAMEY) === K.FIRST)) {
        if (gapIs(text, t.end, u.start, ' & ') || (gapIs(text, t.end, u.start, ' - ') && u.bits & K.LAST)) {
          out.push({ entity: 'ORGANIZATION', start: t.start, end: u.end, score: 0.85, recognizer: 'org-firm', judge: false });
          i++;
          continue;
        }
        if (gapIs(text, t.end, u.start, ', ')) {
          const and = toks[i + 2];
          const w = toks[i + 3];
          if (and && w && (and.low === 'and' || and.low === 'und' || and.low === 'et' || and.low === '&' || and.low === 'y') && (w.shape === Shape.Cap || w.shape === nameShape) && w.bits & K.LAST && and.gap === Gap.Space && w.gap === Gap.Space) {
            out.push({ entity: 'ORGANIZATION', start: t.start, end: w.end, score: 0.7, recognizer: 'org-firm', judge: false });
            i += 3;
            continue;
          }
        }
      }
    }
  }
  if (mode === 'cased' && text.indexOf(' & ') >= 0) ampersandFirms(text, toks, out);
}

/**
 * A firm-name part: a capitalised surname-like word (may be hyphenated); in
 * lower-case or ALL-CAPS text, a word written like the rest that the lexicon
 * knows as a surname.
 */
function surnameLike(t: Token | undefined, mode: 'cased' | 'lower' | 'upper'): t is Token {
  if (!t || t.embedded) return false;
  // A capitalised word is evidence in any text (chat logs are often mostly lower case).
  if (t.shape === Shape.Cap && t.end - t.start > 1) return !(t.bits & K.STOP) && ((t.bits & K.LAST) !== 0 || (t.bits & (K.FIRST | K.DICT)) === 0);
  // (shape before bits: in cased text most words are lower case, and need no lookup here)
  return mode !== 'cased' && t.shape === (mode === 'upper' ? Shape.Upper : Shape.Lower) && !(t.bits & K.STOP) && (t.bits & K.LAST) !== 0 && !t.dictWord;
}

const FOREIGN_AND = new Set(FIRM_FOREIGN_AND);
const FAMILY = new Set(['sons', 'figli', 'fils', 'hijos', 'filhos', 'söhne', 'zonen', 'brothers', 'partners', 'associates', 'co', 'zoon', 'zn']);

/** A part of a firm name is one or two surname-like words ("Parra Mora", "Sauer-Hackett"): its last token, or -1. */
function firmPart(toks: Token[], k: number, mode: 'cased' | 'lower' | 'upper'): number {
  if (!surnameLike(toks[k], mode)) return -1;
  const u = toks[k + 1];
  return u && u.gap === Gap.Space && surnameLike(u, mode) ? k + 1 : k;
}

/**
 * Index of the last token of a firm name starting at token i ("Fraga e Domingues",
 * "Zieme, Green and Borer-Thompson", "Comito, Parente e Medugno e figli"), or -1.
 * English "and" between two names only counts in a comma list or before "Sons"/"Co":
 * "Emma and Noah" are two people.
 */
function firmEnd(text: string, toks: Token[], i: number, mode: 'cased' | 'lower' | 'upper'): number {
  let k = firmPart(toks, i, mode);
  if (k < 0) return -1;
  let commas = 0;
  while (commas < 3 && toks[k + 1]?.gap === Gap.Comma && gapIs(text, toks[k]!.end, toks[k + 1]!.start, ', ')) {
    const e = firmPart(toks, k + 1, mode);
    if (e < 0) break;
    k = e;
    commas++;
  }
  const and = toks[k + 1];
  const w = toks[k + 2];
  // The joiner is written like ordinary words: lower case, or capitals in ALL-CAPS text ("E", "UND").
  const joinerShape = mode !== 'upper' ? and?.shape === Shape.Lower : and?.shape === Shape.Upper || and?.shape === Shape.Cap;
  if (!and || !w || and.gap !== Gap.Space || w.gap !== Gap.Space || !joinerShape) return -1;
  const at = and.tags;
  const foreign = (at & T.FOREIGN_AND) !== 0;
  if (!foreign && !(at & T.AND)) return -1;
  if (FAMILY.has(w.low)) return k + 2;
  const last = firmPart(toks, k + 2, mode);
  if (last < 0) return -1;
  if (!foreign && commas === 0) return -1;
  // "Francesca Barbieri e Tommaso Galli": a given name and a surname after the joiner are a person, and so is what
  // comes before it ("Peixoto e Barbosa" joins surnames alone).
  if (commas === 0 && last === k + 3 && toks[k + 2]!.bits & K.FIRST && toks[k + 2]!.bits & K.NAME_REAL) return -1;
  // "Kubernetes, Terraform and GitHub" is a list of products: firms are built from surnames.
  let surnames = 0;
  for (let q = i; q <= last; q++) if (toks[q]!.bits & K.LAST || text.slice(toks[q]!.start, toks[q]!.end).includes('-')) surnames++;
  if (surnames < 2) return -1;
  let end = last;
  const and2 = toks[end + 1];
  const fam = toks[end + 2];
  if (and2 && fam && FOREIGN_AND.has(and2.low) && FAMILY.has(fam.low) && and2.gap === Gap.Space && fam.gap === Gap.Space) end += 2;
  // "... y Rivero Escobedo Asociados", "... e Medugno S.p.A.": a trailing legal word belongs to the firm.
  const legal = toks[end + 1];
  if (legal && legal.gap === Gap.Space && legal.bits & K.ORG_SUFFIX && (legal.shape !== Shape.Lower || mode === 'lower')) end++;
  return end;
}

const NAMEY = K.FIRST | K.LAST;

/** Whether the words [k, i) before a weak head name something (see {@link WEAK_HEADS}). */
function weakHeadName(toks: Token[], k: number, i: number): boolean {
  const head = toks[i]!.low;
  if ((head === 'office' || head === 'service') && i - k < 2) return false;
  // "Harvest Plains Credit Union": a credit union takes any capitalised words before it
  if (head === 'union' && i - k >= 2 && toks[i - 1]!.low === 'credit') return true;
  for (let q = k; q < i; q++) {
    const w = toks[q]!;
    if (!w.dictWord || w.bits & (K.PLACE | K.COUNTRY) || NATIONAL.has(w.low)) return true;
  }
  return false;
}

/** Malay and Indonesian heads named head-first (all in words.ts ORG_HEADS_FIRST), after which "di" is "in" (see headFirstEnd). */
const MALAY_HEADS = wordSet(['kedai', 'warung', 'toko', 'majlis', 'hospital', 'universitas', 'universiti', 'bank']);

/** Greetings that address a person ("Hi Baxter!"), unlike thanks ("Thanks Deloitte"). */
const ADDRESS_GREETINGS = wordSet(['hi', 'hey', 'hello', 'hiya', 'dear', 'yo', 'hallo', 'hola', 'ciao', 'bonjour', 'salut', 'hej', 'kedves', 'estimado', 'estimada', 'caro', 'cara', 'liebe', 'lieber']);

/** Token i is followed by a capitalised word that is no head or legal form. */
function tradeInTitle(toks: Token[], i: number): boolean {
  const nx = toks[i + 1];
  return !!nx && nx.gap === Gap.Space && nx.shape === Shape.Cap && !(nx.bits & K.ORG_SUFFIX);
}

/** "Medicare card", "NHS No. 123", "Aadhaar number": an identifier's name right after token i. */
function idNounAfter(toks: Token[], i: number): boolean {
  const nx = toks[i + 1];
  if (!nx || nx.gap !== Gap.Space || nx.end - nx.start > 6) return false;
  const w = nx.low;
  return w === 'card' || w === 'number' || w === 'no' || w === 'id' || w === 'nr';
}

/** Card networks: mostly the kind of a card ("Visa ending 4402"). */
const CARD_NETWORKS = new Set(['visa', 'mastercard', 'amex', 'maestro', 'discover', 'rupay', 'elo', 'unionpay']);

/** The card network at i names a card: after debit/credit/with/by/via, or before digits, "ending", "card". */
function cardUse(text: string, toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  if (p && /^(?:debit|credit|with|by|via|using|prepaid|business|gold|platinum)$/.test(p.low)) return true;
  const c = text.charCodeAt(toks[i]!.end + 1);
  if (c >= 48 && c <= 57) return true;
  const nx = toks[i + 1];
  return !!nx && nx.gap === Gap.Space && /^(?:ending|card|cards|debit|credit|x+)$/.test(nx.low);
}

/** A platform named as the channel of a message: "[WhatsApp]", "WhatsApp:", "via LinkedIn", or in lower-case chat. */
function channelUse(text: string, toks: Token[], i: number, mode: 'cased' | 'lower' | 'upper'): boolean {
  const t = toks[i]!;
  if (mode === 'lower' || text.charCodeAt(t.start - 1) === 91 || text.charCodeAt(t.end) === 58 || text.charCodeAt(t.end) === 93 || text.charCodeAt(t.start - 1) === 47) return true;
  const p = toks[i - 1];
  return !!p && t.gap === Gap.Space && (p.low === 'via' || p.low === 'on' || p.low === 'call');
}

/**
 * Institution words that end Nordic, Finnish and German compounds or follow a capitalised name in lower case
 * ("Rigshospitalet", "Universitetssjukhuset", "Svømmeklub", "Bislett legesenter", "Meilahden sairaala").
 */
const INSTITUTION_WORDS = ['sykehus', 'sykehuset', 'sjukhus', 'sjukhuset', 'sygehus', 'sygehuset', 'hospitalet', 'klinikken', 'legesenter', 'legekontor',
  'vårdcentral', 'vårdcentralen', 'sairaala', 'terveyskeskus', 'yliopisto', 'universitet', 'universitetet', 'gymnasiet', 'klub', 'klubb', 'kluben', 'klubben',
  'idrettslag', 'idrottsförening', 'fotball', 'fotboll'];
/** {@link INSTITUTION_WORDS} by their last letter (all ASCII): most words end in a letter none of them ends in, or match none of the few that do. */
const INSTITUTION_BY_LAST: string[][] = (() => {
  const t: string[][] = Array.from({ length: 128 }, () => []);
  for (const w of INSTITUTION_WORDS) t[w.charCodeAt(w.length - 1)]!.push(w);
  return t;
})();

/** Length of the longest institution word the lower-cased token ends with ("Rigshospitalet": 10), or 0. */
function institutionEnd(t: Token): number {
  const last = t.lastLowUnit();
  const words = last < 128 ? INSTITUTION_BY_LAST[last]! : [];
  let best = 0;
  for (const w of words) if (w.length > best && t.lowEndsWith(w)) best = w.length;
  return best;
}

/**
 * Token i is a capitalised compound ending in an institution word ("Rigshospitalet"), or a capitalised word before
 * such a word in lower case ("Oslo universitetssykehus"): the last token of the name, or -1.
 */
function institutionCompoundEnd(toks: Token[], i: number): number {
  const t = toks[i]!;
  if (t.shape !== Shape.Cap && t.shape !== Shape.Upper) return -1;
  const u = toks[i + 1];
  if (u && u.gap === Gap.Space && u.shape === Shape.Lower && u.end - u.start >= 7 && !u.embedded && institutionEnd(u) > 0) return i + 1;
  // "Fakultní nemocnice Brno", "Klinikum rechts der Isar" aside: a head of another language in lower case after a
  // capitalised adjective, and the town after it ("Fakultní nemocnice Brno"). English heads ("Oxford university") do not count.
  // (the small word table first: the lexicon lookup behind `dictWord` would run for every long lower-case word after a capital)
  if (u && u.gap === Gap.Space && u.shape === Shape.Lower && u.end - u.start >= 5 && !u.embedded && u.isIn(HEADS_FIRST) && !u.dictWord && u.bits & K.ORG_HEAD) {
    const p = toks[i + 2];
    return p && p.gap === Gap.Space && p.shape === Shape.Cap && p.bits & K.PLACE ? i + 2 : i + 1;
  }
  // (a compound: longer than the institution word itself, which alone is a plain noun)
  if (t.shape === Shape.Cap && t.end - t.start >= 9 && !(t.bits & (K.STOP | K.NAME_REAL)) && !t.embedded) {
    const m = institutionEnd(t);
    if (m > 0 && m < t.end - t.start - 2) return i;
    // "Kreissparkasse Heilbronn", "Arbeiterkammer Wien", "Landeskriminalamt Hamburg": a German public body or bank
    // named by a compound and its town
    if (u && u.gap === Gap.Space && u.shape === Shape.Cap && u.bits & K.PLACE && GERMAN_BODY_END.test(t.low)) return i + 1;
  }
  return -1;
}

/** Words that may follow an organisation's name in lower-case text ("acme media in london", "nordwind logistics and co"). */
const LINK_WORDS = new Set(['in', 'at', 'on', 'of', 'and', 'for', 'to', 'from', 'with', 'by', 'is', 'was', 'has', 'said', 'team']);

/** German compounds that name a public body, chamber, court or savings bank: with their town they are one organisation. */
const GERMAN_BODY_END = /(?:sparkasse|kasse|kammer|amt|behörde|gericht|verband|versicherung|stadtwerke|verkehrsbetriebe)$/;

/** Articles of the languages whose organisations are named head-first. */
const HEAD_ARTICLES = wordSet(['la', 'el', 'le', 'les', 'los', 'las', 'il', 'lo', 'der', 'die', 'das', 'de', 'het', 'o', 'a', 'os', 'as', 'l']);
/** Lower-case words that join a head-first name to the rest, besides the name particles ("zur Post", "i Bergen", "för Teknik"). */
const HEAD_LINKS = new Set(['zur', 'zum', 'im', 'am', 'an', 'i', 'på', 'för', 'für', 'des', 'du', 'del', 'dei', 'la', 'y', 'e', 'et', 'og', 'och']);

/** After a compound head at i: capitalised words, with "am", "de"... before them; the last token, or -1. */
function compoundHeadEnd(toks: Token[], i: number): number {
  let e = i;
  while (e + 1 < toks.length && e - i < 3) {
    const v = toks[e + 1]!;
    if (v.gap !== Gap.Space || v.embedded) break;
    if (v.shape === Shape.Cap && v.end - v.start > 1 && !(v.bits & K.STOP && !(v.bits & K.PARTICLE))) { e++; continue; }
    const w = toks[e + 2];
    if (v.shape === Shape.Lower && COMPOUND_PARTICLES.has(v.low) && w && w.gap === Gap.Space && w.shape === Shape.Cap) { e += 2; continue; }
    break;
  }
  return e > i ? e : -1;
}

/** Whether `at` starts a line (or a quoted line: "> "). */
function lineStart(text: string, at: number): boolean {
  let k = at - 1;
  if (codeAt(text, k) === 32 && codeAt(text, k - 1) === 62) k -= 2;
  return k < 0 || codeAt(text, k) === 10;
}

/**
 * After a field label such as "Employer:" (token i - 1): the capitalised name up to the end of the value
 * ("IIT Bombay", "St Thomas' Hospital", "Habitat for Humanity"). Returns the last token, or -1.
 */
function labelledOrgEnd(text: string, toks: Token[], i: number): number {
  const label = toks[i - 1]!;
  if (label.end - label.start > 12 || !ORG_LABELS.has(label.low)) return -1;
  for (let k = label.end + 1; k < toks[i]!.start; k++) if (text.charCodeAt(k) !== 32 && !(k === label.end + 1 && text.charCodeAt(k) === 58)) return -1;
  return orgWordsEnd(text, toks, i);
}

/** Capitalised words from token i, with "of", "for", "the", "&", "de" and "'" between them; the last token. */
function orgWordsEnd(text: string, toks: Token[], i: number): number {
  let e = i;
  while (e + 1 < toks.length && e - i < 5) {
    const v = toks[e + 1]!;
    if (v.embedded) break;
    const joined = v.gap === Gap.Space || gapIs(text, toks[e]!.end, v.start, ' & ') || gapIs(text, toks[e]!.end, v.start, "' ") || gapIs(text, toks[e]!.end, v.start, '’ ');
    if (!joined) break;
    if (v.shape === Shape.Cap || v.shape === Shape.Upper) { e++; continue; }
    const w = toks[e + 2];
    if (v.shape === Shape.Lower && v.end - v.start <= 3 && (v.lowEquals('of') || v.lowEquals('for') || v.lowEquals('the') || v.lowEquals('de') || v.lowEquals('and')) && w && w.gap === Gap.Space && (w.shape === Shape.Cap || w.shape === Shape.Upper)) { e += 2; continue; }
    break;
  }
  return e;
}

/**
 * A letterhead or signature line: capitalised words from token i, then " | " or " · " and a phone number or
 * house number. Not a person ("Rahul Mukherjee | +91 ..."), a job title or a lone common word. Returns the last token, or -1.
 */
function letterheadEnd(text: string, toks: Token[], i: number): number {
  const e = orgWordsEnd(text, toks, i);
  const end = toks[e]!.end;
  const sep = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || (sep !== 124 && sep !== 183) || text.charCodeAt(end + 2) !== 32) return -1;
  const c = text.charCodeAt(end + 3);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 40)) return -1;
  const t = toks[i]!;
  if (t.bits & (K.FIRST | K.STOP | K.HONORIFIC | K.ROLE) || JOBS.has(toks[e]!.low)) return -1;
  let named = false;
  for (let q = i; q <= e; q++) if (!toks[q]!.dictWord || toks[q]!.shape === Shape.Lower) named = true;
  return named ? e : -1;
}

/** Nouns after a business's name: its orders, accounts, shops, staff and statements ("your Freshmart order"). */
// (not "branch", "store" or "account": "HDFC Bank, Koramangala branch", "the Chadstone store", "Ethereum account")
const ORG_AFTER = wordSet(['order', 'orders', 'headquarters', 'hq', 'spokesperson', 'spokesman', 'spokeswoman', 'employees', 'staff', 'customers', 'clients', 'subscription',
  'invoice', 'bill', 'shares', 'careers', 'recruiter', 'rider', 'courier', 'loyalty', 'refund', 'parcel', 'helpdesk', 'hotline',
  'team', 'shareholders', 'franchise', 'storefront', 'checkout', 'driver']);
/** Words before "at"/"for"/"by"/"with"/"from"/"of"/"to" that make the next capitalised words a business ("works at"). */
const ORG_BEFORE: Record<string, Set<string>> = {
  at: new Set(['works', 'work', 'worked', 'working', 'employed', 'intern', 'interning', 'internship', 'job', 'shop', 'shopping', 'shopped', 'position', 'role', 'career']),
  for: new Set(['works', 'work', 'worked', 'working']),
  by: new Set(['employed', 'acquired', 'charged', 'billed', 'hired']),
  with: new Set(['bank', 'banks', 'banking', 'banked', 'partnered', 'employed', 'insured']),
  from: new Set(['ordered', 'order', 'bought', 'purchased', 'bill', 'invoice', 'refund', 'parcel', 'package', 'delivery', 'offer', 'statement']),
  of: new Set(['employees', 'employee', 'staff', 'customer', 'customers', 'client', 'clients', 'ceo', 'cfo', 'founder', 'co-founder', 'cofounder', 'owner', 'shareholders']),
  to: new Set(['subscription', 'subscribed']),
};

/**
 * The last token of a business named by its context ({@link ORG_AFTER}, {@link ORG_BEFORE}, "joined"), or -1: one to
 * three capitalised words, one of them no common word, that are no person ("works for Maria Santos"), place or channel.
 */
function contextOrgEnd(toks: Token[], i: number): number {
  const first = toks[i]!;
  // a person ("works for Maria Santos", "joined Priya"): the commonest capitalised word stops here
  if (first.bits & K.FIRST && !(first.bits & (K.LAST | K.ORG))) return -1;
  // (shapes first, the lexicon only once a cue is found)
  let e = i;
  while (e + 1 < toks.length && e - i < 2 && toks[e + 1]!.gap === Gap.Space && toks[e + 1]!.shape === Shape.Cap && !toks[e + 1]!.embedded) e++;
  const nx = toks[e + 1];
  const nl = nx ? nx.end - nx.start : 0;
  let cued = nl >= 2 && nl <= 12 && nx!.gap === Gap.Space && nx!.shape === Shape.Lower && nx!.isIn(ORG_AFTER);
  if (!cued) {
    const p = toks[i - 1];
    const p2 = toks[i - 2];
    const pl = p ? p.end - p.start : 0;
    if (p && (pl <= 4 || pl === 6) && toks[i]!.gap === Gap.Space && p.shape === Shape.Lower) {
      if (p.low === 'joined') cued = true;
      else if (p2 && p.gap === Gap.Space && ORG_BEFORE[p.low]?.has(p2.low)) cued = true;
    }
  }
  if (!cued) return -1;
  for (let q = i + 1; q <= e; q++) if (toks[q]!.bits & (K.STOP | K.ROLE)) return -1;
  // ("Added Kubernetes support": a sentence's first word; "Belgian account": a nationality)
  if ((first.sentenceStart && first.dictWord) || NATIONAL.has(first.low)) return -1;
  // a word no dictionary holds among them; not all places ("works at Heathrow"); no channel or card network
  let named = false;
  let places = 0;
  for (let q = i; q <= e; q++) {
    const w = toks[q]!;
    if (w.embedded || CHANNELS.has(w.low) || CARD_NETWORKS.has(w.low)) return -1;
    if (!w.dictWord) named = true;
    if (w.bits & (K.PLACE | K.COUNTRY)) places++;
  }
  if (!named || places === e - i + 1) return -1;
  return e;
}

/**
 * "Orrin & Wexley", "Harlow & Quince", "Calder & Finch", "Marigold & Thyme": two capitalised words joined by " & " and
 * nothing capitalised after them name a firm or a shop; not two given names ("Rita & Duarte"), a greeting ("Thanks &
 * Regards"), a stop word ("Caffeine & You") or two plain words of a heading ("People & Culture", "Home & Contents").
 */
function ampersandFirms(text: string, toks: Token[], out: Candidate[]): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    if (a.shape !== Shape.Cap || b.shape !== Shape.Cap || b.start - a.end !== 3 || !gapIs(text, a.end, b.start, ' & ')) continue;
    const after = toks[i + 2];
    if (after && after.gap === Gap.Space && (after.shape === Shape.Cap || after.shape === Shape.Upper)) continue;
    const before = toks[i - 1];
    if (before && a.gap === Gap.Space && before.shape === Shape.Cap) continue;
    if (a.embedded || b.embedded || codeAt(text, b.end) === 39 || codeAt(text, b.end) === 0x2019) continue;
    const ba = a.bits;
    const bb = b.bits;
    if ((ba | bb) & (K.STOP | K.GREETING | K.HONORIFIC | K.ORG_SUFFIX)) continue;
    if (ba & K.FIRST && bb & K.FIRST) continue;
    if (a.dictWord && b.dictWord && !(ba & (K.FIRST | K.LAST | K.PLACE)) && !(bb & (K.FIRST | K.LAST | K.PLACE)) && (a.sentenceStart || codeAt(text, b.end) !== 32)) continue;
    out.push({ entity: 'ORGANIZATION', start: a.start, end: b.end, score: 0.86, recognizer: 'org-firm', judge: false });
    i++;
  }
}

/** A person candidate the names pass found ends at token t. */
function personEndsAt(out: Candidate[], t: Token): boolean {
  for (let q = out.length - 1; q >= 0; q--) {
    const c = out[q]!;
    if (c.entity === 'PERSON' && c.end === t.end && c.score >= 0.85) return true;
  }
  return false;
}

/** The last organisation found covers token `t`. */
function orgEndsAt(out: Candidate[], t: Token): boolean {
  const c = out[out.length - 1];
  return !!c && c.entity === 'ORGANIZATION' && c.end >= t.end && c.start <= t.start;
}

/** Token q, with the word before it, is a person's name or a job title: a first name that is no surname, or a common word. */
function personOrTitle(toks: Token[], q: number): boolean {
  const p = toks[q]!;
  const p2 = toks[q - 1];
  const firstOnly = (t: Token): boolean => (t.bits & (K.FIRST | K.LAST)) === K.FIRST;
  return p.dictWord || firstOnly(p) || (!!p2 && p.gap === Gap.Space && (firstOnly(p2) || p2.dictWord));
}

/** "at" / "from" right before token i ("an account at chase", "bought it from target"). */
function orgCueBefore(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && toks[i]!.gap === Gap.Space && ((p.tags & T.IN_AT) !== 0 || ((p.tags & T.TO_FROM) !== 0 && p.low === 'from'));
}

/** "St. James's Hospital", "Mt. Sinai Hospital": an abbreviated saint before a name. */
function saintBefore(text: string, p: Token, cur: Token): boolean {
  return p.end - p.start === 2 && gapIs(text, p.end, cur.start, '. ') && (p.low === 'st' || p.low === 'mt');
}

/**
 * Heads inside a compound word of the Nordic, German, Dutch and Finnish languages, closing a name ("Tromsø
 * Skiklubb", "Sentrum Legekontor", "Odense Roklub", "Kempeleen terveysasema"): the lists hold the plain heads
 * ("klubb", "bank"), not every compound made with them. A word the lists do not know, longer than its head.
 */
const CLOSING_COMPOUND_HEAD = /.{2}(?:klubb?|kontor|s[ae]nter|centrum|sentralen|sjukehus|sykehus|sjukhus|sygehus|f[oö]rening(?:en)?|verein|klinikk|zentrum|apotek(?:et)?|skolan?|skole|akademi|institutt?|universitet|h[öø]gsk[oa]l[ae]|sairaala|yliopisto|terveysasema|seura|banken|versicherung|gesellschaft|bryggeri|bageri|bakeri|ziekenhuis|vereniging)$/;

function compoundHead(t: Token, b: number, mode: 'cased' | 'lower' | 'upper'): boolean {
  return b === 0 && mode === 'cased' && t.shape === Shape.Cap && !t.dictWord && t.end - t.start >= 7 && CLOSING_COMPOUND_HEAD.test(t.low);
}

/** "Medical Center" / "Health Centre" closing a name (a street word otherwise: "Lincoln Center"). */
function centerHead(toks: Token[], i: number, b: number): boolean {
  if (!(b & K.STREET) || toks[i]!.end - toks[i]!.start !== 6 || i < 2) return false;
  const w = toks[i]!.low;
  const p = toks[i - 1]!;
  return (w === 'center' || w === 'centre') && p.gap === Gap.Space && toks[i]!.gap === Gap.Space && CENTER_KINDS.test(p.low);
}

/**
 * "District Court", "Magistrates' Court" closing a name (a street word otherwise: "Maple Court"), and "Police"
 * after a name ("Kent Police"; see {@link POLICE_KINDS}). Capitalised only: "the police", "a court" are words.
 */
function courtOrPoliceHead(toks: Token[], i: number, b: number, mode: 'cased' | 'lower' | 'upper'): boolean {
  const t = toks[i]!;
  const n = t.end - t.start;
  if (mode === 'lower' || i < 1 || (n !== 5 && n !== 6)) return false;
  // (the lexicon bits first: "court" is a street word, "police" a town in Poland; most words stop here)
  if (b & K.STREET) return n === 5 && t.low === 'court' && COURT_KINDS.test(toks[i - 1]!.low) && !appearAt(toks, i);
  return (b & K.PLACE) !== 0 && n === 6 && t.low === 'police' && t.gap !== Gap.Break;
}

/**
 * Acronyms that are no organisation: documents and identifiers, units, currencies, job titles, departments,
 * file formats and everyday technical words ("the PDF", "at EOD", "with the CEO", "for HR", "a new SSN").
 */
const NOT_ORG_ACRONYMS = wordSet(('ssn sin nin nie nif nhs dl id ids iban bic swift vat gst tin pan ein itin dob pin otp sms mms pdf doc docx csv xls xlsx jpg png gif ' +
  'zip txt xml json html css url uri api sdk ui ux ip tcp udp dns vpn ssl tls ssh ftp http https usb hdmi cpu gpu ram ssd hdd os ios pc mac tv dvd cd gps ' +
  'ceo cfo cto coo cio cmo cso vp svp evp md gm hr it qa pr ops rnd pa ea pm am cv mba phd bsc msc ba ma llb md rn np gp er icu or ' +
  'eta etd eod cob asap faq fyi tbd tba aka rsvp ps nb re fw fwd cc bcc atm pos pto ooo wfh roi kpi okr sla nda rfp rfq po sku ' +
  'usd eur gbp jpy cny inr ngn kes zar aud cad chf sek nok dkk pln try brl mxn php idr krw aed sar btc eth usdt ' +
  'km kg mg ml mb gb tb kb kw kwh mph kmh ft lb lbs oz cm mm hz ghz mhz ac dc ' +
  'am pm utc gmt est pst cet cest bst ist edt pdt ' +
  'mon tue wed thu fri sat sun jan feb mar apr may jun jul aug sep sept oct nov dec ' +
  'ok lol omg btw imo tbh idk dm dms ai ml llm nlp ar vr iot saas crm erp cms seo ' +
  'covid hiv aids adhd mri ct ecg ekg bp dna rna uti copd std ' +
  'uk us usa eu uae ' +
  'mr mrs ms dr st rd ave blvd apt ste po no nr ref tel fax mob ' +
  // payment rails ("Pay by ACH", "via SEPA")
  'ach sepa bacs chaps eft neft rtgs imps upi pix spei wire').split(' '));

/** Words after an acronym that show an organisation ("ANZ customers", "KTH staff", "the FTC said"). */
const ACRONYM_AFTER = wordSet(['customers', 'customer', 'clients', 'employees', 'employee', 'staff', 'branch', 'branches', 'headquarters', 'spokesperson', 'spokesman', 'spokeswoman', 'officials', 'announced', 'confirmed', 'fined', 'ruled', 'approved', 'rejected', 'investigated', 'said', 'says', 'stated', 'issued', 'sent', 'requires', 'reported']);
/** Function words after an acronym that leave it a noun: "at EPFL before", "the DVSA last week", "joined ANZ in 2019". */
const ACRONYM_FUNCTION_AFTER = wordSet(['before', 'after', 'last', 'next', 'on', 'in', 'at', 'for', 'and', 'or', 'since', 'until', 'about', 'to', 'from', 'with', 'this', 'that', 'yesterday', 'today', 'tomorrow', 'is', 'was', 'were', 'has', 'had', 'will', 'would', 'as', 'but', 'so', 'because']);
/** Words before an acronym (with or without "the") that show an organisation: "at KTH", "joined ANZ", "by the DVLA". */
const ACRONYM_BEFORE = wordSet(['at', 'for', 'from', 'with', 'by', 'joined', 'join', 'joining', 'contacted', 'contact', 'called', 'to', 'against', 'sued']);

/** Whether the context marks the ALL-CAPS word at i as an organisation (see the rule in {@link findOrganizations}). */
function acronymOrg(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  // (not a code or model: "AB-12", "XR7", "ISO 9001"; not a heading: "NOTE", "FAQ")
  const c = codeAt(text, t.end);
  if (c === 45 || (c >= 48 && c <= 57) || c === 47 || (c === 32 && codeAt(text, t.end + 1) >= 48 && codeAt(text, t.end + 1) <= 57)) return false;
  if (t.dictWord || t.isIn(NOT_ORG_ACRONYMS)) return false;
  const p = tokAt(toks, i - 1);
  const nx = tokAt(toks, i + 1);
  // Possessive or a word of an organisation after it: "ANZ's", "ANZ customers", "the FTC said".
  if (c === 39 || c === 8217) return codeAt(text, t.end + 1) === 115 && !(p && p.shape === Shape.Upper);
  if (nx && nx.gap === Gap.Space && nx.shape === Shape.Lower) {
    if (nx.isIn(ACRONYM_AFTER)) return !p || p.shape !== Shape.Upper;
    // Any other word after it but a function word makes the acronym a modifier: "the ELK cluster", "the GDPR rules"
    // ("at EPFL before", "by the DVSA last week" go on).
    if (!nx.isIn(ACRONYM_FUNCTION_AFTER)) return false;
  }
  if (!p || t.gap !== Gap.Space || p.shape !== Shape.Lower) return false;
  // (not a run of capitals: "at ACME CORP" is a heading-like phrase handled elsewhere)
  if (nx && nx.gap === Gap.Space && nx.shape === Shape.Upper) return false;
  if (p.lowEquals('the')) {
    const q = toks[i - 2];
    return !!q && p.gap === Gap.Space && q.shape === Shape.Lower && q.isIn(ACRONYM_BEFORE);
  }
  return !p.lowEquals('to') && p.isIn(ACRONYM_BEFORE);
}

/**
 * "World Health Organization (WHO)", "Institute of Chartered Accountants of Nigeria (ICAN)": an acronym in
 * brackets right after an organisation found just before it names the same organisation.
 */
function bracketedAcronym(text: string, t: Token, out: Candidate[]): boolean {
  if (text.charCodeAt(t.start - 1) !== 40 || text.charCodeAt(t.end) !== 41 || text.charCodeAt(t.start - 2) !== 32 || t.isIn(NOT_ORG_ACRONYMS)) return false;
  // (the last few candidates: a place found in the name may come after the organisation in the list)
  for (let k = out.length - 1; k >= 0 && k >= out.length - 3; k--) if (out[k]!.entity === 'ORGANIZATION' && out[k]!.end === t.start - 2) return true;
  return false;
}

/** "will appear at Westminster Magistrates' Court": the court as the venue of a hearing (a place), looked for up to four words back. */
function appearAt(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 5; k--) {
    if (toks[k]!.low !== 'at') continue;
    return /^(?:appear|appears|appeared|appearing|heard|hearing|sentenced|held)$/.test(toks[k - 1]!.low);
  }
  return false;
}

/** After a head noun at `last`: "of Technology", "of the Arts" (capitalised words). Returns the last token, or `last`. */
function ofTail(toks: Token[], last: number, mode: 'cased' | 'lower' | 'upper'): number {
  const of = toks[last + 1];
  if (!of || of.gap !== Gap.Space || of.shape === Shape.Upper || of.low !== 'of' || mode === 'lower') return last;
  let k = last + 2;
  if (toks[k]?.low === 'the' && toks[k]!.gap === Gap.Space) k++;
  let e = last;
  while (k < toks.length && k - last < 6 && capTok(toks[k], mode) && toks[k]!.gap === Gap.Space && !(toks[k]!.bits & K.STOP && toks[k]!.low !== 'new')) e = k++;
  return e;
}

/** "University of Texas at Austin": a university's campus town after "at". Returns the new last token. */
function atCampus(toks: Token[], head: number, last: number, mode: 'cased' | 'lower' | 'upper'): number {
  const at = toks[last + 1];
  const w = toks[last + 2];
  if (!at || !w || at.gap !== Gap.Space || w.gap !== Gap.Space || at.low !== 'at' || !capTok(w, mode) || !(w.bits & (K.PLACE | K.MULTI))) return last;
  const h = toks[head]!.low;
  if (h !== 'university' && h !== 'college') return last;
  let e = last + 2;
  while (e + 1 < toks.length && e - last < 4 && toks[e + 1]!.gap === Gap.Space && capTok(toks[e + 1], mode) && !(toks[e + 1]!.bits & K.STOP)) e++;
  return e;
}

/**
 * A name after a head-first institution word ("Universiti Malaya", "Politechnika Warszawska",
 * "Hospital Universitario La Paz", "Banco do Brasil"): capitalised words, with particles
 * between them; the first must be no common English word ("Hospital Management" is not a name).
 * Returns the last token, or -1.
 */
function headFirstEnd(toks: Token[], i: number, mode: 'cased' | 'lower' | 'upper'): number {
  let e = i;
  while (e + 1 < toks.length && e - i < 6) {
    const v = toks[e + 1]!;
    if (v.gap !== Gap.Space || v.embedded) break;
    // (a single letter starts a dotted legal form: "Banco Santander S.A.")
    if (capTok(v, mode) && v.shape !== Shape.Lower && v.shape !== Shape.Mixed && v.end - v.start > 1 && !(v.bits & K.STOP && !(v.bits & K.PARTICLE))) {
      if (e === i && v.dictWord && !(v.bits & (K.PLACE | K.ORG | K.FIRST | K.LAST)) && !HEAD_SECOND.test(v.low)) return -1;
      e++;
      continue;
    }
    // "Politecnico di Milano", "Banco do Brasil", "Gasthof zur Post", "Universitetet i Bergen": a lower-case particle before another name word.
    const w = toks[e + 2];
    // (Malay and Indonesian "di" is "in": "Kedai Kopi Hailam Lama di Ipoh", "Warung Gudeg Sari Rasa di Kotagede")
    if (v.end - v.start === 2 && v.lowEquals('di') && toks[i]!.isIn(MALAY_HEADS)) break;
    // (the links beyond the particles only right after the head: "Gasthof zur Linde", not "... Linde am Samstag")
    if (v.shape === Shape.Lower && v.end - v.start <= 3 && (v.cue & K.PARTICLE || (e === i && HEAD_LINKS.has(v.low))) && w && w.gap === Gap.Space && capTok(w, mode) && w.shape !== Shape.Lower && !(w.bits & K.STOP)) { e += 2; continue; }
    // "Université libre de Bruxelles", "Università statale di Milano": one lower-case adjective right after the head,
    // then a particle and a name word (no English word: "Hospital staff of ...").
    const x = toks[e + 3];
    if (e === i && v.shape === Shape.Lower && v.end - v.start >= 4 && !v.dictWord && !(v.bits & K.STOP) && w && w.gap === Gap.Space && w.shape === Shape.Lower && w.end - w.start <= 3 &&
        (w.cue & K.PARTICLE || HEAD_LINKS.has(w.low)) && x && x.gap === Gap.Space && capTok(x, mode) && x.shape !== Shape.Lower) { e += 3; continue; }
    break;
  }
  return e > i ? e : -1;
}

function tokIndexAt(toks: Token[], from: number, end: number): number {
  let k = from;
  while (k + 1 < toks.length && toks[k + 1]!.start < end) k++;
  return k;
}

