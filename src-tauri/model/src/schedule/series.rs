//! Series expansion: an RFC 5545 RRULE from a start on the plan's wall clock, expanded
//! into the occurrences' schedules. A weekly 09:00 poll stays at 09:00 local across a
//! daylight-saving change; an occurrence whose time the change skips moves to the same
//! time after midnight plus its offset (02:30 on the spring-forward day is 03:30), and a
//! repeated time means its first occurrence.

use chrono::{NaiveTime, TimeZone};
use chrono_tz::Tz;

use crate::domain::series::{parse_rule, Occurrence, SeriesStart, MAX_OCCURRENCES};
use crate::domain::{iso, Schedule};
use crate::error::{Error, Result};
use crate::sentence::Sentence;
/// The rule with an `UNTIL` given as a day (`UNTIL=20270430`, what *Ends on* writes) made
/// the end of that day in the plan's zone, in UTC as RFC 5545 wants beside a zoned start:
/// the last day is the plan's day, not UTC's (which would drop an evening occurrence in
/// Vancouver and add a morning one in Sydney).
pub fn until_in_zone(rule: &str, tz: Tz) -> String {
    let text = rule.trim();
    let text = text.strip_prefix("RRULE:").unwrap_or(text);
    text.split(';')
        .map(|part| {
            let Some((key, value)) = part.split_once('=') else { return part.to_string() };
            let day = chrono::NaiveDate::parse_from_str(value.trim(), "%Y%m%d");
            match day {
                Ok(day) if key.trim().eq_ignore_ascii_case("UNTIL") && value.trim().len() == 8 => {
                    let last = day.and_hms_opt(23, 59, 59).unwrap_or_default();
                    let end = tz.from_local_datetime(&last).latest().map_or(last, |t| t.naive_utc());
                    format!("UNTIL={}", end.format("%Y%m%dT%H%M%SZ"))
                }
                _ => part.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// The occurrences of `rule` from `start` in the plan's zone, without the `exceptions`.
pub fn expand(rule: &str, start: SeriesStart, tz: Tz, exceptions: &[String]) -> Result<Vec<Occurrence>> {
    let parsed = parse_rule(&until_in_zone(rule, tz))?;
    let rtz = rrule::Tz::Tz(tz);
    // All-day occurrences are expanded at noon, which every zone's day has.
    let local = match start {
        SeriesStart::Day(d) => d.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN)),
        SeriesStart::At(t) => t,
    };
    let dt_start = match rtz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => t,
        chrono::LocalResult::None => {
            return Err(Error::validation(
                "when",
                Sentence::new("error-clocks-go-forward")
                    .with("value", local.format("%Y-%m-%d %H:%M").to_string())
                    .with("zone", tz.name()),
            ))
        }
    };
    let set = parsed.build(dt_start).map_err(|e| {
        Error::validation("rrule", Sentence::new("error-rules-rrule-refused").with("reason", e.to_string()))
    })?;
    let result = set.all((MAX_OCCURRENCES + 1) as u16);
    if result.dates.len() > MAX_OCCURRENCES {
        return Err(Error::validation("rrule", Sentence::new("error-rrule-too-many").with("max", MAX_OCCURRENCES)));
    }
    let occurrences: Vec<Occurrence> = result
        .dates
        .into_iter()
        .map(|t| {
            let wall = t.naive_local();
            match start {
                SeriesStart::Day(_) => {
                    let date = wall.date();
                    Occurrence { recurrence_id: iso::date_text(date), schedule: Schedule::AllDay { date } }
                }
                SeriesStart::At(_) => Occurrence {
                    recurrence_id: wall.format("%Y-%m-%dT%H:%M").to_string(),
                    schedule: Schedule::At { utc: t.with_timezone(&chrono::Utc) },
                },
            }
        })
        .filter(|o| !exceptions.contains(&o.recurrence_id))
        .collect();
    if occurrences.is_empty() {
        return Err(Error::validation("rrule", Sentence::new("error-rrule-no-dates")));
    }
    Ok(occurrences)
}

/// How many occurrences of the rule come before `recurrence_id`, and how many from it on.
fn counts_around(rule: &str, start: SeriesStart, tz: Tz, recurrence_id: &str) -> Result<(usize, usize)> {
    let all = expand(rule, start, tz, &[])?;
    let before = all.iter().take_while(|o| o.recurrence_id.as_str() < recurrence_id).count();
    Ok((before, all.len() - before))
}

/// The rule ended before `recurrence_id` (for "this and following": the old part); none
/// when nothing comes before it.
pub fn rule_ending_before(rule: &str, start: SeriesStart, tz: Tz, recurrence_id: &str) -> Result<Option<String>> {
    let (before, _) = counts_around(rule, start, tz, recurrence_id)?;
    Ok((before > 0).then(|| with_count(rule, before)))
}

/// The rule from `recurrence_id` on (for "this and following": the new part).
pub fn rule_from(rule: &str, start: SeriesStart, tz: Tz, recurrence_id: &str) -> Result<String> {
    if parse_rule(rule)?.get_count().is_none() {
        return Ok(rule.trim().trim_start_matches("RRULE:").to_string());
    }
    let (_, rest) = counts_around(rule, start, tz, recurrence_id)?;
    Ok(with_count(rule, rest.max(1)))
}

/// The rule with COUNT set to `count` (and no UNTIL).
fn with_count(rule: &str, count: usize) -> String {
    let kept: Vec<&str> = rule
        .trim()
        .trim_start_matches("RRULE:")
        .split(';')
        .filter(|p| {
            let key = p.split('=').next().unwrap_or("").trim().to_ascii_uppercase();
            key != "COUNT" && key != "UNTIL" && !p.trim().is_empty()
        })
        .collect();
    format!("{};COUNT={count}", kept.join(";"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{America::Vancouver, Europe::Paris};

    fn at(s: &str) -> SeriesStart {
        SeriesStart::parse("when", s).unwrap()
    }

    fn starts(rule: &str, start: &str, tz: Tz) -> Vec<String> {
        expand(rule, at(start), tz, &[]).unwrap().into_iter().map(|o| o.recurrence_id).collect()
    }

    #[test]
    fn ends_on_a_day_means_the_plans_day_in_vancouver_and_in_sydney() {
        // 20:00 in Vancouver on the last day is already the next day in UTC.
        let evenings = starts("FREQ=WEEKLY;UNTIL=20270430", "2027-04-16T20:00", Vancouver);
        assert_eq!(evenings.last().map(String::as_str), Some("2027-04-30T20:00"), "{evenings:?}");
        // 09:00 in Sydney the day after is still the last day in UTC: not one more.
        let mornings = starts("FREQ=DAILY;UNTIL=20270430", "2027-04-28T09:00", chrono_tz::Australia::Sydney);
        assert_eq!(mornings, vec!["2027-04-28T09:00", "2027-04-29T09:00", "2027-04-30T09:00"]);
        assert_eq!(
            until_in_zone("FREQ=DAILY;UNTIL=20270430;COUNT=3", Paris),
            "FREQ=DAILY;UNTIL=20270430T215959Z;COUNT=3"
        );
        assert_eq!(until_in_zone("FREQ=DAILY;UNTIL=20270430T120000Z", Paris), "FREQ=DAILY;UNTIL=20270430T120000Z");
    }

    fn utc(rule: &str, start: &str, tz: Tz) -> Vec<String> {
        expand(rule, at(start), tz, &[])
            .unwrap()
            .into_iter()
            .map(|o| match o.schedule {
                Schedule::At { utc } => utc.format("%Y-%m-%dT%H:%MZ").to_string(),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn a_weekly_poll_stays_at_nine_local_across_daylight_saving_in_paris() {
        // Clocks go forward on Sunday 28 March 2027 in Paris: 09:00 is 08:00 UTC before, 07:00 after.
        let rule = "FREQ=WEEKLY;BYDAY=FR;COUNT=3";
        assert_eq!(
            starts(rule, "2027-03-19T09:00", Paris),
            ["2027-03-19T09:00", "2027-03-26T09:00", "2027-04-02T09:00"]
        );
        assert_eq!(
            utc(rule, "2027-03-19T09:00", Paris),
            ["2027-03-19T08:00Z", "2027-03-26T08:00Z", "2027-04-02T07:00Z"]
        );
        // And back on 31 October 2027.
        assert_eq!(utc("FREQ=WEEKLY;COUNT=2", "2027-10-29T09:00", Paris), ["2027-10-29T07:00Z", "2027-11-05T08:00Z"]);
    }

    #[test]
    fn monthly_and_yearly_rules_in_vancouver() {
        // Second Tuesday of each month; clocks go forward on 14 March 2027 in Vancouver.
        let rule = "FREQ=MONTHLY;BYDAY=2TU;COUNT=3";
        assert_eq!(
            starts(rule, "2027-02-09T16:30", Vancouver),
            ["2027-02-09T16:30", "2027-03-09T16:30", "2027-04-13T16:30"]
        );
        assert_eq!(
            utc(rule, "2027-02-09T16:30", Vancouver),
            ["2027-02-10T00:30Z", "2027-03-10T00:30Z", "2027-04-13T23:30Z"]
        );
        assert_eq!(
            starts("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3", "2027-01-31T10:00", Vancouver),
            ["2027-01-31T10:00", "2027-03-31T10:00", "2027-05-31T10:00"]
        );
        let until = "FREQ=YEARLY;UNTIL=20300101T000000Z";
        assert_eq!(
            starts(until, "2027-06-30T12:00", Vancouver),
            ["2027-06-30T12:00", "2028-06-30T12:00", "2029-06-30T12:00"]
        );
    }

    #[test]
    fn all_day_series_and_exceptions() {
        let days = expand("FREQ=DAILY;INTERVAL=2;COUNT=4", at("2027-03-27"), Paris, &["2027-03-29".into()]).unwrap();
        let ids: Vec<&str> = days.iter().map(|o| o.recurrence_id.as_str()).collect();
        assert_eq!(ids, ["2027-03-27", "2027-03-31", "2027-04-02"]);
        assert_eq!(days[0].schedule, Schedule::AllDay { date: "2027-03-27".parse().unwrap() });
    }

    #[test]
    fn a_rule_that_never_ends_yields_nothing_or_too_much_is_refused_naming_the_field() {
        for (rule, says) in [
            ("FREQ=WEEKLY;BYDAY=MO", "never ends"),
            ("FREQ=DAILY;COUNT=900", "more than 500"),
            ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3", "no dates"),
            ("FREQ=SOMETIMES;COUNT=3", "SOMETIMES"),
            ("", "required"),
        ] {
            let err = expand(rule, at("2027-01-04T09:00"), Paris, &[]).unwrap_err();
            assert!(
                matches!(&err, Error::Validation { field, message } if field == "rrule" && message.to_string().contains(says)),
                "{rule}: {err}"
            );
        }
        let gap = expand("FREQ=DAILY;COUNT=2", at("2027-03-28T02:30"), Paris, &[]).unwrap_err();
        assert!(matches!(gap, Error::Validation { field, .. } if field == "when"));
    }

    #[test]
    fn a_series_splits_into_the_part_before_and_the_part_from_an_occurrence() {
        let rule = "FREQ=WEEKLY;BYDAY=MO;COUNT=6";
        let start = at("2027-01-04T09:00");
        assert_eq!(
            rule_ending_before(rule, start, Paris, "2027-01-18T09:00").unwrap().as_deref(),
            Some("FREQ=WEEKLY;BYDAY=MO;COUNT=2")
        );
        assert_eq!(rule_from(rule, start, Paris, "2027-01-18T09:00").unwrap(), "FREQ=WEEKLY;BYDAY=MO;COUNT=4");
        assert_eq!(rule_ending_before(rule, start, Paris, "2027-01-04T09:00").unwrap(), None);
    }
}
