/**
 * Column/key-name cue for structured data: a short value in a field called
 * `name`, `first_name`, `city`, `address`, `company`... is one finding as a
 * whole ("Emma Stamm" in a CSV `name` column has no sentence around it).
 */
import type { Candidate } from './candidate.js';
import { flatCopy } from '../../io/flat-copy.js';

// English keys, then the same in other languages (nombre, apellidos, cognome, Nachname, Vorname, prénom, achternaam,
// efternamn, nazwisko, sobrenome, ...): CSV headers, JSON keys and form labels ("Surname:", "Nom :") use both.
const PERSON_FIELDS = /^(?:(?:full|first|last|given|family|middle|sur|nick|user|display|contact|customer|client|patient|author|owner|holder|account_?holder|sender|recipient|employee|manager|emergency_?contact)[_\-\s]?name|name|firstname|lastname|surname|fullname|givenname|familyname|forename|forenames|forename\(s\)|customer|client|patient|author|contact_person|person|nombre|nombres|apellido|apellidos|nome|cognome|nachname|vorname|vornamen|familienname|prénom|prenom|nom|nom_de_famille|achternaam|voornaam|voornamen|efternamn|förnamn|fornamn|fornavn|etternavn|efternavn|sukunimi|etunimi|nazwisko|imię|imie|sobrenome|jméno|jmeno|příjmení|prijmeni|soyadı|soyadi|ansprechpartner|signed_by|approved_by|authorized_by|authorised_by|prepared_by|requested_by|next_of_kin|guardian|applicant|assignee|requester|reviewer|witness|paziente|paciente|patiënt|patient_name|pasien|huisarts|hausarzt|médecin_traitant|medico_curante|gp|referring_physician|attending_physician|physician|kontaktperson|contactpersoon|persona_de_contacto|referente|επώνυμο|όνομα|ονοματεπώνυμο|nume|prenume|nume_și_prenume|nama|nama_lengkap|họ_và_tên|họ_tên|név|vezetéknév|keresztnév|ad_soyad|adı_soyadı|navn|fulde_navn|fullt_navn|namn|fullständigt_namn|nimi|koko_nimi|ime|ime_i_prezime|ime_in_priimek|prezime|priimek|meno|meno_a_priezvisko|priezvisko|jina|jina_kamili|pangalan|buong_pangalan|vardas|pavardė|vardas_pavardė|vārds|uzvārds|vārds_uzvārds|eesnimi|perekonnanimi|nafn|fullt_nafn|enw|име|презиме|фамилия|име_и_фамилия|имя|фамилия_имя|фио|ім'я|прізвище|піб|given|family|姓名|氏名|お名前|名前|フリガナ|ふりがな|联系人|紧急联系人|聯絡人|성명|이름|받는_분|수령인|보호자|שם|שם_מלא|نام|نام_و_نام_خانوادگی|الاسم|الاسم_الكامل|ชื่อ|ชื่อ_นามสกุล|ชื่อ-นามสกุล|ผู้รับ)$/;
const LOCATION_FIELDS = /^(?:(?:home|billing|shipping|postal|mailing|street|delivery|work|office|residential)[_\-\s]?(?:address|addr)|address|addr|street|street_?address|address_?line_?\d|city|town|state|region|province|county|country|place_?of_?birth|birthplace|location|ciudad|città|citta|ville|stadt|ort|wohnort|plaats|woonplaats|cidade|miasto|stad|kaupunki|město|mesto|sede|localidad|località|localita|comune|gemeente|adresse|adresa|dirección|direccion|indirizzo|endereço|endereco|adres|anschrift|morada|domiciliu|adresă|alamat|địa_chỉ|lakcím|διεύθυνση|πόλη|poststed|postort|miejscowość|kota|obec|adress|bostadsadress|postadress|hjemmeadresse|osoite|kotiosoite|domicilio|domicilio_particular|naslov|aadress|adresas|adrese|cyfeiriad|heimilisfang|bydliště|bydlisko|trvalé_bydliště|trvalý_pobyt|anwani|tirahan|adresi|ikametgah|ev_adresi|адрес|адреса|адрес_проживания|місце_проживання|город|місто|град|住址|地址|住所|ご住所|現住所|주소|כתובת|نشانی|آدرس|العنوان|ที่อยู่)$/;
const ORG_FIELDS = /^(?:勤務先|会社名|勤务单位|工作单位|公司|직장|회사|회사명|company|company_?name|employer|club|team|club_?name|team_?name|affiliation|organisation|organization|org|org_?name|business|business_?name|institution|university|school|bank|bank_?name|insurer|vendor|supplier|empresa|azienda|société|societe|firma|unternehmen|bedrijf|arbeitgeber|werkgever|employeur|entreprise|företag|foretag|arbejdsgiver|arbeidsgiver|arbetsgivare|pracodawca|empleador|empregador|airline|courier|carrier|provider|issuer|manufacturer|merchant|retailer|hospital|clinic|employer_?name)$/;
/** Postcode columns: the value is digits or a short code, which the other kinds would refuse ("83022", "SW1A 1AA"). */
const POSTCODE_FIELDS = /^(?:zip|zip_?code|postcode|post_?code|postal_?code|plz|código_postal|codigo_postal|code_postal|postnummer|postnr|postinumero|kod_pocztowy|cep|cap|irányítószám|psč|kode_pos|τ.κ.)$/;
const POSTCODE_VALUE = /^[A-Za-z0-9][A-Za-z0-9 \-]{2,9}$/;

/** Letters, spaces, dots, apostrophes, hyphens and commas only (addresses also digits and #/). */
// ("Rajendran s/o Muthusamy": the Malaysian and Singaporean son-of / daughter-of forms; a slash is otherwise no name's)
// (a zero-width non-joiner inside Persian names: "کاظمی‌نژاد"; the ideographic space between a Japanese surname and given name)
const NAME_VALUE = /^[\p{L}\p{M}](?:[\p{L}\p{M} .'’\-,\u200c\u3000・]|[sdSD]\/[oO](?= )){0,79}$/u;
// (a colon too: Turkish addresses write "Bağdat Cad. No:212 D:5")
// (and the digits, commas and marks of other scripts: Persian "پلاک ۱۲", "،", Chinese "，", Japanese "〒060-0061")
const ADDRESS_VALUE = /^[\p{L}\p{M}\p{N}〒][\p{L}\p{M}\p{N} .'’\-,#/:،，、\u200c]{0,159}$/u;

const PERSON = 1, LOCATION = 2, ORGANIZATION = 4, POSTCODE = 8;

/** Field name -> which of the kinds its name matches; a dataset has few distinct names, so each is tested once. */
const kindCache = new Map<string, number>();

function fieldKind(fieldName: string): number {
  let kind = kindCache.get(fieldName);
  if (kind === undefined) {
    const key = fieldName.toLowerCase();
    kind = (PERSON_FIELDS.test(key) ? PERSON : 0) | (LOCATION_FIELDS.test(key) ? LOCATION : 0) | (ORG_FIELDS.test(key) ? ORGANIZATION : 0) | (POSTCODE_FIELDS.test(key) ? POSTCODE : 0);
    // Bounded: field names come from the data (JSON keys), which an input could make unique per record.
    if (kindCache.size >= 10000) kindCache.clear();
    kindCache.set(flatCopy(fieldName), kind); // a key name is a view into its input line
  }
  return kind;
}

/** Whether a field of this name holds a name, place, organisation or postcode (see {@link fieldCandidate}). */
export function isEntityField(fieldName: string): boolean {
  return fieldKind(fieldName) !== 0;
}

/** The whole (trimmed) value as one candidate when the field name says what it holds, else undefined. */
export function fieldCandidate(text: string, fieldName: string | undefined): Candidate | undefined {
  if (!fieldName) return undefined;
  const kind = fieldKind(fieldName);
  if (kind === 0) return undefined;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return undefined;
  return valueCandidate(text.slice(start, end), kind, start, end, 0.85);
}

/**
 * A cell of a table or the value of a form field ("Surname: Ashworth", a `nachname` column) whose label says what
 * it holds: the candidate for [start, end) of the text, or undefined. `label`: the column or field name.
 * Its score beats a name or firm reading of the words themselves: the label was written for this value.
 */
export function labelledValue(text: string, start: number, end: number, label: string): Candidate | undefined {
  const kind = fieldKind(label);
  if (kind === 0) return undefined;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (end <= start) return undefined;
  // A note in brackets after a name is not part of it: "Next of kin: Hemi Ngata (brother)".
  if (kind & PERSON && text.charCodeAt(end - 1) === 41) {
    const open = text.lastIndexOf(' (', end);
    if (open > start) end = open;
  } else if (kind & PERSON && text.charCodeAt(end - 1) === 0xff09) {
    // (a full-width bracket, no space before it: "紧急联系人：陈建国（父亲）")
    const open = text.lastIndexOf('（', end);
    if (open > start) end = open;
  }
  return valueCandidate(text.slice(start, end), kind, start, end, 0.95);
}

function valueCandidate(value: string, kind: number, start: number, end: number, score: number): Candidate | undefined {
  if (kind & POSTCODE && POSTCODE_VALUE.test(value) && /\d/.test(value)) {
    return { entity: 'LOCATION', start, end, score: Math.min(score, 0.8), recognizer: 'ner-field', judge: false };
  }
  if (kind & PERSON && NAME_VALUE.test(value) && value.split(/\s+/).length <= 5) {
    return { entity: 'PERSON', start, end, score, recognizer: 'ner-field', judge: false };
  }
  if (kind & LOCATION && ADDRESS_VALUE.test(value) && /\p{L}/u.test(value)) {
    return { entity: 'LOCATION', start, end, score, recognizer: 'ner-field', judge: false };
  }
  if (kind & ORGANIZATION && ADDRESS_VALUE.test(value) && /\p{L}/u.test(value)) {
    return { entity: 'ORGANIZATION', start, end, score, recognizer: 'ner-field', judge: false };
  }
  return undefined;
}
