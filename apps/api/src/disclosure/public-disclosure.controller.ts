import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PublicDisclosureUseCase } from '@tdkt/server-feature-dossier';
import { Public } from '../auth/access.decorators';
import { ClientIp } from '../auth/current-user.decorator';
import { uuidParam } from '../http/uuid-param.pipe';

export class DisclosedNomineeDto {
  @ApiProperty({ format: 'uuid' })
  dossierId!: string;

  @ApiProperty({ example: 'HS-2024-000001' })
  code!: string;

  @ApiProperty()
  nomineeName!: string;

  @ApiProperty()
  unitName!: string;

  @ApiProperty()
  awardName!: string;

  @ApiProperty()
  year!: number;

  @ApiProperty()
  achievementsSummary!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  disclosureEndsAt!: string | null;
}

export class PublicObjectionDto {
  @ApiProperty({ description: 'Họ và tên người phản ánh', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  filerName!: string;

  @ApiProperty({ description: 'Số điện thoại hoặc thư điện tử để liên hệ', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  contact!: string;

  @ApiProperty({ description: 'Nội dung phản ánh', maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  text!: string;
}

export class ObjectionReceivedDto {
  @ApiProperty()
  received!: boolean;
}

/** The public disclosure of nominees (công khai) and objections to them, without signing in. */
@ApiTags('public')
@Controller('api/v1/public/disclosures')
export class PublicDisclosureController {
  constructor(private readonly disclosure: PublicDisclosureUseCase) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Nominees under public disclosure now: name, unit, award and achievements summary, nothing more',
  })
  @ApiOkResponse({ type: [DisclosedNomineeDto] })
  list(): Promise<DisclosedNomineeDto[]> {
    return this.disclosure.list();
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
    return this.disclosure.fileObjection(id, { ...body, clientIp });
  }
}
