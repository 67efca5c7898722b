import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/detect/analyzer.js';
import { GSError } from '../../src/errors.js';
import type { Finding } from '../../src/types.js';

const analyzer = createAnalyzer({ names: false });
const values = (text: string, fs: Finding[]) => fs.map((f) => [f.entity, text.slice(f.start, f.end)]);
const run = (text: string, a = analyzer, ctx?: { fieldName?: string }) => values(text, a.analyze(text, ctx));

describe('createAnalyzer', () => {
  it('finds structured values in a chat turn with exact UTF-16 offsets (non-BMP text before them)', () => {
    const text = '😀👍 mail juvenal.marquardt42@gmail.com or call +1 344 495 5750; card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00.';
    const fs = analyzer.analyze(text);
    expect(values(text, fs)).toEqual([
      ['EMAIL', 'juvenal.marquardt42@gmail.com'],
      ['PHONE', '+1 344 495 5750'],
      ['CREDIT_CARD', '4111 1111 1111 1111'],
      ['IBAN', 'DE89 3704 0044 0532 0130 00'],
    ]);
    expect(fs[0].start).toBe(text.indexOf('juvenal'));
    for (const f of fs) {
      expect(f.score).toBeGreaterThanOrEqual(0.5);
      expect(f.score).toBeLessThanOrEqual(1);
      expect(f.recognizer).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('returns findings sorted by start and pairwise non-overlapping', () => {
    const text = 'postgres://admin:Tr0ub4dor99@db.example.com:5432/app and https://x.example.org?sv=2022-11-02&sig=Jm8Yq1kZ3yV5n0o2C4pR6tW8xA1bD3fH5jL7nP9rT2s%3D';
    const fs = analyzer.analyze(text);
    for (let i = 1; i < fs.length; i++) expect(fs[i].start).toBeGreaterThanOrEqual(fs[i - 1].end);
    expect(values(text, fs)).toContainEqual(['SECRET', 'Tr0ub4dor99']);
    expect(values(text, fs)).toContainEqual(['SECRET', 'Jm8Yq1kZ3yV5n0o2C4pR6tW8xA1bD3fH5jL7nP9rT2s%3D']);
  });

  it('rejects digit runs that only look like identifiers', () => {
    expect(run('Release 6.15.13 fixed 151 bugs; order #492891 shipped, total $6,987.07.')).toEqual([]);
    expect(run('The test card 4111 1111 1111 1112 fails Luhn.')).toEqual([]);
    expect(run('Order 4928913456 shipped in 12 boxes.')).toEqual([]);
    expect(run('Upgrade to version 4.1.2.10 today.')).toEqual([]);
  });

  it('uses context words as whole words only (Presidio #1061: "lic" inside "duplicate")', () => {
    expect(run('duplicate entry 12345678 in the table')).toEqual([]);
    expect(run("driver's license D1234567")).toEqual([['DRIVER_LICENSE', 'D1234567']]);
  });

  it('treats the field name as a context cue', () => {
    expect(run('697592461')).toEqual([]);
    expect(run('697592461', analyzer, { fieldName: 'ssn' })).toEqual([['US_SSN', '697592461']]);
    expect(run('533380006', analyzer, { fieldName: 'passport_number' })).toEqual([['PASSPORT', '533380006']]);
  });

  it('never reports a value from the allow list (exact, case-insensitive, or /regex/)', () => {
    const a = createAnalyzer({ names: false, allow: ['Support@Contoso.com', '/@example\\.org$/'] });
    expect(run('mail support@contoso.com or bob@example.org or eve@fabrikam.com', a)).toEqual([['EMAIL', 'eve@fabrikam.com']]);
  });

  it('reports deny-list terms (whole word, case-insensitive) and regexes under their entity', () => {
    const a = createAnalyzer({ names: false, deny: { PROPRIETARY: ['Project Falcon', '/\\bFLN-\\d{3}\\b/'] } });
    expect(run('Status of project  falcon and FLN-123, not Project Falconry.', a)).toEqual([
      ['PROPRIETARY', 'project  falcon'],
      ['PROPRIETARY', 'FLN-123'],
    ]);
    expect(a.entities).toContain('PROPRIETARY');
  });

  it('runs custom recognizers with their score and context', () => {
    const a = createAnalyzer({ names: false, custom: [{ entity: 'EMPLOYEE_ID', pattern: '\\bE\\d{6}\\b', score: 0.4, context: ['employee'] }] });
    expect(run('ticket E123456', a)).toEqual([]);
    expect(run('employee E123456', a)).toEqual([['EMPLOYEE_ID', 'E123456']]);
  });

  it('applies minScore, minScoreByEntity and the entity selection', () => {
    const text = 'write to bob@example.com, call (251) 555-1644';
    expect(run(text, createAnalyzer({ names: false, entities: ['PHONE'] }))).toEqual([['PHONE', '(251) 555-1644']]);
    expect(run(text, createAnalyzer({ names: false, minScoreByEntity: { EMAIL: 0.99 } }))).toEqual([['PHONE', '(251) 555-1644']]);
    expect(run(text, createAnalyzer({ names: false, minScore: 0.99 }))).toEqual([]);
    expect(createAnalyzer({ names: false, entities: ['PHONE'] }).entities).toEqual(['PHONE']);
  });

  it('uses the default phone region for national numbers', () => {
    expect(run('ring 030 12345678', createAnalyzer({ names: false, phoneRegion: 'DE' }))).toEqual([['PHONE', '030 12345678']]);
    expect(run('call 07911 123456', createAnalyzer({ names: false, phoneRegion: 'GB' }))).toEqual([['PHONE', '07911 123456']]);
  });

  it('rejects invalid and backtracking-prone policy regexes with POLICY_INVALID naming the entity', () => {
    const bad = (opts: Parameters<typeof createAnalyzer>[0]) => {
      try {
        createAnalyzer({ names: false, ...opts });
      } catch (e) {
        expect(e).toBeInstanceOf(GSError);
        expect((e as GSError).code).toBe('POLICY_INVALID');
        expect((e as GSError).exitCode).toBe(2);
        return (e as GSError).message;
      }
      throw new Error('expected POLICY_INVALID');
    };
    expect(bad({ custom: [{ entity: 'EMP', pattern: '(unclosed' }] })).toMatch(/custom\[0\] \(EMP\).*does not compile/);
    expect(bad({ custom: [{ entity: 'EMP', pattern: '(a+)+$' }] })).toMatch(/EMP.*unsafe/);
    expect(bad({ custom: [{ entity: 'EMP', pattern: '(\\w+\\s?)*x' }] })).toMatch(/nested quantifiers/);
    expect(bad({ custom: [{ entity: 'EMP', pattern: 'x*' }] })).toMatch(/empty string/);
    expect(bad({ deny: { PROPRIETARY: ['/(x|x)*y/'] } })).toMatch(/deny\.PROPRIETARY\[0\].*unsafe/);
    expect(bad({ allow: ['/([a-z]+)*@/'] })).toMatch(/allow\[0\]/);
    expect(bad({ custom: [{ entity: 'EMP', pattern: '\\d', score: 2 }] })).toMatch(/score/);
    expect(bad({ minScore: 1.5 })).toMatch(/minScore/);
  });

  it('finds credentials in code and config', () => {
    const env = 'AWS_ACCESS_KEY_ID=AKIAZ3MSJ5TXQ2PVN7WB\nDB_PASSWORD="c0rrectH0rse#88"\nlog_level: debug';
    expect(run(env)).toEqual([
      ['SECRET', 'AKIAZ3MSJ5TXQ2PVN7WB'],
      ['SECRET', 'c0rrectH0rse#88'],
    ]);
    expect(run('password: ********\npassword = ${DB_PASSWORD}\nthe password field is required')).toEqual([]);
  });

  it('is reusable: repeated calls give identical results (no shared lastIndex state)', () => {
    const text = 'a@b.co c@d.io 10.0.0.1 10.0.0.2';
    const first = analyzer.analyze(text);
    for (let i = 0; i < 5; i++) expect(analyzer.analyze(text)).toEqual(first);
    expect(first).toHaveLength(4);
    expect(analyzer.analyze('')).toEqual([]);
  });

  it('gives a recurring text (a system prompt) the same findings, per field name, as fresh copies', () => {
    const a = createAnalyzer({ names: false });
    const prompt = 'You are the support bot. Escalate to ops@example.com or 10.0.0.7.';
    const first = a.analyze(prompt, { fieldName: 'content' });
    expect(first).toHaveLength(2);
    const later = [1, 2, 3, 4].map(() => a.analyze(prompt, { fieldName: 'content' }));
    for (const fs of later) expect(fs).toEqual(first);
    later[2][0].start = -1; // a caller changing what it got changes nothing kept
    expect(a.analyze(prompt, { fieldName: 'content' })).toEqual(first);
    // Other fields, interleaved, and the field name's cue: ssn-shaped digits count only in an `ssn` column.
    for (let i = 0; i < 3; i++) {
      expect(run('123-45-6789', a, { fieldName: 'ssn' })).toEqual([['US_SSN', '123-45-6789']]);
      expect(run('123-45-6789', a, { fieldName: 'note' })).toEqual(run('123-45-6789', createAnalyzer({ names: false }), { fieldName: 'note' }));
      expect(a.analyze(prompt, { fieldName: 'content' })).toEqual(first);
    }
  });

  it("reads an organisation's name right before a national identifier as the identifier's name", () => {
    const named = createAnalyzer({ names: true });
    const text = 'Lorna Petrie, NHS 943 476 5919, repeat prescription.\nKRA PIN: A012345678Z';
    const fs = run(text, named);
    expect(fs).toContainEqual(['NATIONAL_ID', '943 476 5919']);
    expect(fs.filter(([e]) => e === 'ORGANIZATION')).toEqual([]);
    // elsewhere the organisation stays
    expect(run('Referred by the NHS to the clinic in Leeds.', named)).toContainEqual(['ORGANIZATION', 'NHS']);
  });
});
