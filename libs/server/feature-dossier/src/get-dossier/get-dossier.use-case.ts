import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DossierStage, type LocalizedText } from '@tdkt/contracts';
import {
  awardOf,
  dossierProcedure,
  getRuleSet,
  isAwardCode,
  requiredDocuments,
  type DossierProcedure,
  type LegalRef,
  type RuleSet,
} from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import {
  AttachmentEntity,
  DossierCommentEntity,
  DossierEntity,
  DossierEventEntity,
  TaskEntity,
} from '@tdkt/server-database';
import { IsNull, type DataSource } from 'typeorm';
import { dossierNotFound } from '../dossier-errors';
import { ruleSetForSubmissions } from '../rules-date';

export interface ChecklistItem {
  code: string;
  name: LocalizedText;
  legalRef: LegalRef;
  /** Attachments that provide the document. */
  attachmentIds: string[];
}

export interface DossierView {
  dossier: DossierEntity;
  workflow: {
    workflowId: string;
    runId: string | null;
    /** Temporal's status (RUNNING, COMPLETED…), NOT_STARTED for a draft, UNKNOWN if Temporal is unreachable. */
    status: string;
  };
  timeline: DossierEventEntity[];
  openTasks: TaskEntity[];
  attachments: AttachmentEntity[];
  checklist: ChecklistItem[];
  /** The track and procedure the award's rules give the dossier; null for an unknown award. */
  procedure: (DossierProcedure & { councilVote: boolean }) | null;
  comments: DossierCommentEntity[];
  /** The numbered decision that lists the dossier, with its documents and the dossier's certificate. */
  decision: DossierDecisionView | null;
}

export interface DossierDecisionView {
  id: string;
  number: string;
  signedOn: string;
  bonusVnd: number;
  documents: { id: string; kind: string; fileName: string; sha256: string }[];
  /** Set once the award is revoked (Law 06/2022 Art. 93). */
  revocation: {
    id: string;
    number: string;
    signedOn: string;
    ground: string;
    bonusToRecoverVnd: number;
  } | null;
}

/** A dossier as people read it: the read model, its timeline, tasks, files, checklist, and its workflow's status. */
@Injectable()
export class GetDossierUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: ServerConfig,
  ) {}

  async execute(id: string): Promise<DossierView> {
    const dossier = await this.dataSource.getRepository(DossierEntity).findOne({ where: { id } });
    if (dossier === null) throw dossierNotFound();
    const [timeline, openTasks, attachments, comments, workflow, decision] = await Promise.all([
      this.dataSource
        .getRepository(DossierEventEntity)
        .find({ where: { dossierId: id }, order: { seq: 'ASC' } }),
      this.dataSource
        .getRepository(TaskEntity)
        .createQueryBuilder('task')
        .where('task.subject_type = :type AND task.subject_id = :id', { type: 'dossier', id })
        .andWhere(`task.status IN ('OPEN', 'CLAIMED')`)
        .orderBy('task.due_at', 'ASC', 'NULLS LAST')
        .getMany(),
      this.dataSource
        .getRepository(AttachmentEntity)
        .find({ where: { dossierId: id, removedAt: IsNull() }, order: { uploadedAt: 'ASC' } }),
      this.dataSource
        .getRepository(DossierCommentEntity)
        .find({ where: { dossierId: id }, order: { createdAt: 'ASC' } }),
      dossier.stage === DossierStage.DRAFT
        ? Promise.resolve({ workflowId: dossier.workflowId, runId: null, status: 'NOT_STARTED' })
        : this.describeWorkflow(dossier.workflowId),
      this.decisionOf(id),
    ]);
    return {
      dossier,
      workflow,
      timeline,
      openTasks,
      attachments,
      checklist: checklistOf(dossier, attachments, this.config),
      procedure: procedureOf(dossier, this.config),
      comments,
      decision,
    };
  }

  /** The decision listing the dossier, with its DOCX and PDF and this awardee's own certificate. */
  private async decisionOf(dossierId: string): Promise<DossierDecisionView | null> {
    const [decision] = await this.dataSource.query<Omit<DossierDecisionView, 'documents'>[]>(
      `SELECT d.id, d.number, to_char(d.signed_on, 'YYYY-MM-DD') AS "signedOn", a.bonus_vnd::int AS "bonusVnd",
              CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'number', r.number,
                'signedOn', to_char(r.signed_on, 'YYYY-MM-DD'), 'ground', r.ground,
                'bonusToRecoverVnd', r.bonus_to_recover_vnd::float8) END AS revocation
         FROM decision_awardees a JOIN decisions d ON d.id = a.decision_id
         LEFT JOIN award_revocations r ON r.dossier_id = a.dossier_id
        WHERE a.dossier_id = $1`,
      [dossierId],
    );
    if (decision === undefined) return null;
    // The decision's own documents, and this dossier's certificate.
    const documents = await this.dataSource.query<DossierDecisionView['documents']>(
      `SELECT id, kind, file_name AS "fileName", sha256 FROM documents
        WHERE owner_type = 'decision' AND owner_id = $1 AND (kind LIKE 'decision-%' OR dossier_id = $2)
        ORDER BY kind DESC`,
      [decision.id, dossierId],
    );
    return { ...decision, documents };
  }

  private async describeWorkflow(workflowId: string): Promise<DossierView['workflow']> {
    try {
      const description = await this.temporal.withDeadline(Date.now() + 5_000, () =>
        this.temporal.workflow.getHandle(workflowId).describe(),
      );
      return { workflowId, runId: description.runId, status: description.status.name };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError)
        return { workflowId, runId: null, status: 'NOT_FOUND' };
      // The read model still answers when Temporal is briefly away; the status says so.
      return { workflowId, runId: null, status: 'UNKNOWN' };
    }
  }
}

/** The dossier's pinned rule set, or for a draft the one new submissions get. */
function ruleSetOf(dossier: DossierEntity, config: ServerConfig): RuleSet {
  return dossier.ruleSetId
    ? getRuleSet(dossier.ruleSetId)
    : ruleSetForSubmissions(config, dossier.year);
}

/** Which track the dossier is on and what its procedure skips or shortens. */
function procedureOf(dossier: DossierEntity, config: ServerConfig): DossierView['procedure'] {
  if (!isAwardCode(dossier.awardCode)) return null;
  const ruleSet = ruleSetOf(dossier, config);
  return {
    ...dossierProcedure(ruleSet, dossier.awardCode),
    councilVote: awardOf(ruleSet, dossier.awardCode).ballot !== null,
  };
}

/** The documents the award requires under the dossier's rule set and what provides each. */
function checklistOf(
  dossier: DossierEntity,
  attachments: AttachmentEntity[],
  config: ServerConfig,
): ChecklistItem[] {
  if (!isAwardCode(dossier.awardCode)) return [];
  const ruleSet = ruleSetOf(dossier, config);
  return requiredDocuments(dossier.awardCode, ruleSet).map((document) => ({
    code: document.code,
    name: document.name,
    legalRef: document.legalRef,
    attachmentIds: attachments
      .filter((attachment) => attachment.documentCode === document.code)
      .map((attachment) => attachment.id),
  }));
}
