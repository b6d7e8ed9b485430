import { Injectable } from '@nestjs/common';
import { ListLegalDataPublicationsUseCase } from '../list-legal-data-publications/list-legal-data-publications.use-case';
import { HolidayCalendar } from '@tdkt/domain';
import { EffectiveLegalData } from '../effective-legal-data';
import { HolidayYearView } from '../legal-data-views';

/** A year's holidays in effect, and whether they come from a publication, the release or a provisional estimate. */
@Injectable()
export class GetHolidayYearUseCase {
  constructor(
    private readonly effective: EffectiveLegalData,
    private readonly publications: ListLegalDataPublicationsUseCase,
  ) {}

  async execute(year: number): Promise<HolidayYearView> {
    const calendar = await this.effective.calendar();
    const holidays = calendar.holidaysOf(year);
    const published = (await this.publications.execute({ kind: 'holiday-schedule' })).find(
      (p) => p.key === String(year) && p.inEffect,
    );
    return {
      ...holidays,
      origin: published
        ? 'published'
        : HolidayCalendar.BUILT_IN.isOfficial(year)
          ? 'release'
          : 'provisional',
      revision: published?.revision ?? null,
    };
  }
}
