/* actix-two-factor: security keys and passkeys (WebAuthn). No dependencies, no inline
 * script: pages load this file from the crate's static route, so a strict
 * Content-Security-Policy (script-src 'self') works.
 *
 * Markup it drives (see templates/two_factor/webauthn/):
 *   <button data-webauthn="create|get|passkey"
 *           data-options-url="…"        POST (CSRF) → {"publicKey": {...}} or {"error": "…"}
 *           data-submit-field="ID"      the hidden input of a form: it gets the answer (JSON) and
 *                                       its form is submitted (the crate's pages do this), or
 *           data-verify-url="…"         POST (CSRF, credential=JSON[, label]) → {"redirect": "…"} or {"error": "…"}
 *           data-label-input="ID"       optional, with data-verify-url: the input naming a new key
 *           data-passkey="1"            optional: ask for a passkey (resident key, user verification)
 *           data-problem="…"            optional: why this address cannot use WebAuthn (shown on click;
 *                                       no request is made, no autofill is started)
 *           data-status="ID"            where messages go (role="alert")
 *           data-msg-NAME="…">          the page's translation of MESSAGES[NAME] (cancelled, timeout,
 *                                       …): the crate's templates render them in the page's
 *                                       language; the English below is only the fallback
 *   An <input autocomplete="username webauthn"> next to a data-webauthn="passkey" button
 *   turns on conditional UI (passkeys offered in the username field's autofill).
 * The CSRF token is read from the button's form, or the page's first
 * input[name=csrfmiddlewaretoken]. */
