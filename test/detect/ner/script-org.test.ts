import { describe, expect, it } from 'vitest';
import { spans } from './helpers.js';

describe('organisations of scripts without capitals, by their legal form or kind word', () => {
  it('finds Chinese, Japanese, Korean and Thai companies, foundations and insurers', () => {
    expect(spans('我在深圳海岚电子有限公司工作了三年。', 'ORGANIZATION')).toEqual(['深圳海岚电子有限公司']);
    expect(spans('勤務先は株式会社ほくせい物産です。', 'ORGANIZATION')).toEqual(['株式会社ほくせい物産']);
    expect(spans('보내는 분: (주)다온물산', 'ORGANIZATION')).toEqual(['(주)다온물산']);
    expect(spans('연락처는 010-5555-0192입니다. 한빛손해보험 청구 건 문의드립니다.', 'ORGANIZATION')).toEqual(['한빛손해보험']);
    expect(spans('รายชื่อพนักงาน บริษัท สยามเกษตรรุ่งเรือง จำกัด\n1. สมศักดิ์', 'ORGANIZATION')).toEqual(['บริษัท สยามเกษตรรุ่งเรือง จำกัด']);
  });

  it('finds Arabic, Persian and Hebrew banks and companies, up to the words around them', () => {
    expect(spans('تم تحويل المبلغ إلى حسابكم لدى مصرف الراجحي رقم الآيبان', 'ORGANIZATION')).toEqual(['مصرف الراجحي']);
    expect(spans('مدیرعامل شرکت کشت و صنعت دشت مغان روز دوشنبه گفت', 'ORGANIZATION')).toEqual(['شرکت کشت و صنعت دشت مغان']);
    expect(spans('העברתי את הכסף לחשבון שלך בבנק הפועלים, תודה', 'ORGANIZATION')).toEqual(['בנק הפועלים']);
  });

  it('takes a header "Kind — Name" in these scripts', () => {
    expect(spans('회원가입 신청서 — 청솔문화재단\n성명: 윤서하', 'ORGANIZATION')).toEqual(['청솔문화재단']);
    expect(spans('טופס הצטרפות — קופת חולים מאוחדת\nשם: נועה ברקאי', 'ORGANIZATION')).toEqual(['קופת חולים מאוחדת']);
  });

  it('leaves text without such words alone', () => {
    expect(spans('明天去成都吗？先到春熙路。', 'ORGANIZATION')).toEqual([]);
    expect(spans('שלום, מה שלומך היום?', 'ORGANIZATION')).toEqual([]);
  });
});
