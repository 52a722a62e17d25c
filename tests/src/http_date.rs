//! HTTP dates (RFC 9110) for scripted `Retry-After` replies, written
//! without a date crate: the runtime reads them, so the tests must not use
//! the same code to write them.

use std::time::SystemTime;

/// The three HTTP-date formats of RFC 9110.
#[derive(Debug, Clone, Copy)]
pub enum DateFormat {
    /// `Sun, 06 Nov 1994 08:49:37 GMT`
    Imf,
    /// `Sunday, 06-Nov-94 08:49:37 GMT`
    Rfc850,
    /// `Sun Nov  6 08:49:37 1994`
    Asctime,
}

/// `at` as an HTTP date in `format`.
pub fn http_date(at: SystemTime, format: DateFormat) -> String {
    let seconds = at.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs();
    let (days, clock) = ((seconds / 86_400) as i64, seconds % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let weekday = days.rem_euclid(7) as usize;
    let short = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][weekday];
    let long = [
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
    ][weekday];
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(month - 1) as usize];
    let time = format!(
        "{:02}:{:02}:{:02}",
        clock / 3600,
        clock / 60 % 60,
        clock % 60
    );
    match format {
        DateFormat::Imf => format!("{short}, {day:02} {month} {year} {time} GMT"),
        DateFormat::Rfc850 => format!("{long}, {day:02}-{month}-{:02} {time} GMT", year % 100),
        DateFormat::Asctime => format!("{short} {month} {day:>2} {time} {year}"),
    }
}
