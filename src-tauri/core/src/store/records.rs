//! How each aggregate is read from and written to its rows. An aggregate owns
//! its link rows (a campaign its objectives and channels, an item its objectives),
//! so one journal entry holds all of it and undo restores all of it.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{de::DeserializeOwned, Serialize};
use uuid::Uuid;

use super::journal::{restore_record, Batch};
use super::sql;
use crate::domain::{
    enum_name, Brand, Campaign, Channel, ContentItem, KeyDate, Objective, Schedule, Settings,
};
use crate::error::{Error, Result};

pub trait Record: Serialize + DeserializeOwned + Sized {
    /// The entity's name in the journal.
    const ENTITY: &'static str;
    fn id(&self) -> Uuid;
    fn load(conn: &Connection, id: Uuid) -> Result<Option<Self>>;
    fn insert_row(&self, conn: &Connection) -> Result<()>;
    fn update_row(&self, conn: &Connection) -> Result<()>;
    fn delete_row(conn: &Connection, id: Uuid) -> Result<()>;
}

/// Brings the row named in a journal entry to `state`.
pub(crate) fn restore(
    batch: &mut Batch,
    entity: &str,
    id: Uuid,
    state: Option<&str>,
) -> Result<()> {
    match entity {
        Settings::ENTITY => restore_record::<Settings>(batch, id, state),
        Brand::ENTITY => restore_record::<Brand>(batch, id, state),
        Channel::ENTITY => restore_record::<Channel>(batch, id, state),
        Objective::ENTITY => restore_record::<Objective>(batch, id, state),
        Campaign::ENTITY => restore_record::<Campaign>(batch, id, state),
        ContentItem::ENTITY => restore_record::<ContentItem>(batch, id, state),
        KeyDate::ENTITY => restore_record::<KeyDate>(batch, id, state),
        other => Err(Error::io(format!(
            "the journal names an unknown entity “{other}”"
        ))),
    }
}

fn delete_by_id(conn: &Connection, table: &str, id: Uuid) -> Result<()> {
    conn.execute(
        &format!("DELETE FROM {table} WHERE id = ?1"),
        [id.to_string()],
    )?;
    Ok(())
}

/// Replaces the link rows of `owner` in a `(owner, other, position)` table.
fn replace_links(
    conn: &Connection,
    table: &str,
    owner_col: &str,
    other_col: &str,
    owner: Uuid,
    others: &[Uuid],
) -> Result<()> {
    conn.prepare_cached(&format!("DELETE FROM {table} WHERE {owner_col} = ?1"))?
        .execute([owner.to_string()])?;
    let mut insert = conn.prepare_cached(&format!(
        "INSERT INTO {table} ({owner_col}, {other_col}, position) VALUES (?1, ?2, ?3)"
    ))?;
    for (pos, other) in others.iter().enumerate() {
        insert.execute(params![owner.to_string(), other.to_string(), pos as i64])?;
    }
    Ok(())
}

impl Record for Settings {
    const ENTITY: &'static str = "settings";
    fn id(&self) -> Uuid {
        self.id
    }
    fn load(conn: &Connection, id: Uuid) -> Result<Option<Self>> {
        Ok(conn
            .query_row(
                "SELECT id, organisation, time_zone, week_start, locale, year_start_month FROM settings WHERE id = ?1",
                [id.to_string()],
                |r| {
                    Ok(Settings {
                        id: sql::uuid(r, 0)?,
                        organisation: r.get(1)?,
                        time_zone: r.get(2)?,
                        week_start: sql::enumeration(r, 3)?,
                        locale: r.get(4)?,
                        year_start_month: r.get(5)?,
                    })
                },
            )
            .optional()?)
    }
    fn insert_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            "INSERT INTO settings (id, organisation, time_zone, week_start, locale, year_start_month) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![self.id.to_string(), self.organisation, self.time_zone, enum_name(&self.week_start), self.locale, self.year_start_month],
        )?;
        Ok(())
    }
    fn update_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            "UPDATE settings SET organisation = ?2, time_zone = ?3, week_start = ?4, locale = ?5, year_start_month = ?6 WHERE id = ?1",
            params![self.id.to_string(), self.organisation, self.time_zone, enum_name(&self.week_start), self.locale, self.year_start_month],
        )?;
        Ok(())
    }
    fn delete_row(conn: &Connection, id: Uuid) -> Result<()> {
        delete_by_id(conn, "settings", id)
    }
}

