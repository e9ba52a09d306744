//! One browser's session: the cards it has shown and its languages, in memory only.
//!
//! A session is found by a random cookie. Nothing of it is written anywhere: "Next person"
//! drops it and starts a new one under a new id, and a sweep drops every session idle for
//! longer than the idle time. Two browsers (two phones) have two sessions and never see each
//! other's cards.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ephr::input::Candidate;
use ephr::labels::Lang;

/// Cards one session may hold: a booklet has a few entries, a family's a few dozen. Beyond it
/// the clinician is asked to start again, which bounds the memory a session can take.
pub const MAX_CARDS: usize = 200;
/// Sessions held at once. The least recently used one makes room for a new one, but only when
/// it has been idle for [`EVICTABLE_AFTER`]; otherwise the station is full (a burst of requests
/// cannot push out a clinician who is using the station).
pub const MAX_SESSIONS: usize = 256;
/// How long a session must have been idle before a new one may take its place.
pub const EVICTABLE_AFTER: Duration = Duration::from_secs(60);

/// Every session is in use: no new one can be made now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

/// A session id: 32 random bytes, hex.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SessionId(String);

impl SessionId {
    fn new() -> Self {
        let mut b = [0u8; 32];
        // The system's random source; without it no session can be safe, so stop.
        getrandom::fill(&mut b).expect("the system random source is unavailable");
        Self(hex::encode(b))
    }

