import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  AppError,
  complaintRecordedUpdate,
  complaintWorkflowId,
  type ComplaintSubjectKind,
  type ComplaintWorkflowInput,
  DossierStage,
  WorkflowType,
} from '@tdkt/contracts';
import { awardOf, checkFiling, complaintRulesOn, getRuleSet, type IsoDate } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import { documentDate } from '@tdkt/server-feature-dossier';
import { EffectiveLegalData } from '@tdkt/server-feature-legal-data';
import { createdIdFor, KEYED_START } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';

export interface FileComplaintCommand {
  dossierId: string;
  content: string;
  knownOn: IsoDate;
  obstacleDays: number;
  obstacleReason: string | null;
  remote: boolean;
  /** A second complaint names the first one. */
  previousComplaintId: string | null;
  complainantId: string;
  requestId: string | null;
  idempotencyKey?: string;
}

interface DossierRow {
  code: string;
  award_code: string;
  rule_set_id: string;
  stage: string;
  nominee_name: string;
  proposing_unit_id: string;
  current_unit_id: string | null;
  decision_id: string | null;
  issuer_unit_id: string | null;
  signed_on: string | null;
}

interface Subject {
  kind: ComplaintSubjectKind;
  decisionId: string | null;
  handlingUnitId: string;
  /** A first complaint cannot be known of before its decision was signed. */
  earliestKnownOn: string | null;
}

/** Stages in which a dossier was refused, which its unit may complain about. */
const REFUSED_STAGES: readonly string[] = [DossierStage.REJECTED, DossierStage.NOT_APPROVED];

/**
 * A complaint about the decision that awards a dossier, or about its refusal, filed by the dossier's
 * unit (for the nominee or itself): checks the filing window (an unconfirmed limit passed warns, a
 * confirmed one refuses) and starts the complaint's workflow, which records it before this answers.
 */
