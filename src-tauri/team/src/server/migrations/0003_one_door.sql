-- The server decides what the team's history may hold. Members no longer write its tables:
-- they call almanac_push, which the database's owner defines. It takes the push lock with
-- a time limit, numbers the messages, names their member and their time itself, ties each
-- device to the member it first came from, and refuses the whole push when a message is
-- not one the plan's schema knows, is too large, has a clock that is not canonical or is
-- ahead of the server's, or moves an item's approval without an approver's right.
-- (Writing SECURITY DEFINER Functions Safely: search_path pinned, EXECUTE granted by name.)

-- Each entity's fields and the JSON kinds of their values, as jsonb_typeof names them;
-- written by `server init` from the Almanac that runs it, so a newer Almanac's fields
-- arrive with its upgrade of the server.
CREATE TABLE almanac_field (
    entity text NOT NULL,
    field text NOT NULL,
    kinds text[] NOT NULL,
    PRIMARY KEY (entity, field)
);

-- Each laptop belongs to the member it first pushed as.
CREATE TABLE almanac_device (
    device uuid PRIMARY KEY,
    member text NOT NULL,
    first_seen timestamptz NOT NULL DEFAULT now()
);

-- What a member may approve, set by the owner: 'everything', 'brand:<id>', 'channel:<id>'.
ALTER TABLE almanac_member ADD COLUMN approves text[] NOT NULL DEFAULT '{}';

-- The member whose laptop brought its plan to the empty server (claimed once).
ALTER TABLE almanac_plan ADD COLUMN founded_by text;

-- Pushes take this table's lock in turn: no member has any right on it, so none can hold
-- it (an advisory lock, which anyone may take, could be held for ever from an idle session).
CREATE TABLE almanac_push_lock (held boolean);

DROP TRIGGER almanac_message_member ON almanac_message;
DROP FUNCTION almanac_message_member();

-- A field's value on the server is the one with the latest clock (clocks are canonical
-- text, so text order is clock order).
CREATE INDEX almanac_message_field ON almanac_message (entity, row_id, field, hlc);

CREATE FUNCTION almanac_value(p_entity text, p_row uuid, p_field text) RETURNS text
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT value #>> '{}' FROM public.almanac_message
    WHERE entity = p_entity AND row_id = p_row AND field = p_field ORDER BY hlc DESC LIMIT 1
$$;

