/**
 * Azure AI Language PII categories -> our canonical entities (DESIGN.md).
 *
 * One explicit table, so a reviewer can see every decision. A category that is
 * not listed (new service categories, company/VAT numbers, Age, SWIFTCode, ...)
 * is kept as `AZURE_<Category>`: never dropped, classified by the taxonomy's
 * unknown-entity default. To map a new category, add one row.
 */

const TABLE: Record<string, string> = {
  // general PII
  Person: 'PERSON',
  Email: 'EMAIL',
  PhoneNumber: 'PHONE',
  IPAddress: 'IP_ADDRESS',
  URL: 'URL',
  Address: 'LOCATION',
  EUGPSCoordinates: 'LOCATION',
  Organization: 'ORGANIZATION',
  DateTime: 'DATE_TIME',
  Date: 'DATE_TIME',

  // cards and bank accounts
  CreditCardNumber: 'CREDIT_CARD',
  EUDebitCardNumber: 'CREDIT_CARD',
  InternationalBankingAccountNumber: 'IBAN',
  ABARoutingNumber: 'US_BANK_NUMBER',
  USBankAccountNumber: 'US_BANK_NUMBER',
  AUBankAccountNumber: 'US_BANK_NUMBER',
  CABankAccountNumber: 'US_BANK_NUMBER',
  ILBankAccountNumber: 'US_BANK_NUMBER',
  JPBankAccountNumber: 'US_BANK_NUMBER',
  NZBankAccountNumber: 'US_BANK_NUMBER',

  // US identifiers
  USSocialSecurityNumber: 'US_SSN',
  USIndividualTaxpayerIdentification: 'NATIONAL_ID',

  // driver's licenses
  USDriversLicenseNumber: 'DRIVER_LICENSE',
  AUDriversLicenseNumber: 'DRIVER_LICENSE',
  CADriversLicenseNumber: 'DRIVER_LICENSE',
  DEDriversLicenseNumber: 'DRIVER_LICENSE',
  EUDriversLicenseNumber: 'DRIVER_LICENSE',
  FRDriversLicenseNumber: 'DRIVER_LICENSE',
  ITDriversLicenseNumber: 'DRIVER_LICENSE',
  JPDriversLicenseNumber: 'DRIVER_LICENSE',
  NZDriversLicenseNumber: 'DRIVER_LICENSE',
  UKDriversLicenseNumber: 'DRIVER_LICENSE',

  // passports
  USUKPassportNumber: 'PASSPORT',
  AUPassportNumber: 'PASSPORT',
  CAPassportNumber: 'PASSPORT',
  DEPassportNumber: 'PASSPORT',
  EUPassportNumber: 'PASSPORT',
  FIPassportNumber: 'PASSPORT',
  FRPassportNumber: 'PASSPORT',
  JPPassportNumber: 'PASSPORT',
  PLPassportNumber: 'PASSPORT',
  RUPassportNumberDomestic: 'PASSPORT',
  RUPassportNumberInternational: 'PASSPORT',
  SEPassportNumber: 'PASSPORT',
  TWPassportNumber: 'PASSPORT',
  UAPassportNumberDomestic: 'PASSPORT',
  UAPassportNumberInternational: 'PASSPORT',

  // health identifiers (HEALTH is highly-confidential)
  AUMedicalAccountNumber: 'HEALTH',
  CAHealthServiceNumber: 'HEALTH',
  CAPersonalHealthIdentification: 'HEALTH',
  FIEuropeanHealthNumber: 'HEALTH',
  FRHealthInsuranceNumber: 'HEALTH',
  NZMinistryOfHealthNumber: 'HEALTH',
  UKNationalHealthNumber: 'HEALTH',

  // credentials
  AzureDocumentDBAuthKey: 'SECRET',
  AzureIAASDatabaseConnectionAndSQLString: 'SECRET',
  AzureIoTConnectionString: 'SECRET',
  AzurePublishSettingPassword: 'SECRET',
  AzureRedisCacheString: 'SECRET',
  AzureSAS: 'SECRET',
  AzureServiceBusString: 'SECRET',
  AzureStorageAccountKey: 'SECRET',
  AzureStorageAccountGeneric: 'SECRET',
  SQLServerConnectionString: 'SECRET',
};

