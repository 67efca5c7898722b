import { describe, expect, it } from 'vitest';
import { labelToBlobMetadata, validateOutputMetadata } from '../../../src/io/blob/labels.js';
import type { OutputMetadata } from '../../../src/io/source.js';

const tags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, `v${i}`]));

describe('validateOutputMetadata', () => {
  it.each<[string, OutputMetadata]>([
    ['ten tags', { tags: tags(10) }],
    ['128-char key, 256-char value', { tags: { ['k'.repeat(128)]: 'v'.repeat(256) } }],
    ['every allowed tag character', { tags: { 'ok key+-./:=_': 'A-z 0.9+/:=_' } }],
    ['an empty tag value', { tags: { k: '' } }],
    ['snake_case metadata', { metadata: { policy_sha256: 'ab12', _x: 'y' } }],
    ['metadata of exactly 8 KiB', { metadata: { k: 'v'.repeat(8191) } }],
  ])('accepts %s', (_, meta) => {
    expect(() => validateOutputMetadata(meta)).not.toThrow();
  });

  it.each<[string, OutputMetadata, RegExp]>([
    ['eleven tags', { tags: tags(11) }, /11 index tags/],
    ['an empty tag key', { tags: { '': 'v' } }, /1-128/],
    ['a 129-char tag key', { tags: { ['k'.repeat(129)]: 'v' } }, /1-128/],
    ['a 257-char tag value', { tags: { k: 'v'.repeat(257) } }, /256/],
    ['a comma in a tag value', { tags: { categories: 'PII,FINANCIAL' } }, /value has characters/],
    ['an @ in a tag key', { tags: { 'a@b': 'v' } }, /key "a@b" has characters/],
    ['an upper-case metadata key', { metadata: { PolicyHash: 'x' } }, /lower-case identifier/],
    ['a hyphen in a metadata key', { metadata: { 'tool-version': 'x' } }, /lower-case identifier/],
    ['a metadata key starting with a digit', { metadata: { '1x': 'x' } }, /lower-case identifier/],
    ['non-ASCII metadata', { metadata: { owner: 'café' } }, /printable ASCII/],
    ['metadata over 8 KiB', { metadata: { a: 'v'.repeat(4096), b: 'v'.repeat(4096) } }, /8192 allowed/],
  ])('rejects %s with a usage error', (_, meta, message) => {
    expect(() => validateOutputMetadata(meta)).toThrow(message);
    try {
      validateOutputMetadata(meta);
    } catch (e) {
      expect((e as { code: string }).code).toBe('USAGE');
    }
  });

  it('never repeats a tag or metadata value in the error', () => {
    expect(() => validateOutputMetadata({ tags: { k: 'secret,value' } })).toThrow(/^(?!.*secret).*$/s);
    expect(() => validateOutputMetadata({ metadata: { k: 'sécret' } })).toThrow(/^(?!.*sécret).*$/s);
  });
});

describe('labelToBlobMetadata', () => {
  it('builds tags and metadata that pass the limits', () => {
    const meta = labelToBlobMetadata({
      level: 'highly-confidential', categories: ['PII', 'FINANCIAL'], policySha256: 'a'.repeat(64), toolVersion: '0.1.0',
      inputSha256: 'b'.repeat(64), outputSha256: 'c'.repeat(64), keyIds: ['k1', 'k2'],
      entityCounts: { EMAIL: 3, CREDIT_CARD: 1, 'MY-ID': 2 },
    });
    expect(meta.tags).toEqual({
      sensitivity: 'highly-confidential', categories: 'FINANCIAL PII', labelled_by: 'genai-sanitize',
      policy_sha256: 'a'.repeat(64), tool_version: '0.1.0',
    });
    expect(meta.metadata).toMatchObject({
      sensitivity: 'highly-confidential', categories: 'FINANCIAL,PII', key_ids: 'k1,k2',
      entity_counts: 'CREDIT_CARD:1,EMAIL:3,MY_ID:2', output_sha256: 'c'.repeat(64),
    });
    expect(() => validateOutputMetadata(meta)).not.toThrow();
  });

  it('drops entity counts rather than exceed 8 KiB of metadata', () => {
    const many = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`CUSTOM_ENTITY_${i}`, i]));
    const meta = labelToBlobMetadata({ level: 'general', categories: [], entityCounts: many });
    expect(meta.metadata?.entity_counts).toBeUndefined();
    expect(meta.tags?.categories).toBe('none');
    expect(() => validateOutputMetadata(meta)).not.toThrow();
  });
});
