/**
 * The commented policy `policy init` writes. Active lines reproduce the
 * built-in default (every finding -> `<ENTITY>`, no key needed); commented
 * lines show every section. Keep it valid: a test parses it.
 */
export const DEFAULT_POLICY_YAML = `# genai-sanitize policy (version 1)
# Check it:   genai-sanitize policy validate policy.yaml
# Try it:     genai-sanitize policy explain --policy policy.yaml --value "Mail jane@contoso.com"
# Use it:     genai-sanitize sanitize data.jsonl -o clean/ --policy policy.yaml
# Its sha256 (of the content, not the comments) goes into every report and label.
version: 1

# --- What is detected -------------------------------------------------------
detect:
  # local: built-in recognizers (offline). azure: Azure AI Language PII (needs the azure: section).
  engines: [local]
  # Findings below this confidence (0..1) are ignored.
  minScore: 0.5
  # Per-entity minimum scores, overriding minScore.
  # minScoreByEntity: { PERSON: 0.7, DATE_TIME: 0.8 }
  # Only report these entities (default: all).
  # entities: [EMAIL, PHONE, CREDIT_CARD, SECRET]
  # Values that are never findings: exact text (case-insensitive) or /regex/flags.
  allow: []
  # allow: ["support@contoso.com", "/^noreply@/i"]
  # Terms that are always findings, per entity (exact text or /regex/flags).
  deny: {}
  # deny: { PROPRIETARY: ["Project Falcon", "/\\\\bFALCON-\\\\d+\\\\b/"] }
  # Your own recognizers (JavaScript regex; the engine adds the g flag itself).
  custom: []
  # custom:
  #   - { entity: EMPLOYEE_ID, pattern: "\\\\bE\\\\d{6}\\\\b", score: 0.9, category: PII, level: confidential, context: [employee, staff] }
  # Region of national phone numbers without a +country code (ISO 3166).
  # phoneRegion: US
  # Person/place/organisation names (slower NLP path).
  # names: true

# --- Per field: CSV column names or JSON Pointers (* = one segment, ** = any depth)
# Field rules win over actions. Keys: scan, level, entity (whole value is one finding), op (+ its parameters).
fields: {}
# fields:
#   "/messages/*/content": { scan: true }
#   "salary": { level: highly-confidential, op: drop }     # drop removes the whole field
#   "customer_name": { entity: PERSON, op: pseudonymize }   # the whole value is a PERSON
#   "/metadata/**": { scan: false }

# --- What happens to findings: per entity, per category (PII, FINANCIAL, CREDENTIALS, HEALTH, PROPRIETARY), default
# Operators:
#   redact                       remove the value
#   replace  template: "<{entity}>"  placeholder
#   mask     keepFirst: 0, keepLast: 4, char: "*", keepSeparators: true   -> ****-****-****-1234
#   keep                         leave it (still reported and labelled)
#   drop                         remove the whole field
#   hash     length: 16, encoding: hex|base32|base64url, template: "{hash}"   keyed HMAC-SHA256 (needs --keyring)
#   pseudonymize  locale: en, maxDateShiftDays: 365   realistic stable surrogate (needs --keyring)
#   encrypt                      [[enc:<key id>:<ENTITY>:...]], reversible with reidentify (needs --keyring)
actions:
  default: { op: replace }
  # EMAIL: { op: pseudonymize }
  # PERSON: { op: pseudonymize }
  # CREDIT_CARD: { op: mask, keepLast: 4 }
  # US_SSN: { op: encrypt }
  # SECRET: { op: redact }
  # CREDENTIALS: redact

# --- Sensitivity of entities (public < general < confidential < highly-confidential)
# levels:
#   DATE_TIME: public
#   EMPLOYEE_ID: { level: confidential, category: PII }

# --- CI gate: scan --fail-on uses levels; these limits fail a run per entity or category
# thresholds:
#   SECRET: { maxCount: 0 }
#   PHONE: { maxShare: 0.001 }      # findings per scanned value

# --- Whole-file encryption of outputs (age format)
# output:
#   encrypt: { recipients: ["age1..."] }

# --- Azure AI Language (when detect.engines has azure)
# azure:
#   endpoint: https://<resource>.cognitiveservices.azure.com
#   domain: none            # none | phi
#   language: en
#   modelVersion: latest
#   categories: [Email, PhoneNumber, Person]
`;
