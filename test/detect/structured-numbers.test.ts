import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/detect/analyzer.js';
import { decimalCommaAfter } from '../../src/detect/checksums.js';

const analyzer = createAnalyzer({ names: false });
const run = (text: string) => analyzer.analyze(text).map((f) => [f.entity, text.slice(f.start, f.end)]);

describe('numbers in CSV rows (a comma and a digit after the value)', () => {
  it('finds cards, phones, SSNs and IDs whose next field starts with a digit', () => {
    expect(run('TX-88120,5436649684840280,11/27,74.10,GBP')).toEqual([['CREDIT_CARD', '5436649684840280']]);
    expect(run('4,5436 6496 8484 0280,09/29')).toEqual([['CREDIT_CARD', '5436 6496 8484 0280']]);
    expect(run('311,Dana Whitfield,(214) 941-0982,03/15/2021')).toContainEqual(['PHONE', '(214) 941-0982']);
    expect(run('ring 602-555-0148,3 attempts')).toEqual([['PHONE', '602-555-0148']]);
    expect(run('x,02 37 26 75 60,14/05')).toContainEqual(['PHONE', '02 37 26 75 60']);
    expect(run('emp,148-83-0431,7')).toEqual([['US_SSN', '148-83-0431']]);
    expect(run('Aadhaar,2341 2341 2346,1')).toEqual([['NATIONAL_ID', '2341 2341 2346']]);
  });

  it('finds every value of a comma-separated list', () => {
    expect(run('phones: 312-555-0101,312-555-0187,312-555-0134')).toEqual([
      ['PHONE', '312-555-0101'],
      ['PHONE', '312-555-0187'],
      ['PHONE', '312-555-0134'],
    ]);
  });

  it('keeps amounts with thousands separators or a decimal comma out', () => {
    expect(run('Revenue 4,512,338 and 12,004,771 units')).toEqual([]);
    expect(run('Summe: 3.456.789,12 EUR')).toEqual([]);
    expect(run('Montant 2 345 678,90 €')).toEqual([]);
    expect(run('ssn field empty, balance 234567890,55')).toEqual([]);
  });

  it('decimalCommaAfter tells a decimal comma from a field boundary', () => {
    const at = (s: string, v: string) => decimalCommaAfter(s, s.indexOf(v), s.indexOf(v) + v.length);
    expect(at('1 234 567,89 €', '1 234 567')).toBe(true);
    expect(at('5551234,5', '5551234')).toBe(true);
    expect(at('5551234,06/28', '5551234')).toBe(false);
    expect(at('5551234,123', '5551234')).toBe(false);
    expect(at('555-1234,12', '555-1234')).toBe(false);
    expect(at('5551234, 12', '5551234')).toBe(false);
  });
});

describe('numbers that are not phone numbers', () => {
  it('drops part numbers, OIDs, postcodes, decimals and times', () => {
    expect(run('Part no. 7731-2045-18 is back ordered')).toEqual([]);
    expect(run('SKU: 4471-2290-36')).toEqual([]);
    expect(run('arc 2.16.840.1.113883.19.5 root')).toEqual([]);
    // (a postcode after its label is a LOCATION: recognizers/postcode.ts)
    expect(run('CEP 04538-133, Itaim Bibi')).toEqual([['LOCATION', '04538-133']]);
    expect(run('ratio 0.4471229036')).toEqual([]);
    expect(run('run 2023-11-02 16:40:10 ok').filter(([e]) => e === 'PHONE')).toEqual([]);
    // frequent-flyer and Polish tax numbers
    expect(run('Frequent flyer: 8812 4401 77').filter(([e]) => e === 'PHONE')).toEqual([]);
    expect(run('Sprzedawca: ul. Leśna 7, NIP 736-188-42-19').filter(([e]) => e === 'PHONE')).toEqual([]);
  });

  it('labels Brazilian CPF, Canadian SIN and driver licences instead', () => {
    expect(run('CPF do titular: 529.982.247-25')).toEqual([['NATIONAL_ID', '529.982.247-25']]);
    expect(run('cpf 52998224725')).toEqual([['NATIONAL_ID', '52998224725']]);
    expect(run('Her SIN is 271 493 801.')).toEqual([['NATIONAL_ID', '271 493 801']]);
    expect(run('social insurance number: 615-372-497')).toEqual([['NATIONAL_ID', '615-372-497']]);
    expect(run('NY DL# 712 405 368 on file')).toEqual([['DRIVER_LICENSE', '712 405 368']]);
  });

  it('labels national IDs with their own label and check digit instead (NHS, Medicare, TFN, Aadhaar, Steuernummer)', () => {
    expect(run('NHS No. 943 476 5919')).toEqual([['NATIONAL_ID', '943 476 5919']]);
    expect(run('bulk bill to Medicare card 2123 45670 1. Thanks')).toEqual([['NATIONAL_ID', '2123 45670 1']]);
    expect(run('The TFN you put on the onboarding form (123 456 782) is wrong')).toEqual([['NATIONAL_ID', '123 456 782']]);
    expect(run('Aadhaar 2341 2341 2346. Registered mobile 98765 43210')).toEqual([['NATIONAL_ID', '2341 2341 2346'], ['PHONE', '98765 43210']]);
    expect(run('Steuernummer 29/396/73452.')).toEqual([]);
  });

  it('drops the tail of an IBAN, brackets around dates and year-serial report numbers', () => {
    expect(run('the form accepted NL27 TRIO 3042 7156 71 although the checksum is wrong')).toEqual([]);
    expect(run('geboortedatum (05-01-1998) bekend')).toEqual([['DATE_TIME', '05-01-1998']]);
    expect(run('INCIDENT REPORT 2022-844013')).toEqual([]);
  });

  it('keeps real phones near those words', () => {
    expect(run('I returned the item, call me at 415-555-2671')).toEqual([['PHONE', '415-555-2671']]);
    expect(run('Insurance hotline: 1-800-555-0199')).toEqual([['PHONE', '1-800-555-0199']]);
    expect(run('llámame sin falta al 615 372 497')).toEqual([['PHONE', '615 372 497']]);
    expect(run('mobile 98765 43210')).toEqual([['PHONE', '98765 43210']]);
    expect(run('Celular: (11) 96511-7678')).toEqual([['PHONE', '(11) 96511-7678']]);
    expect(run('wa: 9433936845. send the deck')).toEqual([['PHONE', '9433936845']]);
    expect(run('confirm the line: is it 08062622051?')).toEqual([['PHONE', '08062622051']]);
  });
});