    /// The id from a cookie value, if it has the shape of one.
    pub fn parse(s: &str) -> Option<Self> {
        (s.len() == 64
            && s.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()))
        .then(|| Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What the page says once, after an action.
#[derive(Debug, Clone)]
pub enum Notice {
    /// Cards were added (n new, the rest already there).
    Added { new: usize, repeated: usize },
    /// An input could not be read; the library's message.
    Unreadable(String),
    /// The session was cleared.
    Cleared,
    /// The session is full.
    Full,
    /// A trust list update: installed, unchanged or refused (the words are in `text`).
    Trust { ok: bool, text: String },
}

/// One browser's session.
#[derive(Debug)]
pub struct Session {
    /// The cards shown, each once, in the order shown.
    pub cards: Vec<Candidate>,
    /// What makes each card the same card again: its signed bytes when it parses, else its
    /// text (parsed once, when it is added).
    seen: Vec<Vec<u8>>,
    /// The clinician's language.
    pub lang: Lang,
    /// Show the record in the person's language instead.
    pub person_view: bool,
    /// Signed in (when the station asks for it).
    pub signed_in: bool,
    /// Who signed in, on an issuing station: the register records it with each entry.
    pub operator: Option<String>,
    pub notice: Option<Notice>,
    last_used: Instant,
}

impl Session {
    fn new(lang: Lang) -> Self {
        Self {
            cards: Vec::new(),
            seen: Vec::new(),
            lang,
            person_view: false,
            signed_in: false,
            operator: None,
            notice: None,
            last_used: Instant::now(),
        }
    }

    /// A copy to show, taken under the lock so that checking and rendering happen outside it;
    /// the notice moves to the copy (it is shown once).
    pub fn snapshot(&mut self) -> Session {
        Session {
            cards: self.cards.clone(),
            seen: Vec::new(),
            lang: self.lang,
            person_view: self.person_view,
            signed_in: self.signed_in,
            operator: self.operator.clone(),
            notice: self.notice.take(),
            last_used: self.last_used,
        }
    }

    /// Drops the cards shown (an issuing station puts the entries it just signed in their place).
    pub fn clear_cards(&mut self) {
        self.cards.clear();
        self.seen.clear();
    }

    /// Adds cards not already held (the same text, or the same signed bytes, counts once: a
    /// camera reads the same code many times a second). Returns (new, repeated).
    pub fn add(&mut self, found: Vec<Candidate>) -> Result<(usize, usize), usize> {
        let (mut new, mut repeated) = (0, 0);
        for mut c in found {
            let key = identity(&c);
            if self.seen.contains(&key) {
                repeated += 1;
            } else if self.cards.len() >= MAX_CARDS {
                return Err(MAX_CARDS);
            } else {
                // Numbered in the order shown: every scan is "scanner", every frame "camera".
                c.source = format!("{}. {}", self.cards.len() + 1, c.source);
                self.cards.push(c);
                self.seen.push(key);
                new += 1;
            }
        }
        Ok((new, repeated))
    }
}

/// The same card read twice (as text from a scanner and as an entry of a PDF, say) has the same
/// signed bytes; a candidate that does not parse is known by its text.
fn identity(c: &Candidate) -> Vec<u8> {
    match c.parse() {
        Ok(u) => u.cose_bytes().to_vec(),
        Err(_) => c.text().into_owned().into_bytes(),
    }
}

/// Every session, in memory.
pub struct Sessions {
    map: Mutex<HashMap<SessionId, Session>>,
    idle: Duration,
}

impl Sessions {
    pub fn new(idle: Duration) -> Self {
        Self {
            map: Mutex::new(HashMap::new()),
            idle,
        }
    }

    pub fn idle(&self) -> Duration {
        self.idle
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<SessionId, Session>> {
        // A handler that panicked holding the lock leaves sessions that are still whole.
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` on the session of `id`, made new (with `lang`) when there is none or it has
    /// expired. Returns the id in use, which differs from `id` when a new session was made, or
    /// [`Full`] when a new session was needed and none can be made.
    pub fn with<T>(
        &self,
        id: Option<&SessionId>,
        lang: impl FnOnce() -> Lang,
        f: impl FnOnce(&mut Session) -> T,
    ) -> Result<(SessionId, T), Full> {
        let mut map = self.lock();
        let now = Instant::now();
        let live = id.filter(|id| {
            map.get(id)
                .is_some_and(|s| now.duration_since(s.last_used) <= self.idle)
        });
        let id = match live {
            Some(id) => id.clone(),
            None => {
                if let Some(old) = id {
                    map.remove(old);
                }
                Self::make_room(&mut map, now)?;
                let id = SessionId::new();
                map.insert(id.clone(), Session::new(lang()));
                id
            }
        };
        let s = map
            .get_mut(&id)
            .expect("the session was just found or made");
        s.last_used = now;
        let out = f(s);
        Ok((id, out))
    }

    /// Runs `f` on the live session of `id`, if there is one; makes none.
    pub fn existing<T>(&self, id: &SessionId, f: impl FnOnce(&mut Session) -> T) -> Option<T> {
        let mut map = self.lock();
        let now = Instant::now();
        let s = map
            .get_mut(id)
            .filter(|s| now.duration_since(s.last_used) <= self.idle)?;
        s.last_used = now;
        Some(f(s))
    }

    fn make_room(map: &mut HashMap<SessionId, Session>, now: Instant) -> Result<(), Full> {
        if map.len() < MAX_SESSIONS {
            return Ok(());
        }
        let oldest = map
            .iter()
            .min_by_key(|(_, s)| s.last_used)
            .filter(|(_, s)| now.duration_since(s.last_used) >= EVICTABLE_AFTER)
            .map(|(k, _)| k.clone())
            .ok_or(Full)?;
        map.remove(&oldest);
        Ok(())
    }

    /// True when `id` names a live session that has signed in. Unlike [`Sessions::with`] it
    /// makes no session, so that requests without the access code cannot crowd out the
    /// sessions of signed-in browsers.
    pub fn signed_in(&self, id: &SessionId) -> bool {
        let now = Instant::now();
        self.lock()
            .get(id)
            .is_some_and(|s| s.signed_in && now.duration_since(s.last_used) <= self.idle)
    }

    /// Ends a session ("Next person", or signing in, which changes the id): its cards are
    /// dropped. A new session keeps the language and the sign-in (and who signed in).
    pub fn renew(
        &self,
        id: Option<&SessionId>,
        lang: Lang,
        signed_in: bool,
        operator: Option<String>,
    ) -> Result<SessionId, Full> {
        let mut map = self.lock();
        if let Some(old) = id {
            map.remove(old);
        }
        Self::make_room(&mut map, Instant::now())?;
        let id = SessionId::new();
        let mut s = Session::new(lang);
        s.signed_in = signed_in;
        s.operator = operator;
        map.insert(id.clone(), s);
        Ok(id)
    }

    /// Drops every session idle for longer than the idle time.
    pub fn sweep(&self) {
        let now = Instant::now();
        self.lock()
            .retain(|_, s| now.duration_since(s.last_used) <= self.idle);
    }

    pub fn clear_all(&self) {
        self.lock().clear();
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_id_is_64_lowercase_hex_digits() {
        let id = SessionId::new();
        assert!(SessionId::parse(id.as_str()).is_some());
        assert!(SessionId::parse(&id.as_str().to_uppercase()).is_none());
        assert!(SessionId::parse("abc").is_none());
        assert!(SessionId::parse(&"g".repeat(64)).is_none());
    }

    #[test]
    fn an_unknown_or_expired_id_gets_a_new_empty_session() {
        let s = Sessions::new(Duration::from_millis(50));
        let (a, _) = s.with(None, Lang::english, |_| ()).unwrap();
        let (same, _) = s.with(Some(&a), Lang::english, |_| ()).unwrap();
        assert_eq!(a, same);
        std::thread::sleep(Duration::from_millis(80));
        assert_eq!(s.existing(&a, |_| ()), None, "expired");
        let (b, _) = s.with(Some(&a), Lang::english, |_| ()).unwrap();
        assert_ne!(a, b);
        assert_eq!(s.len(), 1, "the expired session is gone");
        std::thread::sleep(Duration::from_millis(80));
        s.sweep();
        assert_eq!(s.len(), 0);
    }

    #[test]
    fn renewing_drops_the_cards_and_keeps_language_and_sign_in() {
        let s = Sessions::new(Duration::from_secs(60));
        let fr = Lang::get("fr").unwrap();
        let (a, _) = s
            .with(
                None,
                || fr,
                |x| {
                    x.add(ephr::input::text_candidates("t", "PHR1:ABC"))
                        .unwrap();
                    x.signed_in = true;
                },
            )
            .unwrap();
        let b = s.renew(Some(&a), fr, true, None).unwrap();
        assert_ne!(a, b);
        let (c, (n, lang, signed)) = s
            .with(Some(&b), Lang::english, |x| {
                (x.cards.len(), x.lang, x.signed_in)
            })
            .unwrap();
        assert_eq!((c, n, lang.code, signed), (b, 0, "fr", true));
        assert_eq!(s.len(), 1, "the old session is gone");
    }

    #[test]
    fn the_same_card_counts_once_and_a_full_session_refuses_more() {
        let s = Sessions::new(Duration::from_secs(60));
        let (_, r) = s
            .with(None, Lang::english, |x| {
                let one = ephr::input::text_candidates("a", "PHR1:ABC");
                let first = x.add(one.clone());
                let again = x.add(one);
                (first, again)
            })
            .unwrap();
        assert_eq!(r, (Ok((1, 0)), Ok((0, 1))));
        let (_, full) = s
            .with(None, Lang::english, |x| {
                let many: Vec<Candidate> = (0..=MAX_CARDS)
                    .flat_map(|i| ephr::input::text_candidates("m", &format!("PHR1:{i}")))
                    .collect();
                x.add(many)
            })
            .unwrap();
        assert_eq!(full, Err(MAX_CARDS));
    }

    #[test]
    fn asking_whether_a_browser_signed_in_makes_no_session() {
        let s = Sessions::new(Duration::from_secs(60));
        let stranger = SessionId::new();
        assert!(!s.signed_in(&stranger));
        assert_eq!(s.len(), 0);
        let (plain, _) = s.with(None, Lang::english, |_| ()).unwrap();
        assert!(!s.signed_in(&plain));
        let signed = s.renew(Some(&plain), Lang::english(), true, None).unwrap();
        assert!(s.signed_in(&signed));
        assert!(!s.signed_in(&plain), "renewing ended the old id");
    }

    #[test]
    fn a_full_station_evicts_only_a_session_idle_for_a_while() {
        let s = Sessions::new(Duration::from_secs(600));
        let (first, _) = s.with(None, Lang::english, |_| ()).unwrap();
        for _ in 1..MAX_SESSIONS {
            s.with(None, Lang::english, |_| ()).unwrap();
        }
        assert_eq!(s.len(), MAX_SESSIONS);
        // Every session was used just now: a burst of new browsers cannot push any out.
        assert_eq!(s.with(None, Lang::english, |_| ()), Err(Full));
        assert_eq!(s.renew(None, Lang::english(), false, None), Err(Full));
        assert!(
            s.existing(&first, |_| ()).is_some(),
            "the first session is still there"
        );
        // Once the least recently used one has been idle long enough, it makes room.
        s.lock().get_mut(&first).unwrap().last_used -= EVICTABLE_AFTER;
        let (new, _) = s.with(None, Lang::english, |_| ()).unwrap();
        assert_ne!(new, first);
        assert!(s.existing(&first, |_| ()).is_none());
    }
}
