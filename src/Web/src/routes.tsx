import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './ui/Layout';
import { RequireRole } from './auth/RequireRole';
import { RequireSignedIn } from './auth/RequireSignedIn';
import { HomeRedirect } from './auth/HomeRedirect';
import { NotFoundPage } from './ui/NotFoundPage';
import { RouteError } from './ui/RouteError';
import { CALLBACK_PATH } from './auth/oidcPaths';

// Every page is its own chunk, so the first page loads only what it shows.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'logg-inn', lazy: async () => ({ Component: (await import('./auth/SignInPage')).SignInPage }) },
      { path: CALLBACK_PATH.slice(1), lazy: async () => ({ Component: (await import('./auth/OidcCallbackPage')).OidcCallbackPage }) },
      {
        path: 'kommune',
        element: <RequireRole role="municipality" />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./municipality/OverviewPage')).OverviewPage }) },
          { path: 'behov', lazy: async () => ({ Component: (await import('./municipality/NeedsPage')).NeedsPage }) },
          { path: 'behov/ny', lazy: async () => ({ Component: (await import('./municipality/NewNeedPage')).NewNeedPage }) },
          { path: 'behov/:needId', lazy: async () => ({ Component: (await import('./municipality/NeedPage')).NeedPage }) },
          { path: 'behov/:needId/endre', lazy: async () => ({ Component: (await import('./municipality/EditNeedPage')).EditNeedPage }) },
          { path: 'samarbeid/:consortiumId', lazy: async () => ({ Component: (await import('./municipality/ConsortiumPage')).ConsortiumPage }) },
        ],
      },
      {
        path: 'leverandor',
        element: <RequireRole role="supplier" />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./supplier/SupplierHomePage')).SupplierHomePage }) },
          { path: 'varsler', lazy: async () => ({ Component: (await import('./supplier/NotificationsPage')).NotificationsPage }) },
        ],
      },
      {
        path: 'programmet',
        lazy: async () => ({ Component: (await import('./programme/RequireProgramme')).RequireProgramme }),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./programme/ProgrammeHomePage')).ProgrammeHomePage }) },
          { path: 'kart', lazy: async () => ({ Component: (await import('./programme/MapPage')).MapPage }) },
          { path: 'mal', lazy: async () => ({ Component: (await import('./programme/GoalPage')).GoalPage }) },
          { path: 'aktivitet', lazy: async () => ({ Component: (await import('./programme/ActivityPage')).ActivityPage }) },
          { path: 'kapasitet', lazy: async () => ({ Component: (await import('./programme/CapacityPage')).CapacityPage }) },
          { path: 'ikke-med', lazy: async () => ({ Component: (await import('./programme/NotYetPage')).NotYetPage }) },
        ],
      },
      {
        path: 'varslinger',
        element: <RequireSignedIn />,
        children: [{ index: true, lazy: async () => ({ Component: (await import('./profile/NotificationSettingsPage')).NotificationSettingsPage }) }],
      },
      { path: 'dialogmoter', lazy: async () => ({ Component: (await import('./public/DialogueEventsPage')).DialogueEventsPage }) },
      { path: 'dialogmoter/:eventId', lazy: async () => ({ Component: (await import('./public/DialogueEventPage')).DialogueEventPage }) },
      { path: 'sok', lazy: async () => ({ Component: (await import('./search/SearchPage')).SearchPage }) },
      { path: 'erfaringer', lazy: async () => ({ Component: (await import('./cases/CasesPage')).CasesPage }) },
      { path: 'erfaringer/:caseId', lazy: async () => ({ Component: (await import('./cases/CasePage')).CasePage }) },
      { path: 'apent', lazy: async () => ({ Component: (await import('./public/PublicHomePage')).PublicHomePage }) },
      { path: 'hjem', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
