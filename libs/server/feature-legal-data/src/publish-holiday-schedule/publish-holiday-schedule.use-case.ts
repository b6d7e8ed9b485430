import { Injectable } from '@nestjs/common';
import { HolidayCalendar, validateHolidaySchedule, type OfficialSchedule } from '@tdkt/domain';
import { type Actor } from '@tdkt/server-feature-identity';
import { EffectiveLegalData } from '../effective-legal-data';
import {
  LegalDataPublisher,
  sameJson,
  unchanged,
  type PublishedLegalData,
} from '../legal-data-publisher';

/**
 * Publishes a year's holiday schedule: validated, refused when it would change nothing, then in effect;
 * the API then propagates it to the running workflows.
 */
@Injectable()
export class PublishHolidayScheduleUseCase {
  constructor(
    private readonly publisher: LegalDataPublisher,
    private readonly effective: EffectiveLegalData,
  ) {}

  async execute(actor: Actor, input: unknown): Promise<PublishedLegalData<OfficialSchedule>> {
    await this.publisher.assertMayPublish(actor);
    const { value, warnings } = validateHolidaySchedule(input);
    const inEffect = (await this.effective.calendar()).scheduleOf(value.year);
    if (inEffect !== undefined && sameJson(inEffect, value)) throw unchanged(`${value.year}`);
    return this.publisher.append(actor, 'holiday-schedule', String(value.year), value, warnings, {
      year: value.year,
      replaces: HolidayCalendar.BUILT_IN.isOfficial(value.year) ? 'release' : 'provisional',
    });
  }
}
