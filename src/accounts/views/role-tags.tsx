import type { Role } from '../../platform/auth/actor.js';
import type { Translate } from '../../platform/i18n/translate.js';

/** A person's roles as small tags, or "no role". */
export function RoleTags({ t, roles }: { t: Translate; roles: readonly Role[] }) {
  if (roles.length === 0) return <span class="tag tag--grey">{t('role.none')}</span>;
  return (
    <>
      {roles.map((r) => (
        <span class="tag" key={r}>
          {t(`role.${r}`)}
        </span>
      ))}
    </>
  );
}
