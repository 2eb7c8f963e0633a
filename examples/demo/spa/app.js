// The demo's single-page app: plain JavaScript against the two-factor JSON API, as a
// browser client (the session cookie, and the CSRF token in X-CSRFToken on POST).
'use strict';

const API = document.documentElement.dataset.api;
let csrf = null;

const $ = (id) => document.getElementById(id);

async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRFToken'] = csrf;
  const response = await fetch(API + path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const token = response.headers.get('X-CSRFToken');
  if (token) csrf = token;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error((data && data.detail) || response.statusText);
    error.problem = data;
    throw error;
  }
  return data;
}

// Shows one section and puts the focus on its first field (or its heading).
function view(name, focus) {
  for (const id of ['login', 'token', 'account', 'totp']) $(id).hidden = id !== name;
  document.body.dataset.view = name;
  const target = focus && $(focus);
  if (target) target.focus();
}

function render(session) {
  $('error').textContent = '';
  if (session.status === 'token_required') {
    $('status').textContent = `Password accepted for ${session.user.username}: a token is needed.`;
    $('token-input').value = '';
    $('token-key').hidden = !session.devices.some((d) => d.method === 'webauthn');
    view('token', 'token-input');
  } else if (session.status === 'authenticated') {
    const how = session.verified ? 'with two-factor authentication' : 'with a password only';
    $('status').textContent = `Logged in as ${session.user.username} ${how}.`;
    $('whoami').textContent = session.devices.length
      ? `Devices: ${session.devices.map((d) => `${d.method} (${d.label || d.name})`).join(', ')}.`
      : 'No two-factor device yet.';
    $('setup').hidden = session.devices.length > 0;
    $('add-passkey').hidden = session.devices.length > 0 || !window.PublicKeyCredential;
    const keys = session.devices.filter((d) => d.method === 'webauthn');
    $('add-key').hidden = !session.verified || keys.length === 0;
    $('confirm-form').hidden = !session.verified || keys.length === 0;
    $('keys').replaceChildren(...keys.map((d) => {
      const item = document.createElement('li');
      item.textContent = `${d.label || d.name}${d.provider ? `, ${d.provider}` : ''} `;
      if (d.name !== 'default') {
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'secondary';
        remove.textContent = `Remove ${d.label || d.name}`;
        remove.addEventListener('click', step(() => removeKey(d.id)));
        item.append(remove);
      }
      return item;
    }));
    $('backup').hidden = !session.verified;
    document.body.dataset.verified = String(session.verified);
    view('account');
  } else {
    $('status').textContent = 'Not logged in.';
    $('username').value = '';
    $('password').value = '';
    $('tokens-box').hidden = true;
    view('login', 'username');
  }
}

// Runs an API step; a problem is shown in the alert (and the view stays).
function step(action) {
  return async (event) => {
    if (event) event.preventDefault();
    document.body.dataset.busy = 'true';
    try {
      await action();
    } catch (error) {
      $('error').textContent = error.message;
      document.body.dataset.problem = (error.problem && error.problem.code) || 'error';
    } finally {
      document.body.dataset.busy = 'false';
    }
  };
}

$('login-form').addEventListener('submit', step(async () => {
  render(await call('POST', '/login', {
    username: $('username').value,
    password: $('password').value,
  }));
}));

$('token-form').addEventListener('submit', step(async () => {
  render(await call('POST', '/login/token', { token: $('token-input').value.trim() }));
}));

$('cancel-login').addEventListener('click', step(async () => {
  render(await call('POST', '/logout'));
}));

$('setup').addEventListener('click', step(async () => {
  const setup = await call('POST', '/totp/setup');
  $('secret').textContent = setup.secret;
  $('qr').src = `${setup.qr_url}?${Date.now()}`;
  $('totp-input').value = '';
  $('status').textContent = 'Scan the code, then enter the code your app shows.';
  view('totp', 'totp-input');
}));

$('totp-form').addEventListener('submit', step(async () => {
  render(await call('POST', '/totp/confirm', { token: $('totp-input').value.trim() }));
}));

$('backup').addEventListener('click', step(async () => {
  const answer = await call('POST', '/backup-tokens');
  const list = $('tokens');
  list.replaceChildren(...answer.tokens.map((t) => {
    const item = document.createElement('li');
    item.textContent = t;
    return item;
  }));
  $('tokens-box').hidden = false;
  $('status').textContent = `${answer.remaining} new backup tokens.`;
}));

