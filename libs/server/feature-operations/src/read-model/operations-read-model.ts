import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  councilMeetingWorkflowId,
  DossierStage,
  initiativeWorkflowId,
  type OperatedDossier,
  type OperatedSubject,
  type Role,
} from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import type { OpenTaskFact } from '../detect/workflow-facts';

/** A dossier as operators see it, with when its timeline last moved. */
export interface DossierFacts extends OperatedDossier {
  workflowId: string;
  lastEventAt: Date | null;
}

/** A workflow a dossier waits for, named by the dossier's own timeline. */
export interface AwaitedReference {
  awaited: 'council-meeting' | 'initiative';
  id: string;
  workflowId: string;
}

/** One entry of a dossier's timeline without its content (operators do not read nominations). */
export interface TimelineEntry {
  seq: number;
  type: string;
  stage: string;
  level: string | null;
  actorId: string | null;
  actorName: string | null;
  at: string;
}

interface TaskRow {
  id: string;
  workflow_id: string;
  task_key: string;
  type: string;
  due_at: Date | null;
  assignee_id: string | null;
  assignee_name: string | null;
  candidate_user_id: string | null;
  candidate_name: string | null;
  candidate_role: Role | null;
  candidate_unit_id: string | null;
  candidate_unit_name: string | null;
  role_holders: string[] | null;
}

