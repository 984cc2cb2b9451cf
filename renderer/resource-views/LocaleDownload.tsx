import { useState } from 'react';
import type { DownloadTarget, RenderDownload } from './download';
import { chosenLocales, LocalePicker } from './LocalePicker';

interface LocaleDownloadProps extends DownloadTarget {
  /** The project's locales; the export is asked for the one picked, or all of them. */
  locales: readonly string[];
  renderDownload: RenderDownload;
}

/** The Downloads section of an export that takes `locales`: a locale picker and the download button. */
export function LocaleDownload({ locales, renderDownload, params, ...target }: LocaleDownloadProps) {
  const [locale, setLocale] = useState(locales[0] ?? '');
  return (
    <section className="view-actions" aria-label="Downloads">
      <LocalePicker locales={locales} value={locale} onChange={setLocale} allowAll />
      {renderDownload({ ...target, params: { ...params, locales: chosenLocales(locale, locales) } })}
    </section>
  );
}