// WebAuthn through the API: the options come as WebAuthn Level 3's JSON forms under
// `publicKey`, and the answer goes back as PublicKeyCredential.toJSON() gives it. Older
// browsers without those helpers get the same conversions done here.
const b64 = {
  decode(text) {
    const base = text.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = atob(base + '='.repeat((4 - (base.length % 4)) % 4));
    return Uint8Array.from(bytes, (c) => c.charCodeAt(0)).buffer;
  },
  encode(buffer) {
    const bytes = String.fromCharCode(...new Uint8Array(buffer));
    return btoa(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  },
};

function creationOptions(json) {
  if (PublicKeyCredential.parseCreationOptionsFromJSON) {
    return PublicKeyCredential.parseCreationOptionsFromJSON(json);
  }
  return {
    ...json,
    challenge: b64.decode(json.challenge),
    user: { ...json.user, id: b64.decode(json.user.id) },
    excludeCredentials: (json.excludeCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) })),
  };
}

function requestOptions(json) {
  if (PublicKeyCredential.parseRequestOptionsFromJSON) {
    return PublicKeyCredential.parseRequestOptionsFromJSON(json);
  }
  return {
    ...json,
    challenge: b64.decode(json.challenge),
    allowCredentials: (json.allowCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) })),
  };
}

function credentialJSON(credential) {
  if (typeof credential.toJSON === 'function') return credential.toJSON();
  const r = credential.response;
  const response = { clientDataJSON: b64.encode(r.clientDataJSON) };
  if (r.attestationObject) {
    response.attestationObject = b64.encode(r.attestationObject);
    response.transports = r.getTransports ? r.getTransports() : [];
  } else {
    response.authenticatorData = b64.encode(r.authenticatorData);
    response.signature = b64.encode(r.signature);
    if (r.userHandle) response.userHandle = b64.encode(r.userHandle);
  }
  return {
    id: credential.id,
    rawId: b64.encode(credential.rawId),
    type: credential.type,
    response,
    clientExtensionResults: credential.getClientExtensionResults(),
  };
}

$('passkey-login').addEventListener('click', step(async () => {
  const options = await call('POST', '/passkey/login/options');
  const credential = await navigator.credentials.get({ publicKey: requestOptions(options.publicKey) });
  render(await call('POST', '/passkey/login', { credential: credentialJSON(credential) }));
}));

$('token-key').addEventListener('click', step(async () => {
  const options = await call('POST', '/webauthn/login/options');
  const credential = await navigator.credentials.get({ publicKey: requestOptions(options.publicKey) });
  render(await call('POST', '/login/token', { webauthn: credentialJSON(credential) }));
}));

$('add-passkey').addEventListener('click', step(async () => {
  const options = await call('POST', '/webauthn/register/options', { passkey: true });
  const credential = await navigator.credentials.create({ publicKey: creationOptions(options.publicKey) });
  render(await call('POST', '/webauthn/register', {
    credential: credentialJSON(credential),
    name: 'SPA passkey',
  }));
}));

$('add-key').addEventListener('click', step(async () => {
  const options = await call('POST', '/webauthn/register/options', {});
  const credential = await navigator.credentials.create({ publicKey: creationOptions(options.publicKey) });
  render(await call('POST', '/webauthn/register', {
    credential: credentialJSON(credential),
    name: 'Spare key',
  }));
}));

// A sensitive operation answers reauthentication_required after the window: the form asks
// for the password and a passkey, then the operation is tried again.
let pending = null;

async function removeKey(id) {
  try {
    await call('DELETE', `/devices/${id}`);
    render(await call('GET', '/session'));
    $('status').textContent = 'The key was removed.';
  } catch (error) {
    if (!error.problem || error.problem.code !== 'reauthentication_required') throw error;
    pending = () => removeKey(id);
    $('confirm-password').focus();
    $('status').textContent = 'Please confirm it is you first.';
  }
}

$('confirm-form').addEventListener('submit', step(async () => {
  const options = await call('POST', '/webauthn/login/options');
  const credential = await navigator.credentials.get({ publicKey: requestOptions(options.publicKey) });
  await call('POST', '/reauthenticate', {
    password: $('confirm-password').value,
    webauthn: credentialJSON(credential),
  });
  $('confirm-password').value = '';
  $('status').textContent = 'Confirmed: sensitive changes are allowed for a while.';
  const retry = pending;
  pending = null;
  if (retry) await retry();
}));

$('logout').addEventListener('click', step(async () => {
  render(await call('POST', '/logout'));
}));

step(async () => render(await call('GET', '/session')))();
