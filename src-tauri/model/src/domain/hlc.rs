//! The hybrid logical clock that orders the team's changes (Kulkarni et al., 2014; the
//! clock of Actual Budget's sync): the wall clock in milliseconds, a counter for changes
//! in the same millisecond or behind a clock seen from another laptop, and the device.
//! A clock never runs backwards on a laptop, whatever its wall clock does, and each
//! change's clock is after every clock its laptop had seen. Written as fixed-width text
//! (`2027-03-01T09:00:00.000Z-0000-5f1c0a7e9b2d4c31`), so text order is clock order on
//! the server and in SQLite alike: only that canonical text is read as a clock (a lowercase
//! `t` would sort above every real one), no clock runs past the year 9999 (where the text
//! would change its width), and a clock seen from elsewhere that is far ahead of this
//! laptop's time is not followed (one laptop in 2099 must not drag the team there).

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};

use crate::error::{Error, Result};
use crate::sentence::Sentence;

/// The last millisecond a clock may read: 9999-12-31T23:59:59.999Z.
const MAX_MILLIS: i64 = 253_402_300_799_999;

/// How far ahead of this laptop's (corrected) time a clock seen from elsewhere may be; the
/// team's server refuses clocks more than five minutes ahead of its own.
pub const MAX_AHEAD: chrono::Duration = chrono::Duration::minutes(10);

/// One reading of a hybrid logical clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hlc {
    /// Milliseconds since the Unix epoch (the physical part).
    millis: i64,
    /// Changes within the same physical part.
    counter: u16,
    /// The laptop, so two laptops' clocks never tie.
    device: u64,
}

impl Hlc {
    /// The clock before any change of `device`.
    pub fn zero(device: u64) -> Hlc {
        Hlc { millis: 0, counter: 0, device }
    }

    /// The wall-clock time of the change it stamps.
    pub fn wall(&self) -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp_millis(self.millis).unwrap_or_default()
    }

    /// The device part.
    pub fn device(&self) -> u64 {
        self.device
    }

    /// The clock of a change made here now: after `self` (the last clock this laptop had)
    /// and at least the wall clock `now`.
    pub fn tick(self, now: DateTime<Utc>) -> Result<Hlc> {
        let wall = now.timestamp_millis();
        if wall > self.millis {
            return Hlc { millis: wall, counter: 0, device: self.device }.checked();
        }
        self.next_counter(self.millis)
    }

    /// Whether this clock is further ahead of `now` than a clock from elsewhere may be.
    pub fn is_ahead_of(&self, now: DateTime<Utc>) -> bool {
        self.millis > now.timestamp_millis().saturating_add(MAX_AHEAD.num_milliseconds())
    }

    fn checked(self) -> Result<Hlc> {
        if self.millis > MAX_MILLIS || self.millis < 0 {
            return Err(Error::validation("hlc", Sentence::new("error-rules-clock-range")));
        }
        Ok(self)
    }

    /// The clock after seeing `remote` (another laptop's change) at wall clock `now`:
    /// after both, so this laptop's next change orders after the one it has seen.
    pub fn observe(self, remote: Hlc, now: DateTime<Utc>) -> Result<Hlc> {
        let wall = now.timestamp_millis();
        let millis = wall.max(self.millis).max(remote.millis);
        let counter = match (millis == self.millis, millis == remote.millis) {
            (true, true) => self.counter.max(remote.counter).checked_add(1),
            (true, false) => self.counter.checked_add(1),
            (false, true) => remote.counter.checked_add(1),
            (false, false) => Some(0),
        };
        match counter {
            Some(counter) => Hlc { millis, counter, device: self.device },
            None => Hlc { millis: millis + 1, counter: 0, device: self.device },
        }
        .checked()
    }

    /// The next reading in the same millisecond; past the counter's end, the next
    /// millisecond (a laptop behind a clock it has seen runs that little ahead of it).
    fn next_counter(self, millis: i64) -> Result<Hlc> {
        match self.counter.checked_add(1) {
            Some(counter) => Hlc { millis, counter, device: self.device },
            None => Hlc { millis: millis + 1, counter: 0, device: self.device },
        }
        .checked()
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let time = DateTime::<Utc>::from_timestamp_millis(self.millis).unwrap_or_default();
        write!(f, "{}-{:04x}-{:016x}", time.to_rfc3339_opts(SecondsFormat::Millis, true), self.counter, self.device)
    }
}

impl FromStr for Hlc {
    type Err = Error;

