import { Anchor, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import type { AdminOrgUnit } from '@portal/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useAdminUnits } from '../api/get-admin-units';
import { buildTree } from '../lib/tree';
import { CloseUnitModal } from './close-unit-modal';
import { MoveUnitModal } from './move-unit-modal';
import { OrgTree, type UnitAction } from './org-tree';
import { UnitFormModal } from './unit-form-modal';

type Dialog = UnitAction | { type: 'create-top'; kind: 'HOSPITAL' | 'GP_AREA' };

/** The organisation tree with its actions (org:manage): region-wide, or one hospital's departments. */
export function OrgAdminScreen() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('orgAdmin.pageTitle'));
  const [showClosed, setShowClosed] = useState(false);
  const units = useAdminUnits(showClosed);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const items = useMemo(() => units.data?.items ?? [], [units.data]);
  const tree = useMemo(() => buildTree(items, i18n.language), [items, i18n.language]);
  const ids = useMemo(() => new Set(items.map((u) => u.id)), [items]);
  const topLevel = units.data?.canCreateTopLevel ?? false;
  // A scoped admin (Tutorcentret) manages what is inside its hospital, not the hospital itself.
  const canEdit = (u: AdminOrgUnit) => topLevel || (u.parentId !== null && ids.has(u.parentId));
  const openChildren = (u: AdminOrgUnit) => items.filter((c) => c.parentId === u.id && !c.closedAt).length;
  const closeDialog = () => setDialog(null);

  return (
    <Stack gap="lg" maw={1100} data-testid="org-admin-page">
      <div>
        <Title order={1}>{t('orgAdmin.heading')}</Title>
        <Text mt={4}>{topLevel ? t('orgAdmin.introTenant') : t('orgAdmin.introScoped')}</Text>
      </div>
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Switch
          label={t('orgAdmin.showClosed')}
          checked={showClosed}
          onChange={(e) => setShowClosed(e.currentTarget.checked)}
          data-testid="show-closed"
        />
        <Group gap="sm" wrap="wrap">
          {topLevel && (
            <>
              <Button variant="default" onClick={() => setDialog({ type: 'create-top', kind: 'HOSPITAL' })}>
                {t('orgAdmin.createHospital')}
              </Button>
              <Button variant="default" onClick={() => setDialog({ type: 'create-top', kind: 'GP_AREA' })}>
                {t('orgAdmin.createGpArea')}
              </Button>
            </>
          )}
          <Anchor component={Link} to={paths.specialties.getHref()} fw={500}>
            {t('orgAdmin.specialtiesLink')}
          </Anchor>
        </Group>
      </Group>
      <Paper withBorder p={{ base: 'xs', sm: 'md' }} radius="md">
        {units.isPending && <PageLoader />}
        {units.isError && <QueryError error={units.error} onRetry={() => void units.refetch()} />}
        {units.data && tree.length === 0 && <Text>{t('orgAdmin.empty')}</Text>}
        {/* Remount when the closed units come and go, so the top level starts open again. */}
        {tree.length > 0 && <OrgTree key={String(showClosed)} nodes={tree} canEdit={canEdit} onAction={setDialog} />}
      </Paper>

      {dialog?.type === 'create-top' && (
        <UnitFormModal target={{ mode: 'create', kind: dialog.kind, parent: null }} onClose={closeDialog} />
      )}
      {dialog?.type === 'create' && (
        <UnitFormModal target={{ mode: 'create', kind: dialog.kind, parent: dialog.parent }} onClose={closeDialog} />
      )}
      {dialog?.type === 'edit' && (
        <UnitFormModal
          target={{ mode: 'edit', unit: dialog.unit }}
          current={items.find((u) => u.id === dialog.unit.id)}
          onClose={closeDialog}
        />
      )}
      {dialog?.type === 'move' && <MoveUnitModal unit={dialog.unit} units={items} onClose={closeDialog} />}
      {(dialog?.type === 'close' || dialog?.type === 'reopen') && (
        <CloseUnitModal
          unit={dialog.unit}
          action={dialog.type}
          openChildren={openChildren(dialog.unit)}
          onClose={closeDialog}
        />
      )}
    </Stack>
  );
}
