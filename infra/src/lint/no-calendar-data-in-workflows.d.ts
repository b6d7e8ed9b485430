import type { ESLint, Rule } from 'eslint';

export const noCalendarDataInWorkflows: Rule.RuleModule;
export const tdktPlugin: ESLint.Plugin;
