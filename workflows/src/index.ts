export { dossierWorkflow } from './dossier/dossier.workflow';
export { annualPlanWorkflow } from './plan/annual-plan.workflow';
