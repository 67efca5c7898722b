import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/detect/analyzer.js';

/*
 * DATE_TIME spans through the whole analyzer (names off): the exact text
 * reported, so a date cut short (weekday or time left out) or a phone reading
 * of a timestamp fails here.
 */
const analyzer = createAnalyzer({ names: false });
const found = (text: string) => analyzer.analyze(text).map((f) => [f.entity, text.slice(f.start, f.end)]);
const dates = (text: string) => found(text).filter(([e]) => e === 'DATE_TIME').map(([, v]) => v);

describe('log timestamps are one DATE_TIME span', () => {
  it.each([
    ['198.51.100.7 - alice [02/Mar/2022:23:59:01 -0700] "POST /api HTTP/2.0" 201 88', '02/Mar/2022:23:59:01 -0700'],
    ['Nov  3 04:17:59 mx2 postfix/qmgr[311]: removed', 'Nov  3 04:17:59'],
    ['Feb 28 11:00:00 db1 systemd[1]: Started backup.', 'Feb 28 11:00:00'],
    ['2022-10-05 16:48:31,907 WARNING [worker-2] slow query', '2022-10-05 16:48:31,907'],
    ['2021-12-24 18:30:00.125 INFO closing', '2021-12-24 18:30:00.125'],
    ['job finished 2023-01-17 22:05 with 0 errors', '2023-01-17 22:05'],
    ['Date: Fri, 19 Apr 2024 16:02:44 +0100', 'Fri, 19 Apr 2024 16:02:44 +0100'],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual([want]);
  });

  it('wins over a phone reading of the same digits', () => {
    for (const text of ['2023-08-02 13:45:10,001 ERROR x', 'departs 2025-04-30 06:15 from gate 3', '2022-11-19 21:07:44 WARN call to number failed, tel service down']) {
      expect(found(text).filter(([e]) => e === 'PHONE'), text).toEqual([]);
    }
  });
});

describe('written dates', () => {
  it.each([
    ['moved to Oslo in November 2017 for work', 'November 2017'],
    ['the invoice for February 2025 is attached', 'February 2025'],
    ['prices rose until late may 2019', 'may 2019'],
    ['contained by mid-April 2020', 'mid-April 2020'],
    ['we close on Monday 23 December.', 'Monday 23 December'],
    ['party on Saturday, 6 July at the lake', 'Saturday, 6 July'],
    ['interview on Wednesday, 2 October 2024 in Leeds', 'Wednesday, 2 October 2024'],
    ['Sent: Thursday, May 09, 2024 8:05 AM', 'Thursday, May 09, 2024 8:05 AM'],
    ['the parade is on the 22nd of June', '22nd of June'],
    ['Admitted: 1979/03/28', '1979/03/28'],
    ['Expiry 30-Nov-2027 |', '30-Nov-2027'],
    ['amended on Oct. 14, 2021.', 'Oct. 14, 2021'],
    ['nació el 9 de agosto de 1977', '9 de agosto de 1977'],
    ['nasceu em 21 de março de 1990', '21 de março de 1990'],
    ['Summit: June 10–12, 2026, Nairobi', 'June 10–12, 2026'],
    ['held 4-6 October 2023 online', '4-6 October 2023'],
    ['went live at 07:30 UTC on 12 August 2023', '07:30 UTC on 12 August 2023'],
    ['booked for 03/04/2024 at 4:15 PM.', '03/04/2024 at 4:15 PM'],
    ['afspraak op 12 mei 2025 om 19:00. Neem', '12 mei 2025 om 19:00'],
    ['op 14 februari 2023 om 11:30', '14 februari 2023 om 11:30'],
    ['rendez-vous le 3 mars 2024 à 14h30.', '3 mars 2024 à 14h30'],
    ['DTSTART:20251015T070000Z', '20251015T070000Z'],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual([want]);
  });

  it('leaves clock times, versions, scores, prices and month words without a date alone', () => {
    for (const text of [
      'the call is at 11:45 AM',
      'bumped 3.4.1 to 3.5.0',
      'they lost 2-4 at home',
      'now $14.99, was $19.99',
      'mix at a 3:1 ratio',
      'results may vary by 10 percent',
      'we will march 20 miles',
      'the 4 may be enough',
      'sat 3 exams',
      'Top 5 Marketing tips',
      'path /logs/2023/07/19/app.log',
      'code 2024/15/40',
    ]) {
      expect(dates(text), text).toEqual([]);
    }
  });
});
