import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

interface MenuItemProps {
  icon: IconName;
  children: ReactNode;
  /** Closes the menu before acting, so a dialog the action opens gets the focus. */
  close: () => void;
  onSelect: () => void;
}

/** One command in a popover menu. */
export function MenuItem({ icon, children, close, onSelect }: MenuItemProps) {
  return (
    <button
      type="button"
      className="menu-item"
      onClick={() => {
        close();
        onSelect();
      }}
    >
      <Icon name={icon} /> <span>{children}</span>
    </button>
  );
}
