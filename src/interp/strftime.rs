//! `time.strftime(format)` on the virtual clock: the clock's seconds, as
//! `time.time()` reads them (from 0 when the run begins), are a date from
//! the Unix epoch in UTC, formatted as glibc's `strftime` formats one in
//! the C locale. CPython prints the machine's wall-clock time, which no
//! model can know; here `started at 00:00:00 ... finished at 00:00:03`
//! shows what a learner looks for, how long the run took.
//!
//! What lives elsewhere: the clock (`engine`), `time.time()` itself
//! (`builtins::clock`). A directive outside C's standard set (glibc's
//! `%e`, `%-d`...) is refused rather than guessed.

use crate::error::{Raise, RunError};
use crate::value::Value;

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A moment, broken down as C's `struct tm`.
struct Tm {
    year: i64,
    /// 0-11.
    month: usize,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    /// 0 for Sunday.
    weekday: usize,
    /// 0-365.
    yearday: i64,
}

impl Tm {
    fn at(seconds: i64) -> Tm {
        let days = seconds.div_euclid(86_400);
        let rest = seconds.rem_euclid(86_400);
        // Howard Hinnant's `civil_from_days`.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        const BEFORE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
        let yearday = BEFORE[(month - 1) as usize] + day - 1 + i64::from(leap && month > 2);
        Tm {
            year,
            month: (month - 1) as usize,
            day,
            hour: rest / 3600,
            minute: rest / 60 % 60,
            second: rest % 60,
            // 1970-01-01 was a Thursday.
            weekday: (days + 4).rem_euclid(7) as usize,
            yearday,
        }
    }
}

/// `time.strftime(format)` at `seconds` on the virtual clock.
pub(crate) fn format(format: &str, seconds: f64) -> Result<Value, Raise> {
    let tm = Tm::at(seconds.floor() as i64);
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(directive) = chars.next() else {
            out.push('%');
            break;
        };
        directive_into(&mut out, directive, &tm)?;
    }
    Ok(Value::str(&out))
}

fn directive_into(out: &mut String, directive: char, tm: &Tm) -> Result<(), Raise> {
    let hour12 = match tm.hour % 12 {
        0 => 12,
        h => h,
    };
    // `%U` and `%W`: weeks of the year that start on Sunday or Monday.
    let week = |first: i64| (tm.yearday + 7 - (tm.weekday as i64 + 7 - first) % 7) / 7;
    match directive {
        'a' => out.push_str(&DAYS[tm.weekday][..3]),
        'A' => out.push_str(DAYS[tm.weekday]),
        'b' => out.push_str(&MONTHS[tm.month][..3]),
        'B' => out.push_str(MONTHS[tm.month]),
        'c' => out.push_str(&format!(
            "{} {} {:>2} {:02}:{:02}:{:02} {}",
            &DAYS[tm.weekday][..3],
            &MONTHS[tm.month][..3],
            tm.day,
            tm.hour,
            tm.minute,
            tm.second,
            tm.year
        )),
        'd' => out.push_str(&format!("{:02}", tm.day)),
        'H' => out.push_str(&format!("{:02}", tm.hour)),
        'I' => out.push_str(&format!("{hour12:02}")),
        'j' => out.push_str(&format!("{:03}", tm.yearday + 1)),
        'm' => out.push_str(&format!("{:02}", tm.month + 1)),
        'M' => out.push_str(&format!("{:02}", tm.minute)),
        'p' => out.push_str(if tm.hour < 12 { "AM" } else { "PM" }),
        'S' => out.push_str(&format!("{:02}", tm.second)),
        'U' => out.push_str(&format!("{:02}", week(0))),
        'w' => out.push_str(&tm.weekday.to_string()),
        'W' => out.push_str(&format!("{:02}", week(1))),
        'x' => out.push_str(&format!(
            "{:02}/{:02}/{:02}",
            tm.month + 1,
            tm.day,
            tm.year.rem_euclid(100)
        )),
        'X' => out.push_str(&format!(
            "{:02}:{:02}:{:02}",
            tm.hour, tm.minute, tm.second
        )),
        'y' => out.push_str(&format!("{:02}", tm.year.rem_euclid(100))),
        'Y' => out.push_str(&tm.year.to_string()),
        'Z' => out.push_str("UTC"),
        'z' => out.push_str("+0000"),
        '%' => out.push('%'),
        other => {
            return Err(RunError::unsupported(format!(
                "time.strftime's `%{other}` is not supported yet; use C's standard directives (`%H:%M:%S`, `%X`, `%Y-%m-%d`...)"
            )))
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: f64, f: &str) -> String {
        match format(f, seconds) {
            Ok(Value::Str(s)) => s.to_string(),
            other => panic!("{other:?}"),
        }
    }

    /// The same as `time.strftime(f, time.gmtime(seconds))` prints.
    #[test]
    fn dates_from_the_epoch_are_c_s() {
        assert_eq!(
            at(
                3725.7,
                "%a %A %b %B %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%"
            ),
            "Thu Thursday Jan January 01 01 01 001 01 02 AM 05 00 4 00 01/01/70 01:02:05 70 1970 %"
        );
        assert_eq!(at(3725.7, "%c"), "Thu Jan  1 01:02:05 1970");
        // 2024-02-29 13:14:15, a leap day, a Thursday.
        assert_eq!(
            at(1_709_212_455.0, "%Y-%m-%d %H:%M:%S %j %U %W %I%p %a"),
            "2024-02-29 13:14:15 060 08 09 01PM Thu"
        );
    }
}
