import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { type Role, ROLES } from '@tdkt/contracts';
import type { RoleHolder } from '@tdkt/server-feature-identity';

export class CouncilRosterQueryDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị có Hội đồng (ví dụ UBND huyện)' })
  @IsUUID()
  unitId!: string;
}

export class CouncilRosterMemberDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 'demo.member1.cm' }) username!: string;
  @ApiProperty({ example: 'Nguyễn Văn A' }) fullName!: string;
  @ApiProperty({ format: 'uuid', description: 'Nơi công tác' }) workUnitId!: string;
  @ApiProperty({ example: 'Phòng Giáo dục và Đào tạo' }) workUnitName!: string;
  @ApiProperty({ enum: ROLES, isArray: true, description: 'Vai trò giữ tại Hội đồng của đơn vị' })
  roles!: Role[];

  static from(holder: RoleHolder): CouncilRosterMemberDto {
    return { ...holder };
  }
}

export class CouncilRosterDto {
  @ApiProperty({ type: [CouncilRosterMemberDto] }) items!: CouncilRosterMemberDto[];
}