(function () {
  "use strict";

  var MESSAGES = {
    unsupported: "This browser does not support security keys or passkeys. Use another method, or a current browser.",
    insecure: "Security keys and passkeys need a secure address (HTTPS, or http://localhost during development).",
    cancelled: "The request was cancelled or timed out. Try again when your key or device is ready.",
    aborted: "The request was cancelled.",
    exists: "This security key is already registered to your account.",
    security: "This address cannot use security keys (WebAuthn needs HTTPS or localhost, and a domain name rather than an IP address).",
    network: "The server could not be reached. Check your connection and try again.",
    failed: "Something went wrong with the security key. Please try again.",
    working: "Follow your browser's instructions: touch your security key or confirm on your device."
  };

  /* A message in the page's language: the button's data-msg-NAME, else English. */
  function msg(el, name) {
    return (el && el.getAttribute && el.getAttribute("data-msg-" + name)) || MESSAGES[name];
  }

  /* base64url <-> ArrayBuffer */
  function toB64url(buffer) {
    var bytes = new Uint8Array(buffer), s = "";
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function fromB64url(text) {
    var s = String(text).replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) s += "=";
    var raw = atob(s), bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes.buffer;
  }

  function supported() {
    return !!(window.PublicKeyCredential && navigator.credentials &&
      typeof navigator.credentials.create === "function");
  }

  function creationOptions(o) {
    o.challenge = fromB64url(o.challenge);
    o.user.id = fromB64url(o.user.id);
    (o.excludeCredentials || []).forEach(function (c) { c.id = fromB64url(c.id); });
    return o;
  }
  function requestOptions(o) {
    o.challenge = fromB64url(o.challenge);
    (o.allowCredentials || []).forEach(function (c) { c.id = fromB64url(c.id); });
    return o;
  }

  function credentialJSON(cred) {
    var r = cred.response, out = {
      id: cred.id,
      rawId: toB64url(cred.rawId),
      type: cred.type,
      authenticatorAttachment: cred.authenticatorAttachment || null,
      clientExtensionResults: cred.getClientExtensionResults ? cred.getClientExtensionResults() : {},
      response: { clientDataJSON: toB64url(r.clientDataJSON) }
    };
    if (r.attestationObject) {
      out.response.attestationObject = toB64url(r.attestationObject);
      out.response.transports = typeof r.getTransports === "function" ? r.getTransports() : [];
    } else {
      out.response.authenticatorData = toB64url(r.authenticatorData);
      out.response.signature = toB64url(r.signature);
      out.response.userHandle = r.userHandle ? toB64url(r.userHandle) : null;
    }
    return out;
  }

  function csrfToken(el) {
    var scope = (el && el.form) || document;
    var input = scope.querySelector("input[name=csrfmiddlewaretoken]") ||
      document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function post(url, el, fields) {
    var body = new URLSearchParams();
    body.set("csrfmiddlewaretoken", csrfToken(el));
    Object.keys(fields || {}).forEach(function (k) { body.set(k, fields[k]); });
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Accept": "application/json" },
      body: body
    }).then(function (res) {
      return res.json().catch(function () { return { error: msg(el, "failed") }; });
    }, function () {
      return { error: msg(el, "network") };
    });
  }

  function status(el, text) {
    var id = el && el.getAttribute("data-status");
    var box = (id && document.getElementById(id)) ||
      (el && el.form && el.form.querySelector("[data-webauthn-status]")) ||
      document.querySelector("[data-webauthn-status]");
    if (!box) return;
    box.textContent = text || "";
    box.hidden = !text;
  }

  function explain(el, err, creating) {
    switch (err && err.name) {
      case "NotAllowedError": return msg(el, "cancelled");
      case "AbortError": return msg(el, "aborted");
      case "InvalidStateError": return msg(el, creating ? "exists" : "failed");
      case "SecurityError": return msg(el, "security");
      case "NotSupportedError": return msg(el, "unsupported");
      default: return msg(el, "failed");
    }
  }

  var pendingConditional = null;

  function run(el, mode, conditional) {
    var creating = mode === "create";
    if (!supported()) { status(el, msg(el, "unsupported")); return Promise.resolve(); }
    if (window.isSecureContext === false) { status(el, msg(el, "insecure")); return Promise.resolve(); }
    var problem = el.getAttribute("data-problem");
    if (problem) { if (!conditional) status(el, problem); return Promise.resolve(); }
    if (!conditional) {
      status(el, msg(el, "working"));
      if (pendingConditional) { pendingConditional.abort(); pendingConditional = null; }
    }
    el.disabled = !conditional;
    var optionFields = el.getAttribute("data-passkey") ? { passkey: "1" } : {};
    return post(el.getAttribute("data-options-url"), el, optionFields).then(function (answer) {
      if (!answer || !answer.publicKey) throw { message: (answer && answer.error) || msg(el, "failed") };
      var call;
      if (creating) {
        call = navigator.credentials.create({ publicKey: creationOptions(answer.publicKey) });
      } else {
        var request = { publicKey: requestOptions(answer.publicKey) };
        if (conditional) {
          pendingConditional = new AbortController();
          request.mediation = "conditional";
          request.signal = pendingConditional.signal;
        }
        call = navigator.credentials.get(request);
      }
      return call.then(function (cred) {
        if (!cred) throw { message: msg(el, "cancelled") };
        var answerJSON = JSON.stringify(credentialJSON(cred));
        var fieldId = el.getAttribute("data-submit-field");
        var field = fieldId && document.getElementById(fieldId);
        if (field) {
          field.value = answerJSON;
          HTMLFormElement.prototype.submit.call(field.form);
          return null;
        }
        var fields = { credential: answerJSON };
        var labelId = el.getAttribute("data-label-input");
        var label = labelId && document.getElementById(labelId);
        if (label) fields.label = label.value;
        return post(el.getAttribute("data-verify-url"), el, fields);
      }, function (err) {
        if (conditional && err && err.name === "AbortError") return null;
        throw { message: explain(el, err, creating) };
      }).then(function (result) {
        if (result === null) return;
        if (result && result.redirect) { window.location.assign(result.redirect); return; }
        throw { message: (result && result.error) || msg(el, "failed") };
      });
    }).catch(function (err) {
      // Autofill (conditional UI) stays quiet: the user did not ask for anything yet.
      if (!conditional) status(el, (err && err.message) || msg(el, "failed"));
    }).then(function () {
      el.disabled = false;
    });
  }

  function init() {
    var buttons = document.querySelectorAll("[data-webauthn]");
    Array.prototype.forEach.call(buttons, function (el) {
      var mode = el.getAttribute("data-webauthn");
      el.hidden = false;
      if (!supported()) { status(el, msg(el, "unsupported")); el.disabled = true; return; }
      el.addEventListener("click", function (event) {
        event.preventDefault();
        run(el, mode, false);
      });
      if (mode === "passkey" && !el.getAttribute("data-problem") &&
          document.querySelector("input[autocomplete~=webauthn]") &&
          PublicKeyCredential.isConditionalMediationAvailable) {
        PublicKeyCredential.isConditionalMediationAvailable().then(function (yes) {
          if (yes) run(el, mode, true);
        }, function () {});
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-webauthn-nojs]"), function (el) {
      el.hidden = true;
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }

  /* For tests and host pages. */
  window.twoFactorWebAuthn = { toB64url: toB64url, fromB64url: fromB64url, messages: MESSAGES };
})();
