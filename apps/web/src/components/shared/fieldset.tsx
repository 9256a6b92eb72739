// A group of controls under one legend (a step of a form, a set of checkboxes), its hint and its
// error read with the group.
import { useId, type ReactNode } from 'react';
import { FieldNotes, labelClass } from './field';
import { sectionTitleClass } from './heading-class';

export function Fieldset({
  legend,
  legendLook = 'label',
  hint,
  error,
  className = '',
  children,
}: {
  legend: ReactNode;
  /** `title`: the legend is the section's title (a step of the booking); `label`: a field's. */
  legendLook?: 'title' | 'label' | 'hidden';
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset aria-describedby={describedBy || undefined} className={className}>
      <legend
        className={
          legendLook === 'title'
            ? sectionTitleClass
            : legendLook === 'hidden'
              ? 'sr-only'
              : labelClass
        }
      >
        {legend}
      </legend>
      {children}
      <FieldNotes id={id} hint={hint} error={error} />
    </fieldset>
  );
}
