/** @jsxRuntime automatic */
/** @jsxImportSource react */
// (These pragmas pin the JSX transform in every .tsx file here: tsx reads the tsconfig of the
// directory it starts in, and the repository root's has no `jsx` setting.)
// The one layout every email shares: a velvet band with the wordmark, a dark letter with the
// kind's blocks and its call to action, and the venue's footer. Inline styles and presentation
// tables only, because that is what every mail client renders alike.
import {
  Body,
  Container,
  Head,
  Heading,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import { render } from '@react-email/render';
import { EmailBlock } from './email-blocks.tsx';
import { EmailCta } from './email-cta.tsx';
import { EmailFooter } from './email-footer.tsx';
import { colour, font, paragraph, responsiveCss, smallCaps } from './email-theme.ts';
import type { EmailContent, Locale, VenueBranding } from './types.ts';

interface LayoutProps {
  content: EmailContent;
  locale: Locale;
  venue: VenueBranding;
}

const hairline = (width: string, margin: string) => (
  <div
    style={{
      width,
      height: '1px',
      margin,
      lineHeight: '1px',
      fontSize: '1px',
      backgroundColor: colour.gold,
    }}
  >
    &nbsp;
  </div>
);

export function EmailLayout({ content, locale, venue }: LayoutProps) {
  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <title>{content.subject}</title>
        <meta name="color-scheme" content="dark" />
        <meta name="supported-color-schemes" content="dark" />
        <style>{responsiveCss}</style>
      </Head>
      <Body style={{ margin: 0, padding: '24px 8px 0', backgroundColor: colour.night }}>
        <Preview>{content.preheader}</Preview>
        <Container style={{ maxWidth: '600px', width: '100%', margin: '0 auto' }}>
          <Section
            style={{
              padding: '30px 24px 26px',
              textAlign: 'center',
              backgroundColor: colour.velvet,
              borderBottom: `1px solid ${colour.gold}`,
            }}
          >
            <Link
              href={venue.publicUrl}
              className="ld-wordmark"
              style={{
                fontFamily: font.display,
                fontSize: '32px',
                lineHeight: '40px',
                letterSpacing: '0.05em',
                color: colour.gold,
                textDecoration: 'none',
              }}
            >
              {venue.name}
            </Link>
          </Section>

          <Section
            className="ld-pad"
            style={{ padding: '40px 44px 36px', backgroundColor: colour.card }}
          >
            <Text
              style={{
                ...smallCaps,
                margin: '0 0 14px',
                fontSize: '12px',
                letterSpacing: '0.24em',
                textAlign: 'center',
              }}
            >
              {content.kicker}
            </Text>
            <Heading
              as="h1"
              className="ld-heading"
              style={{
                margin: 0,
                fontFamily: font.display,
                fontSize: '34px',
                lineHeight: '42px',
                fontWeight: 400,
                textAlign: 'center',
                color: colour.cream,
              }}
            >
              {content.heading}
            </Heading>
            {hairline('48px', '22px auto 32px')}
            {content.greeting && <Text style={paragraph}>{content.greeting}</Text>}
            {content.body.map((block, index) => (
              <EmailBlock key={index} block={block} />
            ))}
            {content.cta && <EmailCta cta={content.cta} locale={locale} />}
            {content.after?.map((block, index) => (
              <EmailBlock key={index} block={block} />
            ))}
          </Section>

          <EmailFooter venue={venue} reason={content.reason} />
        </Container>
      </Body>
    </Html>
  );
}

export function renderEmailHtml(props: LayoutProps): Promise<string> {
  return render(<EmailLayout {...props} />, { pretty: false });
}
