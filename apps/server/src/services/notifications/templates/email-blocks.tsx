/** @jsxRuntime automatic */
/** @jsxImportSource react */
// How each kind of block looks in the email. The plain-text writer (email-text.ts) mirrors these.
import { Section, Text } from '@react-email/components';
import type { CSSProperties, ReactNode } from 'react';
import { colour, paragraph, smallCaps, toneColour } from './email-theme.ts';
import type { Block } from './types.ts';

const panel: CSSProperties = {
  margin: '6px 0 26px',
  padding: '8px 24px',
  backgroundColor: colour.panel,
  borderLeft: `2px solid ${colour.gold}`,
};

const value: CSSProperties = { ...paragraph, margin: 0, fontSize: '15px', lineHeight: '22px' };

/** Rows are separated by hairlines, except after the last one. */
const cell = (index: number, count: number): CSSProperties => ({
  padding: '11px 0',
  borderBottom: index === count - 1 ? 'none' : `1px solid ${colour.line}`,
  verticalAlign: 'top',
});

const Rows = ({ children }: { children: ReactNode }) => (
  <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0}>
    <tbody>{children}</tbody>
  </table>
);

export function EmailBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <Text style={paragraph}>{block.text}</Text>;
    case 'details':
      return (
        <Section className="ld-panel" style={panel}>
          {block.title && (
            <Text style={{ ...smallCaps, margin: '12px 0 2px', color: colour.mist }}>
              {block.title}
            </Text>
          )}
          <Rows>
            {block.rows.map((row, index) => (
              <tr key={index}>
                <td
                  style={{
                    ...cell(index, block.rows.length),
                    ...smallCaps,
                    width: '38%',
                    paddingTop: '14px',
                    paddingRight: '12px',
                  }}
                >
                  {row.label}
                </td>
                <td style={{ ...cell(index, block.rows.length), ...value }}>{row.value}</td>
              </tr>
            ))}
          </Rows>
        </Section>
      );
    case 'changes':
      return (
        <Section className="ld-panel" style={panel}>
          <Rows>
            {block.rows.map((row, index) => (
              <tr key={index}>
                <td style={cell(index, block.rows.length)}>
                  <div style={smallCaps}>{row.label}</div>
                  <div style={{ ...value, marginTop: '4px' }}>
                    <span style={{ color: colour.mist, textDecoration: 'line-through' }}>
                      {row.before}
                    </span>
                    <span style={{ color: colour.gold }}>{'\u00a0 → \u00a0'}</span>
                    <strong>{row.after}</strong>
                  </div>
                </td>
              </tr>
            ))}
          </Rows>
        </Section>
      );
    case 'notice':
      return (
        <Section
          className="ld-panel"
          style={{
            ...panel,
            padding: '16px 24px',
            borderLeft: `3px solid ${toneColour[block.tone]}`,
          }}
        >
          {block.title && (
            <Text style={{ ...smallCaps, margin: '0 0 6px', color: toneColour[block.tone] }}>
              {block.title}
            </Text>
          )}
          <Text style={{ ...value, lineHeight: '24px' }}>{block.text}</Text>
        </Section>
      );
  }
}
