-- The team's shared history of one plan: the plan's identity, its members, and every
-- change message laptops push, in the order the server received them.

CREATE TABLE almanac_plan (
    id uuid PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    -- One server database holds one plan.
    singleton boolean NOT NULL DEFAULT true UNIQUE CHECK (singleton)
);

CREATE TABLE almanac_member (
    role_name text PRIMARY KEY,
    name text NOT NULL,
    email text NOT NULL,
    role text NOT NULL CHECK (role IN ('editor', 'viewer')),
    added_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE almanac_message (
    seq bigserial PRIMARY KEY,
    entity text NOT NULL,
    row_id uuid NOT NULL,
    field text NOT NULL,
    value jsonb,
    hlc text NOT NULL,
    member text NOT NULL DEFAULT session_user,
    device uuid NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    -- A message pushed twice (a push cut off before its answer) is stored once.
    UNIQUE (device, hlc, entity, row_id, field)
);

-- The member of a message is whoever wrote it: the server says so, not the laptop.
CREATE FUNCTION almanac_message_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.member := session_user;
    RETURN NEW;
END
$$;

CREATE TRIGGER almanac_message_member BEFORE INSERT ON almanac_message
    FOR EACH ROW EXECUTE FUNCTION almanac_message_member();
