import { describe, expect, it } from 'vitest';
import { classifyFieldName } from '../../src/classify/fieldName.js';
import { aggregatePath, pathSegments } from '../../src/classify/fieldPath.js';

describe('aggregatePath', () => {
  it.each([
    ['/messages/2/content', '/messages/*/content'],
    ['/messages/10/tool_calls/0/function/arguments', '/messages/*/tool_calls/*/function/arguments'],
    ['/0/email', '/*/email'],
    ['/items/3', '/items/*'],
    ['/v2x/name', '/v2x/name'], // a key that only starts with a digit-free prefix stays
    ['/a/2b/c', '/a/2b/c'], // not an index: has letters
    ['email', 'email'], // CSV column names are not pointers
    ['2023', '2023'], // a CSV column named like a number stays
  ])('%s -> %s', (path, agg) => expect(aggregatePath(path)).toBe(agg));

  it('decodes JSON Pointer escapes in segments', () => {
    expect(pathSegments('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
  });
});

describe('classifyFieldName', () => {
  // [field path, expected entity or undefined]
  const table: [string, string | undefined][] = [
    ['email', 'EMAIL'],
    ['e_mail', 'EMAIL'],
    ['E-Mail', 'EMAIL'],
    ['emailAddress', 'EMAIL'],
    ['/customers/*/contact_email', 'EMAIL'],
    ['ssn', 'US_SSN'],
    ['customer_ssn', 'US_SSN'],
    ['social_security_number', 'US_SSN'],
    ['dob', 'DATE_OF_BIRTH'],
    ['birth_date', 'DATE_OF_BIRTH'],
    ['dateOfBirth', 'DATE_OF_BIRTH'],
    ['salary', 'SALARY'],
    ['annual_income', 'SALARY'],
    ['api_key', 'SECRET'],
    ['apiKey', 'SECRET'],
    ['password', 'SECRET'],
    ['user_password', 'SECRET'],
    ['client_secret', 'SECRET'],
    ['access_token', 'SECRET'],
    ['connection_string', 'SECRET'],
    ['phone', 'PHONE'],
    ['mobile_number', 'PHONE'],
    ['phoneNumber', 'PHONE'],
    ['iban', 'IBAN'],
    ['IBAN_code', 'IBAN'],
    ['card_number', 'CREDIT_CARD'],
    ['credit_card', 'CREDIT_CARD'],
    ['cc_number', 'CREDIT_CARD'],
    ['account_number', 'US_BANK_NUMBER'],
    ['routing_number', 'ABA_ROUTING'],
    ['passport_no', 'PASSPORT'],
    ['drivers_license', 'DRIVER_LICENSE'],
    ['national_id', 'NATIONAL_ID'],
    ['nino', 'NATIONAL_ID'],
    ['address', 'LOCATION'],
    ['street_address', 'LOCATION'],
    ['zip_code', 'LOCATION'],
    ['postcode', 'LOCATION'],
    ['ip_address', 'IP_ADDRESS'],
    ['client_ip', 'IP_ADDRESS'],
    ['wallet_address', 'CRYPTO'],
    ['first_name', 'PERSON'],
    ['lastName', 'PERSON'],
    ['full_name', 'PERSON'],
    ['surname', 'PERSON'],
    ['name', 'PERSON'],
    ['/messages/*/name', 'PERSON'], // chat participant name
    ['diagnosis', 'HEALTH'],
    ['medication', 'HEALTH'],
    ['employer', 'ORGANIZATION'],
    // Harmless names stay unclassified.
    ['/tool_calls/*/function/name', undefined], // a function's name, not a person's
    ['/messages/*/content', undefined],
    ['/messages/*/role', undefined],
    ['id', undefined],
    ['zipper', undefined],
    ['filename', undefined],
    ['hostname', undefined],
    ['max_tokens', undefined],
    ['diagnostics', undefined],
    ['shipping', undefined],
    ['weight', undefined],
    ['prompt', undefined],
    ['completion', undefined],
    ['/*', undefined],
  ];
  it.each(table)('%s -> %s', (path, entity) => {
    expect(classifyFieldName(path)?.entity).toBe(entity);
  });

  it('takes category and level from the taxonomy, or the rule default for name-only entities', () => {
    expect(classifyFieldName('ssn')).toMatchObject({ category: 'PII', level: 'highly-confidential', label: 'SSN' });
    expect(classifyFieldName('api_key')).toMatchObject({ category: 'CREDENTIALS', level: 'highly-confidential' });
    expect(classifyFieldName('salary')).toMatchObject({ category: 'FINANCIAL', level: 'confidential' });
  });

  it('lets the policy view override the level', () => {
    const cls = classifyFieldName('email', () => ({ category: 'PII', level: 'highly-confidential' }));
    expect(cls?.level).toBe('highly-confidential');
  });
});