@Injectable()
export class FileComplaintUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: ServerConfig,
    private readonly legalData: EffectiveLegalData,
  ) {}

  async execute(command: FileComplaintCommand): Promise<{ id: string }> {
    const [dossier] = await this.dataSource.query<DossierRow[]>(
      `SELECT d.code, d.award_code, d.rule_set_id, d.stage, d.nominee->>'name' AS nominee_name, d.proposing_unit_id, d.current_unit_id,
              a.decision_id, dec.issuer_unit_id, to_char(dec.signed_on, 'YYYY-MM-DD') AS signed_on
         FROM dossiers d
         LEFT JOIN decision_awardees a ON a.dossier_id = d.id
         LEFT JOIN decisions dec ON dec.id = a.decision_id
        WHERE d.id = $1`,
      [command.dossierId],
    );
    if (dossier === undefined) throw new AppError('DOSSIER_NOT_FOUND');
    const subject =
      command.previousComplaintId === null
        ? this.subjectOf(dossier)
        : await this.secondInstanceOf(command.previousComplaintId, command.dossierId);
    if (subject.earliestKnownOn !== null && command.knownOn < subject.earliestKnownOn)
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'knownOn',
          rule: 'notBeforeDecision',
          message: {
            vi: `Ngày biết quyết định không thể trước ngày ký ${subject.earliestKnownOn}.`,
            en: `The day the decision was known cannot be before it was signed (${subject.earliestKnownOn}).`,
          },
        },
      ]);
    const filedOn = documentDate();
    const instance = command.previousComplaintId === null ? 1 : 2;
    const rules = complaintRulesOn(command.knownOn);
    const check = checkFiling(
      rules,
      {
        instance,
        knownOn: command.knownOn,
        filedOn,
        obstacleDays: command.obstacleDays,
        remote: command.remote,
      },
      await this.legalData.calendar(),
    );
    if (check.verdict === 'late-refused')
      throw new AppError('COMPLAINT_TIME_LIMIT_EXPIRED', [
        {
          field: 'knownOn',
          rule: 'complaintTimeLimit',
          message: {
            vi: `Thời hiệu khiếu nại (${check.limit.days} ngày, ${check.limit.source.document} Điều ${check.limit.source.article}) đã hết ngày ${check.lastDay}.`,
            en: `The ${check.limit.days}-day limit (${check.limit.source.document} Art. ${check.limit.source.article}) ended on ${check.lastDay}.`,
          },
        },
      ]);

    const { requestId, idempotencyKey, ...request } = command;
    const input: ComplaintWorkflowInput = {
      complaintId: createdIdFor('complaint', command.complainantId, idempotencyKey, request),
      instance,
      previousComplaintId: command.previousComplaintId,
      subjectKind: subject.kind,
      decisionId: subject.decisionId,
      dossierId: command.dossierId,
      label: `${dossier.code} · ${dossier.nominee_name}`,
      dossierCode: dossier.code,
      nomineeName: dossier.nominee_name,
      awardName: awardOf(getRuleSet(dossier.rule_set_id), dossier.award_code).name,
      handlingUnitId: subject.handlingUnitId,
      complainantId: command.complainantId,
      rulesId: rules.id,
      remote: command.remote,
      content: command.content,
      knownOn: command.knownOn,
      filedOn,
      obstacleDays: command.obstacleDays,
      obstacleReason: command.obstacleReason,
      filingLastDay: check.lastDay,
      filedLate: check.verdict === 'late-warning',
      requestId,
    };
    const workflowId = complaintWorkflowId(input.complaintId);
    try {
      const handle = await this.temporal.workflow.start(WorkflowType.complaint, {
        workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
        ...(idempotencyKey === undefined ? {} : KEYED_START),
      });
      await handle.executeUpdate(complaintRecordedUpdate);
    } catch (error) {
      // A retry of a complaint whose workflow has finished since: it was recorded then.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return { id: input.complaintId };
  }

  /** A first complaint: about the decision that lists the dossier, or about its refusal. */
  private subjectOf(dossier: DossierRow): Subject {
    if (dossier.decision_id !== null && dossier.issuer_unit_id !== null)
      return {
        kind: 'decision',
        decisionId: dossier.decision_id,
        handlingUnitId: dossier.issuer_unit_id,
        earliestKnownOn: dossier.signed_on,
      };
    if (REFUSED_STAGES.includes(dossier.stage))
      return {
        kind: 'refusal',
        decisionId: null,
        handlingUnitId: dossier.current_unit_id ?? dossier.proposing_unit_id,
        earliestKnownOn: null,
      };
    throw new AppError('COMPLAINT_SUBJECT_INVALID');
  }

  /** A second complaint goes to the superior of the first one's authority (Art. 7), once that ended. */
  private async secondInstanceOf(previousId: string, dossierId: string): Promise<Subject> {
    const [previous] = await this.dataSource.query<
      {
        status: string;
        instance: number;
        subject_kind: ComplaintSubjectKind;
        decision_id: string | null;
        parent_id: string | null;
        handling_unit_id: string;
        settled_on: string | null;
      }[]
    >(
      `SELECT c.status, c.instance, c.subject_kind, c.decision_id, u.parent_id, c.handling_unit_id,
              to_char(c.settled_on, 'YYYY-MM-DD') AS settled_on
         FROM complaints c JOIN units u ON u.id = c.handling_unit_id
        WHERE c.id = $1 AND c.dossier_id = $2`,
      [previousId, dossierId],
    );
    if (previous === undefined) throw new AppError('COMPLAINT_NOT_FOUND');
    if (previous.instance !== 1 || ['RECEIVED', 'ACCEPTED'].includes(previous.status))
      throw new AppError('COMPLAINT_NOT_SETTLED');
    return {
      kind: previous.subject_kind,
      decisionId: previous.decision_id,
      handlingUnitId: previous.parent_id ?? previous.handling_unit_id,
      earliestKnownOn: previous.settled_on,
    };
  }
}
