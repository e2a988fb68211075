/** The hidden CSRF token every form that changes something carries (`request.csrfToken()`). */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}
