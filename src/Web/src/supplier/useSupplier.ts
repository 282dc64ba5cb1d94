import { useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../api/graphqlClient';
import { MySupplier } from '../dialogue/dialogueQueries';
import { useSession } from '../auth/useSession';
import { useLiveTopic } from '../api/live/LiveProvider';

/** The signed-in supplier (null until it has registered), its follows and registrations. */
export function useMySupplier() {
  const s = useSession();
  return useQuery({
    queryKey: ['supplier', s?.tenant, 'me'],
    queryFn: () => request(MySupplier),
    enabled: s?.role === 'supplier',
  });
}

/** Any event on the supplier's own topic makes its cached data and open dialogue pages stale. */
export function useSupplierLive() {
  const s = useSession();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['supplier', s?.tenant] });
    void queryClient.invalidateQueries({ queryKey: ['dialogue'] });
  };
  useLiveTopic(s?.role === 'supplier' && s.tenant ? `supplier/${s.tenant}` : null, { onEvent: refresh });
}
