import { defineRecognizer } from '../recognizer.js';
import { base58Check, bech32Verify } from '../checksums.js';

/*
 * CRYPTO: Bitcoin legacy/P2SH addresses (base58check, version byte 0x00 or
 * 0x05), SegWit/Taproot addresses (bech32/bech32m checksum, witness version
 * matching the variant) and Ethereum addresses (0x + 40 hex). Three
 * recognizers so the bech32 and Ethereum regexes only run when 'bc1'/'tb1' or
 * '0x' occur.
 */
const CONTEXT = ['bitcoin', 'btc', 'wallet', 'ethereum', 'eth', 'crypto', 'address', 'send', 'usdt', 'metamask'];

export const btcBase58 = defineRecognizer({
  id: 'crypto-btc-base58',
  entity: 'CRYPTO',
  category: 'FINANCIAL',
  patterns: [{ name: 'btc-base58', regex: /[13](?<![A-Za-z0-9][13])[1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/, score: 0.5, minAlnum: 26 }],
  prefilter: { minDigits: 1 }, // starts with the digit 1 or 3
  context: CONTEXT,
  contextBoost: 0.2,
  validate: ({ value }) => {
    const payload = base58Check(value);
    return !!payload && payload.length === 21 && (payload[0] === 0 || payload[0] === 5);
  },
  validScore: 0.95,
  examples: {
    match: ['send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'p2sh 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    noMatch: ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', '1stPlaceWinnerOfTheContestXYZ'],
  },
});

/**
 * Base58check addresses of other coins, by their version byte: Litecoin (0x30 "L", 0x32 "M"), Dogecoin (0x1e "D",
 * 0x16 "9"/"A"), Dash (0x4c "X"), Tron (0x41 "T"). The four-byte checksum makes a chance match negligible.
 */
const ALT_VERSIONS = new Set([0x30, 0x32, 0x1e, 0x16, 0x4c, 0x41]);

export const altcoinBase58 = defineRecognizer({
  id: 'crypto-altcoin-base58',
  entity: 'CRYPTO',
  category: 'FINANCIAL',
  prefilter: { minDigits: 1 },
  patterns: [{ name: 'altcoin-base58', regex: /[LMDA9XT](?<![A-Za-z0-9][LMDA9XT])[1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/, score: 0.5, minAlnum: 26 }],
  context: CONTEXT,
  contextBoost: 0.2,
  validate: ({ value }) => {
    const payload = base58Check(value);
    return !!payload && payload.length === 21 && ALT_VERSIONS.has(payload[0]!);
  },
  validScore: 0.95,
  examples: {
    match: ['doge DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L', 'LTC LUwVrZ9FyE62vDg3xx49fRuPaHPAbxExJE', 'TRX TZ4eeQ8aQyhkLdTtvAXjHPiKySGqiXypqf', 'dash XqKmT9ACu7WMyEPNnecsMoecdM2DFtjxca'],
    noMatch: ['doge DH5yaieqoZN36fDVciNyRueRGvGLR3mr7M', 'TheQuickBrownFoxJumpsOverTheLazyDog1'],
  },
});

export const btcBech32 = defineRecognizer({
  id: 'crypto-btc-bech32',
  entity: 'CRYPTO',
  category: 'FINANCIAL',
  // (and Litecoin's "ltc1", the same scheme)
  patterns: [{ name: 'btc-bech32', regex: /(?:(?:bc1|tb1)(?<![A-Za-z0-9]...)|ltc1(?<![A-Za-z0-9]....))[ac-hj-np-z02-9]{8,87}(?![A-Za-z0-9])|(?:(?:BC1|TB1)(?<![A-Za-z0-9]...)|LTC1(?<![A-Za-z0-9]....))[AC-HJ-NP-Z02-9]{8,87}(?![A-Za-z0-9])/, score: 0.5 }],
  prefilter: { keywords: ['bc1', 'tb1', 'ltc1'] },
  context: CONTEXT,
  contextBoost: 0.2,
  validate: ({ value }) => {
    const kind = bech32Verify(value);
    if (!kind) return false;
    const low = value.toLowerCase();
    const witnessVersion = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'.indexOf(low[low.indexOf('1') + 1]!);
    return (witnessVersion === 0) === (kind === 'bech32');
  },
  validScore: 0.95,
  examples: {
    match: ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'taproot bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', 'LTC ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea'],
    noMatch: ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx', 'abc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
  },
});

export const ethAddress = defineRecognizer({
  id: 'crypto-eth',
  entity: 'CRYPTO',
  category: 'FINANCIAL',
  patterns: [{ name: 'eth', regex: /0x(?<![A-Za-z0-9]0x)[0-9a-fA-F]{40}(?![A-Za-z0-9])/, score: 0.75 }],
  prefilter: { keywords: ['0x'] },
  context: CONTEXT,
  contextBoost: 0.2,
  // All-zero / all-f addresses are placeholders; a 64-hex tx hash does not match (boundary).
  validate: ({ value }) => (/^0x(?:0{40}|f{40})$/i.test(value) ? false : undefined),
  examples: {
    match: ['eth 0x52908400098527886E0F7030069857D2E4169EE7'],
    noMatch: ['0x0000000000000000000000000000000000000000', 'hash 0x52908400098527886E0F7030069857D2E4169EE752908400098527886E0F7030'],
  },
});
