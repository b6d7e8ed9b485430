import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StuckCounts } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';

/** One round of the monitor's census, as kept for the charts. */
export interface StuckCensusRecord {
  takenAt: string;
  counts: StuckCounts;
  scanned: number;
}

/** How many workflows were stuck, per reason, at each round of the monitor. */
@Injectable()
export class StuckCensusHistoryUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The censuses of the last `days` days, oldest first. */
  execute(days: number): Promise<StuckCensusRecord[]> {
    return this.dataSource.query(
      `SELECT to_char(taken_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "takenAt", counts, scanned
         FROM stuck_census WHERE taken_at > now() - make_interval(days => $1)
        ORDER BY taken_at LIMIT 5000`,
      [days],
    );
  }
}
