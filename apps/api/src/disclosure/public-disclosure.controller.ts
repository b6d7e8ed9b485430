import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  FilePublicObjectionUseCase,
  ListDisclosedNomineesUseCase,
} from '@tdkt/server-feature-dossier';
import { Public } from '../auth/access.decorators';
import { ClientIp } from '../auth/current-user.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import {
  DisclosedNomineeDto,
  ObjectionReceivedDto,
  PublicObjectionDto,
} from './dtos/public-disclosure.dto';

/** The public disclosure of nominees (công khai) and objections to them, without signing in. */
@ApiTags('public')
@Controller('api/v1/public/disclosures')
export class PublicDisclosureController {
  constructor(
    private readonly listNominees: ListDisclosedNomineesUseCase,
    private readonly objections: FilePublicObjectionUseCase,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Nominees under public disclosure now: name, unit, award and achievements summary, nothing more',
  })
  @ApiOkResponse({ type: [DisclosedNomineeDto] })
  list(): Promise<DisclosedNomineeDto[]> {
    return this.listNominees.execute();
  }

  @Post(':id/objections')
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary:
      "Object to a nominee during the disclosure window, with a contact; the reviewers' objection task opens. At most 5 an hour from one address",
  })
  @ApiAcceptedResponse({ type: ObjectionReceivedDto })
  fileObjection(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: PublicObjectionDto,
    @ClientIp() clientIp: string | null,
  ): Promise<ObjectionReceivedDto> {
    return this.objections.execute(id, { ...body, clientIp });
  }
}