/** What PostgreSQL knows about running workflows: dossiers, open tasks, timelines. Read-only. */
@Injectable()
export class OperationsReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What the workflows that are not dossiers' are about: meetings, initiatives, plans, decisions. */
  async subjects(workflowIds: readonly string[]): Promise<Map<string, OperatedSubject>> {
    if (workflowIds.length === 0) return new Map();
    const rows = await this.dataSource.query<(OperatedSubject & { workflowId: string })[]>(
      `SELECT m.workflow_id AS "workflowId", 'council-meeting' AS kind, m.title AS label, u.name AS "unitName"
         FROM council_meetings m JOIN units u ON u.id = m.unit_id WHERE m.workflow_id = ANY($1::text[])
       UNION ALL
       SELECT i.workflow_id, 'initiative', i.title, u.name
         FROM initiatives i JOIN units u ON u.id = i.unit_id WHERE i.workflow_id = ANY($1::text[])
       UNION ALL
       SELECT p.workflow_id, 'plan', coalesce(p.number, '') || ' (' || p.year || ')', u.name
         FROM plans p JOIN units u ON u.id = p.issuer_unit_id WHERE p.workflow_id = ANY($1::text[])
       UNION ALL
       SELECT 'decision-' || d.id, 'decision', d.number, u.name
         FROM decisions d JOIN units u ON u.id = d.issuer_unit_id
        WHERE 'decision-' || d.id = ANY($1::text[])`,
      [workflowIds],
    );
    return new Map(
      rows.map(({ workflowId, ...subject }) => [workflowId, subject satisfies OperatedSubject]),
    );
  }

  async dossiers(workflowIds: readonly string[]): Promise<Map<string, DossierFacts>> {
    if (workflowIds.length === 0) return new Map();
    const rows = await this.dataSource.query<
      {
        id: string;
        code: string;
        workflow_id: string;
        stage: string;
        proposing_unit_id: string;
        unit_name: string;
        award_code: string;
        year: number;
        last_event_at: Date | null;
      }[]
    >(
      `SELECT d.id, d.code, d.workflow_id, d.stage, d.proposing_unit_id, u.name AS unit_name,
              d.award_code, d.year,
              (SELECT max(e.occurred_at) FROM dossier_events e WHERE e.dossier_id = d.id) AS last_event_at
         FROM dossiers d JOIN units u ON u.id = d.proposing_unit_id
        WHERE d.workflow_id = ANY($1::text[])`,
      [workflowIds],
    );
    return new Map(
      rows.map((row) => [
        row.workflow_id,
        {
          id: row.id,
          code: row.code,
          workflowId: row.workflow_id,
          stage: row.stage,
          proposingUnitId: row.proposing_unit_id,
          unitName: row.unit_name,
          awardCode: row.award_code,
          year: row.year,
          lastEventAt: row.last_event_at,
        },
      ]),
    );
  }

  /** Open tasks per workflow, each with who holds it: its assignee, or the holders of its role. */
  async openTasks(workflowIds: readonly string[]): Promise<Map<string, OpenTaskFact[]>> {
    const byWorkflow = new Map<string, OpenTaskFact[]>();
    if (workflowIds.length === 0) return byWorkflow;
    const rows = await this.dataSource.query<TaskRow[]>(
      `SELECT t.id, t.workflow_id, t.task_key, t.type, t.due_at, t.assignee_id,
              assignee.full_name AS assignee_name, t.candidate_user_id,
              candidate.full_name AS candidate_name, t.candidate_role, t.candidate_unit_id,
              cu.name AS candidate_unit_name,
              (SELECT array_agg(h.full_name ORDER BY h.full_name)
                 FROM role_grants g JOIN users h ON h.id = g.user_id AND h.disabled_at IS NULL
                WHERE g.role = t.candidate_role AND g.unit_id = t.candidate_unit_id
                  AND g.revoked_at IS NULL) AS role_holders
         FROM tasks t
         LEFT JOIN users assignee ON assignee.id = t.assignee_id
         LEFT JOIN users candidate ON candidate.id = t.candidate_user_id
         LEFT JOIN units cu ON cu.id = t.candidate_unit_id
        WHERE t.workflow_id = ANY($1::text[]) AND t.status IN ('OPEN', 'CLAIMED')
        ORDER BY t.due_at ASC NULLS LAST, t.created_at ASC`,
      [workflowIds],
    );
    for (const row of rows) {
      const task: OpenTaskFact = {
        taskId: row.id,
        taskKey: row.task_key,
        taskType: row.type,
        dueAt: row.due_at,
        heldBy: holderOf(row),
      };
      byWorkflow.set(row.workflow_id, [...(byWorkflow.get(row.workflow_id) ?? []), task]);
    }
    return byWorkflow;
  }

  /**
   * The council meetings and initiatives each dossier still waits for, from its timeline: a meeting
   * that placed it on its agenda (and did not take it off) while the council is pending, and the
   * initiatives awaited and not yet decided.
   */
  async awaitedWorkflows(
    dossiers: readonly DossierFacts[],
  ): Promise<Map<string, AwaitedReference[]>> {
    const waiting = dossiers.filter(
      (dossier) =>
        dossier.stage === DossierStage.COUNCIL_PENDING ||
        dossier.stage === DossierStage.INITIATIVE_PENDING,
    );
    const byWorkflow = new Map<string, AwaitedReference[]>();
    if (waiting.length === 0) return byWorkflow;
    const events = await this.dataSource.query<
      { dossier_id: string; type: string; data: Record<string, unknown> }[]
    >(
      `SELECT dossier_id, type, data FROM dossier_events
        WHERE dossier_id = ANY($1::uuid[])
          AND type IN ('council.awaited', 'council.scheduled', 'council.unscheduled', 'council.voted',
                       'initiatives.awaited', 'initiative.recognized', 'initiative.refused')
        ORDER BY dossier_id, seq`,
      [waiting.map((dossier) => dossier.id)],
    );
    for (const dossier of waiting) {
      const meetings = new Set<string>();
      const initiatives = new Set<string>();
      for (const event of events.filter((candidate) => candidate.dossier_id === dossier.id)) {
        const data = event.data;
        if (event.type === 'council.awaited' || event.type === 'council.voted') meetings.clear();
        else if (event.type === 'council.scheduled') meetings.add(String(data.meetingId));
        else if (event.type === 'council.unscheduled') meetings.delete(String(data.meetingId));
        else if (event.type === 'initiatives.awaited')
          for (const initiative of (data.initiatives ?? []) as { id: string }[])
            initiatives.add(initiative.id);
        else initiatives.delete(String(data.initiativeId));
      }
      const references: AwaitedReference[] =
        dossier.stage === DossierStage.COUNCIL_PENDING
          ? [...meetings].map((id) => ({
              awaited: 'council-meeting',
              id,
              workflowId: councilMeetingWorkflowId(id),
            }))
          : [...initiatives].map((id) => ({
              awaited: 'initiative',
              id,
              workflowId: initiativeWorkflowId(id),
            }));
      byWorkflow.set(dossier.workflowId, references);
    }
    return byWorkflow;
  }

  async timeline(dossierId: string): Promise<TimelineEntry[]> {
    const rows = await this.dataSource.query<
      {
        seq: number;
        type: string;
        stage: string;
        level: string | null;
        actor_id: string | null;
        actor_name: string | null;
        occurred_at: Date;
      }[]
    >(
      `SELECT e.seq, e.type, e.stage, e.level, e.actor_id, a.full_name AS actor_name, e.occurred_at
         FROM dossier_events e LEFT JOIN users a ON a.id = e.actor_id
        WHERE e.dossier_id = $1 ORDER BY e.seq`,
      [dossierId],
    );
    return rows.map((row) => ({
      seq: row.seq,
      type: row.type,
      stage: row.stage,
      level: row.level,
      actorId: row.actor_id,
      actorName: row.actor_name,
      at: row.occurred_at.toISOString(),
    }));
  }

  /** The unit a task belongs to and its workflow, or null. */
  async taskOwner(taskId: string): Promise<{ unitId: string; workflowId: string } | null> {
    const [row] = await this.dataSource.query<{ unit_id: string; workflow_id: string }[]>(
      `SELECT unit_id, workflow_id FROM tasks WHERE id = $1`,
      [taskId],
    );
    return row === undefined ? null : { unitId: row.unit_id, workflowId: row.workflow_id };
  }

  /** A unit and every unit under it (and merged into it). */
  async subtree(unitId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH RECURSIVE tree(id) AS (
         SELECT id FROM units WHERE id = $1
         UNION
         SELECT u.id FROM units u JOIN tree t ON u.parent_id = t.id OR u.merged_into_id = t.id
       ) SELECT id FROM tree`,
      [unitId],
    );
    return rows.map((row) => row.id);
  }
}

function holderOf(row: TaskRow): OpenTaskFact['heldBy'] {
  if (row.assignee_id !== null)
    return { kind: 'person', userId: row.assignee_id, name: row.assignee_name ?? row.assignee_id };
  if (row.candidate_user_id !== null)
    return {
      kind: 'person',
      userId: row.candidate_user_id,
      name: row.candidate_name ?? row.candidate_user_id,
    };
  // ck_tasks_candidates: a task offered to no person is offered to a role on a unit.
  return {
    kind: 'role',
    role: row.candidate_role as Role,
    unitId: row.candidate_unit_id ?? '',
    unitName: row.candidate_unit_name ?? '',
    people: row.role_holders ?? [],
  };
}
