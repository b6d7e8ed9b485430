import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';
import { CouncilMeetingEntity } from './council-meeting.entity';

/** A member of a meeting's council, with their seat and (once recorded) their attendance. */
@Entity({ name: 'council_meeting_members' })
@Check(
  'ck_council_meeting_members_position',
  `position IN ('chair', 'vice-chair', 'secretary', 'member')`,
)
export class CouncilMeetingMemberEntity {
  @ForeignKey(() => CouncilMeetingEntity, {
    name: 'fk_council_meeting_members_meeting',
    onDelete: 'RESTRICT',
  })
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ForeignKey(() => UserEntity, { name: 'fk_council_meeting_members_user', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'varchar', length: 16 })
  position!: string;

  @Column({ type: 'boolean', nullable: true })
  present!: boolean | null;
}
