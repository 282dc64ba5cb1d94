import { useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../api/graphqlClient';
import { useLiveTopic } from '../api/live/LiveProvider';
import { ProgrammeDashboard } from './dashboardQueries';

/** The dashboard's figures, fetched again whenever something happens on the programme topic. */
export function useDashboard() {
  useProgrammeLive();
  return useQuery({ queryKey: ['programme', 'dashboard'], queryFn: () => request(ProgrammeDashboard) });
}

/**
 * Any programme event makes every programme figure stale, so open pages (the map among them) update without reload.
 * One read is enough: the grains send a programme event only once the figures it changes (their county's reports)
 * show the change.
 */
export function useProgrammeLive() {
  const queryClient = useQueryClient();
  const invalidate = () => void queryClient.invalidateQueries({ queryKey: ['programme'] });
  useLiveTopic('programme', { onEvent: invalidate, onResync: invalidate });
}
