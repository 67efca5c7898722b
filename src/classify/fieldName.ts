import type { Category, Level } from '../types.js';
import { ENTITY_TAXONOMY } from './taxonomy.js';
import { pathSegments } from './fieldPath.js';

/**
 * One column/key-name rule. `pattern` is tested against the *compact* name:
 * lower-case with every non-alphanumeric removed (`E_Mail` -> `email`,
 * `birthDate` -> `birthdate`). Order matters: the first matching rule wins, so
 * specific rules (`walletaddress`) come before general ones (`address`).
 */
interface NameRule {
  entity: string;
  label: string;
  pattern: RegExp;
  /** Category/level when the entity is not in the taxonomy (e.g. SALARY). */
  fallback?: { category: Category; level: Level };
}

const RULES: readonly NameRule[] = [
  { entity: 'SECRET', label: 'a password', pattern: /(password|passwd|passphrase|^pwd$|^pass$|userpass)/ },
  { entity: 'SECRET', label: 'a secret or key', pattern: /(apikey|apisecret|secretkey|accesskey|privatekey|clientsecret|signingkey|encryptionkey|^secret$|secret$)/ },
  { entity: 'SECRET', label: 'a token', pattern: /(^token$|accesstoken|refreshtoken|authtoken|bearertoken|sessiontoken|sastoken|apitoken|idtoken)$/ },
  { entity: 'SECRET', label: 'a connection string', pattern: /(connectionstring|connstr|connstring|dsn$)/ },
  { entity: 'SECRET', label: 'credentials', pattern: /^credentials?$/ },
  { entity: 'US_SSN', label: 'SSN', pattern: /(ssn$|^ssn|socialsecurity)/ },
  { entity: 'DATE_OF_BIRTH', label: 'date of birth', pattern: /(^dob$|dob$|dateofbirth|birthdate|birthday|birthdt|^bdate$)/ },
  { entity: 'CREDIT_CARD', label: 'card number', pattern: /(creditcard|debitcard|cardnumber|cardnum|cardno|^ccn$|^cc$|ccnumber|ccnum|^pan$)/ },
  { entity: 'IBAN', label: 'IBAN', pattern: /iban/ },
  { entity: 'ABA_ROUTING', label: 'routing number', pattern: /(routingnumber|routingno|^aba$|abanumber|^routing$|sortcode)/ },
  { entity: 'US_BANK_NUMBER', label: 'bank account number', pattern: /(bankaccount|accountnumber|accountno|acctnumber|acctno|acctnum)/ },
  { entity: 'PASSPORT', label: 'passport number', pattern: /passport/ },
  { entity: 'DRIVER_LICENSE', label: "driver's license", pattern: /(driverslicen[cs]e|driverlicen[cs]e|drivinglicen[cs]e|^dl$|^dlnumber$|licensenumber)/ },
  { entity: 'NATIONAL_ID', label: 'national ID', pattern: /(nationalid|^nino$|nationalinsurance|^taxid$|taxnumber|^tin$|^nin$|personalid|^idnumber$|citizenid|nhsnumber|^sin$|^bsn$|personnummer|steuerid)/ },
  {
    entity: 'HEALTH', label: 'health data',
    pattern: /(diagnosis|diagnoses|medical|medication|prescription|allerg|bloodtype|disease|symptom|treatment|icd10|icdcode|healthcondition|patientnote)/,
  },
  { entity: 'SALARY', label: 'salary', pattern: /(salary|salaries|^wage|income|compensation|payrate|annualpay|grosspay|netpay)/, fallback: { category: 'FINANCIAL', level: 'confidential' } },
  { entity: 'CRYPTO', label: 'a crypto wallet', pattern: /(walletaddress|btcaddress|ethaddress|bitcoinaddress|^wallet$)/ },
  { entity: 'IP_ADDRESS', label: 'an IP address', pattern: /^(ip|ipaddress|ipaddr|ipv4|ipv6|clientip|remoteip|sourceip|srcip|dstip|userip|remoteaddr)$/ },
  { entity: 'EMAIL', label: 'email', pattern: /(email|^mail$|mailaddress)/ },
  { entity: 'PHONE', label: 'phone number', pattern: /(phone|mobile|^tel$|telephone|^cell$|cellnumber|^fax$|faxnumber|msisdn)/ },
  {
    entity: 'LOCATION', label: 'an address',
    pattern: /(address|^street|streetname|^addr$|^addr\d$|^zip$|zipcode|postcode|postalcode|^city$|hometown|placeofbirth|latitude|longitude|^lat$|^lng$|^lon$|geolocation)/,
  },
  {
    entity: 'PERSON', label: 'a person name',
    pattern: /((first|last|sur|full|given|family|middle|maiden|customer|patient|employee|contact|user|holder|person|client|sender|recipient)name$|^(name|fname|lname|surname|username|nickname)$)/,
  },
  { entity: 'ORGANIZATION', label: 'an organization', pattern: /^(company|companyname|employer|organization|organisation|orgname)$/ },
];

/** Parent keys under which a `name` key names a thing, not a person (`/tool_calls/0/function/name`). */
const NON_PERSON_PARENTS = new Set(['function', 'tool', 'tools', 'model', 'file', 'files', 'product', 'project', 'dataset', 'schema', 'column', 'field', 'parameters', 'properties']);

/** What a field's name suggests, or undefined when it looks harmless. */
export interface FieldNameClass {
  entity: string;
  label: string;
  category: Category;
  level: Level;
}

/**
 * Classifies a field from its column/key name alone, using its last
 * non-index segment (`/customers/*\/e_mail` -> EMAIL). Category and level come
 * from `entityInfo` when given (the policy's view), else from the taxonomy or
 * the rule's own default (for name-only entities such as SALARY).
 */
export function classifyFieldName(
  path: string,
  entityInfo?: (entity: string) => { category: Category; level: Level } | undefined,
): FieldNameClass | undefined {
  const segs = pathSegments(path).filter((s) => s !== '*' && !/^\d+$/.test(s));
  const last = segs[segs.length - 1];
  if (!last) return undefined;
  const compact = compactName(last);
  if (!compact) return undefined;
  for (const rule of RULES) {
    if (!rule.pattern.test(compact)) continue;
    if (rule.entity === 'PERSON' && compact === 'name' && segs.length > 1 && NON_PERSON_PARENTS.has(compactName(segs[segs.length - 2]!))) return undefined;
    const info = entityInfo?.(rule.entity) ?? ENTITY_TAXONOMY[rule.entity] ?? rule.fallback ?? { category: 'PII' as Category, level: 'confidential' as Level };
    return { entity: rule.entity, label: rule.label, category: info.category, level: info.level };
  }
  return undefined;
}

/** Fallback category/level of an entity only the name rules know (SALARY). */
export function nameRuleFallback(entity: string): { category: Category; level: Level } | undefined {
  return RULES.find((r) => r.entity === entity)?.fallback;
}

function compactName(segment: string): string {
  return segment.toLowerCase().replace(/[^a-z0-9]/g, '');
}
