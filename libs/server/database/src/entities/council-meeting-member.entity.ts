import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member of a meeting's council, with their seat and (once recorded) their attendance. */
@Entity({ name: 'council_meeting_members' })
export class CouncilMeetingMemberEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'varchar', length: 16 })
  position!: string;

  @Column({ type: 'boolean', nullable: true })
  present!: boolean | null;
}