/** National identity, social security, personal tax and registry numbers of natural persons. */
const NATIONAL_IDS = [
  'ARNationalIdentityNumber', 'AUTaxFileNumber', 'ATIdentityCard', 'ATTaxIdentificationNumber',
  'BENationalNumber', 'BENationalNumberV2', 'BRCPFNumber', 'BRNationalIDRG', 'BGUniformCivilNumber',
  'CASocialInsuranceNumber', 'CLIdentityCardNumber', 'CNResidentIdentityCardNumber',
  'HRIdentityCardNumber', 'HRNationalIDNumber', 'HRPersonalIdentificationNumber',
  'HRPersonalIdentificationOIBNumberV2', 'CYIdentityCard', 'CYTaxIdentificationNumber',
  'CZPersonalIdentityNumber', 'CZPersonalIdentityV2', 'DKPersonalIdentificationNumber',
  'DKPersonalIdentificationV2', 'DrugEnforcementAgencyNumber', 'EEPersonalIdentificationCode',
  'EUNationalIdentificationNumber', 'EUSocialSecurityNumber', 'EUTaxIdentificationNumber',
  'FINationalID', 'FINationalIDV2', 'FRNationalID', 'FRSocialSecurityNumber', 'FRTaxIdentificationNumber',
  'DEIdentityCardNumber', 'DETaxIdentificationNumber', 'GRNationalIDCard', 'GRNationalIDV2',
  'GRTaxIdentificationNumber', 'HKIdentityCardNumber', 'HUPersonalIdentificationNumber',
  'HUTaxIdentificationNumber', 'INPermanentAccount', 'INUniqueIdentificationNumber',
  'IDIdentityCardNumber', 'IEPersonalPublicServiceNumber', 'IEPersonalPublicServiceNumberV2',
  'ILNationalID', 'ITFiscalCode', 'JPResidentRegistrationNumber', 'JPSocialInsuranceNumber',
  'JPMyNumberPersonal', 'JPResidenceCardNumber', 'LVPersonalCode', 'LTPersonalCode',
  'LUNationalIdentificationNumberNatural', 'MYIdentityCardNumber', 'MTIdentityCardNumber',
  'MTTaxIDNumber', 'NLCitizensServiceNumber', 'NLCitizensServiceNumberV2', 'NLTaxIdentificationNumber',
  'NZInlandRevenueNumber', 'NZSocialWelfareNumber', 'NOIdentityNumber', 'PHUnifiedMultiPurposeIDNumber',
  'PLIdentityCard', 'PLNationalID', 'PLNationalIDV2', 'PLTaxIdentificationNumber', 'PTCitizenCardNumber',
  'PTCitizenCardNumberV2', 'PTTaxIdentificationNumber', 'ROPersonalNumericalCode', 'SANationalID',
  'SGNationalRegistrationIdentityCardNumber', 'SKPersonalNumber', 'SITaxIdentificationNumber',
  'SIUniqueMasterCitizenNumber', 'ZAIdentificationNumber', 'KRResidentRegistrationNumber', 'ESDNI',
  'ESSocialSecurityNumber', 'ESTaxIdentificationNumber', 'SENationalID', 'SENationalIDV2',
  'SETaxIdentificationNumber', 'CHSocialSecurityNumber', 'TWNationalID', 'TWResidentCertificate',
  'THPopulationIdentificationCode', 'TRNationalIdentificationNumber', 'UKElectoralRollNumber',
  'UKNationalInsuranceNumber', 'UKUniqueTaxpayerNumber',
];
for (const c of NATIONAL_IDS) TABLE[c] = 'NATIONAL_ID';

/** Service category -> canonical entity, frozen. */
export const AZURE_CATEGORY_ENTITY: Readonly<Record<string, string>> = Object.freeze(TABLE);

/**
 * Canonical entity for an Azure PII category. Unknown categories become
 * `AZURE_<Category>` (non-identifier characters replaced by `_`).
 */
export function azureCategoryToEntity(category: string): string {
  const known = AZURE_CATEGORY_ENTITY[category];
  if (known) return known;
  return `AZURE_${category.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/**
 * Service categories that produce any of `entities` (canonical names or
 * `AZURE_<Category>`), e.g. to send a categories filter derived from the
 * policy's entity list so the service does less work.
 */
export function categoriesForEntities(entities: readonly string[]): string[] {
  const want = new Set(entities);
  // DateTime appears in responses only; the filter name is Date.
  const out = Object.keys(AZURE_CATEGORY_ENTITY).filter((c) => c !== 'DateTime' && want.has(AZURE_CATEGORY_ENTITY[c]!));
  for (const e of want) if (e.startsWith('AZURE_')) out.push(e.slice('AZURE_'.length));
  return out;
}
