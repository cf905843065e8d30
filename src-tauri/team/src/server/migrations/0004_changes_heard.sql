-- Laptops that LISTEN on almanac_changes hear of each push as it commits, so a colleague's
-- change reaches the others within a second rather than at their next look. The notice
-- carries nothing: it only wakes a laptop, which pulls what is new as it always does
-- (a member who sends notices of their own only makes the laptops look again).
CREATE FUNCTION almanac_changes_heard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_notify('almanac_changes', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER almanac_message_heard AFTER INSERT ON almanac_message
    FOR EACH STATEMENT EXECUTE FUNCTION almanac_changes_heard();
