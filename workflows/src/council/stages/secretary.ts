import { CouncilTaskType, Role, TaskSubjectType } from '@tdkt/contracts';
import { runHumanStep } from '../../shared/human-step';
import type { MeetingRun } from '../meeting-run';

/**
 * The secretary's steps while the meeting sits: record who is present (unless the early opening
 * already did), then the ballots, and close. Each waits in the secretary's inbox until the meeting's
 * own updates (or the task) have done what it asks.
 */
export async function secretarySteps(run: MeetingRun, attendanceRecorded: boolean): Promise<void> {
  const { state } = run;
  if (!attendanceRecorded)
    await secretaryStep(
      run,
      CouncilTaskType.attendance,
      { vi: 'Ghi danh sách có mặt', en: 'Record attendance' },
      () => state.present !== null,
    );
  await secretaryStep(
    run,
    CouncilTaskType.close,
    {
      vi: 'Ghi kết quả bỏ phiếu và kết thúc phiên họp',
      en: 'Record ballots and close the meeting',
    },
    () => run.closedBy !== null,
  );
}

/** A step in the secretary's inbox, without a deadline: the meeting is held on its day. */
async function secretaryStep(
  run: MeetingRun,
  taskKey: CouncilTaskType,
  action: { vi: string; en: string },
  done: () => boolean,
): Promise<void> {
  const { input, state } = run;
  await runHumanStep(run, {
    task: {
      taskKey,
      type: taskKey,
      title: { vi: `${action.vi}: ${input.title}`, en: `${action.en}: ${input.title}` },
      subject: {
        type: TaskSubjectType.councilMeeting,
        id: input.meetingId,
        label: `${input.title} · ${state.agenda.length} hồ sơ`,
        unitId: input.unitId,
      },
      candidates: { role: Role.COUNCIL_SECRETARY, unitId: input.unitId },
      dueAt: null,
      details: { meetingId: input.meetingId, agenda: state.agenda.map((item) => item.code) },
    },
    schedule: null,
    until: done,
  });
}
