//! A small Chrome DevTools Protocol client for the browser tests: headless Chromium
//! started on a fresh profile, one blocking websocket (tungstenite, no TLS) to its browser
//! endpoint, and a page driven through flat sessions. Any CDP domain is one
//! [`Page::call`] away (Input, Runtime, Page, Emulation, WebAuthn, ...).
#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tungstenite::{Message, WebSocket};

/// Where Chromium is looked for (`CHROMIUM` overrides).
const CANDIDATES: &[&str] = &[
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
];

/// How long one CDP command may take before the test fails (not hangs).
const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);

/// The Chromium executable (`CHROMIUM` when set, else the usual paths), or `None` after a
/// loud notice on stderr.
pub fn chromium_or_skip(test: &str) -> Option<PathBuf> {
    let path = match std::env::var_os("CHROMIUM") {
        Some(path) => PathBuf::from(path),
        None => CANDIDATES
            .iter()
            .map(PathBuf::from)
            .find(|p| p.is_file())
            .unwrap_or_else(|| PathBuf::from(CANDIDATES[0])),
    };
    chromium_at_or_skip(&path, test)
}

/// `path` when it is a file, or `None` after a loud notice on stderr.
pub fn chromium_at_or_skip(path: &Path, test: &str) -> Option<PathBuf> {
    let found = Some(path.to_path_buf()).filter(|p| p.is_file());
    if found.is_none() {
        // Straight to stderr so the harness's capture does not hide it.
        let _ = writeln!(
            std::io::stderr(),
            "\n*** SKIPPED: {test}: Chromium is not installed at {} (apt-get install -y \
             chromium, or set CHROMIUM=/path/to/chrome); .ci/run installs it ***\n",
            path.display()
        );
    }
    found
}

/// A headless Chromium process and the websocket to its browser endpoint.
pub struct Browser {
    child: Child,
    socket: WebSocket<TcpStream>,
    next_id: u64,
    /// Events read while waiting for a command's answer, oldest first.
    events: VecDeque<Value>,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts `chromium` headless on a fresh profile and connects to it.
    pub fn launch(chromium: &Path) -> Browser {
        let profile = tempfile::tempdir().expect("profile dir");
        let mut child = Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--password-store=basic",
                "--remote-debugging-port=0",
                "about:blank",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start chromium");
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID" on stderr.
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut sent = false;
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if !sent && let Some(i) = line.find("ws://") {
                    let _ = tx.send(line[i..].trim().to_owned());
                    sent = true;
                }
                // Keep draining so Chromium never blocks on a full pipe.
            }
        });
        let url = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(url) => url,
            Err(_) => {
                let _ = child.kill();
                panic!("chromium printed no DevTools URL within 30 s");
            }
        };
        let authority = url
            .trim_start_matches("ws://")
            .split('/')
            .next()
            .expect("host:port")
            .to_owned();
        let stream = TcpStream::connect(&authority).expect("connect to DevTools");
        stream
            .set_read_timeout(Some(Duration::from_secs(1)))
            .expect("read timeout");
        let (socket, _) = tungstenite::client(url.as_str(), stream).expect("websocket handshake");
        Browser {
            child,
            socket,
            next_id: 0,
            events: VecDeque::new(),
            _profile: profile,
        }
    }

    /// A new tab, attached with a flat session, with the Page, Runtime and Log domains on.
    pub fn new_page(&mut self) -> Page<'_> {
        let target = self
            .call(None, "Target.createTarget", json!({ "url": "about:blank" }))
            .expect("create target");
        let target_id = target["targetId"].as_str().expect("targetId").to_owned();
        let attached = self
            .call(
                None,
                "Target.attachToTarget",
                json!({ "targetId": target_id, "flatten": true }),
            )
            .expect("attach");
        let session = attached["sessionId"]
            .as_str()
            .expect("sessionId")
            .to_owned();
        let mut page = Page {
            browser: self,
            session,
        };
        for domain in ["Page.enable", "Runtime.enable", "Log.enable"] {
            page.call(domain, json!({})).expect(domain);
        }
        page
    }

    /// Sends one command and waits for its answer (`Err`: the protocol's error object).
    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Result<Value, Value> {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if let Some(session) = session {
            message["sessionId"] = session.into();
        }
        self.socket
            .send(Message::text(message.to_string()))
            .expect("send to chromium");
        let deadline = Instant::now() + COMMAND_TIMEOUT;
        loop {
            assert!(
                Instant::now() < deadline,
                "no answer to {method} within {COMMAND_TIMEOUT:?}"
            );
            let Some(value) = self.read() else { continue };
            if value["id"].as_u64() == Some(id) {
                return match value.get("error") {
                    Some(error) => Err(error.clone()),
                    None => Ok(value["result"].clone()),
                };
            }
            if value.get("method").is_some() {
                self.events.push_back(value);
            }
        }
    }

    /// The next message, or `None` when none came within the socket's read timeout.
    fn read(&mut self) -> Option<Value> {
        match self.socket.read() {
            Ok(Message::Text(text)) => serde_json::from_str(text.as_str()).ok(),
            Ok(_) => None,
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                None
            }
            Err(e) => panic!("websocket to chromium: {e}"),
        }
    }

    /// Reads whatever events arrived, without waiting long.
    fn pump(&mut self) {
        let stream = self.socket.get_ref();
        let _ = stream.set_read_timeout(Some(Duration::from_millis(20)));
        while let Some(value) = self.read() {
            if value.get("method").is_some() {
                self.events.push_back(value);
            }
        }
        let _ = self
            .socket
            .get_ref()
            .set_read_timeout(Some(Duration::from_secs(1)));
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.socket.send(Message::text(
            json!({ "id": 0, "method": "Browser.close", "params": {} }).to_string(),
        ));
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One tab of a [`Browser`].
pub struct Page<'b> {
    browser: &'b mut Browser,
    session: String,
}

