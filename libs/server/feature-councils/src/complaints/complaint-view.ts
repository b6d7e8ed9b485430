import type { ComplaintStatus } from '@tdkt/contracts';

/** A complaint as people read it: what it is about, its limits and each step's result. */
export interface ComplaintView {
  id: string;
  workflowId: string;
  instance: number;
  previousComplaintId: string | null;
  subjectKind: string;
  decisionId: string | null;
  decisionNumber: string | null;
  dossierId: string;
  dossierCode: string;
  label: string;
  handlingUnitId: string;
  handlingUnitName: string;
  complainantId: string;
  complainantName: string;
  content: string;
  knownOn: string;
  filedOn: string;
  obstacleDays: number;
  obstacleReason: string | null;
  filingLastDay: string;
  filedLate: boolean;
  rulesId: string;
  remote: boolean;
  complex: boolean | null;
  status: ComplaintStatus;
  dueDate: string | null;
  reasons: string | null;
  verification: string | null;
  remedy: string | null;
  acceptedOn: string | null;
  settledOn: string | null;
  secondComplaintLastDay: string | null;
  createdAt: string;
}

/** The view's columns; `c` is complaints, joined to its dossier, decision, unit and complainant. */
export const COMPLAINT_VIEW_SQL = `
  SELECT c.id, c.workflow_id AS "workflowId", c.instance, c.previous_complaint_id AS "previousComplaintId",
         c.subject_kind AS "subjectKind", c.decision_id AS "decisionId", dec.number AS "decisionNumber",
         c.dossier_id AS "dossierId", d.code AS "dossierCode", c.label,
         c.handling_unit_id AS "handlingUnitId", u.name AS "handlingUnitName",
         c.complainant_id AS "complainantId", p.full_name AS "complainantName", c.content,
         to_char(c.known_on, 'YYYY-MM-DD') AS "knownOn", to_char(c.filed_on, 'YYYY-MM-DD') AS "filedOn",
         c.obstacle_days AS "obstacleDays", c.obstacle_reason AS "obstacleReason",
         to_char(c.filing_last_day, 'YYYY-MM-DD') AS "filingLastDay", c.filed_late AS "filedLate",
         c.rules_id AS "rulesId", c.remote, c.complex, c.status,
         to_char(c.due_date, 'YYYY-MM-DD') AS "dueDate", c.reasons, c.verification, c.remedy,
         to_char(c.accepted_on, 'YYYY-MM-DD') AS "acceptedOn", to_char(c.settled_on, 'YYYY-MM-DD') AS "settledOn",
         to_char(c.second_complaint_last_day, 'YYYY-MM-DD') AS "secondComplaintLastDay",
         to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"
    FROM complaints c
    JOIN dossiers d ON d.id = c.dossier_id
    JOIN units u ON u.id = c.handling_unit_id
    JOIN users p ON p.id = c.complainant_id
    LEFT JOIN decisions dec ON dec.id = c.decision_id`;
