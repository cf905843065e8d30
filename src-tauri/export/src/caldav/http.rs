//! The few CalDAV requests a push needs (RFC 4918 and 4791): list a collection's
//! resources with their ETags, create it when it is missing, and put or delete one
//! resource on the condition of its ETag. Every server answer becomes a typed error a
//! person can act on (the password, the address, the server down).

use std::collections::HashMap;
use std::time::Duration;

use base64::Engine;
use percent_encoding::percent_decode_str;
use quick_xml::events::Event;
use quick_xml::Reader;
use ureq::http::Request;
use ureq::tls::{RootCerts, TlsConfig};
use url::Url;

use crate::error::{Error, Result};
use almanac_model::Sentence;

/// The largest listing read (a collection of a plan's 12,000 events is about 3 MB).
const MAX_LISTING: u64 = 64 * 1024 * 1024;

/// A calendar collection on a server, with the credentials to change it.
pub struct Collection {
    agent: ureq::Agent,
    /// The collection's address, its path ending with `/`.
    url: Url,
    /// Its path's segments, decoded and without the empty one after the last `/`, to know
    /// a listing's resources by: servers differ in what they escape (`comms@westmark.gov.uk`
    /// or `comms%40westmark.gov.uk`) and in whether an href is a path or a whole address.
    segments: Vec<String>,
    authorization: String,
}

/// On what condition a resource is written.
pub enum Condition<'a> {
    /// Only when the server has no resource of that name (`If-None-Match: *`).
    New,
    /// Only when the server's copy is the one with this ETag (`If-Match`).
    Unchanged(&'a str),
}

