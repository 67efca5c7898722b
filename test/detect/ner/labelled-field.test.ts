import { describe, expect, it } from 'vitest';
import { ner, spans } from './helpers.js';

describe('values labelled by a form field or a table column inside text', () => {
  it('takes form fields in several languages, two to a line', () => {
    const text = 'APPLICATION\n\nSurname: OKAFOR        Forename(s): Adaeze\nNom : Lefebvre   Prénom : Anaïs\nNachname: Brandstätter\nPLZ: 80331\n';
    expect(spans(text, 'PERSON')).toEqual(['OKAFOR', 'Adaeze', 'Lefebvre', 'Anaïs', 'Brandstätter']);
    expect(spans(text, 'LOCATION')).toEqual(['80331']);
  });

  it("reads 'name' of Nordic, Baltic, South Slavic, Slovak, Swahili, Tagalog and Cyrillic forms, and FHIR's given/family columns", () => {
    expect(spans('Navn: Torgeir Sæbø\nCPR: 010203-1234', 'PERSON')).toEqual(['Torgeir Sæbø']);
    expect(spans('Vardas, pavardė: Gintarė Žemaitytė\nTel.: +370 612 34567', 'PERSON')).toEqual(['Gintarė Žemaitytė']);
    expect(spans('Jina kamili: Rehema Mwakyusa\nSimu: 0712 345 678', 'PERSON')).toEqual(['Rehema Mwakyusa']);
    expect(spans('Име и фамилия: Радослава Пенчева\nГрад: Пловдив', 'PERSON')).toEqual(['Радослава Пенчева']);
    expect(spans('id|given|family|country\n7|Oddný|Þorsteinsdóttir|IS\n8|Kalju|Saar|EE', 'PERSON')).toEqual(['Oddný', 'Þorsteinsdóttir', 'Kalju', 'Saar']);
  });

  it("reads 'address' of Swedish, Finnish, Baltic, Icelandic, Slovene, Spanish and Cyrillic forms, a street's lower-case abbreviation first", () => {
    expect(spans('Adress: Rinkebysvängen 40, 163 72 Spånga\nTelefon: 070-555 12 84', 'LOCATION')).toEqual(['Rinkebysvängen 40, 163 72 Spånga']);
    expect(spans('Aadress: Pärnu mnt 22, 10141 Tallinn', 'LOCATION')).toEqual(['Pärnu mnt 22, 10141 Tallinn']);
    expect(spans('Адрес: ул. Шипка 6, 1504 София\nТелефон: +359 2 555 0101', 'LOCATION')).toEqual(['ул. Шипка 6, 1504 София']);
    expect(spans('Domicilio: Gascón 450, C1181ACH, CABA', 'LOCATION')).toEqual(['Gascón 450, C1181ACH, CABA']);
  });

  it("drops a person's titles and leaves a town after a comma to the place finder", () => {
    const text = 'Hausarzt: Dr. med. Jannis Oberholzer, Ingolstadt\nAufnahme: 19.03.2025';
    expect(spans(text, 'PERSON')).toEqual(['Jannis Oberholzer']);
    expect(spans(text, 'LOCATION')).toEqual(['Ingolstadt']);
  });

  it('keeps the son-of form and drops a bracketed note in the label', () => {
    expect(spans('Full name (as in NRIC): Kumaran s/o Pillai\nMobile: +65 9123 4567', 'PERSON')).toEqual(['Kumaran s/o Pillai']);
  });

  it('takes the name, place and company columns of a pasted table, whatever the delimiter', () => {
    const csv = 'cognome,nome,codice_fiscale,sede\nRusso,Chiara,RSSCHR85M41F205Z,Milano\nGallo,Marco,GLLMRC90A01L219X,Torino';
    expect(spans(csv, 'PERSON')).toEqual(['Russo', 'Chiara', 'Gallo', 'Marco']);
    expect(spans(csv, 'LOCATION')).toEqual(['Milano', 'Torino']);
    const semi = 'Nachname;Vorname;Firma;Ort\nHuber;Lena;Bäckerei Huber;Rosenheim\nDemir;Emre;Demir Bau;Augsburg';
    expect(spans(semi, 'PERSON')).toEqual(['Huber', 'Lena', 'Demir', 'Emre']);
    expect(spans(semi, 'ORGANIZATION')).toEqual(['Bäckerei Huber', 'Demir Bau']);
  });

  it('leaves YAML keys, transcript speakers, coarse form places and sales regions alone', () => {
    expect(spans('metadata:\n  name: invoice-api\nspec:\n  containers:\n    - name: app\n', 'PERSON')).toEqual([]);
    expect(spans('Agent: Anything else?\nClient: No thats all, cheers', 'PERSON')).toEqual([]);
    expect(spans('License #: P8205250  State: CA\nDOB: 11/05/1977', 'LOCATION')).toEqual([]);
    expect(spans('date,region,revenue\n2024-01-01,EMEA,120394.22\n2024-02-01,APAC,98211.07', 'LOCATION')).toEqual([]);
  });

  it('ignores prose with colons and commas', () => {
    expect(spans('Note: the name: field is optional, see below: thanks', 'PERSON')).toEqual([]);
  });

  it('splits quoted CSV cells at delimiters outside the quotes, and takes a quoted value without its quotes', () => {
    // (the quoted cell holds the delimiter: "Smith" is in the second column, the postcodes in the third)
    expect(spans('first,last,plz\n"Ann, Jr",Smith,12345\n"Bo, Sr",Lee,23456', 'LOCATION')).toEqual(['12345', '23456']);
    const hr = 'Name,Province,SIN\n"Tremblay, Marie-Ève",QC,910 319 359\n"Singh, Harjit",ON,548 616 440';
    expect(spans(hr, 'PERSON')).toEqual(['Tremblay, Marie-Ève', 'Singh, Harjit']);
    const de = 'Personalnr;Nachname;Vorname;Anschrift\n47601;Özdemir;Aylin;"Lindenstraße 14, 50674 Köln"\n65886;von Allwörden;Friederike;"Königsbrücker Straße 36, 01099 Dresden"';
    expect(spans(de, 'PERSON')).toEqual(['Özdemir', 'Aylin', 'von Allwörden', 'Friederike']);
  });

  it('knows the name and address columns of Greek, Romanian, Indonesian, Vietnamese and Hungarian tables', () => {
    const el = 'Κωδ.;Επώνυμο;Όνομα;Διεύθυνση\n51;Παπαδόπουλος;Γιώργος;"Ερμού 25, 105 63 Αθήνα"';
    expect(spans(el, 'PERSON')).toEqual(['Παπαδόπουλος', 'Γιώργος']);
    expect(spans(el, 'LOCATION')).toEqual(['Ερμού 25, 105 63 Αθήνα']);
    expect(spans('Nr.;Nume;Prenume;Domiciliu\n1;Popescu;Andreea-Ioana;"Str. Victoriei nr. 12, București"', 'PERSON')).toEqual(['Popescu', 'Andreea-Ioana']);
    expect(spans('No;Nama;Alamat\n3;I Made Wirawan;"Jl. Dago No. 112, Bandung"', 'PERSON')).toEqual(['I Made Wirawan']);
    expect(spans('Sicil;Ad Soyad;Adres\n1044;Ayşe Yıldırım;"Bağdat Cad. No:212 D:5, 34728 Kadıköy/İstanbul"', 'LOCATION')).toEqual(['Bağdat Cad. No:212 D:5, 34728 Kadıköy/İstanbul']);
  });

  it('reads a bare "name" column beside price or stock columns as products', () => {
    expect(spans('sku,name,price,qty\nMUG-001,"Summer Mug",12.99,40\nCAP-7,"Hunter Green Cap",18.50,7', 'PERSON')).toEqual([]);
  });

  it('stays linear on long inputs full of colons and delimiters', () => {
    const colons = 'Name: '.repeat(40_000);
    const cells = ('nome;' + 'x;'.repeat(50) + '\n').repeat(2_000);
    for (const text of [colons, cells]) {
      const t0 = performance.now();
      ner().analyze(text);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});

describe('JSON pasted into a text', () => {
  it('reads "name": "..." and "city": "..." as labelled values', () => {
    const text = 'users = [\n    {"name": "Evander Holloway", "email": "e.h@example.org", "city": "Leeds"},';
    expect(spans(text, 'PERSON')).toEqual(['Evander Holloway']);
    expect(spans(text, 'LOCATION')).toEqual(['Leeds']);
  });
  it('stays linear on many quoted colons', () => {
    const text = 'x": '.repeat(50_000);
    const t0 = performance.now();
    spans(text, 'PERSON');
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('form fields of scripts without case', () => {
  it('reads names and addresses after a full-width colon (Chinese, Japanese) and after labels in Hebrew, Persian and Korean', () => {
    const zh = '入职登记表 — 杭州云帆科技有限公司\n姓名：陈思远\n住址：浙江省杭州市西湖区文三路259号\n紧急联系人：陈建国（父亲）';
    expect(spans(zh, 'PERSON')).toEqual(['陈思远', '陈建国']);
    expect(spans(zh, 'LOCATION')).toEqual(['浙江省杭州市西湖区文三路259号']);
    expect(spans('社員情報\n氏名：高畑 慎之介　個人番号：8203 9501 1941', 'PERSON')).toEqual(['高畑 慎之介']);
    expect(spans('טופס הצטרפות\nשם: נועה ברקאי\nכתובת: רחוב הרצל 45, חיפה', 'PERSON')).toEqual(['נועה ברקאי']);
    expect(spans('טופס הצטרפות\nשם: נועה ברקאי\nכתובת: רחוב הרצל 45, חיפה', 'LOCATION')).toEqual(['רחוב הרצל 45, חיפה']);
    expect(spans('نام و نام خانوادگی: امیرحسین کاظمی‌نژاد\nنشانی: تهران، خیابان ولیعصر، پلاک ۱۲', 'PERSON')).toEqual(['امیرحسین کاظمی‌نژاد']);
    expect(spans('회원가입 신청서\n성명: 윤서하\n연락처: 010-5555-0199', 'PERSON')).toEqual(['윤서하']);
  });

  it('leaves labels that name no person or place alone', () => {
    expect(spans('注意：请勿在此处填写\n备注：无', 'PERSON')).toEqual([]);
    expect(spans('日付：2025年3月28日\n件名：会議のお知らせ', 'PERSON')).toEqual([]);
  });
});

describe('JSON keys inside a text as field names', () => {
  it('reads a country code or a customer under its key, as structured data does', () => {
    expect(spans('{"ip":"102.89.33.146","country":"NG","ua":"Mozilla/5.0"}', 'LOCATION')).toEqual(['NG']);
    expect(spans('{"state": "pending", "customer": "Jane Doe"}', 'PERSON')).toEqual(['Jane Doe']);
    expect(spans('{"state": "pending", "customer": "Jane Doe"}', 'LOCATION')).toEqual([]);
  });
});