describe('national IDs with their check digits and labels', () => {
  it.each([
    ['NHS number: 9434765919', '9434765919'],
    ['Medicare card 2123 45670 1', '2123 45670 1'],
    ['tax file number: 123456782', '123456782'],
    ['Cliente: Rui Sousa | NIF 125372531', '125372531'],
    ['número de contribuinte 501 964 843', '501 964 843'],
    ['My NIN is 45249254595, registered name', '45249254595'],
    ['SA ID: 8002104643083', '8002104643083'],
    ['ID number 9510248996083, name Thabo', '9510248996083'],
    ['PAN: BNKPC9722H. Aadhaar', 'BNKPC9722H'],
    ['Personalausweisnummer: L6028J1JL7', 'L6028J1JL7'],
    ['personnummer 811218-9876', '811218-9876'],
    ['rijksregisternummer 85.07.30-033.28', '85.07.30-033.28'],
    ['TC Kimlik No: 10000000146', '10000000146'],
    ['RRN 800101-1234560', '800101-1234560'],
  ])('%s', (text, want) => {
    expect(run(text)).toContainEqual(['NATIONAL_ID', want]);
  });

  it.each([
    'NHS No. 943 476 5918',
    'Medicare card 2123 45671 1',
    'TFN 123 456 783',
    'NIF 125372532',
    'NIN: 08056039388 is my line',
    'SA ID: 8002104643084',
    'EAN 8002104643083',
    'pan=ABCPD1234E status=VERIFIED',
    'PAN: BNKDE4812F',
    'Personalausweisnummer: L6028J1JL8',
    'ticket L6028J1JL7',
    'personnummer 811218-9875',
    'rijksregisternummer 85.07.30-033.29',
    'TC Kimlik No: 10000000147',
    'RRN 800101-1234568',
  ])('not %s', (text) => {
    expect(run(text).filter(([e]) => e === 'NATIONAL_ID')).toEqual([]);
  });
});

