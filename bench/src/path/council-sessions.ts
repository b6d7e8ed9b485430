import { setTimeout as delay } from 'node:timers/promises';
import type { CouncilBackend, DossierHandle } from './path-backend';

export interface CouncilCadence {
  /** How far ahead of the first dossier waiting for it a meeting is called. */
  leadMs: number;
  /** The agenda of a meeting closes this long before it opens; a later dossier goes to the next one. */
  marginMs: number;
}

interface Meeting {
  scheduledAt: number;
  called: Promise<string>;
  agenda: DossierHandle[];
  placing: Promise<boolean>[];
  /** Resolves with the moment the meeting began to close (results on their way to its dossiers). */
  held: Promise<number>;
}

/**
 * Councils meet in sessions, not per dossier: a dossier ready for the council goes on the agenda of
 * the next meeting whose agenda is still open, and a meeting is called (for `leadMs` later) when none
 * is. The same cadence drives every system under test, so each waits the same for its council.
 */
export class CouncilSessions {
  private accepting: Meeting | null = null;
  private readonly meetings: Meeting[] = [];

  constructor(
    private readonly backend: CouncilBackend,
    private readonly cadence: CouncilCadence,
  ) {}

  /**
   * Puts the dossier on a meeting; resolves with the moment that meeting began to close. A dossier
   * that reaches a meeting already opened (a slow answer under load) goes to the next one.
   */
  async place(dossier: DossierHandle): Promise<number> {
    for (;;) {
      const meeting = this.meetingAcceptingAt(Date.now());
      const placing = meeting.called.then((id) => this.backend.addToAgenda(id, dossier));
      meeting.placing.push(placing);
      if (await placing) {
        meeting.agenda.push(dossier);
        return meeting.held;
      }
      if (this.accepting === meeting) this.accepting = null;
    }
  }

  /** Waits for every meeting called so far to be held (none is left open). */
  async settle(): Promise<void> {
    await Promise.all(this.meetings.map((meeting) => meeting.held));
  }

  private meetingAcceptingAt(now: number): Meeting {
    const current = this.accepting;
    if (current !== null && now < current.scheduledAt - this.cadence.marginMs) return current;
    const scheduledAt = now + this.cadence.leadMs;
    const meeting: Meeting = {
      scheduledAt,
      called: this.backend.callMeeting(new Date(scheduledAt)),
      agenda: [],
      placing: [],
      held: Promise.resolve(0),
    };
    meeting.held = this.hold(meeting);
    this.accepting = meeting;
    this.meetings.push(meeting);
    return meeting;
  }

  private async hold(meeting: Meeting): Promise<number> {
    const id = await meeting.called;
    await delay(Math.max(0, meeting.scheduledAt - Date.now()));
    await Promise.all(meeting.placing);
    let closing = Date.now();
    await this.backend.hold(id, meeting.agenda, () => {
      closing = Date.now();
    });
    return closing;
  }
}
