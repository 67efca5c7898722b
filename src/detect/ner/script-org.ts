/**
 * Organisations of scripts without capital letters, found by their legal form or kind word: Chinese
 * "…有限公司" / "…基金会", Japanese "株式会社…" / "…株式会社", Korean "(주)…" / "…재단" / "…보험", Thai
 * "บริษัท … จำกัด" / "สหกรณ์…", Arabic "شركة …" / "مصرف …", Persian "شرکت …", Hebrew "בנק …" / "עמותת …".
 * The capitalised-run rules of organization.ts never start in these scripts, and the words have no spaces
 * (Chinese, Japanese) or no case (all of them) to mark where a name begins.
 */
import type { Candidate } from './candidate.js';

/** Score of a name closed or opened by its legal form: as sure as a Latin legal suffix. */
const SCRIPT_ORG_SCORE = 0.85;

// Chinese: a run of Han characters ending in a legal form or kind (company, group, foundation, bank, hospital, university).
const HAN_ORG = /(?<![\p{Script=Han}])[\p{Script=Han}]{2,16}?(?:股份有限公司|有限责任公司|有限公司|集团|基金會|基金会|銀行|银行|醫院|医院|大學|大学|協會|协会)/gu;
// (function words a Han run may open with before the name: "我在…", "他于…")
const HAN_LEAD = /^[我你他她们們在于於到从從的是与與和向给給对對由及]+/u;
// Japanese: 株式会社 before or after the name, in kanji, kana or both.
const JA_ORG = /(?:株式会社|[（(]株[)）])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,12}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,12}株式会社/gu;
// (a kanji word and its particle before the name, and the copula or a particle after it: "勤務先は株式会社ほくせい物産です")
const JA_BEFORE = /^[\p{Script=Han}]+[はがをにでへもの]/u;
const JA_AFTER = /(?:です|でした|では|から|まで|[はがをにでへ])$/u;
// Korean: "(주)" before the name, or a word closed by foundation, insurance, bank, hospital, university, trading.
const KO_ORG = /[（(]주[)）]\s?[\p{Script=Hangul}]{2,12}|(?<![\p{Script=Hangul}])[\p{Script=Hangul}]{1,10}(?:재단|손해보험|생명보험|보험|은행|병원|대학교|물산|증권|건설|전자)(?![\p{Script=Hangul}])/gu;
// Thai: "บริษัท <name> จำกัด" (company ... limited) and cooperatives and banks written as one word with their name.
const TH_ORG = /บริษัท\s?[\p{Script=Thai}]+(?:\s[\p{Script=Thai}]+){0,3}?\s?จำกัด(?:\s?\(มหาชน\))?|สหกรณ์[\p{Script=Thai}]{2,30}|ธนาคาร[\p{Script=Thai}]{2,20}/gu;
// Arabic and Persian: a company, bank or association word and one to four words of its name (to punctuation).
const AR_ORG = /(?:شركة|شرکت|مصرف|بنك|بانک|مؤسسة|جمعية)(?: [\p{Script=Arabic}\u200c]+){1,5}/gu;
// (words that end a name: prepositions and verbs' particles of the sentence around it)
const AR_STOP = new Set(['في', 'من', 'على', 'إلى', 'عن', 'مع', 'رقم', 'در', 'از', 'به', 'با', 'را', 'که', 'روز', 'تم', 'هو', 'هي', 'برای']);
/** A bank's name is one word after the kind ("مصرف الراجحي"); a company's may be several. */
const AR_BANKS = new Set(['مصرف', 'بنك', 'بانک']);
// Hebrew: bank, association, company, health fund and one or two words of the name.
// (a one-letter prefix may be glued to it: "ב" in "לחשבון שלך בבנק הפועלים"; it stays outside the name)
const HE_ORG = /(?<![\p{Script=Hebrew}])[בלמהוש]?(?:בנק|עמותת|חברת|קופת חולים)(?: [\p{Script=Hebrew}"׳״']+){1,2}/gu;
const HE_KINDS = /^(?:בנק|עמותת|חברת|קופת)/u;

/** Appends ORGANIZATION candidates for legal forms of caseless scripts in `text`. */
export function findScriptOrgs(text: string, out: Candidate[]): void {
  // (one cheap test first: most texts hold no character of these scripts)
  if (!CASELESS_SCRIPT.test(text)) return;
  scan(text, HAN_ORG, out, (v) => {
    const lead = HAN_LEAD.exec(v);
    return lead ? lead[0].length : 0;
  });
  japaneseOrgs(text, out);
  scan(text, KO_ORG, out);
  scan(text, TH_ORG, out);
  scanWords(text, AR_ORG, AR_STOP, out);
  scanWords(text, HE_ORG, undefined, out);
}

const CASELESS_SCRIPT = /[\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Japanese companies: "株式会社…" (the prefix form is tried where a suffix form leaves no name), "…株式会社". */
function japaneseOrgs(text: string, out: Candidate[]): void {
  JA_ORG.lastIndex = 0;
  for (let m; (m = JA_ORG.exec(text)); ) {
    const v = m[0];
    let start = m.index;
    let end = m.index + v.length;
    if (v.startsWith('株式会社') || v.charCodeAt(1) === 0x682a) {
      const tail = JA_AFTER.exec(v);
      if (tail) end -= tail[0].length;
    } else {
      const lead = JA_BEFORE.exec(v);
      if (lead) start += lead[0].length;
      // ("勤務先は株式会社ほくせい物産": no name before the form, so it opens the name after it)
      if (end - start <= 4) { JA_ORG.lastIndex = end - 4; continue; }
    }
    if (end - start < 3) continue;
    out.push({ entity: 'ORGANIZATION', start, end, score: SCRIPT_ORG_SCORE, recognizer: 'org-script', judge: false });
  }
}

function scan(text: string, re: RegExp, out: Candidate[], trimStart?: (v: string) => number, trimEnd?: (v: string) => number): void {
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    const skip = trimStart ? trimStart(m[0]) : 0;
    const cut = trimEnd ? trimEnd(m[0]) : 0;
    if (m[0].length - skip - cut < 3) continue;
    out.push({ entity: 'ORGANIZATION', start: m.index + skip, end: m.index + m[0].length - cut, score: SCRIPT_ORG_SCORE, recognizer: 'org-script', judge: false });
  }
}

/** Like {@link scan}, the name ending before a stop word. */
function scanWords(text: string, re: RegExp, stop: Set<string> | undefined, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    const words = m[0].split(/\s/);
    let n = words.length;
    if (stop) for (let k = 1; k < words.length; k++) if (stop.has(words[k]!)) { n = k; break; }
    if (AR_BANKS.has(words[0]!)) n = Math.min(n, 2);
    if (n < 2) continue;
    const value = words.slice(0, n).join(' ');
    // (a Hebrew prefix letter glued to the kind word)
    const skip = !HE_KINDS.test(value) && HE_KINDS.test(value.slice(1)) ? 1 : 0;
    out.push({ entity: 'ORGANIZATION', start: m.index + skip, end: m.index + value.length, score: SCRIPT_ORG_SCORE, recognizer: 'org-script', judge: false });
  }
}
