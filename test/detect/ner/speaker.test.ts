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

  it('stays linear on many label lines', () => {
    const text = 'Xyzzyq: hello there\n'.repeat(30_000);
    const t0 = performance.now();
    ner().analyze(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