impl Record for Brand {
    const ENTITY: &'static str = "brand";
    fn id(&self) -> Uuid {
        self.id
    }
    fn load(conn: &Connection, id: Uuid) -> Result<Option<Self>> {
        Ok(conn
            .query_row(
                "SELECT id, name, purpose, colour FROM brand WHERE id = ?1",
                [id.to_string()],
                brand_from_row,
            )
            .optional()?)
    }
    fn insert_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            "INSERT INTO brand (id, name, purpose, colour) VALUES (?1, ?2, ?3, ?4)",
            params![self.id.to_string(), self.name, self.purpose, self.colour],
        )?;
        Ok(())
    }
    fn update_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            "UPDATE brand SET name = ?2, purpose = ?3, colour = ?4 WHERE id = ?1",
            params![self.id.to_string(), self.name, self.purpose, self.colour],
        )?;
        Ok(())
    }
    fn delete_row(conn: &Connection, id: Uuid) -> Result<()> {
        delete_by_id(conn, "brand", id)
    }
}

pub(crate) fn brand_from_row(r: &rusqlite::Row) -> rusqlite::Result<Brand> {
    Ok(Brand {
        id: sql::uuid(r, 0)?,
        name: r.get(1)?,
        purpose: r.get(2)?,
        colour: r.get(3)?,
    })
}

pub(crate) const CHANNEL_COLUMNS: &str =
    "id, brand_id, platform, handle, purpose, colour, active, max_per_day, min_gap_minutes";

pub(crate) fn channel_from_row(r: &rusqlite::Row) -> rusqlite::Result<Channel> {
    Ok(Channel {
        id: sql::uuid(r, 0)?,
        brand_id: sql::uuid(r, 1)?,
        platform: sql::enumeration(r, 2)?,
        handle: r.get(3)?,
        purpose: r.get(4)?,
        colour: r.get(5)?,
        active: r.get(6)?,
        max_per_day: r.get(7)?,
        min_gap_minutes: r.get(8)?,
    })
}

impl Record for Channel {
    const ENTITY: &'static str = "channel";
    fn id(&self) -> Uuid {
        self.id
    }
    fn load(conn: &Connection, id: Uuid) -> Result<Option<Self>> {
        Ok(conn
            .query_row(
                &format!("SELECT {CHANNEL_COLUMNS} FROM channel WHERE id = ?1"),
                [id.to_string()],
                channel_from_row,
            )
            .optional()?)
    }
    fn insert_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(&format!("INSERT INTO channel ({CHANNEL_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"), channel_params(self))?;
        Ok(())
    }
    fn update_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            "UPDATE channel SET brand_id = ?2, platform = ?3, handle = ?4, purpose = ?5, colour = ?6, active = ?7,
             max_per_day = ?8, min_gap_minutes = ?9 WHERE id = ?1",
            channel_params(self),
        )?;
        Ok(())
    }
    fn delete_row(conn: &Connection, id: Uuid) -> Result<()> {
        delete_by_id(conn, "channel", id)
    }
}

fn channel_params(c: &Channel) -> impl rusqlite::Params + '_ {
    (
        c.id.to_string(),
        c.brand_id.to_string(),
        enum_name(&c.platform),
        &c.handle,
        &c.purpose,
        &c.colour,
        &c.active,
        &c.max_per_day,
        &c.min_gap_minutes,
    )
}

pub(crate) const OBJECTIVE_COLUMNS: &str =
    "id, name, description, colour, kpi_metric, kpi_target, kpi_period";

pub(crate) fn objective_from_row(r: &rusqlite::Row) -> rusqlite::Result<Objective> {
    Ok(Objective {
        id: sql::uuid(r, 0)?,
        name: r.get(1)?,
        description: r.get(2)?,
        colour: r.get(3)?,
        kpi_metric: r.get(4)?,
        kpi_target: r.get(5)?,
        kpi_period: r.get(6)?,
    })
}

impl Record for Objective {
    const ENTITY: &'static str = "objective";
    fn id(&self) -> Uuid {
        self.id
    }
    fn load(conn: &Connection, id: Uuid) -> Result<Option<Self>> {
        Ok(conn
            .query_row(
                &format!("SELECT {OBJECTIVE_COLUMNS} FROM objective WHERE id = ?1"),
                [id.to_string()],
                objective_from_row,
            )
            .optional()?)
    }
    fn insert_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            &format!(
                "INSERT INTO objective ({OBJECTIVE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            ),
            objective_params(self),
        )?;
        Ok(())
    }
    fn update_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            "UPDATE objective SET name = ?2, description = ?3, colour = ?4, kpi_metric = ?5, kpi_target = ?6, kpi_period = ?7 WHERE id = ?1",
            objective_params(self),
        )?;
        Ok(())
    }
    fn delete_row(conn: &Connection, id: Uuid) -> Result<()> {
        delete_by_id(conn, "objective", id)
    }
}