/// What a request asked the server to do, for the error when it refuses.
#[derive(Clone, Copy)]
enum Asked<'a> {
    /// List the collection.
    List,
    /// Create the collection.
    Create,
    /// Write the resource of this name.
    Write(&'a str),
    /// Delete the resource of this name.
    Delete(&'a str),
}

/// What a conditional write found.
pub enum Written {
    /// Written; the resource's new ETag, when the server said it.
    Done(Option<String>),
    /// The condition failed: the server's copy is not the one expected.
    Stale,
}

impl Collection {
    /// The collection at `url` (http or https), reached as `username`.
    pub fn new(url: &str, username: &str, password: &str) -> Result<Collection> {
        let trimmed = url.trim();
        let mut url = Url::parse(trimmed)
            .map_err(|_| Error::validation("url", Sentence::new("error-not-web-address").with("value", trimmed)))?;
        if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
            return Err(Error::validation("url", Sentence::new("error-give-https-address")));
        }
        // Basic authentication over http would send the password in clear to anyone on
        // the way; only a server on this laptop (a test or a local bridge) is spared that.
        if url.scheme() == "http" && !is_loopback(&url) {
            let host = url.host_str().unwrap_or_default().to_string();
            return Err(Error::validation("url", Sentence::new("error-calendar-http-not-local").with("host", host)));
        }
        if !url.path().ends_with('/') {
            url.set_path(&format!("{}/", url.path()));
        }
        url.set_query(None);
        url.set_fragment(None);
        let mut segments = decoded_segments(&url);
        segments.pop(); // the empty segment after the path's last `/`
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .allow_non_standard_methods(true)
            .timeout_global(Some(Duration::from_secs(60)))
            .tls_config(TlsConfig::builder().root_certs(RootCerts::PlatformVerifier).build())
            .build()
            .new_agent();
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
        Ok(Collection { agent, url, segments, authorization: format!("Basic {token}") })
    }

    /// The address of the resource `name` in the collection, the name escaped as a path
    /// segment.
    fn resource_url(&self, name: &str) -> Url {
        let mut url = self.url.clone();
        if let Ok(mut segments) = url.path_segments_mut() {
            segments.pop_if_empty().push(name);
        }
        url
    }

    /// The name of the collection's resource that `href` (relative or absolute) points at;
    /// none for the collection itself or anything outside it.
    fn resource_name(&self, href: &str) -> Option<String> {
        let mut segments = decoded_segments(&self.url.join(href).ok()?);
        let name = segments.pop().filter(|name| !name.is_empty())?;
        (segments == self.segments).then_some(name)
    }

    /// Every resource of the collection (its name) with its ETag; none when the
    /// collection does not exist.
    pub fn list(&self) -> Result<Option<HashMap<String, String>>> {
        const BODY: &str = r#"<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>"#;
        let request = self.request("PROPFIND", &self.url).header("Depth", "1");
        let mut response = self.send(request.body(BODY.to_string()))?;
        match response.status().as_u16() {
            207 => {}
            404 => return Ok(None),
            status => return Err(self.refused(status, Asked::List)),
        }
        let xml = response.body_mut().with_config().limit(MAX_LISTING).read_to_string().map_err(|e| {
            Error::io(Sentence::new("error-files-caldav-listing-unreadable").with("reason", e.to_string()))
        })?;
        let by_name =
            listing(&xml)?.into_iter().filter_map(|(href, etag)| Some((self.resource_name(&href)?, etag))).collect();
        Ok(Some(by_name))
    }

    /// Makes the collection as a calendar named `name` (MKCALENDAR).
    pub fn create(&self, name: &str) -> Result<()> {
        let body = format!(
            r#"<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop><d:displayname>{}</d:displayname></d:prop></d:set></c:mkcalendar>"#,
            quick_xml::escape::escape(name)
        );
        let response = self.send(self.request("MKCALENDAR", &self.url).body(body))?;
        match response.status().as_u16() {
            200..=299 => Ok(()),
            status => Err(self.refused(status, Asked::Create)),
        }
    }

    /// Writes `body` as the resource `name` if `condition` holds.
    pub fn put(&self, name: &str, body: &str, condition: Condition) -> Result<Written> {
        let request =
            self.request("PUT", &self.resource_url(name)).header("Content-Type", "text/calendar; charset=utf-8");
        let request = match condition {
            Condition::New => request.header("If-None-Match", "*"),
            Condition::Unchanged(etag) => request.header("If-Match", etag),
        };
        let response = self.send(request.body(body.to_string()))?;
        match response.status().as_u16() {
            200..=299 => {
                let etag = response.headers().get("etag").and_then(|v| v.to_str().ok()).map(str::to_string);
                Ok(Written::Done(etag))
            }
            412 => Ok(Written::Stale),
            status => Err(self.refused(status, Asked::Write(name))),
        }
    }

    /// Deletes the resource `name` if the server's copy has `etag`; gone already is fine.
    pub fn delete(&self, name: &str, etag: &str) -> Result<Written> {
        let request = self.request("DELETE", &self.resource_url(name)).header("If-Match", etag);
        let response = self.send(request.body(String::new()))?;
        match response.status().as_u16() {
            200..=299 | 404 => Ok(Written::Done(None)),
            412 => Ok(Written::Stale),
            status => Err(self.refused(status, Asked::Delete(name))),
        }
    }

    fn request(&self, method: &str, url: &Url) -> ureq::http::request::Builder {
        Request::builder().method(method).uri(url.as_str()).header("Authorization", &self.authorization)
    }

    fn send(&self, request: ureq::http::Result<Request<String>>) -> Result<ureq::http::Response<ureq::Body>> {
        let request = request.map_err(|e| {
            Error::validation("url", Sentence::new("error-files-caldav-unusable-address").with("reason", e.to_string()))
        })?;
        self.agent
            .run(request)
            .map_err(|e| Error::io(Sentence::new("error-files-caldav-unreachable").with("reason", e.to_string())))
    }

    /// The error for an answer other than the ones expected to what was `asked`.
    fn refused(&self, status: u16, asked: Asked) -> Error {
        let said = |list: &str, create: &str, write: &str, delete: &str| match asked {
            Asked::List => Sentence::new(list),
            Asked::Create => Sentence::new(create),
            Asked::Write(name) => Sentence::new(write).with("name", name),
            Asked::Delete(name) => Sentence::new(delete).with("name", name),
        };
        match status {
            401 => Error::validation("password", Sentence::new("error-server-refused-login")),
            403 => Error::validation(
                "username",
                said(
                    "error-files-caldav-may-not-list",
                    "error-files-caldav-may-not-create",
                    "error-files-caldav-may-not-write",
                    "error-files-caldav-may-not-delete",
                )
                .with("url", self.url.to_string()),
            ),
            404 | 405 | 409 => Error::validation(
                "url",
                Sentence::new("error-not-reachable-calendar").with("url", self.url.to_string()),
            ),
            507 => Error::io(Sentence::new("error-files-caldav-out-of-space")),
            _ => Error::io(
                said(
                    "error-files-caldav-answered-list",
                    "error-files-caldav-answered-create",
                    "error-files-caldav-answered-write",
                    "error-files-caldav-answered-delete",
                )
                .with("status", status.to_string()),
            ),
        }
    }
}

