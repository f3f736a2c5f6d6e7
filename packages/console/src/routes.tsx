/**
 * The console's routes. Every view is its own chunk (loaded when first visited); signed-in views sit inside
 * the shell, the public village page and sign-in do not.
 */
import { Navigate, Outlet, createBrowserRouter, useLocation } from 'react-router-dom';
import { homeOf, peekEndReason, useSession } from './session';
import { RouteError } from './views/RouteError';

/** Lazy view: the default export of a module becomes the route's component. */
const view = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

/** Signed-in routes: without a session, to sign-in (remembering where the user was going). */
function RequireSession() {
  const session = useSession();
  const location = useLocation();
  // After an expiry the user comes back to the same view; after a sign-out the next user starts at their own home.
  if (!session) return <Navigate to={peekEndReason() === 'signed-out' ? '/login' : `/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}

/** `/`: each role's home. */
function Home() {
  const session = useSession();
  return <Navigate to={session ? homeOf(session) : '/login'} replace />;
}

/** The router of the whole console. */
export const router = createBrowserRouter([
  { path: '/login', lazy: view(() => import('./views/SignIn')), errorElement: <RouteError /> },
  { path: '/public/village/:code', lazy: view(() => import('./views/public/PublicVillage')), errorElement: <RouteError /> },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      // The villager's phone page has its own compact frame, not the staff shell.
      { path: '/villager', lazy: view(() => import('./views/villager/Villager')) },
      {
        lazy: view(() => import('./views/Shell')),
        children: [
          { path: '/', element: <Home /> },
          { path: '/county/:code', lazy: view(() => import('./views/county/Comparison')) },
          { path: '/township/:code', lazy: view(() => import('./views/county/Comparison')) },
          { path: '/county/:code/alerts', lazy: view(() => import('./views/supervision/Alerts')) },
          { path: '/township/:code/alerts', lazy: view(() => import('./views/supervision/Alerts')) },
          { path: '/township/:code/projects', lazy: view(() => import('./views/township/ProjectFiling')) },
          { path: '/township/:code/orders', lazy: view(() => import('./views/orders/ServiceOrders')) },
          { path: '/county/:code/supervision', lazy: view(() => import('./views/county/ElevatedSupervision')) },
          { path: '/township/:code/supervision', lazy: view(() => import('./views/county/ElevatedSupervision')) },
          { path: '/township/:code/filing', lazy: view(() => import('./views/township/FilingQueue')) },
          { path: '/county/:code/assessments', lazy: view(() => import('./views/township/Assessments')) },
          { path: '/township/:code/assessments', lazy: view(() => import('./views/township/Assessments')) },
          { path: '/county/:code/overdue', lazy: view(() => import('./views/township/FollowUps')) },
          { path: '/township/:code/overdue', lazy: view(() => import('./views/township/FollowUps')) },
          { path: '/village/:code/party', lazy: view(() => import('./views/party/PartyAndOrganizations')) },
          { path: '/village/:code', lazy: view(() => import('./views/village/VillageOverview')) },
          { path: '/village/:code/households', lazy: view(() => import('./views/village/Households')) },
          { path: '/village/:code/import', lazy: view(() => import('./views/village/RegisterImport')) },
          { path: '/village/:code/orders', lazy: view(() => import('./views/orders/ServiceOrders')) },
          { path: '/village/:code/areas', lazy: view(() => import('./views/areas/Areas')) },
          { path: '/village/:code/council', lazy: view(() => import('./views/council/Council')) },
          { path: '/village/:code/venues', lazy: view(() => import('./views/village/Venues')) },
          { path: '*', lazy: view(() => import('./views/NotFound')) },
        ],
      },
    ],
  },
]);
