import { describe, expect, it } from 'vitest';
import { addMonthsIso, introMeetingText, introMeetingValue, splitIntroMeeting } from './model.ts';

describe('match panel helpers', () => {
  it('defaults the planned end to six months later, clamped to the month', () => {
    expect(addMonthsIso('2026-03-05', 6)).toBe('2026-09-05');
    expect(addMonthsIso('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonthsIso('', 6)).toBe('');
  });
  it('joins and splits the koblingsmøte date and time', () => {
    expect(introMeetingValue('2026-03-05', '14:30')).toBe('2026-03-05T14:30');
    expect(introMeetingValue('2026-03-05', '')).toBe('2026-03-05');
    expect(introMeetingValue('', '14:30')).toBeNull();
    expect(splitIntroMeeting('2026-03-05T14:30')).toEqual({ date: '2026-03-05', time: '14:30' });
    expect(splitIntroMeeting('2026-03-05')).toEqual({ date: '2026-03-05', time: '' });
    expect(introMeetingText('2026-03-05T14:30')).toBe('05.03.2026 14:30');
    expect(introMeetingText('2026-03-05')).toBe('05.03.2026');
  });
});
