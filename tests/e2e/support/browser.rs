//! A real headless Chromium, driven through chromedriver with fantoccini. Chromedriver runs in its own process
//! group, killed on drop, so a failing test never leaves a browser behind.

use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A chromedriver process and a browser session on it.
pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: PathBuf,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn driver_ready(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    let request =
        format!("GET /status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if s.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut body = String::new();
    let _ = s.read_to_string(&mut body);
    body.replace(' ', "").contains("\"ready\":true")
}

/// Chromedriver's own command for the browser console log.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({"type": "browser"}).to_string()),
        )
    }
}

/// A Chrome DevTools Protocol command, through chromedriver.
#[derive(Debug)]
struct Cdp(Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

impl Browser {
    /// Starts chromedriver and a fresh headless Chromium with an empty profile, at a 1280 x 900 window.
    pub async fn start() -> Browser {
        Self::start_with(&[]).await
    }

    /// Like [`Browser::start`], with downloads saved to `dir` without asking.
    pub async fn start_downloading_to(dir: &std::path::Path) -> Browser {
        Self::start_full(&[], Some(dir), "normal").await
    }

    /// Like [`Browser::start`], with extra Chromium arguments.
    pub async fn start_with(extra_args: &[&str]) -> Browser {
        Self::start_full(extra_args, None, "normal").await
    }

    /// Like [`Browser::start`], but no command waits for a page to finish loading: to act on a page while it
    /// still arrives, as a reader on a slow phone does.
    pub async fn start_impatient() -> Browser {
        Self::start_full(&[], None, "none").await
    }

    async fn start_full(
        extra_args: &[&str],
        downloads: Option<&std::path::Path>,
        page_load: &str,
    ) -> Browser {
        let port = free_port();
        let driver =
            Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .process_group(0)
                .spawn()
                .expect("chromedriver on PATH (the README's test command installs it)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while !driver_ready(port) {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not become ready"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = std::env::temp_dir().join(format!("statuscodes-chrome-{port}"));
        let _ = std::fs::remove_dir_all(&profile);
        let mut args: Vec<String> = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,900",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.extend(extra_args.iter().map(|s| s.to_string()));
        let mut caps = Capabilities::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert(
            "goog:chromeOptions".into(),
            json!({ "args": args, "binary": chromium_binary() }),
        );
        caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
        caps.insert("pageLoadStrategy".into(), json!(page_load));
        caps.insert(
            "timeouts".into(),
            json!({ "pageLoad": 20000, "script": 20000 }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session");
        let browser = Browser {
            client,
            driver,
            profile,
        };
        if let Some(dir) = downloads {
            browser
                .cdp(
                    "Browser.setDownloadBehavior",
                    json!({ "behavior": "allow", "downloadPath": dir.display().to_string() }),
                )
                .await;
        }
        browser
    }

    /// Opens a URL and waits until the app has taken over the page: the prerendered HTML shows at once, but its
    /// buttons only work once the WebAssembly has started (Trunk's loader sets `wasmBindings` right after).
    pub async fn open(&self, url: &str) {
        self.client.goto(url).await.expect("navigation");
        self.wait_for_app().await;
    }

    /// Waits until the app runs and shows a page heading (after a reload, say).
    pub async fn wait_for_app(&self) {
        self.wait_for_js(
            "window.wasmBindings !== undefined && document.querySelector('main h1') !== null",
            "the app and its page heading",
        )
        .await;
    }

    /// Waits until the promise that `expr` evaluates to resolves to `true` (for conditions only asynchronous
    /// browser APIs can answer, such as the Cache Storage), or fails after 15 s naming `what`.
    pub async fn wait_for_async_js(&self, expr: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        let script = format!(
            "const done = arguments[arguments.length - 1]; Promise.resolve().then(() => {expr}).then(v => done(v === true), () => done(false));"
        );
        while self.client.execute_async(&script, vec![]).await.ok() != Some(Value::Bool(true)) {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Waits until the page has rendered `n` more frames: what is drawn and measured after a change.
    pub async fn after_frames(&self, n: u32) {
        let script = format!(
            "const done = arguments[arguments.length - 1]; let left = {n}; const tick = () => (--left > 0 ? requestAnimationFrame(tick) : done(true)); requestAnimationFrame(tick);"
        );
        let _ = self.client.execute_async(&script, vec![]).await;
    }

    /// Waits until a JavaScript expression is truthy, or fails naming what was awaited.
    pub async fn wait_for_js(&self, expr: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let ok = self
                .client
                .execute(&format!("return !!({expr});"), vec![])
                .await
                .map(|v| v == Value::Bool(true));
            if ok.unwrap_or(false) {
                return;
            }
            if Instant::now() > deadline {
                let url = self
                    .client
                    .current_url()
                    .await
                    .map(|u| u.to_string())
                    .unwrap_or_default();
                let text = self.text("body").await;
                panic!(
                    "timed out waiting for {what} ({expr}) at {url}; page text: {}",
                    &text[..text.len().min(600)]
                );
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Evaluates JavaScript (a function body; use `return`).
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .expect("script runs")
    }

    /// The text of the first element matching a CSS selector, or an empty string.
    pub async fn text(&self, css: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(e) => e.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// The texts of every element matching a CSS selector.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let script = format!(
            "return Array.from(document.querySelectorAll({})).map(e => e.textContent.trim());",
            json!(css)
        );
        serde_json::from_value(self.js(&script).await).unwrap_or_default()
    }

    /// Clicks the first element matching a CSS selector.
    pub async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("{css} exists"))
            .click()
            .await
            .expect("click");
    }

    /// Saves a screenshot as `<name>.png` in the folder named by `E2E_SCREENSHOTS`, when it is set, so a person
    /// can look at what a test saw.
    pub async fn screenshot(&self, name: &str) {
        if let Some(dir) = std::env::var_os("E2E_SCREENSHOTS") {
            let png = self.client.screenshot().await.expect("a screenshot");
            let _ = std::fs::create_dir_all(&dir);
            std::fs::write(std::path::Path::new(&dir).join(format!("{name}.png")), png)
                .expect("screenshot saved");
        }
    }

    /// Runs a Chrome DevTools Protocol command (media emulation and the like).
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp(json!({ "cmd": cmd, "params": params })))
            .await
            .expect("CDP command")
    }

    /// Runs `source` in every document this browser opens from now on, before the page's own scripts.
    pub async fn run_before_every_page(&self, source: &str) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": source }),
        )
        .await;
    }

    /// Holds back the WebAssembly from now on (`true`), or lets it through again, so a page stays as its HTML
    /// arrived: prerendered, before the app takes over.
    pub async fn block_webassembly(&self, block: bool) {
        self.cdp("Network.enable", json!({})).await;
        let urls = if block { json!(["*.wasm"]) } else { json!([]) };
        self.cdp("Network.setBlockedURLs", json!({ "urls": urls }))
            .await;
    }

    /// Starts the app of the bundle in `dist` in the page as it is, as if its download had just finished (after
    /// [`Browser::block_webassembly`] held it back while the test acted on the prerendered page).
    pub async fn start_app_in_page(&self, dist: &std::path::Path) {
        let name = |ext: &str| {
            std::fs::read_dir(dist)
                .unwrap()
                .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
                .find(|n| n.starts_with("statuscodes-") && n.ends_with(ext))
                .unwrap()
        };
        let (js, wasm) = (name(".js"), name("_bg.wasm"));
        self.js(&format!("import('/{js}').then(m => m.default({{ module_or_path: '/{wasm}' }})).then(() => window.wasmBindings = {{}}); return null")).await;
    }

    /// Emulates a mid-range phone on a mobile link: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, and
    /// the CPU slowed 4x.
    pub async fn emulate_slow_phone(&self) {
        self.cdp("Network.enable", json!({})).await;
        self.cdp(
            "Network.emulateNetworkConditions",
            json!({
                "offline": false,
                "latency": 150,
                "downloadThroughput": 1_600_000 / 8,
                "uploadThroughput": 750_000 / 8,
            }),
        )
        .await;
        self.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
            .await;
    }

    /// Emulates CSS media features, e.g. `[("prefers-color-scheme", "dark")]`, and optionally print media.
    pub async fn emulate_media(&self, print: bool, features: &[(&str, &str)]) {
        let features: Vec<Value> = features
            .iter()
            .map(|(n, v)| json!({ "name": n, "value": v }))
            .collect();
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "media": if print { "print" } else { "" }, "features": features }),
        )
        .await;
    }

    /// Presses and releases one key wherever the focus is, as a person would: a character such as '/', or a
    /// special key such as `Key::Down.into()`.
    pub async fn press(&self, key: char) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(actions)
            .await
            .expect("key press");
    }

    /// Types text wherever the focus is.
    pub async fn type_text(&self, text: &str) {
        for c in text.chars() {
            self.press(c).await;
        }
    }

    /// Runs axe-core on the page and returns the serious and critical violations as readable lines.
    pub async fn axe_serious_violations(&self) -> Vec<String> {
        let path = std::env::var("AXE_CORE")
            .expect("AXE_CORE points at axe.min.js (the README's test command sets it)");
        let source = std::fs::read_to_string(&path).expect("axe-core is installed");
        self.client
            .execute(&source, vec![])
            .await
            .expect("axe-core loads");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                    .then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))
                    .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("axe runs");
        serde_json::from_value(result).unwrap_or_default()
    }

    /// Console messages at level SEVERE since the last call.
    pub async fn console_errors(&self) -> Vec<String> {
        let entries = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("chromedriver returns the browser log");
        let list = entries.as_array().expect("the browser log is a list");
        list.iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Ends the session and the driver.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        self.kill();
    }

    fn kill(&mut self) {
        // SAFETY: plain FFI call; the negative pid addresses the process group chromedriver leads.
        unsafe {
            kill(-(self.driver.id() as i32), 9);
        }
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.kill();
    }
}

extern "C" {
    fn kill(pid: i32, sig: i32) -> i32;
}

fn chromium_binary() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())
}
