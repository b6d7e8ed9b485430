import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type InitiativeWorkflowInput, initiativeWorkflowId } from '@tdkt/contracts';
import {
  DEADLINE_TIME,
  getRuleSet,
  HolidayCalendar,
  localTimeToUtcIso,
  nextWorkingDayOnOrAfter,
  type IsoDate,
} from '@tdkt/domain';
import { appendAudit } from '@tdkt/server-database';
import { documentDate } from '@tdkt/server-feature-dossier';
import { EffectiveLegalData } from '@tdkt/server-feature-legal-data';
import type { DataSource } from 'typeorm';

/** The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 → 28/29 Feb). */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The last day to decide on an application received on `receivedOn`: the same day `months` later,
 * moved to the next working day when it is a weekend or a holiday (Civil Code 2015 Art. 148(5): a
 * time limit ending on a day off ends with the next working day).
 */
export function initiativeDueDate(
  receivedOn: IsoDate,
  months: number,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): IsoDate {
  return nextWorkingDayOnOrAfter(addCalendarMonths(receivedOn, months), calendar);
}

/**
 * Logs an application and issues its receipt: the decision is due within the rule set's months from
 * today in Vietnam (Điều lệ Sáng kiến Art. 7(1): 3 months). Idempotent: a retry returns the first
 * receipt.
 */
@Injectable()
export class ReceiveInitiativeUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly legalData: EffectiveLegalData,
  ) {}

  async execute(input: InitiativeWorkflowInput): Promise<{ dueDate: string; dueAt: string }> {
    const receivedOn = documentDate();
    const dueDate = initiativeDueDate(
      receivedOn,
      getRuleSet(input.ruleSetId).timeLimits.initiativeRecognitionMonths,
      await this.legalData.calendar(),
    );
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO initiatives (id, unit_id, title, description, author_ids, status, rule_set_id, received_on,
                                  due_date, workflow_id, applied_by)
         VALUES ($1, $2, $3, $4, $5, 'RECEIVED', $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          input.initiativeId,
          input.unitId,
          input.title,
          input.description,
          input.authorIds,
          input.ruleSetId,
          receivedOn,
          dueDate,
          initiativeWorkflowId(input.initiativeId),
          input.appliedBy,
        ],
      );
      if (inserted.length > 0) {
        await appendAudit(manager, {
          action: 'initiative.received',
          entityType: 'initiative',
          entityId: input.initiativeId,
          actorKind: 'user',
          actorId: input.appliedBy,
          unitId: input.unitId,
          after: { title: input.title, receivedOn, dueDate, authorIds: input.authorIds },
          requestId: input.requestId,
          workflowId: initiativeWorkflowId(input.initiativeId),
          idempotencyKey: `initiative:${input.initiativeId}:received`,
        });
      }
      const [row] = await manager.query<{ due_date: string }[]>(
        `SELECT to_char(due_date, 'YYYY-MM-DD') AS due_date FROM initiatives WHERE id = $1`,
        [input.initiativeId],
      );
      const due = row?.due_date ?? dueDate;
      return { dueDate: due, dueAt: localTimeToUtcIso(due, DEADLINE_TIME) };
    });
  }
}