/// Keys [`Page::press`] knows: (key, code, Windows virtual key code, text typed).
const KEYS: &[(&str, &str, u32, &str)] = &[
    ("Enter", "Enter", 13, "\r"),
    ("Tab", "Tab", 9, ""),
    (" ", "Space", 32, " "),
    ("Escape", "Escape", 27, ""),
    ("ArrowDown", "ArrowDown", 40, ""),
    ("ArrowUp", "ArrowUp", 38, ""),
];

impl Page<'_> {
    /// Any CDP command on this tab.
    pub fn call(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        let session = self.session.clone();
        self.browser.call(Some(&session), method, params)
    }

    /// The value of a JavaScript expression (promises awaited); panics on an exception.
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self
            .call(
                "Runtime.evaluate",
                json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
            )
            .unwrap_or_else(|e| panic!("Runtime.evaluate {expression}: {e}"));
        if let Some(exception) = result.get("exceptionDetails") {
            panic!("{expression}: {exception}");
        }
        result["result"]["value"].clone()
    }

    /// A string-valued expression.
    pub fn eval_str(&mut self, expression: &str) -> String {
        match self.eval(expression) {
            Value::String(s) => s,
            other => other.to_string(),
        }
    }

    /// Opens `url` and waits until the page has loaded.
    pub fn goto(&mut self, url: &str) {
        self.mark();
        self.call("Page.navigate", json!({ "url": url }))
            .unwrap_or_else(|e| panic!("navigate to {url}: {e}"));
        self.wait_for_new_document(&format!("loading {url}"));
    }

    /// The page's path (and query).
    pub fn path(&mut self) -> String {
        self.eval_str("location.pathname + location.search")
    }

    /// Marks the current document, so [`Page::wait_for_new_document`] can tell when another
    /// one replaced it.
    pub fn mark(&mut self) {
        self.eval("window.__cdp_old_document = true");
    }

    /// Waits until a new document (not the marked one) has finished loading.
    pub fn wait_for_new_document(&mut self, what: &str) {
        let deadline = Instant::now() + COMMAND_TIMEOUT;
        loop {
            let loaded = self
                .call(
                    "Runtime.evaluate",
                    json!({
                        "expression": "window.__cdp_old_document !== true && document.readyState === 'complete'",
                        "returnByValue": true
                    }),
                )
                .ok()
                .and_then(|r| r["result"]["value"].as_bool())
                .unwrap_or(false);
            if loaded {
                return;
            }
            assert!(Instant::now() < deadline, "{what}: no new page loaded");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Types `text` into the focused element, as a keyboard (IME commit) does.
    pub fn type_text(&mut self, text: &str) {
        self.call("Input.insertText", json!({ "text": text }))
            .expect("Input.insertText");
    }

    /// Presses and releases one key (`"Enter"`, `"Tab"`, `" "`, `"Escape"`, `"ArrowDown"`,
    /// `"ArrowUp"`), with Shift when
    /// `shift` is set.
    pub fn press_with(&mut self, key: &str, shift: bool) {
        let &(key, code, vk, text) = KEYS
            .iter()
            .find(|k| k.0 == key)
            .unwrap_or_else(|| panic!("unknown key {key:?}"));
        let modifiers = if shift { 8 } else { 0 };
        let mut down = json!({
            "type": if text.is_empty() { "rawKeyDown" } else { "keyDown" },
            "key": key,
            "code": code,
            "windowsVirtualKeyCode": vk,
            "nativeVirtualKeyCode": vk,
            "modifiers": modifiers,
        });
        if !text.is_empty() {
            down["text"] = text.into();
            down["unmodifiedText"] = text.into();
        }
        self.call("Input.dispatchKeyEvent", down).expect("key down");
        self.call(
            "Input.dispatchKeyEvent",
            json!({
                "type": "keyUp",
                "key": key,
                "code": code,
                "windowsVirtualKeyCode": vk,
                "nativeVirtualKeyCode": vk,
                "modifiers": modifiers,
            }),
        )
        .expect("key up");
    }

    /// Presses and releases one key.
    pub fn press(&mut self, key: &str) {
        self.press_with(key, false);
    }

    /// Presses a key that submits a form or follows a link, and waits for the next page.
    pub fn press_and_wait(&mut self, key: &str, what: &str) {
        self.mark();
        self.press(key);
        self.wait_for_new_document(what);
    }

    /// A short description of the focused element (`tag#id[name] "text"`).
    pub fn focused(&mut self) -> String {
        self.eval_str(
            "(() => { const e = document.activeElement; if (!e) return ''; \
             return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + \
             (e.name ? '[' + e.name + ']' : '') + ' ' + JSON.stringify((e.innerText || e.value || '').trim()); })()",
        )
    }

    /// Presses Tab until `predicate` (JavaScript, `e` is the focused element) holds;
    /// panics after 40 presses.
    pub fn tab_to(&mut self, predicate: &str) {
        let check = format!(
            "(() => {{ const e = document.activeElement; return !!e && e !== document.body && ({predicate}); }})()"
        );
        for _ in 0..40 {
            if self.eval(&check) == Value::Bool(true) {
                return;
            }
            self.press("Tab");
        }
        panic!(
            "Tab never reached an element where {predicate} (on {}; focused: {})",
            self.path(),
            self.focused()
        );
    }

    /// Presses Tab until the focused element's visible text is `text`.
    pub fn tab_to_text(&mut self, text: &str) {
        let text = serde_json::to_string(text).expect("json");
        self.tab_to(&format!("(e.innerText || e.value || '').trim() === {text}"));
    }

    /// Sets the viewport (CSS pixels), as a phone or a desktop window.
    pub fn viewport(&mut self, width: u32, height: u32, mobile: bool) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile }),
        )
        .expect("Emulation.setDeviceMetricsOverride");
    }

    /// A PNG of the whole page (beyond the viewport too).
    pub fn screenshot(&mut self) -> Vec<u8> {
        let shot = self
            .call(
                "Page.captureScreenshot",
                json!({ "format": "png", "captureBeyondViewport": true }),
            )
            .expect("Page.captureScreenshot");
        use base64::Engine;
        base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().expect("data"))
            .expect("base64 PNG")
    }

    /// Console errors, uncaught exceptions and failed loads logged since the last call.
    pub fn take_errors(&mut self) -> Vec<String> {
        self.browser.pump();
        let session = self.session.clone();
        let mut errors = Vec::new();
        self.browser.events.retain(|event| {
            if event["sessionId"].as_str() != Some(session.as_str()) {
                return true;
            }
            let params = &event["params"];
            match event["method"].as_str() {
                Some("Log.entryAdded") if params["entry"]["level"] == "error" => errors.push(
                    format!("{} {}", params["entry"]["text"], params["entry"]["url"]),
                ),
                Some("Runtime.exceptionThrown") => {
                    errors.push(params["exceptionDetails"].to_string())
                }
                Some("Runtime.consoleAPICalled") if params["type"] == "error" => {
                    errors.push(params["args"].to_string())
                }
                _ => {}
            }
            false
        });
        errors
    }
}
