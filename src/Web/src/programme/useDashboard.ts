import { useEffect, useRef } from 'react';
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
 * After an event, the programme figures are read again now and once more after each of these delays: a grain reports
 * to the programme overview just after it delivers the live event (so a commit never waits on the overview), and the
 * first read can come before that report and still show the old part of a municipality.
 */
const followUpDelays = [750, 2500];

/** Any programme event makes every programme figure stale, so open pages (the map among them) update without reload. */
export function useProgrammeLive() {
  const queryClient = useQueryClient();
  const timers = useRef<number[]>([]);
  useEffect(() => () => timers.current.forEach((t) => window.clearTimeout(t)), []);
  const invalidate = () => void queryClient.invalidateQueries({ queryKey: ['programme'] });
  const refresh = () => {
    invalidate();
    // A burst of events (a consortium formed and joined) is followed up once, after its last event.
    timers.current.forEach((t) => window.clearTimeout(t));
    timers.current = followUpDelays.map((ms) => window.setTimeout(invalidate, ms));
  };
  useLiveTopic('programme', { onEvent: refresh, onResync: invalidate });
}
