//! A running `ephr station` and a minimal HTTP/1.1 client for it (std only: one request per
//! connection, `Connection: close`), for the station's tests and its load measurement. Each test
//! crate uses a subset.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A station process, killed when dropped.
pub struct Station {
    child: Child,
    /// `127.0.0.1:PORT`
    pub addr: String,
    /// Every line it printed at start.
    pub banner: Vec<String>,
}

impl Station {
    /// Starts `ephr station ARGS --listen 127.0.0.1:0` and waits for its address.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Station {
        Self::start_in(None, args, env)
    }

    /// Like [`Station::start`], with the process's working directory set.
    pub fn start_in(cwd: Option<&std::path::Path>, args: &[&str], env: &[(&str, &str)]) -> Station {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ephr"));
        if let Some(d) = cwd {
            cmd.current_dir(d);
        }
        cmd.arg("station")
            .args(args)
            .args(["--listen", "127.0.0.1:0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("ephr station starts");
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut banner = Vec::new();
        let mut addr = None;
        loop {
            let mut line = String::new();
            if out.read_line(&mut line).unwrap_or(0) == 0 {
                let mut err = String::new();
                if let Some(mut e) = child.stderr.take() {
                    let _ = e.read_to_string(&mut err);
                }
                panic!("the station stopped before serving: {banner:?} {err}");
            }
            if addr.is_none()
                && let Some(rest) = line.split("://").nth(1)
            {
                addr = rest.split('/').next().map(str::to_owned);
            }
            let done = line.contains("Ctrl-C stops");
            banner.push(line.trim_end().to_owned());
            if done {
                break;
            }
        }
        // Keep draining stdout so that the station never blocks on a full pipe.
        std::thread::spawn(move || for _ in out.lines() {});
        Station {
            child,
            addr: addr.expect("the station prints its address"),
            banner,
        }
    }

    /// The station's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The station's peak resident memory so far (`VmHWM`), in KiB, where /proc has it.
    pub fn peak_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).ok()?;
        status
            .lines()
            .find(|l| l.starts_with("VmHWM:"))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()
    }

    /// A new browser: its own cookie jar.
    pub fn browser(&self) -> Browser {
        Browser {
            addr: self.addr.clone(),
            cookie: None,
        }
    }
}

impl Drop for Station {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One browser: the session cookie it was given.
#[derive(Clone)]
pub struct Browser {
    pub addr: String,
    pub cookie: Option<String>,
}

impl Browser {
    pub fn get(&mut self, path: &str) -> Response {
        self.request("GET", path, &[], &[])
    }

    /// A form post as the page's script sends it (`X-Station: fetch`: the results part back).
    pub fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.request(
            "POST",
            path,
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("X-Station", "fetch"),
            ],
            body.as_bytes(),
        )
    }

    /// A file upload (`multipart/form-data`, field `file`).
    pub fn upload(&mut self, path: &str, file_name: &str, bytes: &[u8]) -> Response {
        let boundary = "----ephrtestboundary7MA4YWxkTrZu0gW";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let ct = format!("multipart/form-data; boundary={boundary}");
        self.request(
            "POST",
            path,
            &[("Content-Type", &ct), ("X-Station", "fetch")],
            &body,
        )
    }

    pub fn request(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Response {
        let mut s = TcpStream::connect(&self.addr).expect("connect to the station");
        s.set_read_timeout(Some(Duration::from_secs(120))).ok();
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n",
            body.len()
        );
        if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
            req.push_str(&format!("Host: {}\r\n", self.addr));
        }
        if let Some(c) = &self.cookie {
            req.push_str(&format!("Cookie: {c}\r\n"));
        }
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str("\r\n");
        let mut out = req.into_bytes();
        out.extend_from_slice(body);
        // The station may answer (413) before reading all of a too-large body.
        let _ = s.write_all(&out);
        let mut raw = Vec::new();
        let _ = s.read_to_end(&mut raw);
        let r = parse(&raw);
        if let Some(c) = r.header("set-cookie") {
            self.cookie = c.split(';').next().map(str::to_owned);
        }
        r
    }
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn parse(raw: &[u8]) -> Response {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP header in {:?}", String::from_utf8_lossy(raw)));
    let head = String::from_utf8_lossy(&raw[..end]);
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    let chunked = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    if chunked {
        body = unchunk(&body);
    }
    Response {
        status,
        headers,
        body,
    }
}

fn unchunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = b.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size = usize::from_str_radix(
            String::from_utf8_lossy(&b[..eol])
                .split(';')
                .next()
                .unwrap_or("0")
                .trim(),
            16,
        )
        .unwrap_or(0);
        if size == 0 || b.len() < eol + 2 + size {
            return out;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + size]);
        b = &b[(eol + 4 + size).min(b.len())..];
    }
}
