import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ServerConfig } from '@tdkt/server-config';

/** The worker's settings: the shared server settings plus how much work it takes on at once. */
export class WorkerConfig extends ServerConfig {
  @IsInt()
  @Min(1)
  @Max(1000)
  WORKER_MAX_CONCURRENT_ACTIVITIES: number = 50;

  @IsInt()
  @Min(1)
  @Max(1000)
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: number = 40;

  /** A prebuilt workflow bundle (from bundleWorkflowCode); without it the worker bundles at start. */
  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;
}
