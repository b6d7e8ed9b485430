import { Injectable } from '@nestjs/common';
import { AppError } from '@tdkt/contracts';
import { AssignTaskUseCase } from '@tdkt/server-feature-inbox';
import { OperationsReadModel } from '../../read-model/operations-read-model';
import type { Operator } from '../operator';
import { RepairTargets } from '../repair-target';

/**
 * Moves an open task to another person who holds the role it needs (its holder is away, or late):
 * it leaves the holder's inbox for the new assignee's. The inbox's own assignment does the checks
 * and writes the audit row, with the operator's reason.
 */
@Injectable()
export class ReassignTaskUseCase {
  constructor(
    private readonly readModel: OperationsReadModel,
    private readonly targets: RepairTargets,
    private readonly assign: AssignTaskUseCase,
  ) {}

  async execute(
    taskId: string,
    request: { assigneeId: string; reason: string },
    operator: Operator,
  ): Promise<{ taskId: string; assigneeId: string; status: string }> {
    const owner = await this.readModel.taskOwner(taskId);
    if (owner === null) throw new AppError('TASK_NOT_FOUND');
    const { audit } = await this.targets.auditOf(operator, owner.unitId, taskId);
    const task = await this.assign.execute(taskId, request.assigneeId, audit, request.reason);
    return { taskId: task.id, assigneeId: request.assigneeId, status: task.status };
  }
}