fn objective_params(o: &Objective) -> impl rusqlite::Params + '_ {
    (
        o.id.to_string(),
        &o.name,
        &o.description,
        &o.colour,
        &o.kpi_metric,
        &o.kpi_target,
        &o.kpi_period,
    )
}

pub(crate) const CAMPAIGN_SELECT: &str = "SELECT c.id, c.name, c.hashtags, c.core_message, c.brief, c.start_date, c.end_date, c.status,
        c.flagship, c.colour, c.audience,
        (SELECT group_concat(objective_id, ',' ORDER BY position) FROM campaign_objective WHERE campaign_id = c.id),
        (SELECT group_concat(channel_id, ',' ORDER BY position) FROM campaign_channel WHERE campaign_id = c.id)
     FROM campaign c";

pub(crate) fn campaign_from_row(r: &rusqlite::Row) -> rusqlite::Result<Campaign> {
    Ok(Campaign {
        id: sql::uuid(r, 0)?,
        name: r.get(1)?,
        hashtags: sql::json(r, 2)?,
        core_message: r.get(3)?,
        brief: r.get(4)?,
        start_date: sql::date(r, 5)?,
        end_date: sql::date(r, 6)?,
        status: sql::enumeration(r, 7)?,
        flagship: r.get(8)?,
        colour: r.get(9)?,
        audience: r.get(10)?,
        objective_ids: sql::uuid_list(r, 11)?,
        channel_ids: sql::uuid_list(r, 12)?,
    })
}

impl Record for Campaign {
    const ENTITY: &'static str = "campaign";
    fn id(&self) -> Uuid {
        self.id
    }
    fn load(conn: &Connection, id: Uuid) -> Result<Option<Self>> {
        Ok(conn
            .query_row(
                &format!("{CAMPAIGN_SELECT} WHERE c.id = ?1"),
                [id.to_string()],
                campaign_from_row,
            )
            .optional()?)
    }
    fn insert_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            "INSERT INTO campaign (id, name, hashtags, core_message, brief, start_date, end_date, status, flagship, colour, audience)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            campaign_params(self)?,
        )?;
        self.write_links(conn)
    }
    fn update_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            "UPDATE campaign SET name = ?2, hashtags = ?3, core_message = ?4, brief = ?5, start_date = ?6, end_date = ?7,
             status = ?8, flagship = ?9, colour = ?10, audience = ?11 WHERE id = ?1",
            campaign_params(self)?,
        )?;
        self.write_links(conn)
    }
    fn delete_row(conn: &Connection, id: Uuid) -> Result<()> {
        delete_by_id(conn, "campaign", id)
    }
}

impl Campaign {
    fn write_links(&self, conn: &Connection) -> Result<()> {
        replace_links(
            conn,
            "campaign_objective",
            "campaign_id",
            "objective_id",
            self.id,
            &self.objective_ids,
        )?;
        replace_links(
            conn,
            "campaign_channel",
            "campaign_id",
            "channel_id",
            self.id,
            &self.channel_ids,
        )
    }
}

fn campaign_params(c: &Campaign) -> Result<impl rusqlite::Params + '_> {
    Ok((
        c.id.to_string(),
        &c.name,
        serde_json::to_string(&c.hashtags)?,
        &c.core_message,
        &c.brief,
        sql::date_text(c.start_date),
        sql::date_text(c.end_date),
        enum_name(&c.status),
        &c.flagship,
        &c.colour,
        &c.audience,
    ))
}

/// Item columns (table alias `i`), in the order [`item_from_row`] reads them.
pub(crate) const ITEM_COLUMNS: &str = "i.id, i.title, i.copy, i.format, i.channel_id, i.campaign_id, i.status,
        i.all_day_date, i.starts_at, i.language, i.notes,
        (SELECT group_concat(objective_id, ',' ORDER BY position) FROM item_objective WHERE item_id = i.id)";

