import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DossierEntity } from './dossier.entity';
import { CouncilMeetingEntity } from './council-meeting.entity';

/** A dossier on a meeting's agenda and its ballot counts; never who voted how. */
@Entity({ name: 'council_agenda_items' })
@Index('idx_council_agenda_items_dossier', ['dossierId'])
export class CouncilAgendaItemEntity {
  @ForeignKey(() => CouncilMeetingEntity, {
    name: 'fk_council_agenda_items_meeting',
    onDelete: 'RESTRICT',
  })
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ForeignKey(() => DossierEntity, {
    name: 'fk_council_agenda_items_dossier',
    onDelete: 'RESTRICT',
  })
  @PrimaryColumn({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @Column({ name: 'ballots_cast', type: 'int', nullable: true })
  ballotsCast!: number | null;

  @Column({ name: 'votes_for', type: 'int', nullable: true })
  votesFor!: number | null;

  @Column({ name: 'votes_required', type: 'int', nullable: true })
  votesRequired!: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;
}
