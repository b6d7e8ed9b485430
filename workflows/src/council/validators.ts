import {
  type BallotTally,
  CouncilMeetingStatus,
  type FieldError,
  SEPARATION_OF_DUTIES_MESSAGES,
  separationOfDutiesViolation,
} from '@tdkt/contracts';
import { rejectUpdate } from '../shared/rejections';
import type { MeetingRun } from './meeting-run';
import { tallyProblems } from './meeting-rules';

const MEMBERS_ONLY: FieldError = {
  field: 'present',
  rule: 'members',
  message: {
    vi: 'Danh sách có mặt chỉ gồm thành viên Hội đồng, mỗi người một lần.',
    en: 'Attendance lists council members, each once.',
  },
};

/** The attendance task's outcome lists the members present. */
export function attendanceProblems(outcome: Record<string, unknown>): FieldError[] {
  const present = outcome.present;
  if (Array.isArray(present) && present.every((id) => typeof id === 'string')) return [];
  return [
    {
      field: 'outcome.present',
      rule: 'members',
      message: {
        vi: 'Cần liệt kê các thành viên có mặt.',
        en: 'outcome.present lists the members present.',
      },
    },
  ];
}

export function validateAttendance(run: MeetingRun, present: string[]): void {
  run.assertStatus(CouncilMeetingStatus.OPEN);
  if (run.tallies.size > 0)
    rejectUpdate('MEETING_STATE_NOT_ALLOWED', 'ballots are already recorded', [
      {
        field: 'present',
        rule: 'beforeBallots',
        message: {
          vi: 'Đã ghi kết quả bỏ phiếu: danh sách có mặt không sửa được nữa.',
          en: 'Ballots are recorded: attendance can no longer change.',
        },
      },
    ]);
  const members = run.input.members.map((member) => member.userId);
  if (new Set(present).size !== present.length || present.some((id) => !members.includes(id)))
    rejectUpdate('BALLOT_INVALID', 'attendance lists council members, each once', [MEMBERS_ONLY]);
}

/** Opening early needs every member there, each once. */
export function validateEveryonePresent(run: MeetingRun, present: string[]): void {
  const { members } = run.input;
  const missing = members.filter((member) => !present.includes(member.userId));
  const strangers = present.filter((id) => !members.some((member) => member.userId === id));
  if (strangers.length > 0 || new Set(present).size !== present.length)
    rejectUpdate('BALLOT_INVALID', 'attendance lists council members, each once', [MEMBERS_ONLY]);
  if (missing.length === 0) return;
  const names = missing.map((member) => member.fullName).join(', ');
  rejectUpdate('NOT_EVERYONE_PRESENT', `not present: ${names}`, [
    {
      field: 'present',
      rule: 'everyMember',
      message: {
        vi: `Chưa có mặt: ${names}. Phiên họp khai mạc đúng giờ đã định.`,
        en: `Not present: ${names}. The meeting opens at its time.`,
      },
    },
  ]);
}

export function validateBallot(run: MeetingRun, tally: BallotTally): void {
  const { state } = run;
  run.assertStatus(CouncilMeetingStatus.OPEN);
  const present = state.present;
  if (present === null) rejectUpdate('ATTENDANCE_NOT_RECORDED', 'attendance is not recorded yet');
  const item = state.agenda.find((candidate) => candidate.dossierId === tally.dossierId);
  if (item === undefined)
    rejectUpdate('DOSSIER_NOT_AWAITING_COUNCIL', 'the dossier is not on the agenda');
  for (const voter of tally.castBy) {
    const violation = separationOfDutiesViolation({
      actorId: voter,
      action: 'vote',
      dossierAuthorId: null,
      initiativeAuthorIds: item.initiativeAuthorIds,
    });
    if (violation !== null)
      rejectUpdate('SEPARATION_OF_DUTIES', violation, [
        { field: 'castBy', rule: violation, message: SEPARATION_OF_DUTIES_MESSAGES[violation] },
      ]);
  }
  const errors = tallyProblems(run.input, item, present, tally);
  if (errors.length > 0) rejectUpdate('BALLOT_INVALID', 'the tally is not valid', errors);
}

export function validateClose(run: MeetingRun): void {
  const { state } = run;
  run.assertStatus(CouncilMeetingStatus.OPEN);
  if (state.present === null)
    rejectUpdate('ATTENDANCE_NOT_RECORDED', 'attendance is not recorded yet');
  const missing = state.agenda.filter((item) => !run.tallies.has(item.dossierId));
  if (missing.length > 0)
    rejectUpdate(
      'BALLOTS_MISSING',
      `no ballot yet for ${missing.map((item) => item.code).join(', ')}`,
      missing.map((item) => ({
        field: 'ballots',
        rule: 'everyDossier',
        message: {
          vi: `Chưa ghi kết quả bỏ phiếu của hồ sơ ${item.code}.`,
          en: `No ballot recorded yet for dossier ${item.code}.`,
        },
      })),
    );
}
