//! Dates that age correctly: a temporary registration's expiry said against the reader's own day, not written
//! into the text. Days are counted from 1970-01-01, from an ISO date or from a clock's milliseconds; no date
//! library, since this is the only date arithmetic the app does.

/// The day of `YYYY-MM-DD`, counted from 1970-01-01; `None` for anything else.
pub fn day_of(iso: &str) -> Option<i64> {
    let b = iso.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| iso.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil, after Howard Hinnant's well-known algorithm: years start in March.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The day of a clock reading in milliseconds since 1970-01-01 (UTC).
pub fn day_of_millis(millis: f64) -> i64 {
    (millis / 86_400_000.0).floor() as i64
}

/// Where a date stands against today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expiry {
    /// It is this many days away.
    Ahead(i64),
    /// It is today.
    Today,
    /// It passed this many days ago.
    Passed(i64),
}

/// Where `expires` stands on day `today`.
pub fn expiry(expires: &str, today: i64) -> Option<Expiry> {
    let day = day_of(expires)?;
    Some(match day - today {
        0 => Expiry::Today,
        n if n > 0 => Expiry::Ahead(n),
        n => Expiry::Passed(-n),
    })
}

/// "1 day", "12 days".
pub fn days(n: i64) -> String {
    if n == 1 {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}
