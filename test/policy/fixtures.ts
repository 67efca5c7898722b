/** A policy that uses every section (shared by the policy tests). */
export const FULL_POLICY = `version: 1
detect:
  engines: [local, azure]
  minScore: 0.6
  minScoreByEntity: { PERSON: 0.8 }
  entities: [EMAIL, PERSON, US_SSN, CREDIT_CARD, EMPLOYEE_ID]
  allow: ["support@contoso.com", "/^noreply@/i"]
  deny: { PROPRIETARY: ["Project Falcon"] }
  custom:
    - { entity: EMPLOYEE_ID, pattern: "\\\\bE\\\\d{6}\\\\b", category: PII, level: confidential }
  phoneRegion: GB
  names: true
fields:
  "/messages/*/content": { scan: true }
  salary: { level: highly-confidential, op: drop }
  customer: { entity: PERSON, op: pseudonymize }
actions:
  EMAIL: { op: pseudonymize }
  PERSON: pseudonymize
  CREDIT_CARD: { op: mask, keepLast: 4 }
  SECRET: { op: redact }
  US_SSN: { op: encrypt }
  FINANCIAL: { op: hash, length: 12 }
  default: { op: replace }
output:
  encrypt: { recipients: ["age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"] }
levels:
  DATE_TIME: public
  EMPLOYEE_ID: { level: highly-confidential, category: PII }
thresholds:
  SECRET: { maxCount: 0 }
  PHONE: { maxShare: 0.001 }
azure:
  endpoint: https://example.cognitiveservices.azure.com
  domain: phi
  language: en
`;
