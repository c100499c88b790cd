import { ActionIcon, Badge, Box, Button, Group, Menu, Text } from '@mantine/core';
import type { AdminOrgUnit, UnitKind } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childKindOf, type TreeNode } from '../lib/tree';

const LIST = { listStyle: 'none', margin: 0, padding: 0 } as const;
/** Sub-units indent less on phones, so deep trees still fit 320 px. */
const GROUP = { ...LIST, paddingLeft: 'clamp(0.75rem, 3vw, 1.75rem)' } as const;
const ROW = { borderBottom: '1px solid var(--mantine-color-gray-2)' } as const;

export type UnitAction =
  | { type: 'create'; kind: UnitKind; parent: AdminOrgUnit }
  | { type: 'edit' | 'move' | 'close' | 'reopen'; unit: AdminOrgUnit };

interface TreeProps {
  nodes: TreeNode[];
  /** Whether the caller may edit, move and close this unit (not a scoped admin's own hospital). */
  canEdit: (unit: AdminOrgUnit) => boolean;
  onAction: (action: UnitAction) => void;
}

/**
 * The organisation as nested lists with disclosure buttons: each unit with sub-units has a
 * button (aria-expanded) that shows or hides them, and an actions menu. Everything is reachable
 * with Tab; the menus open with Enter/Space and are navigated with the arrow keys.
 */
export function OrgTree({ nodes, canEdit, onAction }: TreeProps) {
  const { t } = useTranslation();
  // The top level starts open: a hospital's departments are what Tutorcentret comes for.
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(nodes.map((n) => n.unit.id)));
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <ul style={LIST} aria-label={t('orgAdmin.treeLabel')} data-testid="org-tree">
      {nodes.map((node) => (
        <TreeItem
          key={node.unit.id}
          node={node}
          expanded={expanded}
          toggle={toggle}
          canEdit={canEdit}
          onAction={onAction}
        />
      ))}
    </ul>
  );
}

function TreeItem({
  node,
  expanded,
  toggle,
  canEdit,
  onAction,
}: Omit<TreeProps, 'nodes'> & { node: TreeNode; expanded: Set<string>; toggle: (id: string) => void }) {
  const { t } = useTranslation();
  const { unit, children } = node;
  const open = expanded.has(unit.id);
  const groupId = `org-children-${unit.id}`;
  const childKind = childKindOf(unit.kind);
  const editable = canEdit(unit);
  const closed = unit.closedAt !== null;

  return (
    <li data-testid="org-unit" data-unit-name={unit.name}>
      <Group wrap="nowrap" align="flex-start" gap="xs" py={6} style={ROW}>
        {children.length > 0 ? (
          <ActionIcon
            variant="subtle"
            color="dark"
            size="lg"
            aria-expanded={open}
            aria-controls={groupId}
            aria-label={t(open ? 'orgAdmin.collapse' : 'orgAdmin.expand', { name: unit.name })}
            onClick={() => toggle(unit.id)}
          >
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                fontSize: 22,
                lineHeight: 1,
                transform: open ? 'rotate(90deg)' : undefined,
              }}
            >
              ›
            </span>
          </ActionIcon>
        ) : (
          <Box w={34} aria-hidden="true" />
        )}
        <Box style={{ flex: 1, minWidth: 0 }} pt={4}>
          <Text fw={600} span c={closed ? 'dimmed' : undefined}>
            {unit.name}
          </Text>
          {unit.shortName && (
            <Text span c="dimmed">
              {' '}
              ({unit.shortName})
            </Text>
          )}
          <Group gap={6} mt={4}>
            <Badge variant="outline" color="gray.8" radius="sm">
              {t(`unitKinds.${unit.kind}`)}
            </Badge>
            {unit.specialty && (
              <Text size="sm" c="dimmed">
                {unit.specialty.name}
              </Text>
            )}
            {closed && (
              <Badge variant="filled" color="red.9" radius="sm" data-testid="closed-badge">
                {t('orgAdmin.closedBadge')}
              </Badge>
            )}
          </Group>
        </Box>
        {(editable || (childKind && !closed)) && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                variant="default"
                size="xs"
                mt={4}
                aria-label={t('orgAdmin.actions', { name: unit.name })}
                data-testid="unit-actions"
              >
                {t('orgAdmin.actionsShort')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {childKind && !closed && (
                <Menu.Item onClick={() => onAction({ type: 'create', kind: childKind, parent: unit })}>
                  {t(`orgAdmin.action.createChild.${childKind}`)}
                </Menu.Item>
              )}
              {editable && (
                <>
                  <Menu.Item onClick={() => onAction({ type: 'edit', unit })}>{t('orgAdmin.action.edit')}</Menu.Item>
                  <Menu.Item onClick={() => onAction({ type: 'move', unit })}>{t('orgAdmin.action.move')}</Menu.Item>
                  {closed ? (
                    <Menu.Item onClick={() => onAction({ type: 'reopen', unit })}>
                      {t('orgAdmin.action.reopen')}
                    </Menu.Item>
                  ) : (
                    <Menu.Item color="red.9" onClick={() => onAction({ type: 'close', unit })}>
                      {t('orgAdmin.action.close')}
                    </Menu.Item>
                  )}
                </>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {children.length > 0 && (
        <ul id={groupId} hidden={!open} style={GROUP}>
          {children.map((child) => (
            <TreeItem
              key={child.unit.id}
              node={child}
              expanded={expanded}
              toggle={toggle}
              canEdit={canEdit}
              onAction={onAction}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
