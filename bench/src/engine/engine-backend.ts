import { setTimeout as delay } from 'node:timers/promises';
import { type TestSystem, unitIdOf } from '@tdkt/testing';
import type {
  CouncilBackend,
  DossierHandle,
  OpenTask,
  PathBackend,
  TaskKind,
} from '../path/path-backend';
import { ApiSession } from './api-session';
import { TaskObserver } from './task-observer';

/** The people of the 2024 Cẩm Mỹ demo who take a school's dossiers through the district. */
const PEOPLE = {
  officer: 'demo.officer.thlg',
  reviewer: 'demo.reviewer.cm',
  secretary: 'demo.secretary.cm',
  leader: 'demo.leader.cm',
  member1: 'demo.member1.cm',
  member2: 'demo.member2.cm',
} as const;

type People = Record<keyof typeof PEOPLE, ApiSession>;

/** The engine through its real HTTP API, as the people of a school and its district use it. */
export class EngineBackend implements PathBackend {
  readonly name = 'engine';
  readonly council: EngineCouncil;

  private constructor(
    private readonly people: People,
    private readonly school: string,
    district: string,
    private readonly observer: TaskObserver,
  ) {
    this.council = new EngineCouncil(people, district);
  }

  static async create(system: TestSystem): Promise<EngineBackend> {
    const entries = await Promise.all(
      Object.entries(PEOPLE).map(
        async ([role, username]) => [role, await ApiSession.open(system.apiUrl, username)] as const,
      ),
    );
    return new EngineBackend(
      Object.fromEntries(entries) as People,
      await unitIdOf(system, 'DN-CM-TH-LG'),
      await unitIdOf(system, 'DN-CM'),
      new TaskObserver(system.db),
    );
  }

  async submit(index: number): Promise<DossierHandle> {
    const created = await this.people.officer.call<{ id: string; code: string }>(
      'POST',
      '/api/v1/dossiers',
      {
        year: 2024,
        awardCode: 'CSTDCS',
        proposingUnitId: this.school,
        nominee: { kind: 'individual', name: `Người đề nghị ${index + 1}`, position: 'Giáo viên' },
        achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024 (hồ sơ đo hiệu năng).',
      },
    );
    return { id: created.id, workflowId: created.code };
  }

  awaitTask(dossier: DossierHandle, kind: TaskKind): Promise<OpenTask> {
    return this.observer.waitFor(dossier.id, kind);
  }

  async review(_dossier: DossierHandle, task: OpenTask, decision: 'accept' | 'return') {
    await this.people.reviewer.call('POST', `/api/v1/tasks/${task.id}/complete`, {
      outcome:
        decision === 'accept'
          ? { decision: 'accept' }
          : {
              decision: 'return',
              items: [{ item: 'BIEN_BAN_BINH_XET', reason: 'Thiếu biên bản bình xét' }],
            },
    });
  }

  async supplement(dossier: DossierHandle) {
    await this.people.officer.call('POST', `/api/v1/dossiers/${dossier.id}/supplement`, {
      note: 'Đã bổ sung biên bản bình xét',
    });
  }

  async approve(_dossier: DossierHandle, task: OpenTask) {
    await this.people.leader.call('POST', `/api/v1/tasks/${task.id}/complete`, {
      outcome: { decision: 'approve' },
    });
  }

  stop(): void {
    this.observer.stop();
  }
}

/** The district's council through the meetings API: its secretary calls, holds and closes each meeting. */
class EngineCouncil implements CouncilBackend {
  /** Every meeting called, to count their history beside the dossiers'. */
  readonly meetingIds: string[] = [];

  constructor(
    private readonly people: People,
    private readonly district: string,
  ) {}

  private get members() {
    return [
      { userId: this.people.leader.userId, position: 'chair' },
      { userId: this.people.secretary.userId, position: 'secretary' },
      { userId: this.people.member1.userId, position: 'vice-chair' },
      { userId: this.people.member2.userId, position: 'member' },
    ];
  }

  async callMeeting(scheduledAt: Date): Promise<string> {
    const meeting = await this.people.secretary.call<{ id: string }>(
      'POST',
      '/api/v1/council-meetings',
      {
        unitId: this.district,
        title: 'Phiên họp xét khen thưởng (đo hiệu năng)',
        scheduledAt: scheduledAt.toISOString(),
        location: 'Hội trường UBND huyện Cẩm Mỹ',
        members: this.members,
      },
    );
    this.meetingIds.push(meeting.id);
    return meeting.id;
  }

  async addToAgenda(meetingId: string, dossier: DossierHandle): Promise<boolean> {
    const answer = await this.people.secretary.send<{ code?: string }>(
      'POST',
      `/api/v1/council-meetings/${meetingId}/agenda`,
      { dossierId: dossier.id },
    );
    if (answer.status === 409 && answer.body.code === 'MEETING_STATE_NOT_ALLOWED') return false;
    if (answer.status !== 200)
      throw new Error(
        `adding to the agenda answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    return true;
  }

  async hold(meetingId: string, dossiers: readonly DossierHandle[], closing: () => void) {
    const path = `/api/v1/council-meetings/${meetingId}`;
    while ((await this.people.secretary.call<{ status: string }>('GET', path)).status !== 'OPEN')
      await delay(50);
    const present = this.members.map((member) => member.userId);
    await this.people.secretary.call('POST', `${path}/attendance`, { present });
    for (const dossier of dossiers)
      await this.people.secretary.call('POST', `${path}/ballots`, {
        dossierId: dossier.id,
        castBy: present,
        votesFor: present.length,
      });
    closing();
    await this.people.secretary.call('POST', `${path}/close`);
  }
}