describe('delimited tables: a column header is context for its cells', () => {
  it('finds IDs in rows far below their header, and no phone in an ID column', () => {
    const bsn = 'klant;naam;bsn;stad\n1;A. de Vries;197886759;Delft\n2;B. Jansen;530255108;Breda';
    expect(run(bsn).filter(([e]) => e === 'NATIONAL_ID')).toEqual([['NATIONAL_ID', '197886759'], ['NATIONAL_ID', '530255108']]);
    const tr = 'ad,tckn,sehir\nAyse Kaya,38137443384,Izmir\nMert Can,74426041862,Bursa';
    expect(run(tr).filter(([e]) => e === 'NATIONAL_ID').map(([, v]) => v)).toEqual(['38137443384', '74426041862']);
    const se = 'namn\tpersonnummer\ttelefon\nEva Lind\t850614-2374\t070-123 45 67\nOla Berg\t930228-1044\t070-765 43 21';
    expect(run(se).filter(([e]) => e === 'NATIONAL_ID').map(([, v]) => v)).toEqual(['850614-2374', '930228-1044']);
    expect(run(se).filter(([e]) => e === 'PHONE').map(([, v]) => v)).toEqual(['070-123 45 67', '070-765 43 21']);
  });

  it("reads a country-neutral header over several countries' numbers, each by its own check digits", () => {
    const t = 'name,country,national_id\nKadri Tamm,Estonia,48807048290\nTomás Ó Riain,Ireland,0120838G';
    expect(run(t).filter(([e]) => e === 'NATIONAL_ID').map(([, v]) => v)).toEqual(['48807048290', '0120838G']);
    // a US number's own label is the SSN's
    expect(run('Taxpayer Identification Number (SSN): 143461389')).toEqual([['US_SSN', '143461389']]);
  });

  it('drops barcodes in a barcode column and reads a licence column', () => {
    expect(run('sku,title,ean\nA-1,Lamp,0036000291452\nA-2,Desk,0012000161155').filter(([e]) => e === 'PHONE')).toEqual([]);
    expect(run('name,state,dl_number\nJo Ray,PA,21 345 678\nKim Lo,NJ,K1234 56789 01234')).toEqual([
      ['DRIVER_LICENSE', '21 345 678'],
      ['DRIVER_LICENSE', 'K1234 56789 01234'],
    ]);
  });

  it('needs the same number of delimiters on every line: prose with commas is no table', () => {
    const prose = 'Dear team, please check the attached bsn list, thanks\nThe numbers below are plain references to order lines:\nfirst, 197886759, ok';
    expect(run(prose).filter(([e]) => e === 'NATIONAL_ID')).toEqual([]);
  });
});

describe('more national IDs and labels', () => {
  it.each([
    ['SSS No.: 34-1234567-8', '34-1234567-8'],
    ['nº afiliación SS 46/51234987/15', '46/51234987/15'],
    ['Número de afiliación a la Seguridad Social: 28 30456712 10', '28 30456712 10'],
    ['Anställd: pnr 850614-2374', '850614-2374'],
    ['Hasta TC: 74426041862, kontrol', '74426041862'],
    ['minha chave pix é 52998224725', '52998224725'],
    ['KYC done, reference 2341 2341 2346', '2341 2341 2346'],
  ])('%s', (text, want) => {
    expect(run(text)).toContainEqual(['NATIONAL_ID', want]);
  });

  it('reads a Portuguese mobile as a phone, not a NIF, and drops year serials and git dates as phones', () => {
    expect(run('Senhorio: tlm. 936 114 208. NIF em anexo')).toEqual([['PHONE', '936 114 208']]);
    expect(run('Zgłoszenie nr 2025/03/40217 przyjęte').filter(([e]) => e === 'PHONE')).toEqual([]);
    expect(run('Case No. 0457/2023, filed').filter(([e]) => e === 'PHONE')).toEqual([]);
    expect(run('Date:   Tue Mar 5 09:14:27 2024 +0100').filter(([e]) => e === 'PHONE')).toEqual([]);
    expect(run('pay to NL91 4405 2598 9848 today').filter(([e]) => e === 'PHONE')).toEqual([]);
    expect(run('Org.nr 559204-1187, Stockholm').filter(([e]) => e === 'PHONE')).toEqual([]);
  });

  it('rejects SSS and NSS numbers without their label or check digits', () => {
    expect(run('ref 34-1234567-8').filter(([e]) => e === 'NATIONAL_ID')).toEqual([]);
    expect(run('nº afiliación SS 46/51234987/16').filter(([e]) => e === 'NATIONAL_ID')).toEqual([]);
  });
});

describe('licence and passport formats', () => {
  it('finds Colorado, Washington and California licences after a licence word, not as passports', () => {
    expect(run('CO DL 12-345-6789 on file')).toEqual([['DRIVER_LICENSE', '12-345-6789']]);
    expect(run("WA driver's license WDLAB12CD3EF")).toEqual([['DRIVER_LICENSE', 'WDLAB12CD3EF']]);
    expect(run('Passport: 561234987\nCalifornia DL: B7654321')).toEqual([
      ['PASSPORT', '561234987'],
      ['DRIVER_LICENSE', 'B7654321'],
    ]);
    expect(run('Pasaport no: S19283746.')).toEqual([['PASSPORT', 'S19283746']]);
  });

  it('finds UK, Florida and New York driving licences after a licence word', () => {
    expect(run('driving licence: BAKER862104JT4WQ')).toEqual([['DRIVER_LICENSE', 'BAKER862104JT4WQ']]);
    expect(run('driving licence: BAKER892134JT4WQ')).toEqual([['DRIVER_LICENSE', 'BAKER892134JT4WQ']]);
    expect(run('FL driver license B625-190-77-412-0')).toEqual([['DRIVER_LICENSE', 'B625-190-77-412-0']]);
    expect(run("Ontario driver's licence: G5519-81620-57115 · Class G")).toEqual([['DRIVER_LICENSE', 'G5519-81620-57115']]);
  });

  it('finds French passport numbers after a passport word', () => {
    expect(run('Passport: 17TI72448')).toEqual([['PASSPORT', '17TI72448']]);
    expect(run('Flight 17TI72448')).toEqual([]);
  });

  it('finds German passport serials after a passport word, with or without the check digit', () => {
    expect(run('Reisepass: L4HY7NR25')).toEqual([['PASSPORT', 'L4HY7NR25']]);
    expect(run('passport no. L4HY7NR258')).toEqual([['PASSPORT', 'L4HY7NR258']]);
    expect(run('passport no. L4HY7NR259')).toEqual([]);
  });
});

