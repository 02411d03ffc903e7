// Signed in through the page, the browser sends the session cookie, and every POST then needs the CSRF token: the
// service sets it as the XSRF-TOKEN cookie, the page sends it back in X-XSRF-TOKEN (double submit). A foreign page
// can make the browser send the cookie, but cannot read it.
export function csrfHeaders() {
  const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return token ? { 'X-XSRF-TOKEN': decodeURIComponent(token.slice('XSRF-TOKEN='.length)) } : {};
}
