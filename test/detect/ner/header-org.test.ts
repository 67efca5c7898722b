import { describe, expect, it } from 'vitest';
import { spans } from './helpers.js';

describe("a document header's organisation ('Kind – Name')", () => {
  it('takes the name after a form, list or letter kind, in any language, up to its seat after a comma', () => {
    expect(spans('Anmeldung – Ruderverein Kleinhesselohe\nName: Benedikt Auer\nGeburtsdatum: 03.04.2011', 'ORGANIZATION')).toEqual(['Ruderverein Kleinhesselohe']);
    expect(spans('Lista obecności – Pracownia Ceramiki Glinka, Toruń\n1. Alicja Wrona\n2. Marek Sowa', 'ORGANIZATION')).toEqual(['Pracownia Ceramiki Glinka']);
    expect(spans('Lähete – Oulun kaupunginsairaala\nPotilas: Aarne Pyykkö', 'ORGANIZATION')).toEqual(['Oulun kaupunginsairaala']);
    expect(spans('SOLICITUD DE INGRESO – Quesería Valdeón\nNombre: Inés Rábade', 'ORGANIZATION')).toEqual(['Quesería Valdeón']);
  });

  it('leaves a person, a place, plain words and references alone', () => {
    expect(spans('Itinerary – Lachlan & Hope Fitzgerald\nDay 1: Sydney', 'ORGANIZATION')).toEqual([]);
    expect(spans('Customer 360 – Thandeka Mabuza-Khumalo\nSegment: retail', 'ORGANIZATION')).toEqual([]);
    expect(spans('Forum Zimmo – Gent\nIemand ervaring met deze makelaar?', 'ORGANIZATION')).toEqual([]);
    expect(spans('DVLA – Change of address\nDear customer,', 'ORGANIZATION')).toEqual(['DVLA']);
    expect(spans("ServiceOntario — Driver's Licence Renewal Notice\nAMANDA J. MACDONALD", 'ORGANIZATION')).toEqual([]);
    expect(spans('BOOKING CONFIRMATION — Ref K7P2QZ\nPassenger 1: MR KENJI WATANABE', 'ORGANIZATION')).toEqual([]);
    expect(spans('NOTA FISCAL – Nº 000.482\nPrestador: Andrade', 'ORGANIZATION')).toEqual([]);
  });

  it('reads "Organisation — kind" the other way round: the kind after the name is no organisation', () => {
    expect(spans('Universitetet i Tromsø — Studiebekreftelse\nKari Nordmann, f.nr. 01019912345', 'ORGANIZATION')).not.toContain('Studiebekreftelse');
    expect(spans('Forum Gravidanza — Sezione Lombardia\nCiao ragazze', 'ORGANIZATION')).toEqual([]);
  });

  it('needs the header to head more lines', () => {
    expect(spans('Lista płac – Piekarnia Złoty Kłos', 'ORGANIZATION')).toEqual([]);
  });
});