    fn from_str(text: &str) -> Result<Hlc> {
        let bad = || Error::validation("hlc", Sentence::new("error-rules-not-a-clock").with("value", text));
        // The time has dashes of its own: the counter and device are the last two parts.
        let mut parts = text.rsplitn(3, '-');
        let (device, counter, time) = (parts.next(), parts.next(), parts.next());
        let (Some(device), Some(counter), Some(time)) = (device, counter, time) else { return Err(bad()) };
        if device.len() != 16 || counter.len() != 4 || time.len() != 24 {
            return Err(bad());
        }
        let millis = DateTime::parse_from_rfc3339(time).map_err(|_| bad())?.timestamp_millis();
        let counter = u16::from_str_radix(counter, 16).map_err(|_| bad())?;
        let device = u64::from_str_radix(device, 16).map_err(|_| bad())?;
        let clock = Hlc { millis, counter, device }.checked().map_err(|_| bad())?;
        // Only the one way Almanac writes a clock: `t`, `+00:00`, capitals in the hex would
        // read as the same time but sort differently as text.
        if clock.to_string() != text {
            return Err(bad());
        }
        Ok(clock)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn a_full_counter_moves_on_to_the_next_millisecond() {
        let mut clock = Hlc::zero(7).tick(at("2027-03-01T09:00:00Z")).unwrap();
        for _ in 0..70_000 {
            let next = clock.tick(at("2027-03-01T08:00:00Z")).unwrap();
            assert!(next > clock);
            clock = next;
        }
        assert!(clock.to_string().starts_with("2027-03-01T09:00:00.001Z-"), "{clock}");
    }

    #[test]
    fn a_laptops_clock_never_runs_backwards_whatever_its_wall_clock_does() {
        let start = Hlc::zero(7).tick(at("2027-03-01T09:00:00Z")).unwrap();
        let same_ms = start.tick(at("2027-03-01T09:00:00Z")).unwrap();
        assert!(same_ms > start);
        let wall_went_back = same_ms.tick(at("2027-03-01T08:00:00Z")).unwrap();
        assert!(wall_went_back > same_ms, "a clock set back an hour still moves forward");
        assert_eq!(wall_went_back.to_string(), "2027-03-01T09:00:00.000Z-0002-0000000000000007");
        let later = wall_went_back.tick(at("2027-03-01T09:00:01Z")).unwrap();
        assert_eq!(later.to_string(), "2027-03-01T09:00:01.000Z-0000-0000000000000007");
    }

    #[test]
    fn a_clock_seen_from_a_laptop_two_hours_ahead_orders_the_next_change_after_it() {
        let mine = Hlc::zero(1).tick(at("2027-03-01T09:00:00Z")).unwrap();
        let theirs = Hlc::zero(2).tick(at("2027-03-01T11:00:00Z")).unwrap();
        let seen = mine.observe(theirs, at("2027-03-01T09:00:05Z")).unwrap();
        assert!(seen > theirs && seen > mine);
        let next = seen.tick(at("2027-03-01T09:00:06Z")).unwrap();
        assert!(next > theirs, "my change after seeing theirs orders after it");
        assert_eq!(next.device(), 1);
    }

    #[test]
    fn text_order_is_clock_order_and_reads_back() {
        let clocks = [
            Hlc { millis: 1_800_000_000_000, counter: 0, device: 2 },
            Hlc { millis: 1_800_000_000_000, counter: 1, device: 1 },
            Hlc { millis: 1_800_000_000_001, counter: 0, device: 0 },
            Hlc { millis: 1_900_000_000_000, counter: 0xffff, device: u64::MAX },
        ];
        for pair in clocks.windows(2) {
            assert!(pair[0] < pair[1]);
            assert!(pair[0].to_string() < pair[1].to_string(), "{} < {}", pair[0], pair[1]);
        }
        for clock in clocks {
            assert_eq!(clock.to_string().parse::<Hlc>().unwrap(), clock);
        }
        for bad in [
            "",
            "2027-03-01T09:00:00.000Z-0000",
            "2027-03-01T09:00:00Z-0000-0000000000000001",
            "x-zzzz-0000000000000001",
            "2027-03-01t09:00:00.000Z-0000-0000000000000001",
            "2027-03-01T09:00:00.000z-0000-0000000000000001",
            "2027-03-01T09:00:00.000Z-000A-0000000000000001",
            "2027-03-01T09:00:00.000Z-0000-000000000000000A",
            "2027-03-01T10:00:00+01:00-0000-0000000000000001",
            "+10000-01-01T00:00:00.000Z-0000-0000000000000001",
        ] {
            assert!(bad.parse::<Hlc>().is_err(), "{bad}");
        }
    }

    #[test]
    fn no_clock_runs_past_the_year_9999_where_its_text_would_change_width() {
        let last: Hlc = "9999-12-31T23:59:59.999Z-ffff-0000000000000001".parse().unwrap();
        assert!(last.tick(at("2027-03-01T09:00:00Z")).is_err(), "refused, not written as +10000");
        let mine = Hlc::zero(2).tick(at("2027-03-01T09:00:00Z")).unwrap();
        assert!(mine.observe(last, at("2027-03-01T09:00:00Z")).is_err());
        assert!(mine.tick(at("2027-03-01T09:00:01Z")).is_ok(), "a refusal leaves the clock usable");
    }

    #[test]
    fn a_clock_far_ahead_of_the_laptops_time_is_told_apart() {
        let now = at("2027-03-01T09:00:00Z");
        let soon: Hlc = "2027-03-01T09:09:00.000Z-0000-0000000000000001".parse().unwrap();
        let far: Hlc = "2099-03-01T09:00:00.000Z-0000-0000000000000001".parse().unwrap();
        assert!(!soon.is_ahead_of(now));
        assert!(far.is_ahead_of(now));
    }

    #[test]
    fn a_full_counter_never_wraps_around() {
        let full = Hlc { millis: 5, counter: u16::MAX, device: 1 };
        let after = Hlc { millis: 6, counter: 0, device: 1 };
        assert_eq!(full.tick(DateTime::<Utc>::from_timestamp_millis(5).unwrap()).unwrap(), after);
        assert_eq!(full.observe(full, DateTime::<Utc>::from_timestamp_millis(1).unwrap()).unwrap(), after);
    }
}
