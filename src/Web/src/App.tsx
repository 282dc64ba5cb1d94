import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { ApiError } from './api/ApiError';
import { LiveProvider } from './api/live/LiveProvider';
import { router } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // Refusals are answers, not hiccups: retry only what may pass on a second try.
      retry: (count, error) => count < 2 && (!(error instanceof ApiError) || ['NETWORK', 'UNKNOWN', 'CONFLICT'].includes(error.code)),
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LiveProvider>
        <RouterProvider router={router} />
      </LiveProvider>
    </QueryClientProvider>
  );
}