-- Whether p_member may approve the item p_item (by its channel and that channel's brand as
-- the server's history has them).
CREATE FUNCTION almanac_may_approve(p_member text, p_item uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    scopes text[];
    channel text := public.almanac_value('contentItem', p_item, 'channelId');
    brand text;
BEGIN
    SELECT approves INTO scopes FROM public.almanac_member WHERE role_name = p_member;
    IF NOT FOUND THEN
        -- Not on the member list: the database's owner, who is trusted.
        RETURN true;
    END IF;
    IF channel ~ '^[0-9a-f-]{36}$' THEN
        brand := public.almanac_value('channel', channel::uuid, 'brandId');
    END IF;
    RETURN 'everything' = ANY (scopes) OR ('channel:' || channel) = ANY (scopes) OR ('brand:' || brand) = ANY (scopes);
END
$$;

CREATE FUNCTION almanac_refuse(p_reason text, p_index bigint, p_detail text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'AL001', MESSAGE = p_reason, DETAIL = 'message ' || p_index, HINT = p_detail;
END
$$;

-- The one door: stores a laptop's messages, or refuses them all with a reason.
CREATE FUNCTION almanac_push(
    p_entities text[], p_rows uuid[], p_fields text[], p_values jsonb[], p_hlcs text[], p_devices uuid[],
    p_bases bigint[]
) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    SET lock_timeout = '10s'
    SET statement_timeout = '120s'
AS $$
DECLARE
    me text := session_user;
    n int := coalesce(cardinality(p_entities), 0);
    head bigint;
    bad record;
    stored bigint;
    founding boolean;
BEGIN
    IF n <> coalesce(cardinality(p_rows), 0) OR n <> coalesce(cardinality(p_fields), 0)
        OR n <> coalesce(cardinality(p_values), 0) OR n <> coalesce(cardinality(p_hlcs), 0)
        OR n <> coalesce(cardinality(p_devices), 0) OR n <> coalesce(cardinality(p_bases), 0) THEN
        PERFORM public.almanac_refuse('the push''s lists differ in length', 0, '');
    END IF;
    IF n > 5000 THEN
        PERFORM public.almanac_refuse('a push holds at most 5,000 messages', 0, n::text);
    END IF;
    IF (SELECT coalesce(sum(octet_length(v::text)), 0) FROM unnest(p_values) v) > 8 * 1024 * 1024 THEN
        PERFORM public.almanac_refuse('a push holds at most 8 MiB', 0, '');
    END IF;

    -- What the plan's schema does not know, or cannot hold: each rule once, as a reason.
    SELECT * INTO bad FROM (
        SELECT m.i, CASE
                WHEN m.entity IS NULL OR m.row_id IS NULL OR m.field IS NULL OR m.hlc IS NULL OR m.device IS NULL
                    THEN 'a message with a part missing'
                WHEN f.kinds IS NULL AND m.field = '_deleted' AND NOT EXISTS (
                        SELECT 1 FROM public.almanac_field WHERE entity = m.entity)
                    THEN 'an entity the plan''s schema does not know'
                WHEN f.kinds IS NULL AND m.field <> '_deleted'
                    THEN 'a field the plan''s schema does not know'
                WHEN m.field = '_deleted' AND jsonb_typeof(m.value) IS DISTINCT FROM 'boolean'
                    THEN 'a value not of its field''s kind'
                WHEN m.field <> '_deleted' AND NOT (coalesce(jsonb_typeof(m.value), 'null') = ANY (f.kinds))
                    THEN 'a value not of its field''s kind'
                WHEN octet_length(m.value::text) > 65536
                    THEN 'a value larger than 64 KiB'
                WHEN m.hlc !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z-[0-9a-f]{4}-[0-9a-f]{16}$'
                    THEN 'a clock that is not written as Almanac writes clocks'
                WHEN right(m.hlc, 16) <> right(replace(m.device::text, '-', ''), 16)
                    THEN 'a clock of another device'
                WHEN m.base < 0
                    THEN 'a history position below zero'
            END AS reason, m.entity || '.' || m.field AS what
        FROM unnest(p_entities, p_rows, p_fields, p_values, p_hlcs, p_devices, p_bases)
            WITH ORDINALITY AS m(entity, row_id, field, value, hlc, device, base, i)
        LEFT JOIN public.almanac_field f ON f.entity = m.entity AND f.field = m.field
    ) checked
    WHERE reason IS NOT NULL
    ORDER BY i LIMIT 1;
    IF FOUND THEN
        PERFORM public.almanac_refuse(bad.reason, bad.i, bad.what);
    END IF;

    -- Clocks: real times, and none ahead of the server's by more than five minutes.
    BEGIN
        SELECT m.i, m.hlc INTO bad
        FROM unnest(p_hlcs) WITH ORDINALITY AS m(hlc, i)
        WHERE left(m.hlc, 23)::timestamp > (clock_timestamp() AT TIME ZONE 'UTC') + interval '5 minutes'
        ORDER BY m.i LIMIT 1;
    EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
        PERFORM public.almanac_refuse('a clock that is not a real time', 0, '');
    END;
    IF FOUND THEN
        PERFORM public.almanac_refuse('a clock ahead of the server''s by more than five minutes', bad.i, bad.hlc);
    END IF;

    LOCK TABLE public.almanac_push_lock IN EXCLUSIVE MODE;

    -- Each device is its first member's.
    INSERT INTO public.almanac_device (device, member)
    SELECT DISTINCT d, me FROM unnest(p_devices) d ON CONFLICT (device) DO NOTHING;
    SELECT m.i, m.device::text AS device INTO bad
    FROM unnest(p_devices) WITH ORDINALITY AS m(device, i)
    JOIN public.almanac_device d ON d.device = m.device AND d.member <> me
    ORDER BY m.i LIMIT 1;
    IF FOUND THEN
        PERFORM public.almanac_refuse('a device that belongs to another member', bad.i, bad.device);
    END IF;

    SELECT coalesce(max(seq), 0) INTO head FROM public.almanac_message;
    founding := EXISTS (SELECT 1 FROM public.almanac_plan WHERE founded_by = me)
        AND NOT EXISTS (SELECT 1 FROM public.almanac_message WHERE member <> me);

    INSERT INTO public.almanac_message (entity, row_id, field, value, hlc, member, device, received_at, base)
    SELECT m.entity, m.row_id, m.field, m.value, m.hlc, me, m.device, clock_timestamp(), least(m.base, head)
    FROM unnest(p_entities, p_rows, p_fields, p_values, p_hlcs, p_devices, p_bases)
        WITH ORDINALITY AS m(entity, row_id, field, value, hlc, device, base, i)
    ORDER BY m.i
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS stored = ROW_COUNT;

    -- Approvals: the plan a laptop founds the server with is taken as it is; from then on an
    -- item is approved, and an approval decision recorded, only by a member with the right,
    -- and an item is scheduled or published only once it was approved. An item that stood
    -- approved keeps that through a pause's hold, which gives it back its status at the end.
    IF NOT founding THEN
        SELECT m.seq, m.entity, m.row_id, m.value #>> '{}' AS status INTO bad
        FROM public.almanac_message m
        LEFT JOIN LATERAL (
            SELECT p.value #>> '{}' IN ('approved', 'scheduled', 'published') AS approved
            FROM public.almanac_message p
            WHERE p.entity = 'contentItem' AND p.row_id = m.row_id AND p.field = 'status' AND p.hlc < m.hlc
                AND p.value #>> '{}' <> 'onHold'
            ORDER BY p.hlc DESC LIMIT 1
        ) was ON m.entity = 'contentItem' AND m.field = 'status'
        WHERE m.seq > head AND (
            (m.entity = 'contentItem' AND m.field = 'status' AND m.value #>> '{}' = 'approved'
                AND NOT coalesce(was.approved, false) AND NOT public.almanac_may_approve(me, m.row_id))
            OR (m.entity = 'contentItem' AND m.field = 'status' AND m.value #>> '{}' IN ('scheduled', 'published')
                AND NOT coalesce(was.approved, false))
            OR (m.entity = 'approval' AND NOT coalesce(public.almanac_may_approve(me,
                (SELECT CASE WHEN v ~ '^[0-9a-f-]{36}$' THEN v::uuid END
                 FROM public.almanac_value('approval', m.row_id, 'itemId') v)), false))
        )
        ORDER BY m.seq LIMIT 1;
        IF FOUND THEN
            IF bad.entity = 'approval' THEN
                PERFORM public.almanac_refuse('an approval decision by a member who may not approve the item',
                    (SELECT i FROM unnest(p_rows) WITH ORDINALITY AS r(id, i) WHERE r.id = bad.row_id LIMIT 1),
                    bad.row_id::text);
            ELSIF bad.status = 'approved' THEN
                PERFORM public.almanac_refuse('an item approved by a member who may not approve it',
                    (SELECT i FROM unnest(p_rows) WITH ORDINALITY AS r(id, i) WHERE r.id = bad.row_id LIMIT 1),
                    bad.row_id::text);
            ELSE
                PERFORM public.almanac_refuse('an item ' || bad.status || ' before it was approved',
                    (SELECT i FROM unnest(p_rows) WITH ORDINALITY AS r(id, i) WHERE r.id = bad.row_id LIMIT 1),
                    bad.row_id::text);
            END IF;
        END IF;
    END IF;
    RETURN stored;
END
$$;

-- Claims the founding of the plan for the calling member, once, while the history is empty:
-- true when this member founds it (or already did).
CREATE FUNCTION almanac_found() RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    LOCK TABLE public.almanac_push_lock IN EXCLUSIVE MODE;
    UPDATE public.almanac_plan SET founded_by = session_user
    WHERE founded_by IS NULL AND NOT EXISTS (SELECT 1 FROM public.almanac_message);
    RETURN EXISTS (SELECT 1 FROM public.almanac_plan WHERE founded_by = session_user);
END
$$;
