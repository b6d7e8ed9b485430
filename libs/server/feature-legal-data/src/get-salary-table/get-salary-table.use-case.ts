import { Injectable } from '@nestjs/common';
import { ListLegalDataPublicationsUseCase } from '../list-legal-data-publications/list-legal-data-publications.use-case';
import { EffectiveLegalData } from '../effective-legal-data';
import { SalaryStepView } from '../legal-data-views';

/** The base-salary steps in effect, each saying whether it comes from a publication or the release. */
@Injectable()
export class GetSalaryTableUseCase {
  constructor(
    private readonly effective: EffectiveLegalData,
    private readonly publications: ListLegalDataPublicationsUseCase,
  ) {}

  async execute(): Promise<SalaryStepView[]> {
    const salaries = await this.effective.salaries();
    const published = (await this.publications.execute({ kind: 'base-salary-step' })).filter(
      (p) => p.inEffect,
    );
    return salaries.map((step) => {
      const publication = published.find((p) => p.key === step.from);
      return {
        ...step,
        origin: publication ? 'published' : 'release',
        revision: publication?.revision ?? null,
      };
    });
  }
}
