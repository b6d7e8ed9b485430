import { AppError, type PlanItemEvidence } from '@tdkt/contracts';
import {
  AddPlanItemUseCase,
  CompletePlanItemUseCase,
  EditDraftPlanUseCase,
  EditPlanItemUseCase,
  GetPlanUseCase,
  ImportPlanUseCase,
  IssuePlanUseCase,
  ListPlanItemsUseCase,
  ListPlansUseCase,
} from '@tdkt/server-feature-plan';
import { unitId } from '../support/people';
import { editedSeedPlan, SEED_PLAN_SOURCE } from '../support/seed-plan-source';
import { TEST_ENV, testEnv } from '../support/test-env';
import { startWorkerContext, type WorkerContext } from '../support/worker-context';

const SEED = SEED_PLAN_SOURCE;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const fields = (error: AppError) => error.errors.map(({ field, rule }) => ({ field, rule }));

describe('plan use cases: import, draft edits, validation (real PostgreSQL)', () => {
  let context: WorkerContext;
  let importPlan: ImportPlanUseCase;

  beforeAll(async () => {
    context = await startWorkerContext({
      temporalAddress: testEnv(TEST_ENV.temporalAddress),
      taskQueue: 'plans-test',
    });
    importPlan = context.get(ImportPlanUseCase);
  });
  afterAll(() => context?.stop());

  it('imports the seed plan as a draft: owners by name, quarter-end due dates, default window participants; again is a no-op', async () => {
    const first = await importPlan.execute({ source: SEED, importedBy: null, activate: false });
    expect(first).toMatchObject({ created: true, status: 'DRAFT', workflowId: null, items: 23 });
    const again = await importPlan.execute({ source: SEED, importedBy: null, activate: false });
    expect(again).toEqual({ ...first, created: false });

    const plan = await context.get(GetPlanUseCase).execute({ planId: first.planId });
    expect(plan).toMatchObject({
      year: 2024,
      number: '11/KH-UBND',
      issuedOn: '2024-01-11',
      issuer: { name: 'UBND huyện Cẩm Mỹ', nameInDocument: 'UBND huyện Cẩm Mỹ' },
      standingBody: { name: 'Phòng Nội vụ huyện Cẩm Mỹ' },
      reminderOffsets: [10, 3],
      legalBasis: expect.arrayContaining([
        expect.stringContaining('Nghị quyết số 09-NQ/HU'),
      ]) as unknown,
    });
    const item = (key: string) => plan.items.find((i) => i.key === key)!;
    expect(item('q2-june-11-anniversary')).toMatchObject({
      dueOn: '2024-06-11',
      dueExplicit: true,
      outcome: 'OVERDUE',
    });
    // Due at the end of Q1: 31/03/2024 is a Sunday, so the time limit ends on Monday 01/04.
    expect(item('q1-launch-directive')).toMatchObject({ dueOn: '2024-04-01', dueExplicit: false });
    expect(item('q2-education-dossiers').owner.name).toBe('Phòng Giáo dục và Đào tạo huyện Cẩm Mỹ');
    const codes = async (ids: string[]) =>
      (
        await context.db.query<{ code: string }[]>(
          `SELECT code FROM units WHERE id = ANY($1::uuid[]) ORDER BY code`,
          [ids],
        )
      ).map((r) => r.code);
    expect(await codes(item('q2-education-dossiers').participantUnitIds)).toEqual([
      'DN-CM-MN-SR',
      'DN-CM-TH-LG',
      'DN-CM-THCS-XM',
    ]);
    expect(await codes(item('q3-next-year-registration').participantUnitIds)).toEqual([
      'DN-CM-HDND',
      'DN-CM-HU',
      'DN-CM-LG',
      'DN-CM-MTTQ',
      'DN-CM-PGD',
      'DN-CM-SR',
      'DN-CM-XM',
    ]);
    expect(item('q1-launch-directive').participantUnitIds).toEqual([]);

    const audit = await context.db.query<unknown[]>(
      `SELECT action FROM audit_log WHERE entity_type = 'plan' AND entity_id = $1`,
      [first.planId],
    );
    expect(audit).toEqual([{ action: 'plan.imported' }]);
  });

  it('refuses another document under the same issuer, year and number', async () => {
    const error = await failure(
      importPlan.execute({
        source: editedSeedPlan(['Khen thưởng chính xác', 'Khen thưởng đúng']),
        importedBy: null,
        activate: false,
      }),
    );
    expect(error.code).toBe('PLAN_ALREADY_EXISTS');
    expect(fields(error)).toEqual([{ field: 'plan.number', rule: 'unique' }]);
  });

  it.each([
    [
      'an owner that names no unit',
      editedSeedPlan(['owner: "Phòng Giáo dục và Đào tạo"', 'owner: "Phòng Y tế"']),
      { field: 'plan.quarters.Q2[3].owner', rule: 'unit-unknown' },
    ],
    [
      'an owner that could be several units',
      editedSeedPlan(['owner: "Phòng Giáo dục và Đào tạo"', 'owner: "UBND xã"']),
      { field: 'plan.quarters.Q2[3].owner', rule: 'unit-ambiguous' },
    ],
    [
      'a standing body outside the issuer',
      editedSeedPlan(['standing_body: "Phòng Nội vụ huyện"', 'standing_body: "DN-SNV"']),
      { field: 'plan.standing_body', rule: 'unit-unknown' },
    ],
    ['broken YAML', 'plan:\n  year: [2024\n', { field: 'source', rule: 'syntax' }],
    [
      'a field the plan does not have',
      editedSeedPlan(['signer:', 'signed_by:']),
      { field: 'plan.signed_by', rule: 'unknown-field' },
    ],
  ])('refuses %s, naming the field', async (_label, source, expected) => {
    const error = await failure(
      importPlan.execute({
        source: source.replace('"11/KH-UBND"', '"99/KH-UBND"'),
        importedBy: null,
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fields(error)).toContainEqual(expected);
    expect(error.errors[0]!.message.vi).toContain(expected.field);
  });

  it('names the candidate units of an ambiguous reference so the author can use a code', async () => {
    const error = await failure(
      importPlan.execute({
        source: editedSeedPlan(['owner: "Phòng Giáo dục và Đào tạo"', 'owner: "UBND xã"']),
        importedBy: null,
      }),
    );
    expect(error.errors[0]!.message.en).toContain('DN-CM-LG (UBND xã Long Giao)');
  });

  it('edits a draft, adds and moves items, and issues it only once it has a number', async () => {
    const draft = await importPlan.execute({
      source: editedSeedPlan(['  number: "11/KH-UBND"\n', '']),
      importedBy: null,
      activate: false,
    });
    const issue = context.get(IssuePlanUseCase);
    const unnumbered = await failure(issue.execute({ planId: draft.planId, actorId: null }));
    expect(fields(unnumbered)).toEqual([{ field: 'number', rule: 'required' }]);

    const editDraft = context.get(EditDraftPlanUseCase);
    const badEdit = await failure(
      editDraft.execute({
        planId: draft.planId,
        actorId: null,
        changes: { reminderOffsets: [0], issuedOn: '2024-13-01' },
      }),
    );
    expect(fields(badEdit)).toEqual([
      { field: 'issuedOn', rule: 'iso-date' },
      { field: 'reminderOffsets', rule: 'reminder-offsets' },
    ]);
    const taken = await failure(
      editDraft.execute({ planId: draft.planId, actorId: null, changes: { number: '11/KH-UBND' } }),
    );
    expect(taken.code).toBe('PLAN_ALREADY_EXISTS');
    const edited = await editDraft.execute({
      planId: draft.planId,
      actorId: null,
      changes: { number: '12/KH-UBND', reminderOffsets: [2, 7], goals: ['Khen thưởng kịp thời'] },
    });
    expect(edited).toMatchObject({
      number: '12/KH-UBND',
      reminderOffsets: [7, 2],
      goals: ['Khen thưởng kịp thời'],
    });

    const pnv = await unitId(context.db, 'DN-CM-PNV');
    const added = await context.get(AddPlanItemUseCase).execute({
      planId: draft.planId,
      actorId: null,
      item: {
        key: 'q4-cluster-scoring',
        quarter: 4,
        ownerUnitId: pnv,
        kind: 'cluster',
        text: { vi: 'Chấm điểm cụm', en: 'Score the clusters' },
      },
    });
    expect(added).toMatchObject({
      dueOn: '2024-12-31',
      dueExplicit: false,
      revision: 1,
    });
    const badItem = await failure(
      context.get(AddPlanItemUseCase).execute({
        planId: draft.planId,
        actorId: null,
        item: {
          key: 'q4-cluster-scoring',
          quarter: 4,
          dueOn: '2024-03-01',
          ownerUnitId: pnv,
          kind: 'cluster',
          text: { vi: '', en: 'x' },
        },
      }),
    );
    expect(fields(badItem)).toEqual([{ field: 'key', rule: 'unique-item-key' }]);
    const badFields = await failure(
      context.get(AddPlanItemUseCase).execute({
        planId: draft.planId,
        actorId: null,
        item: {
          key: 'q4-new',
          quarter: 4,
          dueOn: '2024-03-01',
          ownerUnitId: pnv,
          kind: 'cluster',
          text: { vi: '', en: 'x' },
        },
      }),
    );
    expect(fields(badFields)).toEqual([
      { field: 'dueOn', rule: 'due-in-quarter' },
      { field: 'text.vi', rule: 'required' },
    ]);

    const moved = await context.get(EditPlanItemUseCase).execute({
      planId: draft.planId,
      itemKey: 'q2-june-11-anniversary',
      changes: { quarter: 3 },
      actorId: null,
    });
    expect(moved).toMatchObject({
      quarter: 3,
      dueOn: '2024-09-30',
      dueExplicit: false,
      revision: 1,
    });

    const revisions = await context.db.query<unknown[]>(
      `SELECT action FROM audit_log WHERE entity_type = 'plan_item' ORDER BY id`,
    );
    expect(revisions).toEqual([{ action: 'plan.item.added' }, { action: 'plan.item.revised' }]);
    const list = await context
      .get(ListPlanItemsUseCase)
      .execute({ planId: draft.planId, quarter: 3 });
    expect(list.map((i) => i.key)).toContain('q2-june-11-anniversary');
  });

  it('refuses to complete an item of a plan that is not running, or with bad evidence', async () => {
    const [plan] = await context.get(ListPlansUseCase).execute({ year: 2024, status: 'DRAFT' });
    expect(plan!.items).toMatchObject({ total: expect.any(Number) as number, done: 0 });
    const complete = context.get(CompletePlanItemUseCase);
    const evidence: PlanItemEvidence = {
      type: 'link',
      url: 'https://cammy.dongnai.gov.vn/bao-cao',
      title: null,
    };
    const notRunning = await failure(
      complete.execute({
        planId: plan!.id,
        itemKey: 'q1-launch-directive',
        evidence,
        completedBy: null,
      }),
    );
    expect(notRunning.code).toBe('PLAN_NOT_ACTIVE');
    const badLink = await failure(
      complete.execute({
        planId: plan!.id,
        itemKey: 'q1-launch-directive',
        evidence: { ...evidence, url: 'javascript:alert(1)' },
        completedBy: null,
      }),
    );
    expect(fields(badLink)).toEqual([{ field: 'evidence.url', rule: 'http-url' }]);
    const badDocument = await failure(
      complete.execute({
        planId: plan!.id,
        itemKey: 'q1-launch-directive',
        evidence: { type: 'document', number: ' ', issuedOn: '11/06/2024', title: null },
        completedBy: null,
      }),
    );
    expect(fields(badDocument)).toEqual([
      { field: 'evidence.number', rule: 'required' },
      { field: 'evidence.issuedOn', rule: 'iso-date' },
    ]);
    const unknownPlan = await failure(
      complete.execute({ planId: 'nope', itemKey: 'x', evidence, completedBy: null }),
    );
    expect(unknownPlan.code).toBe('PLAN_NOT_FOUND');
  });
});
