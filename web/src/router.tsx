import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { AppLayout } from './components/AppLayout';
import { RequireAuth, RequirePermission } from './components/RequireAuth';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { UpcomingPage } from './pages/UpcomingPage';
import { paths } from './paths';

// Each capability loads with its route, so the first page (login) stays small.
const UnitsPage = lazy(() => import('./pages/units/UnitsPage'));
const PeoplePage = lazy(() => import('./pages/people/PeoplePage'));
const ImportExportPage = lazy(() => import('./pages/imports/ImportExportPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const MovementsPage = lazy(() => import('./pages/movements/MovementsPage'));
const MovementDetailPage = lazy(() => import('./pages/movements/MovementDetailPage'));
const PlanImportPage = lazy(() => import('./pages/plan-import/PlanImportPage'));
const DeadlinesPage = lazy(() => import('./pages/deadlines/DeadlinesPage'));
const IndicesPage = lazy(() => import('./pages/indices/IndicesPage'));
const InitiativesPage = lazy(() => import('./pages/initiatives/InitiativesPage'));
const DisciplinePage = lazy(() => import('./pages/discipline/DisciplinePage'));
const RatingsPage = lazy(() => import('./pages/ratings/RatingsPage'));
const CouncilPage = lazy(() => import('./pages/council/CouncilPage'));
const HonourPage = lazy(() => import('./pages/honour/HonourPage'));
const DecisionsPage = lazy(() => import('./pages/decisions/DecisionsPage'));


export const router = createBrowserRouter([
  { path: paths.login, element: <LoginPage /> },
  // Public: the honour board needs no login (its data comes from /api/public).
  { path: '/vinh-danh', element: <Suspense fallback={null}><HonourPage /></Suspense> },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: paths.units, element: <RequirePermission permission="units.read"><UnitsPage /></RequirePermission> },
      { path: paths.people, element: <RequirePermission permission="people.read"><PeoplePage /></RequirePermission> },
      { path: paths.imports, element: <RequirePermission permission="imports.run"><ImportExportPage /></RequirePermission> },
      { path: paths.audit, element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
      { path: paths.movements, element: <RequirePermission permission="movements.read"><MovementsPage /></RequirePermission> },
      { path: paths.planImport, element: <RequirePermission permission="movements.write"><PlanImportPage /></RequirePermission> },
      { path: `${paths.movements}/:id`, element: <RequirePermission permission="movements.read"><MovementDetailPage /></RequirePermission> },
      { path: paths.deadlines, element: <RequirePermission permission="movements.read"><DeadlinesPage /></RequirePermission> },
      { path: paths.indices, element: <RequirePermission permission="indices.read"><IndicesPage /></RequirePermission> },
      { path: paths.initiatives, element: <RequirePermission permission="people.read"><InitiativesPage /></RequirePermission> },
      { path: paths.discipline, element: <RequirePermission permission="discipline.read"><DisciplinePage /></RequirePermission> },
      { path: paths.ratings, element: <RequirePermission permission="people.read"><RatingsPage /></RequirePermission> },
      { path: paths.council, element: <CouncilPage /> },
      { path: paths.decisions, element: <DecisionsPage /> },
      { path: '/sap-co/:slug', element: <UpcomingPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
