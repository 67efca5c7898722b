import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/types.js';
import { ENTITY_TAXONOMY } from '../../../src/classify/taxonomy.js';
import { AZURE_CATEGORY_ENTITY, azureCategoryToEntity, categoriesForEntities } from '../../../src/detect/azure/categories.js';
import { PII_CATEGORIES } from '../../helpers/fake-language-server.js';

describe('Azure category mapping', () => {
  it.each([
    ['Person', 'PERSON'],
    ['Email', 'EMAIL'],
    ['PhoneNumber', 'PHONE'],
    ['USSocialSecurityNumber', 'US_SSN'],
    ['CreditCardNumber', 'CREDIT_CARD'],
    ['IPAddress', 'IP_ADDRESS'],
    ['InternationalBankingAccountNumber', 'IBAN'],
    ['Address', 'LOCATION'],
    ['Organization', 'ORGANIZATION'],
    ['DateTime', 'DATE_TIME'],
    ['URL', 'URL'],
    ['ABARoutingNumber', 'US_BANK_NUMBER'],
    ['USBankAccountNumber', 'US_BANK_NUMBER'],
    ['USDriversLicenseNumber', 'DRIVER_LICENSE'],
    ['USUKPassportNumber', 'PASSPORT'],
    ['BRCPFNumber', 'NATIONAL_ID'],
    ['UKNationalInsuranceNumber', 'NATIONAL_ID'],
    ['ESDNI', 'NATIONAL_ID'],
    ['AzureStorageAccountKey', 'SECRET'],
    ['AzureDocumentDBAuthKey', 'SECRET'],
    ['AzureSAS', 'SECRET'],
    ['SQLServerConnectionString', 'SECRET'],
    ['UKNationalHealthNumber', 'HEALTH'],
  ])('%s -> %s', (category, entity) => {
    expect(azureCategoryToEntity(category)).toBe(entity);
  });

  it('keeps unknown categories as AZURE_<Category>, never dropping them', () => {
    expect(azureCategoryToEntity('SWIFTCode')).toBe('AZURE_SWIFTCode');
    expect(azureCategoryToEntity('Age')).toBe('AZURE_Age');
    expect(azureCategoryToEntity('Some New-Thing')).toBe('AZURE_Some_New_Thing');
  });

  it('maps only to entities the taxonomy knows', () => {
    for (const entity of new Set(Object.values(AZURE_CATEGORY_ENTITY))) {
      expect((ENTITIES as readonly string[]).includes(entity) || entity in ENTITY_TAXONOMY, entity).toBe(true);
    }
  });

  it('maps every personal identifier of the service enum; the rest are company/VAT numbers, Age, SWIFT or filter keywords', () => {
    const unmapped = [...PII_CATEGORIES].filter((c) => !(c in AZURE_CATEGORY_ENTITY)).sort();
    expect(unmapped).toEqual(
      [
        'AUBusinessNumber', 'AUCompanyNumber', 'ATValueAddedTaxNumber', 'BEValueAddedTaxNumber', 'BRLegalEntityNumber',
        'FRValueAddedTaxNumber', 'DEValueAddedNumber', 'HUValueAddedNumber', 'ITValueAddedTaxNumber', 'JPMyNumberCorporate',
        'LUNationalIdentificationNumberNonNatural', 'NLValueAddedTaxNumber', 'PLREGONNumber', 'SWIFTCode', 'Age', 'All', 'Default',
      ].sort(),
    );
  });

  it('finds the service categories behind canonical entities (for a categories filter)', () => {
    expect(categoriesForEntities(['US_SSN', 'AZURE_Age'])).toEqual(['USSocialSecurityNumber', 'Age']);
    const dates = categoriesForEntities(['DATE_TIME']);
    expect(dates).toEqual(['Date']);
    for (const c of categoriesForEntities(['PASSPORT', 'SECRET', 'NATIONAL_ID'])) expect(PII_CATEGORIES.has(c), c).toBe(true);
  });
});
