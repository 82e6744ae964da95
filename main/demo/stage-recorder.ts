import type { Stage } from '../../db/schema/index.ts';
import type { DemoContext } from './context.ts';
import { officeInstant } from './context.ts';
import type { DemoParticipant } from './participants.ts';

/** Writes a participant's dated stage history and keeps the participant's current stage in step. */
export class StageRecorder {
  stage: Stage = 'registered';
  date: string;
  private lastRecordedAt = '';
  private readonly ctx: DemoContext;
  private readonly p: DemoParticipant;

  constructor(ctx: DemoContext, p: DemoParticipant) {
    this.ctx = ctx;
    this.p = p;
    this.date = p.registeredOn;
    this.write(null, 'registered', p.registeredOn, null);
  }

  /** Moves to `to` on `on` (never before the current date). */
  move(to: Stage, on: string, reason: string | null = null): void {
    if (on < this.date) throw new Error(`stage change back in time for ${this.p.id}`);
    this.write(this.stage, to, on, reason);
  }

  private write(from: Stage | null, to: Stage, on: string, reason: string | null): void {
    let recordedAt = officeInstant(this.ctx, on);
    if (recordedAt <= this.lastRecordedAt) recordedAt = new Date(Date.parse(this.lastRecordedAt) + 60_000).toISOString();
    this.lastRecordedAt = recordedAt;
    this.ctx.rows.stageChanges.push({
      id: this.ctx.ids.uuid(),
      participantId: this.p.id,
      fromStage: from,
      stage: to,
      reason,
      effectiveOn: on,
      recordedAt,
      staffId: this.ctx.staffId,
      createdAt: recordedAt,
    });
    this.stage = to;
    this.date = on;
    this.p.row.stage = to;
    this.p.row.stageChangedOn = on;
    this.p.row.updatedAt = recordedAt;
  }
}