/// The `href → ETag` pairs of a multistatus answer, whatever prefixes it uses.
fn listing(xml: &str) -> Result<HashMap<String, String>> {
    let mut reader = Reader::from_str(xml);
    let mut out = HashMap::new();
    let (mut href, mut etag) = (None, None);
    // The text of the `href` or `getetag` being read, entities still escaped (a reader
    // hands `&quot;` apart from the text around it).
    let mut field: Option<(bool, String)> = None;
    loop {
        match reader.read_event().map_err(|e| bad_listing(&e))? {
            Event::Start(e) => match e.local_name().as_ref() {
                "response" => (href, etag) = (None, None),
                "href" => field = Some((true, String::new())),
                "getetag" => field = Some((false, String::new())),
                _ => {}
            },
            Event::Text(t) => {
                if let Some((_, text)) = field.as_mut() {
                    text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, text)) = field.as_mut() {
                    text.push_str(&format!("&{};", r.xml10_content()));
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "href" | "getetag" => {
                    if let Some((is_href, raw)) = field.take() {
                        let text = quick_xml::escape::unescape(raw.trim()).map_err(|e| bad_listing(&e))?.into_owned();
                        if is_href {
                            href = Some(text);
                        } else {
                            etag = Some(text);
                        }
                    }
                }
                "response" => {
                    if let (Some(h), Some(t)) = (href.take(), etag.take()) {
                        out.insert(h, t);
                    }
                }
                _ => {}
            },
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

/// Whether `url` names this laptop: `localhost`, 127.0.0.0/8 or ::1.
fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(address)) => address.is_loopback(),
        Some(url::Host::Ipv6(address)) => address.is_loopback(),
        None => false,
    }
}

fn bad_listing(e: &dyn std::fmt::Display) -> Error {
    Error::io(Sentence::new("error-files-caldav-bad-listing").with("reason", e.to_string()))
}

/// The segments of `url`'s path with their `%XX` escapes decoded; a trailing `/` ends
/// in an empty segment.
fn decoded_segments(url: &Url) -> Vec<String> {
    url.path_segments()
        .map(|segments| segments.map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned()).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_gives_each_resource_its_etag_whatever_the_prefixes() {
        let xml = r#"<?xml version="1.0"?>
<multistatus xmlns="DAV:"><response><href>/u/cal/</href><propstat><prop><getetag>"c"</getetag></prop></propstat></response>
<response><href>/u/cal/a%40b.ics</href><propstat><prop><getetag>"1"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>"#;
        let got = listing(xml).unwrap();
        assert_eq!(got.get("/u/cal/a%40b.ics").map(String::as_str), Some("\"1\""), "the href as sent");
        assert_eq!(got.len(), 2);
        let prefixed = r#"<d:multistatus xmlns:d="DAV:"><d:response><d:href>/x.ics</d:href><d:propstat><d:prop><d:getetag>W/&quot;9&quot;</d:getetag></d:prop></d:propstat></d:response></d:multistatus>"#;
        assert_eq!(listing(prefixed).unwrap().get("/x.ics").map(String::as_str), Some("W/\"9\""), "entities resolved");
        assert!(listing("<d:multistatus><d:response>").is_ok_and(|l| l.is_empty()));
    }

    #[test]
    fn an_address_must_be_http_or_https_with_a_host() {
        assert!(Collection::new("https://dav.example/cal", "u", "p")
            .is_ok_and(|c| c.resource_url("x.ics").as_str() == "https://dav.example/cal/x.ics"));
        for local in ["http://127.0.0.1:5232/cal", "http://localhost/cal", "http://[::1]:8080/cal"] {
            assert!(Collection::new(local, "u", "p").is_ok(), "{local}");
        }
        // The password would cross the network in clear.
        for bad in [
            "",
            "ftp://dav.example/cal",
            "dav.example/cal",
            "not an address",
            "http://dav.example/cal",
            "http://192.168.1.9/cal",
            "http://localhost.dav.example/cal",
        ] {
            assert!(
                matches!(Collection::new(bad, "u", "p"), Err(Error::Validation { field, .. }) if field == "url"),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_listing_names_the_collections_resources_however_the_server_writes_their_addresses() {
        let collection = Collection::new("https://dav.example/comms%40westmark.gov.uk/plan", "u", "p").unwrap();
        for href in [
            "/comms@westmark.gov.uk/plan/a.ics",
            "/comms%40westmark.gov.uk/plan/a.ics",
            "/comms%40westmark.gov.uk/plan/%61.ics",
            "https://dav.example/comms%40westmark.gov.uk/plan/a.ics",
            "https://dav.example:443/comms@westmark.gov.uk/plan/a.ics",
            "a.ics",
        ] {
            assert_eq!(collection.resource_name(href).as_deref(), Some("a.ics"), "{href}");
        }
        for outside in [
            "/comms@westmark.gov.uk/plan/",
            "/comms@westmark.gov.uk/plan",
            "https://dav.example/comms%40westmark.gov.uk/plan/",
            "/comms@westmark.gov.uk/other/a.ics",
            "/comms@westmark.gov.uk/plan/inner/a.ics",
            "/comms@westmark.gov.uk/a.ics",
        ] {
            assert_eq!(collection.resource_name(outside), None, "{outside}");
        }
        assert_eq!(
            collection.resource_url("a b#?.ics").as_str(),
            "https://dav.example/comms%40westmark.gov.uk/plan/a%20b%23%3F.ics",
            "a name is one escaped segment"
        );
        assert_eq!(
            collection.resource_name(collection.resource_url("a b#?.ics").as_str()).as_deref(),
            Some("a b#?.ics")
        );
    }
}
