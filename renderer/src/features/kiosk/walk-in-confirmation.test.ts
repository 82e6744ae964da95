import { expect, it } from 'vitest';
import { walkInConfirmation, type WalkInReply } from './walk-in-confirmation.ts';

const reply = (already: boolean): WalkInReply => ({
  attendanceId: 'a1',
  firstName: 'Dawit',
  lastName: 'Tesfay',
  hint: null,
  personKind: 'guest',
  status: 'attended',
  checkedInAt: '2026-04-10T16:04:00.000Z',
  already,
});
const time = (instant: string | null) => (instant ? instant.slice(11, 16) : '');

it('a new walk-in: welcome, with undo for the given time', () => {
  expect(walkInConfirmation(reply(false), time, 12_345)).toEqual({ kind: 'walkIn', attendanceId: 'a1', name: 'Dawit Tesfay', time: '16:04', undoUntil: 12_345 });
});

it('a walk-in already checked in: "already checked in at" their first time, and no undo offered', () => {
  expect(walkInConfirmation(reply(true), time, 12_345)).toEqual({ kind: 'already', attendanceId: 'a1', name: 'Dawit Tesfay', time: '16:04', undoUntil: 0 });
});
