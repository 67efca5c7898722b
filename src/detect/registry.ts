/**
 * Every built-in recognizer, in one plain list. To add one: write it in
 * `recognizers/<family>.ts` (copy a neighbour, give it examples) and list it
 * here; the table test in test/detect/recognizers.test.ts runs its examples.
 */
import type { Recognizer } from './recognizer.js';
import { email } from './recognizers/email.js';
import { urlBareDomain, urlScheme, urlWww } from './recognizers/url.js';
import { phone } from './recognizers/phone.js';
import { creditCard } from './recognizers/credit-card.js';
import { iban } from './recognizers/iban.js';
import { usSsn } from './recognizers/us-ssn.js';
import { abaRouting, usBankAccount } from './recognizers/us-bank.js';
import { ipv4, ipv6 } from './recognizers/ip-address.js';
import { altcoinBase58, btcBase58, btcBech32, ethAddress } from './recognizers/crypto.js';
import { dateMonthCued, dateNumeric, dateShort, dateWeekday, dateWritten, timeCued } from './recognizers/date-time.js';
import { labelledPostcode } from './recognizers/postcode.js';
import { auMedicare, auTfn, beNationalNumber, brCpf, brCpfDigits, caSin, deIdCard, deSteuerId, esDni, frNir, inAadhaar, inPan, itCodiceFiscale, ngNin, nlBsn, krRrn, plPesel, ptNif, phSss, esNss, sePersonnummer, sgNric, trKimlik, ukNhs, ukNino, usItin, zaId, dkCpr, noFodselsnummer, fiHetu, czRodneCislo, roCnp, iePpsn, atSvnr, clRut, mxCurp, arDni, arCuit, cnResidentId, hkHkid, jpMyNumber, pkCnic, coCedula, vnCccd, ukUtr, frSpi, keKraPin, usANumber, labelledNationalId, deKvnr, ptUtente, brRg, frCni } from './recognizers/national-id.js';
import { chAhv, czOp, deRvnr, esHealthCard, grAfm, grAmka, huTaj, huTaxId, plIdCard, ptCartaoCidadao, ptNiss, roCi } from './recognizers/national-id-europe.js';
import { aeEmiratesId, idNik, idNpwp, saNationalId } from './recognizers/national-id-asia.js';
import { driverLicense, passport } from './recognizers/passport.js';
import { SECRET_TOKENS } from './recognizers/secret-tokens.js';
import { SECRET_GENERIC } from './recognizers/secret-generic.js';

export const RECOGNIZERS: readonly Recognizer[] = Object.freeze([
  email,
  urlScheme,
  urlWww,
  urlBareDomain,
  phone,
  creditCard,
  iban,
  usSsn,
  usBankAccount,
  abaRouting,
  ipv4,
  ipv6,
  btcBase58,
  altcoinBase58,
  btcBech32,
  ethAddress,
  dateNumeric,
  dateShort,
  dateWritten,
  dateWeekday,
  dateMonthCued,
  timeCued,
  ukNino,
  esDni,
  itCodiceFiscale,
  sgNric,
  deSteuerId,
  nlBsn,
  plPesel,
  inAadhaar,
  frNir,
  usItin,
  caSin,
  brCpf,
  brCpfDigits,
  ukNhs,
  auMedicare,
  auTfn,
  ptNif,
  ngNin,
  zaId,
  inPan,
  deIdCard,
  sePersonnummer,
  beNationalNumber,
  trKimlik,
  krRrn,
  phSss,
  esNss,
  dkCpr,
  noFodselsnummer,
  fiHetu,
  czRodneCislo,
  roCnp,
  iePpsn,
  atSvnr,
  clRut,
  mxCurp,
  arDni,
  arCuit,
  cnResidentId,
  hkHkid,
  jpMyNumber,
  pkCnic,
  coCedula,
  vnCccd,
  ukUtr,
  frSpi,
  keKraPin,
  usANumber,
  labelledNationalId,
  deKvnr,
  ptUtente,
  brRg,
  frCni,
  deRvnr,
  chAhv,
  ptNiss,
  ptCartaoCidadao,
  plIdCard,
  roCi,
  huTaxId,
  huTaj,
  grAmka,
  grAfm,
  esHealthCard,
  czOp,
  idNik,
  idNpwp,
  aeEmiratesId,
  saNationalId,
  labelledPostcode,
  passport,
  driverLicense,
  ...SECRET_TOKENS,
  ...SECRET_GENERIC,
]);
