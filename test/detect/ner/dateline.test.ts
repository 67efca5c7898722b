import { describe, expect, it } from 'vitest';
import { spans } from './helpers.js';

describe('a news dateline ("TOWN, Date (Agency) —")', () => {
  it('names the town in capitals and the agency in brackets', () => {
    const wire = 'VALPARAÍSO, Chile (AP) — Firefighters battled a blaze on Feb. 15 near the port.';
    expect(spans(wire, 'LOCATION')).toEqual(['VALPARAÍSO', 'Chile']);
    expect(spans(wire, 'ORGANIZATION')).toEqual(['AP']);
    expect(spans('LONDON, May 6 (PA) — Thistlecroft Foods has agreed to buy a rival.', 'ORGANIZATION')).toContain('PA');
    expect(spans('LONDON, May 6 (PA) — Thistlecroft Foods has agreed to buy a rival.', 'LOCATION')).toEqual(['LONDON']);
    expect(spans('AUCKLAND (RNZ) — Kauri Coast Dairy will close its plant.', 'ORGANIZATION')).toContain('RNZ');
    expect(spans('Report filed.\nMANILA (Kyodo) — Typhoon evacuees returned home.', 'ORGANIZATION')).toEqual(['Kyodo']);
  });

  it('needs the town in capitals at a line start, and the dash after the bracket', () => {
    expect(spans('Update (PR) — merged the fix.', 'ORGANIZATION')).toEqual([]);
    expect(spans('We met in LONDON (PA) yesterday.', 'ORGANIZATION')).toEqual([]);
    expect(spans('NOTE (draft) - see below', 'LOCATION')).toEqual([]);
  });
});
