//! A small static file server on loopback, set up as static hosts are: a file if it exists, then the same path
//! with `.html` (as GitHub Pages, Netlify and Cloudflare Pages do), `index.html` inside a folder, and
//! `index.html` for every other path so that deep links reach the app. Files whose names carry Trunk's content
//! hash are sent as immutable, everything else as `no-cache`, as a CDN would be configured. Every response closes its
//! connection, so that stopping the server really leaves the port refusing connections (the offline tests depend
//! on it).

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// One request the server answered: the path asked for and the file sent.
#[derive(Clone, Debug)]
pub struct Served {
    /// The request target, as sent.
    pub target: String,
    /// The file that answered it.
    pub file: PathBuf,
    /// The bytes sent for it (compressed when the client took the `.br` copy).
    pub bytes: usize,
}

/// A running server; stopped on drop.
pub struct StaticServer {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    log: Arc<Mutex<Vec<Served>>>,
}

impl StaticServer {
    /// Serves `root` on a free loopback port.
    pub fn start(root: impl Into<PathBuf>) -> StaticServer {
        Self::start_on(root, 0)
    }

    /// Serves `root` on `port` (0 for any free port).
    pub fn start_on(root: impl Into<PathBuf>, port: u16) -> StaticServer {
        Self::start_full(root, port, "")
    }

    /// Serves `root` under a sub-path such as `/http-codes` (paths outside it get 404), on `port`.
    pub fn start_under(root: impl Into<PathBuf>, port: u16, prefix: &'static str) -> StaticServer {
        Self::start_full(root, port, prefix)
    }

    fn start_full(root: impl Into<PathBuf>, port: u16, prefix: &'static str) -> StaticServer {
        let root = root.into();
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind a loopback port");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let addr = listener.local_addr().expect("local address");
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let log = Arc::new(Mutex::new(Vec::new()));
        let served = log.clone();
        let thread = thread::spawn(move || {
            while !flag.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let root = root.clone();
                        let served = served.clone();
                        thread::spawn(move || {
                            if let Ok(entry) = serve(stream, &root, prefix) {
                                served.lock().expect("the log lock").push(entry);
                            }
                        });
                    }
                    Err(_) => thread::sleep(Duration::from_millis(5)),
                }
            }
            // The listener is dropped here: from now on the port refuses connections.
        });
        StaticServer {
            addr,
            stop,
            thread: Some(thread),
            log,
        }
    }

    /// Every request answered so far, in order.
    pub fn requests(&self) -> Vec<Served> {
        self.log.lock().expect("the log lock").clone()
    }

    /// `http://127.0.0.1:port`.
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Stops accepting connections and waits until the port is closed.
    pub fn stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Hashed file names never change content, so they can be kept for a year; anything else is revalidated.
fn cache_control(path: &Path) -> &'static str {
    let name = path
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if statuscodes::assets::is_hashed(name) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

fn decode(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&path[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The file a request path maps to: the file itself, a folder's index.html, or the app's index.html.
fn resolve(root: &Path, url_path: &str) -> PathBuf {
    let path = decode(url_path.split(['?', '#']).next().unwrap_or("/"));
    let relative = Path::new(path.trim_start_matches('/'));
    let safe = relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    if safe {
        let candidate = root.join(relative);
        if candidate.is_file() {
            return candidate;
        }
        let with_extension = candidate.with_extension("html");
        if !relative.as_os_str().is_empty() && with_extension.is_file() {
            return with_extension;
        }
        if candidate.join("index.html").is_file() {
            return candidate.join("index.html");
        }
    }
    root.join("index.html")
}

fn serve(mut stream: TcpStream, root: &Path, prefix: &str) -> std::io::Result<Served> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut accepts_brotli = false;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        let lower = header.to_ascii_lowercase();
        if lower.starts_with("accept-encoding:") && lower.contains("br") {
            accepts_brotli = true;
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("GET");
    let target = parts.next().unwrap_or("/");
    let (status, file) = match target.strip_prefix(prefix) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') || rest.starts_with('?') => {
            ("200 OK", resolve(root, rest))
        }
        _ => ("404 Not Found", root.join("404.html")),
    };
    // Like a host set up for precompressed files: the `.br` copy when there is one and the client takes it.
    let mut brotli = file.clone().into_os_string();
    brotli.push(".br");
    let brotli = PathBuf::from(brotli);
    let (body, encoding) = if accepts_brotli && brotli.is_file() {
        (
            std::fs::read(&brotli).unwrap_or_default(),
            "Content-Encoding: br\r\n",
        )
    } else {
        (std::fs::read(&file).unwrap_or_default(), "")
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {}\r\nContent-Length: {}\r\n{encoding}Vary: Accept-Encoding\r\nCache-Control: {}\r\nConnection: close\r\n\r\n",
        content_type(&file),
        body.len(),
        cache_control(&file)
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()?;
    Ok(Served {
        target: target.to_string(),
        file,
        bytes: body.len(),
    })
}
