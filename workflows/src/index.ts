export { dossierWorkflow } from './dossier/dossier.workflow';
export { annualPlanWorkflow } from './plan/annual-plan.workflow';
export { stuckMonitorWorkflow } from './operations/stuck-monitor.workflow';
export { bulkRepairWorkflow } from './operations/bulk-repair.workflow';
export { councilMeetingWorkflow } from './council/council-meeting.workflow';
export { initiativeWorkflow } from './initiative/initiative.workflow';
export { decisionWorkflow } from './decision/decision.workflow';
export { calendarPropagationWorkflow } from './legal-data/calendar-propagation.workflow';