describe('four-part versions and catalogue numbers', () => {
  it('drops versions in user agents and after firmware or section words', () => {
    expect(run('UA: Mozilla/5.0 (Windows NT 10.0) Edg/118.0.2088.76 Chrome/118.0.0.0')).toEqual([]);
    expect(run('firmware 4.2.17.3 installed')).toEqual([]);
    expect(run('as in section 3.1.4.2')).toEqual([]);
  });

  it('keeps real addresses', () => {
    expect(run('ip 4.3.2.1 and gateway 10.0.0.254')).toEqual([
      ['IP_ADDRESS', '4.3.2.1'],
      ['IP_ADDRESS', '10.0.0.254'],
    ]);
    expect(run('curl http://172.16.4.20/health')).toEqual([['URL', 'http://172.16.4.20/health']]);
  });

  it('takes the account of a cheque MICR line, not the routing number between transit symbols, as the account', () => {
    expect(run('MICR: ⑆021000021⑆ 521605499074⑈ 5290')).toContainEqual(['US_BANK_NUMBER', '521605499074']);
  });

  it('does not take a SKU for an SSN', () => {
    expect(run('SKU 234-56-7890 restocked')).toEqual([]);
    expect(run('SSN 234-56-7890 verified')).toEqual([['US_SSN', '234-56-7890']]);
  });
});

describe('national IDs with check digits: Nordic, Central European, Latin American and Asian', () => {
  // Values generated with their check digits (or published samples: HETU 131052-308T, SVNR 1237 010180,
  // CURP BOXW310820HNERXN09, CUIT 20-26756539-3, CN 11010519491231002X, HKID A123456(3), My Number 123456789018).
  it.each([
    ['CPR-nr.: 070761-4285', '070761-4285'],
    ['fødselsnummer: 010107 50160', '010107 50160'],
    ['Fnr 43039012341', '43039012341'],
    ['HETU: 131052-308T', '131052-308T'],
    ['henkilötunnus 150198A123R', '150198A123R'],
    ['rodné číslo: 710319/2745', '710319/2745'],
    ['CNP: 1630615123457', '1630615123457'],
    ['PPS number 1234567FA', '1234567FA'],
    ['PPSN: 7654321G', '7654321G'],
    ['Sozialversicherungsnummer 4565 120585', '4565 120585'],
    ['RUT: 15.876.322-2', '15.876.322-2'],
    ['CURP: GOPL850412MDFNRR09', 'GOPL850412MDFNRR09'],
    ['DNI 30.123.456', '30.123.456'],
    ['CUIT 20-26756539-3', '20-26756539-3'],
    ['身份证号：440304198506123412', '440304198506123412'],
    ['HKID: K765432(4)', 'K765432(4)'],
    ['マイナンバー: 4321 9876 5438', '4321 9876 5438'],
  ])('%s', (text, want) => {
    expect(run(text)).toContainEqual(['NATIONAL_ID', want]);
  });

  it.each([
    // a wrong check digit (or an impossible date for the Danish CPR)
    'CPR-nr.: 320761-4285',
    'fødselsnummer: 010107 50161',
    'HETU: 131052-308U',
    'rodné číslo: 710319/2746',
    'CNP: 1630615123458',
    'PPSN: 7654321H',
    'Sozialversicherungsnummer 4566 120585',
    'RUT: 15.876.322-3',
    'CURP: GOPL850412MDFNRR08',
    'CUIT 20-26756539-4',
    '身份证号：440304198506123413',
    'HKID: K765432(5)',
    'マイナンバー: 4321 9876 5437',
    // valid values without their label
    'ordre 070761-4285',
    'ref 131052-308T',
    'obj. 710319/2745',
    'comanda 1630615123457',
    'ref 7654321G',
    'pedido 15.876.322-2',
    'folio GOPL850412MDFNRR09',
    'factura 20-26756539-3',
    'order 440304198506123412',
    'flight K765432(4)',
  ])('%s', (text) => {
    expect(run(text).filter(([e]) => e === 'NATIONAL_ID')).toEqual([]);
  });
});
