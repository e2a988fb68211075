import type { ComponentChildren } from 'preact';

/** GOV.UK notification banner: tells the person that what they just did worked. */
export function NotificationBanner({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="notification-banner" role="status" aria-labelledby="notification-banner-title">
      <h2 class="notification-banner__title" id="notification-banner-title">
        {title}
      </h2>
      {children && <div class="notification-banner__content">{children}</div>}
    </div>
  );
}
