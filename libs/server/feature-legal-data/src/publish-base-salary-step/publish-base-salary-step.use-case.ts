import { Injectable } from '@nestjs/common';
import { BASE_SALARY_TABLE, validateSalaryStep, type BaseSalaryStep } from '@tdkt/domain';
import { type Actor } from '@tdkt/server-feature-identity';
import { EffectiveLegalData } from '../effective-legal-data';
import {
  LegalDataPublisher,
  sameJson,
  unchanged,
  type PublishedLegalData,
} from '../legal-data-publisher';

/**
 * Publishes a base-salary step: validated against the steps in effect, refused when it would change
 * nothing, then in effect.
 */
@Injectable()
export class PublishBaseSalaryStepUseCase {
  constructor(
    private readonly publisher: LegalDataPublisher,
    private readonly effective: EffectiveLegalData,
  ) {}

  async execute(actor: Actor, input: unknown): Promise<PublishedLegalData<BaseSalaryStep>> {
    await this.publisher.assertMayPublish(actor);
    const salaries = await this.effective.salaries();
    const { value, warnings } = validateSalaryStep(input, salaries);
    const inEffect = salaries.find((step) => step.from === value.from);
    if (inEffect !== undefined && sameJson(inEffect, value)) throw unchanged(value.from);
    return this.publisher.append(actor, 'base-salary-step', value.from, value, warnings, {
      replaces: BASE_SALARY_TABLE.some((step) => step.from === value.from) ? 'release' : null,
    });
  }
}
