// Working days on the official calendar, 调休 included, and 'unknown' where the calendar has no data.
import { expect } from '@open-wc/testing';
import { addWorkingDays, isWorkday, workingDaysBetween } from '../../../shared/calendar/working-days.ts';

describe('isWorkday', () => {
  it('knows the 2019 National Day holidays (1–7 October)', () => {
    for (let day = 1; day <= 7; day += 1) expect(isWorkday(`2019-10-0${day}`), `2019-10-0${day}`).to.equal(false);
  });

  it('counts the weekend days worked in lieu (调休) as working days', () => {
    for (const date of ['2019-09-29', '2024-02-04', '2024-02-18', '2025-01-26']) expect(isWorkday(date), date).to.equal(true);
  });

  it('treats an ordinary Saturday as a rest day and an ordinary Tuesday as a working day', () => {
    expect(isWorkday('2024-03-16')).to.equal(false);
    expect(isWorkday('2024-03-19')).to.equal(true);
  });

  it("says 'unknown' for a year the calendar has no data for, instead of guessing Monday–Friday", () => {
    expect(isWorkday('2027-03-02')).to.equal('unknown');
    expect(isWorkday('2003-06-02')).to.equal('unknown');
  });

  it('rejects a malformed or impossible date with a bilingual message', () => {
    expect(() => isWorkday('2024-02-30')).to.throw(RangeError, /日期.*date/);
    expect(() => isWorkday('20240301')).to.throw(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('skips the National Day week', () => {
    expect(addWorkingDays('2019-09-30', 1)).to.equal('2019-10-08');
  });

  it('counts seven working days over the 2024 Spring Festival with its 调休 Sundays', () => {
    // Holiday 10–17 February; 2024-02-18 (Sunday) is worked in lieu and is the first working day after it.
    expect(addWorkingDays('2024-02-09', 1)).to.equal('2024-02-18');
    expect(addWorkingDays('2024-02-09', 7)).to.equal('2024-02-26');
  });

  it('returns the date itself for 0 and goes backwards for negative counts', () => {
    expect(addWorkingDays('2024-03-19', 0)).to.equal('2024-03-19');
    expect(addWorkingDays('2019-10-08', -1)).to.equal('2019-09-30');
  });

  it("is 'unknown' when the span runs past the calendar's data", () => {
    expect(addWorkingDays('2026-12-25', 10)).to.equal('unknown');
  });

  it('refuses a fractional count', () => {
    expect(() => addWorkingDays('2024-03-19', 1.5)).to.throw(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('is 0 for the same day and counts the days after `from` up to `to`', () => {
    expect(workingDaysBetween('2024-03-19', '2024-03-19')).to.equal(0);
    expect(workingDaysBetween('2024-03-15', '2024-03-18')).to.equal(1);
  });

  it('counts across a holiday with 调休: 2019-09-27 to 2019-10-12', () => {
    // Working: 9-29 (Sun, in lieu), 9-30, 10-08, 10-09, 10-10, 10-11, 10-12 (Sat, in lieu).
    expect(workingDaysBetween('2019-09-27', '2019-10-12')).to.equal(7);
  });

  it('is negative when `to` is earlier', () => {
    expect(workingDaysBetween('2019-10-12', '2019-09-27')).to.equal(-7);
  });

  it("is 'unknown' for a span reaching into 2027", () => {
    expect(workingDaysBetween('2026-12-20', '2027-01-10')).to.equal('unknown');
  });
});
