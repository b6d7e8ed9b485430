import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '@tdkt/contracts';
import {
  planSchedule,
  type PlanDefinition,
  type PlanItemKind,
  quarterEnd,
  type Quarter,
} from '@tdkt/domain';
import { EffectiveLegalData } from '@tdkt/server-feature-legal-data';
import { parsePlanSource } from '../../import/parse-plan-source';

/** One thing the plan's year brings, on the day the workflow would do it. */
export interface PlanSimulationEvent {
  /** UTC instant (08:00 in Vietnam for notices). */
  at: string;
  kind:
    | 'reminder'
    | 'overdue'
    | 'window-opens'
    | 'window-closes'
    | 'quarter-summary'
    | 'next-year-draft';
  quarter: Quarter;
  itemKey: string | null;
  itemKind: PlanItemKind | null;
  /** The item's text, or null for a quarter's summary and the draft. */
  text: LocalizedText | null;
  /** The owner as the document names it. */
  owner: string | null;
  dueOn: string | null;
  /** For a reminder: working days left to the due date. */
  workingDaysBefore: number | null;
  /** Falls before the plan's issue date: a plan started then skips it (or sends one overdue notice at once). */
  beforeIssue: boolean;
}

export interface PlanSimulation {
  year: number;
  number: string | null;
  issuedOn: string | null;
  issuer: string;
  items: number;
  events: PlanSimulationEvent[];
}

/**
 * A plan document's year as its workflow would live it, assuming no item is marked done: every
 * reminder, overdue notice, window, quarter summary and the next year's draft, on the days the same
 * schedule function gives the workflow (the working-day calendar in effect, published schedules
 * included). Nothing is stored; units are shown as the document names them, as `tdkt plan simulate`
 * does.
 */
@Injectable()
export class SimulatePlanUseCase {
  constructor(private readonly legalData: EffectiveLegalData) {}

  async execute(source: string): Promise<PlanSimulation> {
    const definition = parsePlanSource(source);
    const calendar = await this.legalData.calendar();
    const schedule = planSchedule(
      {
        year: definition.year,
        reminderOffsets: definition.reminderOffsets,
        items: definition.items.map((item) => ({
          key: item.key,
          quarter: item.quarter,
          dueOn: item.due ?? quarterEnd(definition.year, item.quarter),
          kind: item.kind,
        })),
      },
      calendar,
    );
    const issuedAt = definition.issuedOn === null ? null : `${definition.issuedOn}T00:00:00+07:00`;
    const before = (at: string) => issuedAt !== null && Date.parse(at) < Date.parse(issuedAt);
    const events: PlanSimulationEvent[] = [];
    for (const item of definition.items) {
      const timing = schedule.items[item.key];
      if (timing === undefined) continue;
      const base = {
        quarter: item.quarter,
        itemKey: item.key,
        itemKind: item.kind,
        text: item.text,
        owner: item.owner,
        dueOn: timing.dueOn,
      };
      if (timing.window !== null) {
        events.push({
          ...base,
          at: timing.window.opensAt,
          kind: 'window-opens',
          workingDaysBefore: null,
          beforeIssue: before(timing.window.opensAt),
        });
        events.push({
          ...base,
          at: timing.window.closesAt,
          kind: 'window-closes',
          workingDaysBefore: null,
          beforeIssue: before(timing.window.closesAt),
        });
      }
      for (const reminder of timing.reminders)
        events.push({
          ...base,
          at: reminder.at,
          kind: 'reminder',
          workingDaysBefore: reminder.workingDaysBefore,
          beforeIssue: before(reminder.at),
        });
      events.push({
        ...base,
        at: timing.overdue.at,
        kind: 'overdue',
        workingDaysBefore: null,
        beforeIssue: before(timing.overdue.at),
      });
    }
    for (const quarter of schedule.quarters)
      events.push(quarterEvent(definition, quarter.quarter, quarter.summary.at, before));
    const last = schedule.quarters[schedule.quarters.length - 1];
    if (last !== undefined)
      events.push({
        ...quarterEvent(definition, last.quarter, last.summary.at, before),
        kind: 'next-year-draft',
      });
    // Same instant: in the order the workflow does them (the draft follows the last summary).
    events.sort((a, b) => a.at.localeCompare(b.at));
    return {
      year: definition.year,
      number: definition.number,
      issuedOn: definition.issuedOn,
      issuer: definition.issuer,
      items: definition.items.length,
      events,
    };
  }
}

function quarterEvent(
  definition: PlanDefinition,
  quarter: Quarter,
  at: string,
  before: (at: string) => boolean,
): PlanSimulationEvent {
  return {
    at,
    kind: 'quarter-summary',
    quarter,
    itemKey: null,
    itemKind: null,
    text: null,
    owner: definition.standingBody,
    dueOn: null,
    workingDaysBefore: null,
    beforeIssue: before(at),
  };
}
