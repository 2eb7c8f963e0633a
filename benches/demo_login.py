"""Signs a user of the demo in and sets up an authenticator app for them, the way a person
does it in a browser: the login form (password), then the setup wizard (welcome, the method
if the site offers several, the key shown for manual entry, a code computed from it). The
session ends up verified; its cookies are saved to JAR (Netscape format, for curl).

    python3 benches/demo_login.py BASE_URL USERNAME PASSWORD JAR

Used by benches/demo_load.sh. Exits non-zero with the step that failed.
"""

import http.cookiejar
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

import totp  # benches/totp.py, beside this script


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Answers come back as they are: a redirect is a result to check, not to follow."""

    def redirect_request(self, *args, **kwargs):
        return None


def main():
    base, username, password, jar_path = sys.argv[1:5]
    jar = http.cookiejar.MozillaCookieJar(jar_path)
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def call(path, fields=None):
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        try:
            with opener.open(base + path, data) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def field(body, name):
        m = re.search(r'name="%s"[^>]*value="([^"]*)"' % re.escape(name), body)
        if not m:
            sys.exit("no %s in the page" % name)
        return m.group(1)

    status, body = call("/account/login/")
    status, body = call("/account/login/", {
        "csrfmiddlewaretoken": field(body, "csrfmiddlewaretoken"),
        "login_view-current_step": "auth",
        "auth-username": username,
        "auth-password": password,
    })
    if status != 302:
        sys.exit("password step: %d" % status)

    status, body = call("/account/two_factor/setup/")
    fields = {"csrfmiddlewaretoken": field(body, "csrfmiddlewaretoken"),
              "setup_view-current_step": "welcome"}
    status, body = call("/account/two_factor/setup/", fields)
    if field(body, "setup_view-current_step") == "method":
        status, body = call("/account/two_factor/setup/", {
            "csrfmiddlewaretoken": field(body, "csrfmiddlewaretoken"),
            "setup_view-current_step": "method",
            "method-method": "generator",
        })
    m = re.search(r'<span class="secret">([^<]*)</span>', body)
    if not m:
        sys.exit("setup: no key shown (%d)" % status)
    status, body = call("/account/two_factor/setup/", {
        "csrfmiddlewaretoken": field(body, "csrfmiddlewaretoken"),
        "setup_view-current_step": "generator",
        "generator-token": totp.code(m.group(1)),
    })
    if status != 302:
        sys.exit("setup: the code was not accepted (%d)" % status)

    status, _ = call("/secret/")
    if status != 200:
        sys.exit("the verified page answered %d" % status)
    # curl reads a session cookie's expiry as 0 (Python writes it empty).
    for cookie in jar:
        if cookie.expires is None:
            cookie.expires = 0
    jar.save(ignore_discard=True, ignore_expires=True)


if __name__ == "__main__":
    main()
