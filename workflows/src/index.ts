export { dossierWorkflow } from './dossier/dossier.workflow';
export { annualPlanWorkflow } from './plan/annual-plan.workflow';
export { councilMeetingWorkflow } from './council/council-meeting.workflow';
export { initiativeWorkflow } from './initiative/initiative.workflow';
export { decisionWorkflow } from './decision/decision.workflow';
