import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RevokeAwardUseCase } from '@tdkt/server-feature-councils';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { DECISION } from '../councils/council.resources';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../http/idempotency-key';
import { uuidParam } from '../http/uuid-param.pipe';
import { AwardRevocationDto } from './dtos/complaint-responses.dto';
import { RevokeAwardDto } from './dtos/complaint.dto';

@ApiTags('decisions')
@Controller('api/v1/decisions')
export class RevocationsController {
  constructor(private readonly revoke: RevokeAwardUseCase) {}

  @Post(':id/revocations')
  @RequirePermission('dossier:decide')
  @UnitScope(unitFrom.param('id', DECISION))
  @ApiOperation({
    summary: 'Revoke an award of a signed decision (hủy bỏ, Luật Thi đua, khen thưởng Điều 93)',
    description:
      'A leader of the issuing unit revokes one awardee on a ground of Art. 93(2)(a)–(d). The revocation takes the next number of the issuer’s decision series, once: the same Idempotency-Key answers with the same revocation; another revocation of the same award is 409 AWARD_ALREADY_REVOKED. The bonus to recover is the bonus the decision paid. Audited.',
  })
  @ApiCreatedResponse({ type: AwardRevocationDto })
  @AcceptsIdempotencyKey()
  create(
    @Param('id', uuidParam('id')) decisionId: string,
    @Body() body: RevokeAwardDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    return this.revoke.execute({
      decisionId,
      dossierId: body.dossierId,
      ground: body.ground,
      reason: body.reason,
      conclusion: body.conclusion ?? null,
      revocationId: randomUUID(),
      idempotencyKey: idempotencyKey ?? randomUUID(),
      signedBy: actor.user.id,
      audit: auditContextOf(actor),
    });
  }
}
