/** Query keys of the department dashboard (read only: nothing here invalidates them). */
export const dashboardKeys = {
  all: ['department-dashboard'] as const,
  units: ['department-dashboard', 'units'] as const,
  department: (unitId: string, asOf: string | null) => ['department-dashboard', 'unit', unitId, asOf] as const,
  hospital: (hospitalId: string, asOf: string | null) =>
    ['department-dashboard', 'hospital', hospitalId, asOf] as const,
};
