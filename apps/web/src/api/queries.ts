import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, type Schemas } from './client';
import type { paths } from './schema.gen';

export type DossierSummary = Schemas['DossierSummaryDto'];
export type Dossier = Schemas['DossierResponseDto'];
export type Task = Schemas['TaskDto'];
export type Award = Schemas['AwardDto'];
export type AwardCatalog = Schemas['AwardCatalogDto'];
export type Notification = Schemas['NotificationDto'];

export type DossierFilters = NonNullable<paths['/api/v1/dossiers']['get']['parameters']['query']>;
export type TaskFilters = NonNullable<paths['/api/v1/tasks']['get']['parameters']['query']>;

/** Keys of the cached answers, so that an action can refresh exactly what it changed. */
export const queryKeys = {
  dossiers: ['dossiers'] as const,
  dossierList: (filters: DossierFilters) => ['dossiers', 'list', filters] as const,
  dossier: (ref: string) => ['dossiers', 'one', ref] as const,
  tasks: ['tasks'] as const,
  taskList: (filters: TaskFilters) => ['tasks', 'list', filters] as const,
  awards: (asOf: string | undefined) => ['awards', asOf ?? 'today'] as const,
  notifications: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  preferences: ['notifications', 'preferences'] as const,
  routePreview: (unitId: string, awardCode: string, year: number | undefined) =>
    ['route-preview', unitId, awardCode, year] as const,
};

export function useDossiers(filters: DossierFilters, enabled = true) {
  return useQuery({
    queryKey: queryKeys.dossierList(filters),
    queryFn: () => call(api.GET('/api/v1/dossiers', { params: { query: filters } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A dossier by its id or its code (`HS-2024-000001`). */
export function useDossier(ref: string | undefined) {
  return useQuery({
    queryKey: queryKeys.dossier(ref ?? ''),
    queryFn: () => call(api.GET('/api/v1/dossiers/{id}', { params: { path: { id: ref ?? '' } } })),
    enabled: ref !== undefined,
  });
}

/** My tasks; new ones appear on their own within half a minute (and at once on "Làm mới"). */
export function useTasks(filters: TaskFilters) {
  return useQuery({
    queryKey: queryKeys.taskList(filters),
    queryFn: () => call(api.GET('/api/v1/tasks', { params: { query: filters } })),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
    refetchOnMount: 'always',
  });
}

/** The award catalog of the rule set in force on a day (default: today, or the replayed period). */
export function useAwards(asOf?: string) {
  return useQuery({
    queryKey: queryKeys.awards(asOf),
    queryFn: () => call(api.GET('/api/v1/awards', { params: { query: asOf ? { asOf } : {} } })),
    staleTime: 60 * 60_000,
  });
}

/** Award names by code, for lists that show codes. */
export function useAwardNames(asOf?: string): (code: string, lang: 'vi' | 'en') => string {
  const { data } = useAwards(asOf);
  return (code, lang) => {
    const award = data?.awards.find((candidate) => candidate.code === code);
    return award ? (lang === 'en' ? award.name.en : award.name.vi) : code;
  };
}

export function useUnreadCount() {
  return useQuery({
    queryKey: queryKeys.unread,
    queryFn: () => call(api.GET('/api/v1/notifications/unread-count')),
    refetchInterval: 60_000,
  });
}

export function useNotifications(unreadOnly = false, limit = 20) {
  return useQuery({
    queryKey: [...queryKeys.notifications, 'list', unreadOnly, limit],
    queryFn: () =>
      call(
        api.GET('/api/v1/notifications', {
          params: { query: { unreadOnly: unreadOnly ? 'true' : 'false', limit } },
        }),
      ),
  });
}

/** Where a unit's dossier for an award would go and under which rules, before it is submitted. */
export function useRoutePreview(
  unitId: string | undefined,
  awardCode: string | undefined,
  year: number | undefined,
) {
  return useQuery({
    queryKey: queryKeys.routePreview(unitId ?? '', awardCode ?? '', year),
    queryFn: () =>
      call(
        api.GET('/api/v1/dossiers/route-preview', {
          params: {
            query: {
              proposingUnitId: unitId ?? '',
              awardCode: awardCode ?? '',
              ...(year !== undefined ? { year } : {}),
            },
          },
        }),
      ),
    enabled: Boolean(unitId && awardCode),
    staleTime: 10 * 60_000,
  });
}
