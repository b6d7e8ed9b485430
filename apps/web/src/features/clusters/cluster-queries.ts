import { useQuery } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../api/client';

export type ClusterSummary = Schemas['ClusterDto'];
export type ClusterYear = Schemas['ClusterYearDto'];
export type ClusterMember = Schemas['ClusterMemberDto'];

export const clusterKeys = {
  all: ['clusters'] as const,
  list: ['clusters', 'list'] as const,
  year: (id: string) => ['clusters', 'year', id] as const,
  tasks: (id: string) => ['clusters', 'tasks', id] as const,
};

export const CLUSTER_TASK_TYPES = ['cluster.sign-pact', 'cluster.self-score', 'cluster.review'];

export function useClusters() {
  return useQuery({
    queryKey: clusterKeys.list,
    queryFn: () => call(api.GET('/api/v1/clusters')),
  });
}

/** A cluster year; asked again while its workflow is between steps (a signature, a score being recorded). */
export function useClusterYear(id: string | undefined) {
  return useQuery({
    queryKey: clusterKeys.year(id ?? ''),
    queryFn: () =>
      call(api.GET('/api/v1/cluster-years/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== undefined,
  });
}

/** My open tasks about this cluster year (signing, self-scoring, the review), from the inbox. */
export function useMyClusterTasks(id: string | undefined) {
  return useQuery({
    queryKey: clusterKeys.tasks(id ?? ''),
    queryFn: async () => {
      const pages = await Promise.all(
        CLUSTER_TASK_TYPES.map((type) =>
          call(
            api.GET('/api/v1/tasks', { params: { query: { type, status: 'open', limit: 100 } } }),
          ),
        ),
      );
      return pages.flatMap((page) => page.items).filter((task) => task.subject.id === id);
    },
    enabled: id !== undefined,
  });
}
