// A formula's menu: courses (starter, main, dessert…), each with its choices in French and English.
// Kept as an ordered list while editing; the API takes a record keyed by course code.
import { useId } from 'react';
import type { CourseDraft, MenuChoiceDraft } from './menu-drafts';
import { useCatalogueT } from './messages';
import { controlClass } from '../../shared/field';
import { Button } from '../../shared/button';

export function MenuEditor({
  courses,
  onChange,
  readOnly,
}: {
  courses: CourseDraft[];
  onChange: (courses: CourseDraft[]) => void;
  readOnly: boolean;
}) {
  const { at } = useCatalogueT();
  const base = useId();
  const setCourse = (index: number, course: CourseDraft) =>
    onChange(courses.map((c, i) => (i === index ? course : c)));

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-cream">{at('menu.legend')}</legend>
      <p className="text-xs text-mist">{at('menu.hint')}</p>
      {courses.length === 0 && <p className="text-sm text-mist">{at('menu.empty')}</p>}
      {courses.map((course, ci) => (
        <div key={ci} className="rounded-md border border-white/10 bg-white/[0.02] p-3">
          <div className="flex flex-wrap items-end gap-3">
            <div className="w-48">
              <label
                htmlFor={`${base}-c${ci}`}
                className="mb-1 block text-xs font-medium text-mist"
              >
                {at('menu.courseCode')}
              </label>
              <input
                id={`${base}-c${ci}`}
                value={course.code}
                readOnly={readOnly}
                placeholder="starter"
                onChange={(event) => setCourse(ci, { ...course, code: event.target.value })}
                className={`${controlClass} font-mono`}
              />
            </div>
            {!readOnly && (
              <Button onClick={() => onChange(courses.filter((_, i) => i !== ci))}>
                {at('menu.removeCourse', { course: course.code || ci + 1 })}
              </Button>
            )}
          </div>
          <ul className="mt-3 space-y-2">
            {course.choices.map((choice, hi) => {
              const setChoice = (patch: Partial<MenuChoiceDraft>) =>
                setCourse(ci, {
                  ...course,
                  choices: course.choices.map((c, i) => (i === hi ? { ...c, ...patch } : c)),
                });
              const name = at('menu.choice', { number: hi + 1 });
              return (
                <li key={hi}>
                  <fieldset className="grid gap-2 sm:grid-cols-[8rem_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end">
                    <legend className="sr-only">{`${course.code} · ${name}`}</legend>
                    {(['code', 'fr', 'en'] as const).map((part) => (
                      <div key={part}>
                        <label
                          htmlFor={`${base}-c${ci}-${hi}-${part}`}
                          className="mb-1 block text-xs font-medium text-mist"
                        >
                          {at(
                            part === 'code'
                              ? 'menu.choiceCode'
                              : part === 'fr'
                                ? 'menu.choiceFr'
                                : 'menu.choiceEn',
                          )}
                        </label>
                        <input
                          id={`${base}-c${ci}-${hi}-${part}`}
                          value={choice[part]}
                          readOnly={readOnly}
                          lang={part === 'code' ? undefined : part}
                          onChange={(event) => setChoice({ [part]: event.target.value })}
                          className={`${controlClass} ${part === 'code' ? 'font-mono' : ''}`}
                        />
                      </div>
                    ))}
                    {!readOnly && (
                      <Button
                        aria-label={`${at('menu.removeChoice')} (${name})`}
                        onClick={() =>
                          setCourse(ci, {
                            ...course,
                            choices: course.choices.filter((_, i) => i !== hi),
                          })
                        }
                      >
                        ×
                      </Button>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ul>
          {!readOnly && (
            <Button
              onClick={() =>
                setCourse(ci, {
                  ...course,
                  choices: [...course.choices, { code: '', fr: '', en: '' }],
                })
              }
              className="mt-3"
            >
              {at('menu.addChoice')}
            </Button>
          )}
        </div>
      ))}
      {!readOnly && (
        <Button
          onClick={() =>
            onChange([...courses, { code: '', choices: [{ code: '', fr: '', en: '' }] }])
          }
        >
          {at('menu.addCourse')}
        </Button>
      )}
    </fieldset>
  );
}
