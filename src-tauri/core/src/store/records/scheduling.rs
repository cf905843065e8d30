//! Team members (with their leave), coverage rules, crisis pauses and series as rows.

use rusqlite::types::Value;
use rusqlite::{params, Connection, Row};
use uuid::Uuid;

use super::{delete_row, id, insert_row, load_row, text, update_row, Record, TableRow};
use crate::domain::{enum_name, CoverageRule, CrisisPause, Member, Series};
use crate::error::Result;
use crate::store::sql;

impl TableRow for Member {
    const TABLE: &'static str = "member";
    const COLUMNS: &'static [&'static str] = &["id", "name", "role", "email", "capacity_weekly"];
    const LINKS: &'static [&'static str] =
        &["(SELECT json_group_array(json_object('startsOn', starts_on, 'endsOn', ends_on)) \
         FROM (SELECT * FROM member_leave WHERE member_id = t.id ORDER BY position))"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Member {
            id: sql::uuid(r, 0)?,
            name: r.get(1)?,
            role: r.get(2)?,
            email: r.get(3)?,
            capacity_weekly: r.get(4)?,
            leave: sql::json(r, 5)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![id(self.id), text(&self.name), text(&self.role), text(&self.email), Value::from(self.capacity_weekly)])
    }
}

// A member owns their leave: written, and deleted, with them.
record!(Member, "member", links: write_leave, owns: "member_leave", "member_id");

fn write_leave(m: &Member, conn: &Connection) -> Result<()> {
    conn.prepare_cached("DELETE FROM member_leave WHERE member_id = ?1")?.execute([m.id.to_string()])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO member_leave (id, member_id, starts_on, ends_on, position) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (pos, l) in m.leave.iter().enumerate() {
        // Leave rows are rewritten whole; their ids are derived, so a replay writes the same rows.
        insert.execute(params![
            format!("{}-{pos}", m.id),
            m.id.to_string(),
            sql::date_text(l.starts_on),
            sql::date_text(l.ends_on),
            pos as i64
        ])?;
    }
    Ok(())
}

impl TableRow for CoverageRule {
    const TABLE: &'static str = "coverage_rule";
    const COLUMNS: &'static [&'static str] =
        &["id", "objective_id", "channel_id", "min_items", "period", "weekdays_only"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(CoverageRule {
            id: sql::uuid(r, 0)?,
            objective_id: sql::uuid(r, 1)?,
            channel_id: sql::opt_uuid(r, 2)?,
            min_items: r.get(3)?,
            period: sql::enumeration(r, 4)?,
            weekdays_only: r.get(5)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            id(self.objective_id),
            self.channel_id.map_or(Value::Null, id),
            Value::from(self.min_items),
            Value::Text(enum_name(&self.period)),
            Value::from(self.weekdays_only),
        ])
    }
}

impl TableRow for CrisisPause {
    const TABLE: &'static str = "crisis_pause";
    const COLUMNS: &'static [&'static str] =
        &["id", "reason", "starts_at", "ends_at", "channel_ids", "held", "paused_at", "resumed_at"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        let instant = |i| {
            sql::opt_instant(r, i)?.ok_or(rusqlite::Error::InvalidColumnType(
                i,
                "instant".into(),
                rusqlite::types::Type::Null,
            ))
        };
        Ok(CrisisPause {
            id: sql::uuid(r, 0)?,
            reason: r.get(1)?,
            starts_at: instant(2)?,
            ends_at: instant(3)?,
            channel_ids: sql::json(r, 4)?,
            held: sql::json(r, 5)?,
            paused_at: instant(6)?,
            resumed_at: sql::opt_instant(r, 7)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.reason),
            Value::Text(sql::instant_text(self.starts_at)),
            Value::Text(sql::instant_text(self.ends_at)),
            Value::Text(serde_json::to_string(&self.channel_ids)?),
            Value::Text(serde_json::to_string(&self.held)?),
            Value::Text(sql::instant_text(self.paused_at)),
            self.resumed_at.map_or(Value::Null, |t| Value::Text(sql::instant_text(t))),
        ])
    }
}

record!(CoverageRule, "coverageRule");
record!(CrisisPause, "crisisPause");

impl TableRow for Series {
    const TABLE: &'static str = "series";
    const COLUMNS: &'static [&'static str] = &["id", "rrule", "dtstart", "exceptions", "template"];
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Series {
            id: sql::uuid(r, 0)?,
            rrule: r.get(1)?,
            dtstart: r.get(2)?,
            exceptions: sql::json(r, 3)?,
            template: sql::json(r, 4)?,
        })
    }
    fn values(&self) -> Result<Vec<Value>> {
        Ok(vec![
            id(self.id),
            text(&self.rrule),
            text(&self.dtstart),
            Value::Text(serde_json::to_string(&self.exceptions)?),
            Value::Text(serde_json::to_string(&self.template)?),
        ])
    }
}

record!(Series, "series");
