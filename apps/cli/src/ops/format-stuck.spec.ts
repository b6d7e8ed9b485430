import type { WorkflowInspection } from '@tdkt/contracts';
import { formatInspection } from './format-stuck';

const inspection: WorkflowInspection = {
  workflowId: 'HS-2024-000001',
  runId: 'run-1',
  workflowType: 'dossierWorkflow',
  status: 'RUNNING',
  startedAt: '2024-12-16T01:02:00.000Z',
  closedAt: null,
  taskQueue: 'tdkt-main',
  historyLength: 30,
  subject: null,
  dossier: {
    id: 'd-1',
    code: 'HS-2024-000001',
    stage: 'UNIT_REVIEW',
    proposingUnitId: 'u-1',
    unitName: 'Trường Tiểu học Lê Lợi',
    awardCode: 'CSTDCS',
    year: 2024,
  },
  timeline: [
    {
      seq: 1,
      type: 'dossier.submitted',
      stage: 'SUBMITTED',
      level: null,
      actorId: null,
      actorName: null,
      at: '2024-12-16T01:02:00.000Z',
    },
  ],
  pendingActivities: [],
  pendingWorkflowTask: null,
  timers: [{ timerId: '3', firesAt: '2024-12-20T17:30:00.000Z' }],
  openTasks: [],
  awaited: [],
  findings: [],
  resetPoints: [
    {
      eventId: 4,
      at: '2024-12-16T01:02:00.000Z',
      label: { vi: 'Lúc bắt đầu', en: 'At the start' },
    },
    {
      eventId: 12,
      at: '2024-12-16T01:02:01.000Z',
      label: { vi: 'Sau «Nộp hồ sơ»', en: 'After «Submitted»' },
    },
  ],
  temporalUiUrl: null,
};

describe('an inspection as the CLI prints it', () => {
  it('writes times in Vietnam time, stages and events by name, and names each reset point', () => {
    const text = formatInspection(inspection, 'vi');
    expect(text).toContain('bắt đầu 16/12/2024 08:02 (giờ Việt Nam)');
    expect(text).toContain('hồ sơ HS-2024-000001: Đang thẩm định');
    // 17:30 UTC on the 20th is half past midnight on the 21st in Vietnam.
    expect(text).toContain('hẹn giờ 3 đến hạn 21/12/2024 00:30');
    expect(text).toContain('16/12/2024 08:02 #1 Nộp hồ sơ (Đã nộp)');
    expect(text).toMatch(/ {4} {4}4 {2}16\/12\/2024 08:02 {2}Lúc bắt đầu/);
    expect(text).toMatch(/ {3}12 {2}16\/12\/2024 08:02 {2}Sau «Nộp hồ sơ»/);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('writes English with TDKT_LANG=en', () => {
    const text = formatInspection(inspection, 'en');
    expect(text).toContain('started 16/12/2024 08:02 (Vietnam time)');
    expect(text).toContain('After «Submitted»');
  });
});
