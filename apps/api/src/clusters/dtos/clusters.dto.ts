import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLUSTER_PROPOSAL_AWARDS, type ClusterProposalAward } from '@tdkt/server-feature-clusters';
import { Optional } from '../../http/optional';

export class CreateClusterDto {
  @ApiProperty({ example: 'CUM-02', description: 'Mã cụm, khối theo quyết định tổ chức' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,31}$/)
  code!: string;

  @ApiProperty({ example: 'Cụm thi đua số 02 các huyện thuộc tỉnh Đồng Nai' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({
    enum: ['cluster', 'block'],
    description: 'cụm (địa phương) hoặc khối (sở, ngành)',
  })
  @IsIn(['cluster', 'block'])
  kind!: 'cluster' | 'block';

  @ApiProperty({
    format: 'uuid',
    description: 'Cấp tổ chức cụm (Ban Thi đua – Khen thưởng tỉnh, huyện)',
  })
  @IsUUID()
  organizerUnitId!: string;
}

export class FormClusterYearDto {
  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Các đơn vị thành viên' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  memberUnitIds!: string[];

  @ApiProperty({ format: 'uuid', description: 'Cụm trưởng' })
  @IsUUID()
  leaderUnitId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Cụm phó' })
  @Optional()
  @IsUUID()
  deputyUnitId?: string;
}

export class StartPactSigningDto {
  @ApiPropertyOptional({ example: 10, description: 'Số ngày làm việc để ký giao ước' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(60)
  pactWorkingDays?: number;

  @ApiPropertyOptional({ example: 10, description: 'Số ngày làm việc để tự chấm điểm' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(60)
  selfScoreWorkingDays?: number;
}

export class LocalizedTitleDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  vi!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  en!: string;
}

export class ClusterCriterionDto {
  @ApiProperty({ example: 'KTXH' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,32}$/)
  code!: string;

  @ApiProperty({ type: LocalizedTitleDto })
  @ValidateNested()
  @Type(() => LocalizedTitleDto)
  title!: LocalizedTitleDto;

  @ApiProperty({ example: 40 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1000)
  maxPoints!: number;
}

export class AdoptScoringTableDto {
  @ApiProperty({ type: [ClusterCriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ClusterCriterionDto)
  criteria!: ClusterCriterionDto[];
}

export class OpenScoringDto {
  @ApiProperty({ example: 1, description: 'Phiên bản bảng tiêu chí dùng để chấm' })
  @IsInt()
  @Min(1)
  @Max(1000)
  version!: number;
}

export class ClusterProposalDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ enum: CLUSTER_PROPOSAL_AWARDS })
  @IsIn(CLUSTER_PROPOSAL_AWARDS)
  awardCode!: ClusterProposalAward;

  @ApiPropertyOptional({ format: 'uuid', description: 'Hồ sơ đề nghị của đơn vị, nếu đã có' })
  @Optional()
  @IsUUID()
  dossierId?: string;
}

export class ProposeClusterAwardsDto {
  @ApiProperty({ type: [ClusterProposalDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ClusterProposalDto)
  proposals!: ClusterProposalDto[];
}

export class HandOverLeadershipDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị nhận nhiệm vụ cụm trưởng năm sau' })
  @IsUUID()
  nextLeaderUnitId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Cụm phó năm sau' })
  @Optional()
  @IsUUID()
  nextDeputyUnitId?: string;
}
