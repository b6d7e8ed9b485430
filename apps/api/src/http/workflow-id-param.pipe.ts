import { type PipeTransform } from '@nestjs/common';
import { AppError } from '@tdkt/contracts';

/** Workflow ids of this system: dossier codes, `annual-plan-…`, `ops-…`; printable, no spaces. */
const WORKFLOW_ID = /^[\w.:@-]{1,255}$/;

/** A path parameter that must look like a workflow id; anything else is a 400 naming it. */
export class WorkflowIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!WORKFLOW_ID.test(value))
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'workflowId',
          rule: 'isWorkflowId',
          message: {
            vi: 'workflowId phải là mã quy trình (chữ, số, . _ : @ -).',
            en: 'workflowId must be a workflow id (letters, digits, . _ : @ -).',
          },
        },
      ]);
    return value;
  }
}
