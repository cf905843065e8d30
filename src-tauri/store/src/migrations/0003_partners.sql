-- Partner collaborations: the partner directory's extra fields, group order, and per
-- partner the relay order, slot and dated status history of a collaboration.
ALTER TABLE partner ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE partner ADD COLUMN notes TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX partner_name_unique ON partner (lower(name));
CREATE INDEX contact_partner ON contact (partner_id);

ALTER TABLE partner_group_member ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
CREATE INDEX partner_group_member_partner ON partner_group_member (partner_id);

ALTER TABLE collaboration ADD COLUMN key_message TEXT NOT NULL DEFAULT '';
ALTER TABLE collaboration ADD COLUMN hashtags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE collaboration ADD COLUMN asset_specs TEXT NOT NULL DEFAULT '';
ALTER TABLE collaboration ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE collaboration_item ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
-- The calendar looks up an item's collaboration, and filters items by partner.
CREATE INDEX collaboration_item_item ON collaboration_item (item_id);

ALTER TABLE collaboration_partner ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE collaboration_partner ADD COLUMN slot_at TEXT;
ALTER TABLE collaboration_partner ADD COLUMN history TEXT NOT NULL DEFAULT '[]';
CREATE INDEX collaboration_partner_partner ON collaboration_partner (partner_id);

-- Partners must have confirmed this many days before a collaboration goes live.
ALTER TABLE settings ADD COLUMN confirm_days INTEGER NOT NULL DEFAULT 7;
