// A surface that holds a part of a page (its looks are in panel-class.ts).
import type { HTMLAttributes, ReactNode } from 'react';
import { panelClass, type PanelTone } from './panel-class';

type PanelElement = 'div' | 'section' | 'article' | 'aside' | 'form';

export interface PanelProps extends HTMLAttributes<HTMLElement> {
  as?: PanelElement;
  tone?: PanelTone;
  /** False: no padding (a table or a list runs to the panel's edges). */
  padded?: boolean;
  children?: ReactNode;
}

export function Panel({ as: Element = 'div', tone, padded, className = '', ...props }: PanelProps) {
  return <Element className={`${panelClass({ tone, padded })} ${className}`} {...props} />;
}
