import { describe, expect, it } from 'vitest';
import { ner, spans } from './helpers.js';

describe('speakers of transcripts and chat exports', () => {
  it('takes a label that speaks twice, even one the name lists do not know', () => {
    const text = 'Anuncio: bici\n\nTxomin: Hola! sigue disponible?\nVendedor: Sí.\nTxomin: Genial, el sábado.';
    expect(spans(text, 'PERSON')).toEqual(['Txomin', 'Txomin']);
  });

  it('takes a known name that speaks once, with a French space before the colon or a title before it', () => {
    expect(spans('[Podcast, épisode 4]\n\nCamille : Bonjour à tous.\nInvitée : Merci.', 'PERSON')).toEqual(['Camille']);
    const text = '[00:14:25] DR. OLUWASEUN BAKARE: Lagos, mostly.\n[00:14:40] HOST: And then?\n[00:14:43] DR. OLUWASEUN BAKARE: Yes.';
    expect(spans(text, 'PERSON')).toEqual(['OLUWASEUN BAKARE', 'OLUWASEUN BAKARE']);
  });

  it("reads Slack's header lines", () => {
    const text = '#design\n\nPriya  3:12 PM\nnew mockups are up\nTomasz  3:15 PM\nlooks good';
    expect(spans(text, 'PERSON')).toEqual(['Priya', 'Tomasz']);
  });

  it('leaves roles of other languages, form labels and codes alone', () => {
    expect(spans('Anuncio\n\nComprador: ainda tem?\nVendedor: tem sim\nComprador: fechado', 'PERSON')).toEqual([]);
    expect(spans('Nome: \nData de nascimento: 7 de outubro de 1994\nMorada: Rua X', 'PERSON')).toEqual([]);
    expect(spans('Sede legale\nP.IVA: 07412350637\nTel: 081 414 3300', 'PERSON')).toEqual([]);
  });

  it("leaves customer-service roles alone and keeps the customer's name", () => {
    expect(spans('Asiakas: moi, paketti puuttuu\nAsiakaspalvelu: Hei! Nimesi?\nAsiakas: Veikko Lindroos', 'PERSON')).toEqual(['Veikko Lindroos']);
    expect(spans('Ügyfél: jó napot\nÜgyintéző: Kérem a nevét.\nÜgyfél: Szabó Ilona', 'PERSON')).toEqual(['Szabó Ilona']);
    expect(spans('Khách: chào em\nNhân viên: Dạ chào chị!\nKhách: chị cần đổi địa chỉ', 'PERSON')).toEqual([]);
  });

  it('takes the speakers of a short chat export whose turns read as chat, each speaking once', () => {
    expect(spans('Ilmari: ootko jo asemalla?\nVenla: joo, tuu äkkiä', 'PERSON')).toEqual(['Ilmari', 'Venla']);
    expect(spans('Tuvshin: hvor er du?\nHjördís: på vei, ti min\nTuvshin: ok', 'PERSON')).toEqual(['Tuvshin', 'Hjördís', 'Tuvshin']);
    // a form's labels each appear once and hold values, not chat
    expect(spans('Potilas: Aarne Pyykkö, hetu 010203-123X\nTulosyy: rintakipu 16.3.', 'PERSON')).not.toContain('Tulosyy');
    expect(spans('Adres: ul. Lipowa 4, Bielsko\nNotatka: prosi o fakturę\nUwagi: brak', 'PERSON')).toEqual([]);
  });

  it('stays linear on many label lines', () => {
    const text = 'Xyzzyq: hello there\n'.repeat(30_000);
    const t0 = performance.now();
    ner().analyze(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('a dialogue names its speakers, and a name found once is found again', () => {
  it('takes a one-word speaker seen once when others speak twice and the text names it', () => {
    const text = 'Lowanna: Jedda can u send ur TFN?\nJedda: 224 819 813\nLowanna: ta. we good';
    expect(spans(text, 'PERSON')).toEqual(['Lowanna', 'Jedda', 'Jedda', 'Lowanna']);
  });
  it('takes a known name in lower case that speaks twice, not a role', () => {
    expect(spans('marguerite: u coming\nxyz: ok\nmarguerite: grand 👍', 'PERSON')).toEqual(['marguerite', 'marguerite']);
    expect(spans('kunde: hej\nmedarbejder: hej hej\nkunde: tak\nmedarbejder: velkommen', 'PERSON')).toEqual([]);
  });
  it('finds the other mentions of a found name written the same way', () => {
    const text = 'Rangers spotted Jasper Kingi-Holloway, 34, near the bay. Kingi-Holloway was taken to hospital.';
    expect(spans(text, 'PERSON')).toEqual(['Jasper Kingi-Holloway', 'Kingi-Holloway']);
  });
  it('leaves a repeat after an article, inside a longer capitalised name, or a word at a sentence start', () => {
    expect(spans('the smith family moved next door; john smith is a blacksmith.', 'PERSON')).toEqual(['john smith']);
    expect(spans('Thanks to Ravi Menon. We ate at Ravi Palace later.', 'PERSON')).toEqual(['Ravi Menon']);
  });
});