pub(crate) fn item_from_row(r: &rusqlite::Row) -> rusqlite::Result<ContentItem> {
    let schedule = match (sql::opt_date(r, 7)?, sql::opt_instant(r, 8)?) {
        (Some(date), _) => Schedule::AllDay { date },
        (None, Some(utc)) => Schedule::At { utc },
        (None, None) => Schedule::Unscheduled,
    };
    Ok(ContentItem {
        id: sql::uuid(r, 0)?,
        title: r.get(1)?,
        copy: r.get(2)?,
        format: sql::enumeration(r, 3)?,
        channel_id: sql::uuid(r, 4)?,
        campaign_id: sql::opt_uuid(r, 5)?,
        status: sql::enumeration(r, 6)?,
        schedule,
        language: r.get(9)?,
        notes: r.get(10)?,
        objective_ids: sql::uuid_list(r, 11)?,
    })
}

impl Record for ContentItem {
    const ENTITY: &'static str = "contentItem";
    fn id(&self) -> Uuid {
        self.id
    }
    fn load(conn: &Connection, id: Uuid) -> Result<Option<Self>> {
        Ok(conn
            .prepare_cached(&format!(
                "SELECT {ITEM_COLUMNS} FROM content_item i WHERE i.id = ?1"
            ))?
            .query_row([id.to_string()], item_from_row)
            .optional()?)
    }
    fn insert_row(&self, conn: &Connection) -> Result<()> {
        conn.prepare_cached(
            "INSERT INTO content_item (id, title, copy, format, channel_id, campaign_id, status, all_day_date, starts_at, language, notes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?
        .execute(item_params(self))?;
        replace_links(
            conn,
            "item_objective",
            "item_id",
            "objective_id",
            self.id,
            &self.objective_ids,
        )
    }
    fn update_row(&self, conn: &Connection) -> Result<()> {
        conn.prepare_cached(
            "UPDATE content_item SET title = ?2, copy = ?3, format = ?4, channel_id = ?5, campaign_id = ?6, status = ?7,
             all_day_date = ?8, starts_at = ?9, language = ?10, notes = ?11 WHERE id = ?1",
        )?
        .execute(item_params(self))?;
        replace_links(
            conn,
            "item_objective",
            "item_id",
            "objective_id",
            self.id,
            &self.objective_ids,
        )
    }
    fn delete_row(conn: &Connection, id: Uuid) -> Result<()> {
        delete_by_id(conn, "content_item", id)
    }
}

fn item_params(i: &ContentItem) -> impl rusqlite::Params + '_ {
    let (all_day, starts_at) = match i.schedule {
        Schedule::Unscheduled => (None, None),
        Schedule::AllDay { date } => (Some(sql::date_text(date)), None),
        Schedule::At { utc } => (None, Some(sql::instant_text(utc))),
    };
    (
        i.id.to_string(),
        &i.title,
        &i.copy,
        enum_name(&i.format),
        i.channel_id.to_string(),
        i.campaign_id.map(|c| c.to_string()),
        enum_name(&i.status),
        all_day,
        starts_at,
        &i.language,
        &i.notes,
    )
}

pub(crate) const KEY_DATE_COLUMNS: &str = "id, name, starts_on, ends_on, category, region, source";

pub(crate) fn key_date_from_row(r: &rusqlite::Row) -> rusqlite::Result<KeyDate> {
    Ok(KeyDate {
        id: sql::uuid(r, 0)?,
        name: r.get(1)?,
        starts_on: sql::date(r, 2)?,
        ends_on: sql::date(r, 3)?,
        category: sql::enumeration(r, 4)?,
        region: r.get(5)?,
        source: r.get(6)?,
    })
}

impl Record for KeyDate {
    const ENTITY: &'static str = "keyDate";
    fn id(&self) -> Uuid {
        self.id
    }
    fn load(conn: &Connection, id: Uuid) -> Result<Option<Self>> {
        Ok(conn
            .query_row(
                &format!("SELECT {KEY_DATE_COLUMNS} FROM key_date WHERE id = ?1"),
                [id.to_string()],
                key_date_from_row,
            )
            .optional()?)
    }
    fn insert_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            &format!(
                "INSERT INTO key_date ({KEY_DATE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            ),
            key_date_params(self),
        )?;
        Ok(())
    }
    fn update_row(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            "UPDATE key_date SET name = ?2, starts_on = ?3, ends_on = ?4, category = ?5, region = ?6, source = ?7 WHERE id = ?1",
            key_date_params(self),
        )?;
        Ok(())
    }
    fn delete_row(conn: &Connection, id: Uuid) -> Result<()> {
        delete_by_id(conn, "key_date", id)
    }
}

fn key_date_params(k: &KeyDate) -> impl rusqlite::Params + '_ {
    (
        k.id.to_string(),
        &k.name,
        sql::date_text(k.starts_on),
        sql::date_text(k.ends_on),
        enum_name(&k.category),
        &k.region,
        &k.source,
    )
}
