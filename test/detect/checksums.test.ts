import { describe, expect, it } from 'vitest';
import { abaChecksum, base58Check, bech32Verify, ibanChecksum, iso7064Mod11_10, luhn, shannonEntropy, verhoeff } from '../../src/detect/checksums.js';

describe('check digits', () => {
  it('luhn accepts valid card numbers and rejects one-digit changes', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(luhn('378282246310005')).toBe(true);
    expect(luhn('')).toBe(false);
    expect(luhn('12a4')).toBe(false);
  });
  it('IBAN mod-97', () => {
    expect(ibanChecksum('DE89370400440532013000')).toBe(true);
    expect(ibanChecksum('DE89370400440532013001')).toBe(false);
    expect(ibanChecksum('GB82WEST12345698765432')).toBe(true);
  });
  it('Verhoeff (Aadhaar)', () => {
    expect(verhoeff('234123412346')).toBe(true);
    expect(verhoeff('234123412347')).toBe(false);
  });
  it('ISO 7064 mod 11,10 (Steuer-ID)', () => {
    expect(iso7064Mod11_10('86095742719')).toBe(true);
    expect(iso7064Mod11_10('86095742718')).toBe(false);
  });
  it('ABA routing 3-7-1', () => {
    expect(abaChecksum('021000021')).toBe(true);
    expect(abaChecksum('021000022')).toBe(false);
  });
  it('base58check and bech32/bech32m', () => {
    expect(base58Check('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')?.[0]).toBe(0);
    expect(base58Check('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3')).toBeUndefined();
    expect(bech32Verify('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe('bech32');
    expect(bech32Verify('bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297')).toBe('bech32m');
    expect(bech32Verify('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx')).toBeUndefined();
    expect(bech32Verify('BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ')).toBe('bech32');
    expect(bech32Verify('bc1QAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBeUndefined(); // mixed case
  });
  it('Shannon entropy in bits per character', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(shannonEntropy('')).toBe(0);
  });
});
