import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../api/client';

export type Decision = Schemas['DecisionDto'];
export type DecisionSummary = Schemas['DecisionSummaryDto'];
export type DecisionPreview = Schemas['DecisionPreviewDto'];

export const decisionKeys = {
  all: ['decisions'] as const,
  list: (page: number) => ['decisions', 'list', page] as const,
  one: (id: string) => ['decisions', 'one', id] as const,
};

export const DECISIONS_PAGE = 20;

export function useDecisions(page: number) {
  return useQuery({
    queryKey: decisionKeys.list(page),
    queryFn: () =>
      call(
        api.GET('/api/v1/decisions', {
          params: { query: { limit: DECISIONS_PAGE, offset: (page - 1) * DECISIONS_PAGE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useDecision(id: string | undefined) {
  return useQuery({
    queryKey: decisionKeys.one(id ?? ''),
    queryFn: () => call(api.GET('/api/v1/decisions/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== undefined,
  });
}
