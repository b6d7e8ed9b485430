import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  ExportAuditLogUseCase,
  QueryAuditLogUseCase,
} from '@tdkt/server-feature-identity';
import type { Response } from 'express';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { AuditFilterDto, AuditPageDto, AuditQueryDto } from './dtos/audit.dto';

@ApiTags('audit')
@Controller('api/v1/audit')
export class AuditController {
  private readonly logger = new Logger(AuditController.name);

  constructor(
    private readonly queryAuditLog: QueryAuditLogUseCase,
    private readonly exportAuditLog: ExportAuditLogUseCase,
  ) {}

  @Get()
  @RequirePermission('audit:read')
  @UnitScope(unitFrom.query('unitId'))
  @ApiOperation({
    summary: 'The audit trail (nhật ký kiểm toán) within my scope, newest first',
    description: 'For ADMIN and AUDITOR. Page with `limit` and `before` (the previous nextCursor).',
  })
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() query: AuditQueryDto, @CurrentActor() actor: Actor): Promise<AuditPageDto> {
    return AuditPageDto.from(
      await this.queryAuditLog.execute(actor, query.toFilter(), {
        limit: query.limit ?? 100,
        before: query.before,
      }),
    );
  }

  @Get('export')
  @RequirePermission('audit:read')
  @UnitScope(unitFrom.query('unitId'))
  @ApiOperation({
    summary: 'The audit trail within my scope as CSV (UTF-8 with BOM, opens in Excel)',
    description: 'Same filters as GET /api/v1/audit, every matching row.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV file', schema: { type: 'string' } })
  async export(
    @Query() query: AuditFilterDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    response.status(200);
    response.setHeader('content-type', 'text/csv; charset=utf-8');
    response.setHeader(
      'content-disposition',
      `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
    );
    try {
      for await (const chunk of this.exportAuditLog.execute(actor, query.toFilter())) {
        if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
      }
      response.end();
    } catch (error) {
      // The status line is already sent: end the download so the client sees it broke off.
      this.logger.error({ err: error, requestId: actor.requestId }, 'audit export failed');
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
